#pragma once

#include "preflight/Readiness.h"
#include "process/ProcessLauncher.h"

#include <QJsonObject>
#include <QObject>
#include <QProcessEnvironment>

namespace cnpg {

class ReadinessChecker;
class Settings;

// Nothing starts against a blocking finding: runs the readiness checks for a deployment's
// settings and decides whether it may start. A check named in `ignored` (--ignore-check) does
// not hold it back; the decision and the overrides are kept for the journal.
class ReadinessGate : public QObject
{
    Q_OBJECT
public:
    ReadinessGate(ProcessLauncher& launcher, QObject* parent = nullptr);
    ~ReadinessGate() override;

    void setEnvironment(const QProcessEnvironment& environment);
    void setTimeout(int milliseconds);

    void start(const Settings& settings, const QList<CheckId>& ignored);
    void cancel();

    const Findings& findings() const { return m_findings; }
    const Findings& blocking() const { return m_blocking; }
    // {"ignored": [...], "findings": [...]} for Journal::readiness.
    QJsonObject journalRecord() const;

signals:
    // proceed: no blocking finding is left once the ignored checks are taken out.
    void decided(bool proceed);

private:
    ReadinessChecker* m_checker;
    QList<CheckId> m_ignored;
    Findings m_findings;
    Findings m_blocking;
};

} // namespace cnpg
