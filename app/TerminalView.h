#pragma once

#include "run/Executor.h"
#include "run/StepState.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

class QTextStream;
class QTimer;

namespace cnpg {

// `--apply` and `--destroy` on a terminal: finished steps scroll by, one line each, and below
// them a live block redrawn in place: one line per running step with its elapsed time and
// provisioning state, then an overall progress bar with the steps done and an estimate. The
// symbols and colours are the wizard's states' (check, cross, arrow, clock; green, red, blue,
// orange, grey). Not a terminal: the plain lines of ApplyCommand instead.
class TerminalView : public QObject
{
    Q_OBJECT
public:
    // `out` is the terminal; `colour`: ANSI colours (NO_COLOR unset).
    TerminalView(QTextStream& out, bool colour, QObject* parent = nullptr);
    ~TerminalView() override;

    // Whether standard output is a terminal that can be redrawn (and --events is not in use).
    static bool wanted();
    static bool colourWanted();

    // Follows this executor's steps until finish().
    void attach(Executor* executor);
    // Takes the live block off the screen so that a message can be printed; the next change
    // or tick draws it again below the message.
    void clearBlock();
    // A message above the live block (which is drawn again below it).
    void print(const QString& line);
    // Draws the final bar and lets go of the screen (before the summary is printed).
    void finish();

    // The symbol of a state, as the wizard draws it.
    static QString symbol(StepState state);

private:
    void onChanged(const QString& id, const StepStatus& status);
    void redraw();
    QString paint(StepState state, const QString& text) const;
    QString finishedLine(const QString& id, const StepStatus& status) const;
    QString progressLine() const;

    QTextStream& m_out;
    bool m_colour;
    Executor* m_executor = nullptr;
    QTimer* m_tick;
    QElapsedTimer m_clock;
    QHash<QString, StepStatus> m_status;
    QHash<QString, int> m_expected; // seconds, from the plan
    QSet<QString> m_conditional;    // the remedy branch: counted only once it runs
    QStringList m_running;          // in the order they started
    int m_liveLines = 0;
    int m_total = 0; // the unconditional steps
    int m_totalSeconds = 0;
};

} // namespace cnpg
