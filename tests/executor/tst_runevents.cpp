// `--apply --events json` against the simulator: standard output is JSON lines only, one run
// start and end, and for every step of the plan its changes, ending in the state the journal
// records; a failed step carries the tool's message. Bad uses of the option are bad input.
#include "SimWorld.h"
#include "plan/PlanBuilder.h"
#include "run/Journal.h"
#include "settings/Settings.h"
#include "settings/SettingsFile.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cnpg;

namespace {

QString s(const char* t)
{
    return QString::fromUtf8(t);
}

struct Events
{
    QList<QJsonObject> all;
    QHash<QString, QJsonObject> lastOfStep;
    QString problem; // a line that is not an event
};

Events parse(const QByteArray& out)
{
    Events e;
    QDateTime previous;
    for (const QByteArray& line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        const QJsonObject o = doc.object();
        const QDateTime time =
            QDateTime::fromString(o.value(s("time")).toString(), Qt::ISODateWithMs);
        if (error.error != QJsonParseError::NoError || !doc.isObject() || !time.isValid() ||
            (previous.isValid() && time < previous)) {
            e.problem = QString::fromUtf8(line);
            return e;
        }
        previous = time;
        e.all << o;
        if (o.value(s("event")).toString() == s("step"))
            e.lastOfStep.insert(o.value(s("step")).toString(), o);
    }
    return e;
}

} // namespace

class RunEventsTest : public QObject
{
    Q_OBJECT
private slots:
    void everyStepOfADeployment();
    void aFailureCarriesTheToolsMessage();
    void badUsesAreBadInput();

private:
    static QStringList apply(const SimWorld& world, Settings* settings)
    {
        *settings = Settings::withGeneratedIds();
        settings->setValue(keys::ClientIp, s("203.0.113.10"));
        const QString file = world.path(s("settings.json"));
        SettingsFile::save(file, *settings);
        return {s("--apply"), s("--simulate"), s("--events"), s("json"), s("--settings"), file};
    }
};

void RunEventsTest::everyStepOfADeployment()
{
    SimWorld world;
    QString error;
    QVERIFY2(world.init({}, s("0.002"), &error), qPrintable(error));
    Settings settings;
    const SimWorld::Result r = world.runApp(apply(world, &settings));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Events e = parse(r.out);
    QVERIFY2(e.problem.isEmpty(), qPrintable(e.problem));
    // The human messages went to standard error.
    QVERIFY(r.err.contains("Journal:"));

    const QList<Step> steps = PlanBuilder::build(settings).steps();
    const QJsonObject first = e.all.first();
    QCOMPARE(first.value(s("event")).toString(), s("run"));
    QCOMPARE(first.value(s("state")).toString(), s("started"));
    QCOMPARE(first.value(s("action")).toString(), s("deploy"));
    QCOMPARE(first.value(s("deployment")).toString(), settings.value(keys::ResourceGroup));
    QCOMPARE(first.value(s("simulated")).toBool(), true);
    QCOMPARE(first.value(s("steps")).toInt(), int(steps.size()));
    const QJsonObject last = e.all.last();
    QCOMPARE(last.value(s("state")).toString(), s("finished"));
    QCOMPARE(last.value(s("outcome")).toString(), s("succeeded"));
    QVERIFY(last.value(s("elapsedMs")).toDouble() > 0);

    // Every step the journal records ends in its recorded state, with its attempts.
    const auto journal =
        Journal::load(Journal::pathFor(world.path(s("xdg")) + s("/cnpg-aks-wizard"), settings));
    QVERIFY(journal);
    QVERIFY(!journal->steps.isEmpty());
    for (auto it = journal->steps.cbegin(); it != journal->steps.cend(); ++it) {
        QVERIFY2(e.lastOfStep.contains(it.key()), qPrintable(it.key()));
        const QJsonObject ev = e.lastOfStep.value(it.key());
        QCOMPARE(ev.value(s("state")).toString(), stepStateName(it->state).toLower());
        QCOMPARE(ev.value(s("attempt")).toInt(), it->attempts);
    }
    QStringList ids;
    for (const Step& step : steps)
        ids << step.id;
    for (const QString& id : e.lastOfStep.keys())
        QVERIFY2(ids.contains(id), qPrintable(id));
    // Unconditional steps all ran; only the remedy branch may stay untouched.
    for (const Step& step : steps) {
        if (!step.conditional)
            QVERIFY2(e.lastOfStep.contains(step.id), qPrintable(step.id));
    }
}

void RunEventsTest::aFailureCarriesTheToolsMessage()
{
    SimWorld world;
    QString error;
    QVERIFY2(world.init(s("aks create=Error:the quota is exhausted*always"), s("0.002"), &error),
             qPrintable(error));
    Settings settings;
    const SimWorld::Result r = world.runApp(apply(world, &settings));
    QCOMPARE(r.exitCode, 1);
    const Events e = parse(r.out);
    QVERIFY2(e.problem.isEmpty(), qPrintable(e.problem));
    const QJsonObject failed = e.lastOfStep.value(s("aks.create"));
    QCOMPARE(failed.value(s("state")).toString(), s("failed"));
    QVERIFY2(failed.value(s("message")).toString().contains(s("the quota is exhausted")),
             qPrintable(failed.value(s("message")).toString()));
    QCOMPARE(e.all.last().value(s("outcome")).toString(), s("failed"));
}

void RunEventsTest::badUsesAreBadInput()
{
    SimWorld world;
    QString error;
    QVERIFY2(world.init({}, s("0.002"), &error), qPrintable(error));
    SimWorld::Result r = world.runApp({s("--apply"), s("--simulate"), s("--events"), s("xml")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("json"), r.err.constData());
    r = world.runApp({s("--plan"), s("--events"), s("json")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--apply"), r.err.constData());
}

QTEST_GUILESS_MAIN(RunEventsTest)
#include "tst_runevents.moc"
