// `--apply` on a terminal (a pseudo-terminal from util-linux `script`) against the simulator:
// the screen a user is left with, replayed from what was written: one finished line per step
// with the wizard's symbol, no running line left, the full progress bar, the summary; colours
// unless NO_COLOR is set.
#include "SimWorld.h"
#include "plan/PlanBuilder.h"
#include "settings/Settings.h"
#include "settings/SettingsFile.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace cnpg;

namespace {

QString s(const char* t)
{
    return QString::fromUtf8(t);
}

// The screen after `bytes`, for the sequences the live view writes: cursor up (CSI n A),
// erase below (CSI J), erase to the end of the line (CSI K), colours (CSI ... m), \r and \n.
QStringList replay(const QString& text)
{
    QStringList screen{QString()};
    int row = 0;
    int col = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QChar(0x1b) && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('[')) {
            int j = i + 2;
            QString param;
            while (j < text.size() && (text.at(j).isDigit() || text.at(j) == QLatin1Char(';')))
                param += text.at(j++);
            if (j >= text.size())
                break;
            const QChar cmd = text.at(j);
            if (cmd == QLatin1Char('A'))
                row = qMax(0, row - qMax(1, param.toInt()));
            else if (cmd == QLatin1Char('J')) {
                screen[row].truncate(col);
                screen = screen.mid(0, row + 1);
            } else if (cmd == QLatin1Char('K'))
                screen[row].truncate(col);
            i = j;
        } else if (c == QLatin1Char('\r')) {
            col = 0;
        } else if (c == QLatin1Char('\n')) {
            ++row;
            col = 0;
            while (screen.size() <= row)
                screen << QString();
        } else {
            QString& line = screen[row];
            if (line.size() <= col)
                line = line.leftJustified(col) + c;
            else
                line[col] = c;
            ++col;
        }
    }
    return screen;
}

struct Shown
{
    int exitCode = -1;
    QString raw;
    QStringList screen;
};

Shown onTerminal(const SimWorld& world, const QStringList& args, bool colour)
{
    QString command = SimWorld::wizardProgram();
    for (const QString& a : args)
        command += QStringLiteral(" '") + a + QLatin1Char('\'');
    QProcessEnvironment env = world.appEnvironment();
    env.insert(s("TERM"), s("xterm-256color"));
    if (colour)
        env.remove(s("NO_COLOR"));
    else
        env.insert(s("NO_COLOR"), s("1"));
    const QString typescript = world.path(colour ? s("colour.typescript") : s("plain.typescript"));
    const SimWorld::Result r = SimWorld::run(s("script"), {s("-qfec"), command, typescript}, env);
    Shown shown;
    shown.exitCode = r.exitCode;
    QFile f(typescript);
    if (f.open(QIODevice::ReadOnly))
        shown.raw = QString::fromUtf8(f.readAll());
    shown.screen = replay(shown.raw);
    return shown;
}

} // namespace

class TerminalViewTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(s("script")).isEmpty())
            QSKIP("util-linux script is not installed");
    }
    void theScreenAfterADeployment();
};

void TerminalViewTest::theScreenAfterADeployment()
{
    SimWorld world;
    QString error;
    QVERIFY2(world.init({}, s("0.002"), &error), qPrintable(error));
    Settings settings = Settings::withGeneratedIds();
    settings.setValue(keys::ClientIp, s("203.0.113.10"));
    const QString file = world.path(s("settings.json"));
    QVERIFY(SettingsFile::save(file, settings));
    const QStringList args = {s("--apply"), s("--simulate"), s("--settings"),
                              file,         s("--language"), s("en")};

    const Shown shown = onTerminal(world, args, true);
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.raw.right(3000)));
    const QString screen = shown.screen.join(QLatin1Char('\n'));
    QStringList unconditional;
    for (const Step& step : PlanBuilder::build(settings).steps()) {
        if (step.conditional)
            continue;
        unconditional << step.id;
        // Exactly one finished line per step, with the wizard's check.
        const QRegularExpression done(
            QStringLiteral("^[✔✓] %1( |$)").arg(QRegularExpression::escape(step.id)),
            QRegularExpression::MultilineOption);
        int count = 0;
        for (auto it = done.globalMatch(screen); it.hasNext(); it.next())
            ++count;
        QVERIFY2(count == 1, qPrintable(step.id + QStringLiteral(": ") + QString::number(count) +
                                        QLatin1Char('\n') + screen));
    }
    // Nothing is left running on screen, and the bar is full.
    QVERIFY2(!screen.contains(QStringLiteral("▶")), qPrintable(screen));
    const QRegularExpression bar(QStringLiteral("\\] %1/%1  100%").arg(unconditional.size()));
    QVERIFY2(bar.match(screen).hasMatch(), qPrintable(screen));
    QVERIFY(screen.contains(s("The deployment succeeded.")));
    // The plain lines of a pipe are not there; the wizard's colours are.
    QVERIFY(!screen.contains(s(" Succeeded (")));
    QVERIFY(shown.raw.contains(s("\x1b[32m✔")));

    // NO_COLOR: the same screen without colours.
    const Shown plain = onTerminal(world, args + QStringList{s("--resume")}, false);
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.raw.right(3000)));
    QVERIFY(!plain.raw.contains(QRegularExpression(QStringLiteral("\x1b\\[[0-9;]*m"))));
    QVERIFY(plain.screen.join(QLatin1Char('\n')).contains(s("The deployment succeeded.")));
}

QTEST_GUILESS_MAIN(TerminalViewTest)
#include "tst_terminalview.moc"
