#pragma once
// A scripted stand-in for the process launcher: each command line gets a response (delay, exit
// code, output) from the first matching rule, and every start and end is recorded with a
// timestamp so that tests can check order, overlap and the parallel limit.

#include "process/ProcessLauncher.h"

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QString>
#include <functional>

class FakeProcess;

struct FakeResponse
{
    int delayMs = 5;
    int exitCode = 0;
    QByteArray out;
    QByteArray err;
    bool ignoreTerminate = false; // only kill() ends it
    int chunk = 0;                // > 0: output arrives in pieces of this many bytes
    bool echoInput = false;       // stdout: the bytes written to stdin (like `cat`)
    bool held = false;            // the delay starts only at FakeLauncher::release()
};

class FakeLauncher : public cnpg::ProcessLauncher
{
public:
    struct Event
    {
        qint64 ms;
        bool started; // false: finished
        QString line;
    };

    FakeLauncher();

    // Command lines starting with `prefix` answer with `responses` in turn; the last repeats.
    void on(const QString& prefix, const QList<FakeResponse>& responses);
    // For lines no rule matches.
    void setFallback(std::function<FakeResponse(const cnpg::ProcessSpec&)> fallback);

    cnpg::RunningProcess* start(const cnpg::ProcessSpec& spec, QObject* parent) override;
    // Lets the held processes whose lines start with `prefix` run on to their end; returns how
    // many. A test that must look at a run while a step is in flight holds that step.
    int release(const QString& prefix);

    static QString lineOf(const cnpg::ProcessSpec& spec);
    QStringList startedLines() const;
    int startedCount(const QString& prefix) const;
    int running() const { return m_running; }
    int maxRunning() const { return m_maxRunning; }
    int terminated() const { return m_terminated; }
    int killed() const { return m_killed; }
    const QList<Event>& events() const { return m_events; }
    QList<cnpg::ProcessSpec> specs;

    // Whether two lines matching the prefixes were ever running at the same time.
    bool overlapped(const QString& a, const QString& b) const;
    // When the first line with the prefix started / finished, or -1.
    qint64 startOf(const QString& prefix) const;
    qint64 endOf(const QString& prefix) const;

private:
    friend class FakeProcess;
    struct Rule
    {
        QString prefix;
        QList<FakeResponse> responses;
        int used = 0;
    };
    QList<Rule> m_rules;
    std::function<FakeResponse(const cnpg::ProcessSpec&)> m_fallback;
    QList<Event> m_events;
    QList<QPointer<FakeProcess>> m_held;
    QElapsedTimer m_clock;
    int m_running = 0;
    int m_maxRunning = 0;
    int m_terminated = 0;
    int m_killed = 0;
    qint64 m_nextPid = 1000;
};
