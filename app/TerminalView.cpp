#include "TerminalView.h"

#include "plan/Plan.h"

#include <QTextStream>
#include <QTimer>
#include <unistd.h>

namespace cnpg {

namespace {

QString s(const char* t)
{
    return QString::fromUtf8(t);
}

QString duration(qint64 ms)
{
    const qint64 sec = ms / 1000;
    return sec >= 3600
               ? QStringLiteral("%1:%2:%3")
                     .arg(sec / 3600)
                     .arg(sec / 60 % 60, 2, 10, QLatin1Char('0'))
                     .arg(sec % 60, 2, 10, QLatin1Char('0'))
               : QStringLiteral("%1:%2").arg(sec / 60).arg(sec % 60, 2, 10, QLatin1Char('0'));
}

bool over(StepState state)
{
    return state == StepState::Succeeded || state == StepState::Skipped ||
           state == StepState::Failed || state == StepState::Cancelled;
}

} // namespace

TerminalView::TerminalView(QTextStream& out, bool colour, QObject* parent)
    : QObject(parent)
    , m_out(out)
    , m_colour(colour)
    , m_tick(new QTimer(this))
{
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &TerminalView::redraw);
}

TerminalView::~TerminalView() = default;

bool TerminalView::wanted()
{
    const QByteArray term = qgetenv("TERM");
    return ::isatty(STDOUT_FILENO) == 1 && !term.isEmpty() && term != "dumb";
}

bool TerminalView::colourWanted()
{
    // https://no-color.org: any non-empty NO_COLOR turns colours off.
    return qEnvironmentVariableIsEmpty("NO_COLOR");
}

QString TerminalView::symbol(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return s("·");
    case StepState::Waiting:
        return s("◷");
    case StepState::Running:
        return s("▶");
    case StepState::Retrying:
        return s("↻");
    case StepState::Succeeded:
        return s("✔");
    case StepState::Skipped:
        return s("✓");
    case StepState::Failed:
        return s("✘");
    case StepState::Cancelled:
        return s("⊘");
    }
    return QString();
}

QString TerminalView::paint(StepState state, const QString& text) const
{
    if (!m_colour)
        return text;
    // The wizard's colours in the 16 ANSI ones: green, red, blue, yellow (its orange), grey.
    const char* code = "90";
    switch (state) {
    case StepState::Succeeded:
    case StepState::Skipped:
        code = "32";
        break;
    case StepState::Failed:
        code = "31";
        break;
    case StepState::Running:
        code = "34";
        break;
    case StepState::Retrying:
        code = "33";
        break;
    default:
        break;
    }
    return QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(code), text);
}

void TerminalView::attach(Executor* executor)
{
    m_executor = executor;
    for (const Step& step : executor->plan().steps()) {
        m_expected.insert(step.id, step.expectedSeconds);
        if (step.conditional) {
            m_conditional.insert(step.id);
        } else {
            ++m_total;
            m_totalSeconds += step.expectedSeconds;
        }
    }
    m_clock.start();
    connect(executor, &Executor::stepChanged, this, &TerminalView::onChanged);
    m_tick->start();
    redraw();
}

void TerminalView::onChanged(const QString& id, const StepStatus& status)
{
    const StepStatus before = m_status.value(id);
    m_status.insert(id, status);
    const bool active = status.state == StepState::Running || status.state == StepState::Retrying;
    if (active && !m_running.contains(id))
        m_running << id;
    if (!active)
        m_running.removeAll(id);
    if (over(status.state) && before.state != status.state) {
        clearBlock();
        m_out << finishedLine(id, status) << '\n';
    }
    redraw();
}

QString TerminalView::finishedLine(const QString& id, const StepStatus& status) const
{
    QString line = paint(status.state, symbol(status.state)) + QLatin1Char(' ') + id;
    if (status.state == StepState::Succeeded)
        line += QStringLiteral("  ") + duration(status.elapsedMs);
    else if (status.state == StepState::Skipped)
        line += QStringLiteral("  (") + status.reason + QLatin1Char(')');
    else if (status.state == StepState::Failed) {
        const QStringList lines = status.errorText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        line += QStringLiteral(": ") + (lines.isEmpty() ? status.reason : lines.first().trimmed());
    }
    if (status.attempt > 1)
        line += QStringLiteral("  #%1").arg(status.attempt);
    return line;
}

QString TerminalView::progressLine() const
{
    int done = 0;
    int doneSeconds = 0;
    // The remedy branch counts once it runs.
    int total = m_total;
    int totalSeconds = m_totalSeconds;
    for (auto it = m_status.cbegin(); it != m_status.cend(); ++it) {
        if (m_conditional.contains(it.key()) && it->state != StepState::Pending) {
            ++total;
            totalSeconds += m_expected.value(it.key());
        }
        if (over(it->state)) {
            ++done;
            doneSeconds += m_expected.value(it.key());
        }
    }
    const double fraction = totalSeconds > 0 ? qMin(1.0, double(doneSeconds) / totalSeconds) : 0.0;
    constexpr int Width = 30;
    const int filled = int(fraction * Width + 0.5);
    QString bar = QStringLiteral("[") + QString(filled, QChar(0x2588)) +
                  QString(Width - filled, QChar(0x2591)) + QStringLiteral("] ");
    bar += QStringLiteral("%1/%2  %3%  %4")
               .arg(done)
               .arg(m_total)
               .arg(int(fraction * 100))
               .arg(duration(m_clock.elapsed()));
    // The estimate from the pace so far against the plan's expected durations.
    if (fraction > 0.02 && fraction < 1.0)
        bar += QStringLiteral("  ") +
               tr("about %1 left")
                   .arg(duration(qint64(m_clock.elapsed() * (1.0 - fraction) / fraction)));
    return bar;
}

void TerminalView::clearBlock()
{
    if (m_liveLines > 0)
        m_out << QStringLiteral("\x1b[%1A\r\x1b[J").arg(m_liveLines);
    m_liveLines = 0;
}

void TerminalView::redraw()
{
    if (!m_executor)
        return;
    clearBlock();
    for (const QString& id : m_running) {
        const StepStatus st = m_status.value(id);
        QString line = QStringLiteral("  ") + paint(st.state, symbol(st.state)) + QLatin1Char(' ') +
                       id + QStringLiteral("  ") + duration(m_executor->elapsedMs(id));
        if (!st.provisioningState.isEmpty())
            line += QStringLiteral("  ") + st.provisioningState;
        if (st.attempt > 1)
            line += QStringLiteral("  #%1").arg(st.attempt);
        m_out << line << "\x1b[K\n";
        ++m_liveLines;
    }
    m_out << progressLine() << "\x1b[K\n";
    ++m_liveLines;
    m_out.flush();
}

void TerminalView::print(const QString& line)
{
    clearBlock();
    m_out << line << '\n';
    redraw();
}

void TerminalView::finish()
{
    m_tick->stop();
    if (m_executor) {
        redraw(); // the last state of the bar stays on screen
        m_liveLines = 0;
    }
    m_executor = nullptr;
}

} // namespace cnpg
