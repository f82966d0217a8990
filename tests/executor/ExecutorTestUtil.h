#pragma once
// Small helpers shared by the executor tests.

#include "plan/Plan.h"
#include "run/Executor.h"
#include "run/StepWording.h"

#include <QList>
#include <QPair>
#include <QSignalSpy>
#include <QTest>

namespace testutil {

inline cnpg::Step step(const QString& id, const QStringList& needs = {}, int seconds = 5)
{
    cnpg::Step s;
    s.id = id;
    s.title = id;
    s.kind = cnpg::StepKind::Configure;
    s.command = {QStringLiteral("tool"), {id}};
    s.needs = needs;
    s.expectedSeconds = seconds;
    return s;
}

inline cnpg::ExecutorOptions fastOptions()
{
    cnpg::ExecutorOptions o;
    o.parallelLimit = 8;
    o.retry.baseDelayMs = 10;
    o.retry.factor = 2.0;
    o.retry.capMs = 40;
    o.retry.maxAttempts = 4;
    o.pollIntervalMs = 0;
    o.graceMs = 100;
    return o;
}

// Every state change of every step, in order.
struct Recorder
{
    explicit Recorder(cnpg::Executor& e)
    {
        QObject::connect(&e, &cnpg::Executor::stepChanged,
                         [this](const QString& id, const cnpg::StepStatus& s) {
                             changes.append({id, s});
                         });
    }
    QList<cnpg::StepState> statesOf(const QString& id) const
    {
        QList<cnpg::StepState> out;
        for (const auto& c : changes) {
            if (c.first == id && (out.isEmpty() || out.last() != c.second.state))
                out << c.second.state;
        }
        return out;
    }
    QList<cnpg::StepStatus> statusesOf(const QString& id, cnpg::StepState state) const
    {
        QList<cnpg::StepStatus> out;
        for (const auto& c : changes) {
            if (c.first == id && c.second.state == state)
                out << c.second;
        }
        return out;
    }
    QList<QPair<QString, cnpg::StepStatus>> changes;
};

inline cnpg::Executor::Outcome runToEnd(cnpg::Executor& e, int timeoutMs = 10000)
{
    QSignalSpy spy(&e, &cnpg::Executor::finished);
    e.start();
    if (!spy.wait(timeoutMs))
        return cnpg::Executor::Outcome::Running;
    return e.outcome();
}

// Words for a model's log that keep what the tests read (commands, reason codes) verbatim.
class PlainWording : public cnpg::StepWording
{
public:
    QString state(cnpg::StepState) const override { return QStringLiteral("state"); }
    QString reason(const QString& code, const QString&) const override { return code; }
    QString attempt(int) const override { return QString(); }
    QString probe(const QString& command) const override { return command; }
    QString onlyIfNeeded() const override { return QString(); }
    QString download(qint64, qint64) const override { return QString(); }
    QString elapsed(qint64) const override { return QString(); }
    QString header(int) const override { return QString(); }
};

} // namespace testutil
