#include "StateStore.h"

#include "FileLock.h"
#include "SimEnv.h"
#include "SimError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace cnpg::sim {

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
    FileLock lock(m_path + QStringLiteral(".lock"), FileLock::Mode::Wait);
    State s = load();
    fn(s);
    save(s);
}

void StateStore::read(const std::function<void(State&)>& fn)
{
    FileLock lock(m_path + QStringLiteral(".lock"), FileLock::Mode::Wait);
    const bool fresh = !QFileInfo::exists(m_path);
    State s = load();
    // The account ids are generated with the state: keep them from the first read on.
    if (fresh)
        save(s);
    fn(s);
}

void StateStore::reset()
{
    FileLock lock(m_path + QStringLiteral(".lock"), FileLock::Mode::Wait);
    save(State());
}

} // namespace cnpg::sim
