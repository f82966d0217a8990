#include "StateStore.h"

#include "SimEnv.h"
#include "SimError.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QThread>

namespace cnpg::sim {

namespace {

// Holds the state's lock for its lifetime. QLockFile::lock() backs off up to seconds between
// attempts; fifty short-lived contenders do better with short, jittered retries.
class Lock
{
public:
    explicit Lock(const QString& statePath)
        : m_file(statePath + QStringLiteral(".lock"))
    {
        QDir().mkpath(QFileInfo(statePath).absolutePath());
        m_file.setStaleLockTime(30000);
        const QDeadlineTimer deadline(60000); // real time, whatever the simulated clock says
        while (!m_file.tryLock(0)) {
            if (m_file.error() == QLockFile::PermissionError ||
                m_file.error() == QLockFile::UnknownError || deadline.hasExpired()) {
                throw SimError{1,
                               QStringLiteral("cnpg-sim: cannot lock %1\n").arg(m_file.fileName())};
            }
            QThread::msleep(2 + QRandomGenerator::global()->bounded(10));
        }
    }
    ~Lock() { m_file.unlock(); }

private:
    QLockFile m_file;
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
