// The simulator in time: long operations, their states while they run, the AKS rule that
// changes of a cluster do not overlap, and many invocations sharing one state file at once.
#include "SimHarness.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {

QStringList words(const QString& s)
{
    return s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestSimTiming : public QObject
{
    Q_OBJECT

private slots:
    void longOperationsTakeTheirTime()
    {
        SimHarness h;
        QVERIFY(h.prepare(false));
        // Simulated time moves only when the test moves it.
        h.setClock(QDateTime::currentMSecsSinceEpoch());
        const qint64 start = h.clock();
        h.timeScale = 0.04; // storage account create: 25 s -> 1 s
        QProcess* create = h.start(
            QStringLiteral("az"),
            words(QStringLiteral(
                "storage account create -n sa2test -g rg-test --query provisioningState -o tsv")));
        const QStringList show = words(QStringLiteral(
            "storage account show -n sa2test -g rg-test --query provisioningState -o tsv"));
        QTRY_COMPARE_WITH_TIMEOUT(h.run(QStringLiteral("az"), show).out,
                                  QStringLiteral("Creating\n"), 20000);
        // Most of its time gone: still creating, and the create still waits.
        h.setClock(start + 900);
        QCOMPARE(h.run(QStringLiteral("az"), show).out, QStringLiteral("Creating\n"));
        QVERIFY(!create->waitForFinished(100)); // it waits for the clock, however long
        while (create->state() != QProcess::NotRunning) {
            h.setClock(h.clock() + 100);
            create->waitForFinished(20);
        }
        const SimResult done = SimHarness::finish(create);
        QCOMPARE(done.code, 0);
        QCOMPARE(done.out, QStringLiteral("Succeeded\n"));
        QVERIFY2(h.clock() - start >= 1000, qPrintable(QString::number(h.clock() - start)));
        QCOMPARE(h.az(show), QStringLiteral("Succeeded"));
    }

    void killedCreateStillFinishes()
    {
        SimHarness h;
        QVERIFY(h.prepare(false));
        h.setClock(QDateTime::currentMSecsSinceEpoch());
        h.timeScale = 0.03;
        QProcess* create =
            h.start(QStringLiteral("az"),
                    words(QStringLiteral("monitor account create -n amw1 -g rg-test")));
        const QStringList show = words(QStringLiteral(
            "monitor account show -n amw1 -g rg-test --query provisioningState -o tsv"));
        QTRY_COMPARE_WITH_TIMEOUT(h.run(QStringLiteral("az"), show).out,
                                  QStringLiteral("Creating\n"), 20000);
        create->kill();
        SimHarness::finish(create);
        QCOMPARE(h.run(QStringLiteral("az"), show).out, QStringLiteral("Creating\n"));
        // Azure goes on without the client: once its time has passed, it is there.
        h.setClock(h.clock() + 3600 * 1000);
        QCOMPARE(h.run(QStringLiteral("az"), show).out, QStringLiteral("Succeeded\n"));
    }

    void aksChangesDoNotOverlap()
    {
        SimHarness h;
        QVERIFY(h.prepare(true));
        // Simulated time stands still until the test moves it: the update lasts as long as the
        // checks below need, however slowly a loaded machine starts the tools.
        h.setClock(QDateTime::currentMSecsSinceEpoch());
        h.timeScale = 0.005; // enable-addons: 210 s -> 1.05 s of simulated time
        QProcess* addons =
            h.start(QStringLiteral("az"),
                    words(QStringLiteral(
                        "aks enable-addons --addon monitoring -n aks1 -g rg-test -o none")));
        const QStringList state =
            words(QStringLiteral("aks show -n aks1 -g rg-test --query provisioningState -o tsv"));
        QTRY_COMPARE_WITH_TIMEOUT(h.run(QStringLiteral("az"), state).out,
                                  QStringLiteral("Updating\n"), 10000);
        const QStringList pool = words(QStringLiteral(
            "aks nodepool add -g rg-test --cluster-name aks1 -n postgres "
            "--enable-cluster-autoscaler "
            "--min-count 3 --max-count 6 --zones 1 2 3 --labels workload=postgres -o none"));
        const SimResult refused = h.run(QStringLiteral("az"), pool);
        QCOMPARE(refused.code, 1);
        QCOMPARE(
            refused.err,
            QStringLiteral(
                "ERROR: (OperationNotAllowed) Operation is not allowed: Another operation "
                "(Updating) "
                "is in progress, please wait for it to finish before starting a new operation. See "
                "https://aka.ms/aks-pending-operation for more details\nCode: OperationNotAllowed\n"
                "Message: Operation is not allowed: Another operation (Updating) is in progress, "
                "please wait for it to finish before starting a new operation. See "
                "https://aka.ms/aks-pending-operation for more details\n"));
        // Still refused a moment before the update's end, and it still waits.
        h.setClock(h.clock() + 1000);
        QCOMPARE(h.run(QStringLiteral("az"), pool).code, 1);
        QVERIFY(!addons->waitForFinished(100)); // it waits for the clock, however long
        // Past its end: the update finishes.
        while (addons->state() != QProcess::NotRunning) {
            h.setClock(h.clock() + 200);
            addons->waitForFinished(20);
        }
        QCOMPARE(SimHarness::finish(addons).code, 0);
        QCOMPARE(h.run(QStringLiteral("az"), state).out, QStringLiteral("Succeeded\n"));
        h.timeScale = 0;
        QCOMPARE(h.az(pool), QString());
        QCOMPARE(h.az(words(QStringLiteral(
                     "aks show -n aks1 -g rg-test --query addonProfiles.omsagent.enabled -o tsv"))),
                 QStringLiteral("true"));
        // The guide's check: 3 system + 3 postgres nodes.
        const SimResult ds =
            h.run(QStringLiteral("kubectl"),
                  words(QStringLiteral("get ds ama-logs --context aks1 --namespace=kube-system")));
        QCOMPARE(ds.code, 0);
        QCOMPARE(
            ds.out.split(QLatin1Char('\n')).value(1).simplified().section(QLatin1Char(' '), 0, 5),
            QStringLiteral("ama-logs 6 6 6 6 6"));
        QCOMPARE(h.run(QStringLiteral("kubectl"),
                       words(QStringLiteral("get nodes --context aks1 -o name")))
                     .out.count(QLatin1Char('\n')),
                 6);
    }

    void fiftyParallelInvocations()
    {
        SimHarness h;
        QList<QProcess*> running;
        for (int i = 0; i < 50; ++i)
            running << h.start(QStringLiteral("az"),
                               {QStringLiteral("group"), QStringLiteral("create"),
                                QStringLiteral("-n"), QStringLiteral("rg-%1").arg(i),
                                QStringLiteral("-l"), QStringLiteral("westus3"),
                                QStringLiteral("-o"), QStringLiteral("none")});
        for (QProcess* p : running) {
            const SimResult r = SimHarness::finish(p);
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        QFile state(h.statePath());
        QVERIFY(state.open(QIODevice::ReadOnly));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(state.readAll(), &pe);
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QSet<QString> names;
        for (const QJsonValue& r : doc.object().value(QStringLiteral("resources")).toObject()) {
            names.insert(r.toObject().value(QStringLiteral("name")).toString());
            QCOMPARE(r.toObject().value(QStringLiteral("createCount")).toInt(), 1);
        }
        QCOMPARE(names.size(), 50);
        for (int i = 0; i < 50; ++i)
            QVERIFY(names.contains(QStringLiteral("rg-%1").arg(i)));
    }
};

QTEST_GUILESS_MAIN(TestSimTiming)
#include "tst_simtiming.moc"
