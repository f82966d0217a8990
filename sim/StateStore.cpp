#include "StateStore.h"

#include "SimEnv.h"
#include "SimError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace cnpg::sim {

namespace {

// Holds the state's lock for its lifetime: an flock(2) on a lock file that is never removed.
// The kernel releases it when its holder dies, however it dies; a lock file whose content names
// its holder (QLockFile) stays in the way for its whole stale time when a holder is killed
// between creating the file and writing its PID, which the executor does to pollers it stops.
class Lock
{
public:
    explicit Lock(const QString& statePath)
    {
        QDir().mkpath(QFileInfo(statePath).absolutePath());
        const QByteArray name = QFile::encodeName(statePath + QStringLiteral(".lock"));
        m_fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        // Waiting in the kernel wakes the next contender as soon as the lock is free: fair
        // enough for fifty short-lived pollers, and no holder keeps it longer than a write.
        int rc = -1;
        while (m_fd >= 0 && (rc = ::flock(m_fd, LOCK_EX)) != 0 && errno == EINTR) {
        }
        if (m_fd < 0 || rc != 0) {
            const QString reason = QString::fromLocal8Bit(std::strerror(errno));
            if (m_fd >= 0)
                ::close(m_fd);
            throw SimError{1, QStringLiteral("cnpg-sim: cannot lock %1: %2\n")
                                  .arg(QFile::decodeName(name), reason)};
        }
    }
    ~Lock() { ::close(m_fd); } // closing the last descriptor releases the lock
    Lock(const Lock&) = delete;
    Lock& operator=(const Lock&) = delete;

private:
    int m_fd = -1;
};

} // namespace

StateStore::StateStore(QString path)
    : m_path(std::move(path))
{}

State StateStore::load() const
{
    QFile f(m_path);
    if (!f.exists())
        return State();
    if (!f.open(QIODevice::ReadOnly))
        throw SimError{
            1, QStringLiteral("cnpg-sim: cannot read %1: %2\n").arg(m_path, f.errorString())};
    const QByteArray data = f.readAll();
    if (data.trimmed().isEmpty())
        return State();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        throw SimError{1, QStringLiteral("cnpg-sim: the state file %1 is not valid JSON (%2); "
                                         "run 'cnpg-sim reset'\n")
                              .arg(m_path, pe.errorString())};
    }
    State s(doc.object());
    s.settle(SimEnv::now());
    return s;
}

void StateStore::save(const State& state) const
{
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        throw SimError{
            1, QStringLiteral("cnpg-sim: cannot write %1: %2\n").arg(m_path, f.errorString())};
    f.write(QJsonDocument(state.toJson()).toJson(QJsonDocument::Indented));
    if (!f.commit())
        throw SimError{
            1, QStringLiteral("cnpg-sim: cannot write %1: %2\n").arg(m_path, f.errorString())};
}

void StateStore::update(const std::function<void(State&)>& fn)
{
    Lock lock(m_path);
    State s = load();
    fn(s);
    save(s);
}

void StateStore::read(const std::function<void(State&)>& fn)
{
    Lock lock(m_path);
    const bool fresh = !QFileInfo::exists(m_path);
    State s = load();
    // The account ids are generated with the state: keep them from the first read on.
    if (fresh)
        save(s);
    fn(s);
}

void StateStore::reset()
{
    Lock lock(m_path);
    save(State());
}

} // namespace cnpg::sim
