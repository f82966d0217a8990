#include "FakeLauncher.h"

#include <QTimer>

using namespace cnpg;

class FakeProcess : public RunningProcess
{
public:
    FakeProcess(FakeLauncher& launcher, const QString& line, const FakeResponse& response,
                qint64 pid, QObject* parent)
        : RunningProcess(parent)
        , m_launcher(launcher)
        , m_line(line)
        , m_response(response)
        , m_pid(pid)
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const int n = m_response.chunk > 0 ? m_response.chunk : 1 << 30;
            for (int i = 0; i < m_response.out.size(); i += n)
                emit output(1, m_response.out.mid(i, n));
            for (int i = 0; i < m_response.err.size(); i += n)
                emit output(2, m_response.err.mid(i, n));
            ProcessResult r;
            r.exitCode = m_response.exitCode;
            r.standardOutput = m_response.out;
            r.standardError = m_response.err;
            end(r);
        });
        if (!m_response.held)
            release();
    }
    const QString& line() const { return m_line; }
    void release()
    {
        if (!m_done && !m_timer.isActive())
            m_timer.start(m_response.delayMs);
    }
    qint64 processId() const override { return m_pid; }
    bool isRunning() const override { return !m_done; }
    void terminate() override
    {
        if (m_done)
            return;
        ++m_launcher.m_terminated;
        if (!m_response.ignoreTerminate)
            endBySignal(15);
    }
    void kill() override
    {
        if (m_done)
            return;
        ++m_launcher.m_killed;
        endBySignal(9);
    }

private:
    void endBySignal(int sig)
    {
        m_timer.stop();
        // Like a real child: the end is noticed by the event loop, not inside kill().
        QTimer::singleShot(1, this, [this, sig] {
            ProcessResult r;
            r.exitCode = sig;
            r.crashed = true;
            end(r);
        });
    }
    void end(const ProcessResult& r)
    {
        if (m_done)
            return;
        m_done = true;
        --m_launcher.m_running;
        m_launcher.m_events.append({m_launcher.m_clock.elapsed(), false, m_line});
        emit finished(r);
    }

    FakeLauncher& m_launcher;
    QString m_line;
    FakeResponse m_response;
    qint64 m_pid;
    QTimer m_timer;
    bool m_done = false;
};

FakeLauncher::FakeLauncher()
{
    m_clock.start();
    m_fallback = [](const ProcessSpec&) { return FakeResponse{5, 0, "ok\n", {}, false}; };
}

void FakeLauncher::on(const QString& prefix, const QList<FakeResponse>& responses)
{
    m_rules.append({prefix, responses, 0});
}

void FakeLauncher::setFallback(std::function<FakeResponse(const ProcessSpec&)> fallback)
{
    m_fallback = std::move(fallback);
}

QString FakeLauncher::lineOf(const ProcessSpec& spec)
{
    return (QStringList{spec.program} + spec.arguments).join(QLatin1Char(' '));
}

RunningProcess* FakeLauncher::start(const ProcessSpec& spec, QObject* parent)
{
    const QString line = lineOf(spec);
    specs.append(spec);
    FakeResponse response;
    bool matched = false;
    for (Rule& rule : m_rules) {
        if (line.startsWith(rule.prefix)) {
            response = rule.responses.at(std::min<int>(rule.used, rule.responses.size() - 1));
            ++rule.used;
            matched = true;
            break;
        }
    }
    if (!matched)
        response = m_fallback(spec);
    if (response.echoInput)
        response.out = spec.standardInput;
    ++m_running;
    m_maxRunning = std::max(m_maxRunning, m_running);
    m_events.append({m_clock.elapsed(), true, line});
    auto* p = new FakeProcess(*this, line, response, m_nextPid++, parent);
    if (response.held)
        m_held.append(p);
    return p;
}

int FakeLauncher::release(const QString& prefix)
{
    int n = 0;
    for (const QPointer<FakeProcess>& p : std::as_const(m_held)) {
        if (p && p->isRunning() && p->line().startsWith(prefix)) {
            p->release();
            ++n;
        }
    }
    return n;
}

QStringList FakeLauncher::startedLines() const
{
    QStringList out;
    for (const Event& e : m_events) {
        if (e.started)
            out << e.line;
    }
    return out;
}

int FakeLauncher::startedCount(const QString& prefix) const
{
    int n = 0;
    for (const Event& e : m_events)
        n += (e.started && e.line.startsWith(prefix)) ? 1 : 0;
    return n;
}

bool FakeLauncher::overlapped(const QString& a, const QString& b) const
{
    int runningA = 0;
    int runningB = 0;
    for (const Event& e : m_events) {
        const int d = e.started ? 1 : -1;
        if (e.line.startsWith(a))
            runningA += d;
        else if (e.line.startsWith(b))
            runningB += d;
        if (runningA > 0 && runningB > 0)
            return true;
    }
    return false;
}

qint64 FakeLauncher::startOf(const QString& prefix) const
{
    for (const Event& e : m_events) {
        if (e.started && e.line.startsWith(prefix))
            return e.ms;
    }
    return -1;
}

qint64 FakeLauncher::endOf(const QString& prefix) const
{
    for (const Event& e : m_events) {
        if (!e.started && e.line.startsWith(prefix))
            return e.ms;
    }
    return -1;
}
