#include "preflight/ReadinessGate.h"

#include "preflight/ReadinessChecker.h"
#include "util/Logging.h"

#include <spdlog/spdlog.h>

namespace cnpg {

ReadinessGate::ReadinessGate(ProcessLauncher& launcher, QObject* parent)
    : QObject(parent)
    , m_checker(new ReadinessChecker(launcher, this))
{
    connect(m_checker, &ReadinessChecker::finished, this, [this](const Findings& findings) {
        m_findings = findings;
        m_blocking = Readiness::blockingLeft(findings, m_ignored);
        for (const Finding& f : findings) {
            if (f.blocking() && m_ignored.contains(f.check))
                spdlog::warn("readiness: {} is blocking ({}) but overridden",
                             Readiness::checkName(f.check), f.code);
        }
        emit decided(m_blocking.isEmpty());
    });
}

ReadinessGate::~ReadinessGate() = default;

void ReadinessGate::setEnvironment(const QProcessEnvironment& environment)
{
    m_checker->setEnvironment(environment);
}

void ReadinessGate::setTimeout(int milliseconds)
{
    m_checker->setTimeout(milliseconds);
}

void ReadinessGate::start(const Settings& settings, const QList<CheckId>& ignored)
{
    m_ignored = ignored;
    m_findings.clear();
    m_blocking.clear();
    m_checker->start(settings);
}

void ReadinessGate::cancel()
{
    m_checker->cancel();
}

QJsonObject ReadinessGate::journalRecord() const
{
    return Readiness::toJson(m_findings, m_ignored);
}

} // namespace cnpg
