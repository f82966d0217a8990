// `cnpg-aks-wizard --estimate`: the table from the shipped prices offline, from a local stand-in
// of the Retail Prices API online, the fallback when that sends a broken page, and bad input.

#include "FakePriceServer.h"
#include "cost/CostEstimate.h"
#include "settings/Settings.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestCostCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_home;

    Run run(const QStringList& args, const QString& pricesUrl = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.path() + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        if (pricesUrl.isEmpty())
            env.remove(QStringLiteral("CNPG_RETAIL_PRICES_URL"));
        else
            env.insert(QStringLiteral("CNPG_RETAIL_PRICES_URL"), pricesUrl);
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(QStringLiteral(CNPG_BIN_DIR "/cnpg-aks-wizard"), args);
        // The event loop runs while the child works: the stand-in server answers it.
        if (!done.wait(90000)) {
            p.kill();
            done.wait(5000);
            return {};
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void offlineUsesTheShippedTableAndSaysSo()
    {
        const Run r = run({QStringLiteral("--estimate"), QStringLiteral("--offline"),
                           QStringLiteral("--language"), QStringLiteral("en")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("Standard_D2s_v3")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("Standard Uptime SLA")));
        QVERIFY(r.out.contains(QLatin1String("Standard IPv4 Static Public IP")));
        QVERIFY(r.out.contains(QLatin1String("depends on usage")));
        QVERIFY(r.out.contains(QLatin1String("table shipped with this version")));
        QVERIFY(r.out.contains(QLatin1String("$")));
        QVERIFY(r.out.contains(QLatin1String("per month")));
    }

    void koreanWonWhenAsked()
    {
        const Run r = run({QStringLiteral("--estimate"), QStringLiteral("--offline"),
                           QStringLiteral("--currency"), QStringLiteral("krw"),
                           QStringLiteral("--language"), QStringLiteral("en")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("₩")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QLatin1Char('$')));
    }

    void theKoreanLanguageEstimatesInWon()
    {
        const Run r = run({QStringLiteral("--estimate"), QStringLiteral("--offline"),
                           QStringLiteral("--language"), QStringLiteral("ko")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("₩")), qPrintable(r.out));
    }

    void usageAssumptionsAndNodeCounts()
    {
        const Run r = run({QStringLiteral("--estimate"), QStringLiteral("--offline"),
                           QStringLiteral("--language"), QStringLiteral("en"),
                           QStringLiteral("--set"), QStringLiteral("USER_NODE_POOL_MAX_COUNT=9"),
                           QStringLiteral("--usage"), QStringLiteral("backup-gb=250")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("250 GB of backups")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("user 9")));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("currency") << QStringList{QStringLiteral("--currency"),
                                                 QStringLiteral("XYZ")};
        QTest::newRow("count") << QStringList{QStringLiteral("--set"),
                                              QStringLiteral("SYSTEM_NODE_POOL_MIN_COUNT=many")};
        QTest::newRow("usage") << QStringList{QStringLiteral("--usage"),
                                              QStringLiteral("backup-gb=-1")};
        QTest::newRow("usage name")
            << QStringList{QStringLiteral("--usage"), QStringLiteral("disks=3")};
        QTest::newRow("settings file")
            << QStringList{QStringLiteral("--settings"), QStringLiteral("/nonexistent/s.json")};
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        const Run r =
            run(QStringList{QStringLiteral("--estimate"), QStringLiteral("--offline")} + args);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!r.out.contains(QLatin1String("per month")));
    }

    void liveFromTheApiThenFromTheCache()
    {
        FakePriceServer server;
        server.setHandler([&](const QUrl& url, int) {
            const QString f = FakePriceServer::filterOf(url);
            QString page;
            if (url.toString().contains(QLatin1String("$skip")))
                page = QStringLiteral("vm-page2.json");
            else if (f.contains(QLatin1String("'Virtual Machines'")))
                page = QStringLiteral("vm-page1.json");
            else if (f.contains(QLatin1String("LRS Disk")))
                page = QStringLiteral("disks.json");
            else if (f.contains(QLatin1String("Kubernetes")))
                page = QStringLiteral("aks.json");
            else if (f.contains(QLatin1String("Virtual Network")))
                page = QStringLiteral("ip.json");
            else if (f.contains(QLatin1String("Grafana")))
                page = QStringLiteral("grafana.json");
            else if (f.contains(QLatin1String("Log Analytics")))
                page = QStringLiteral("logs.json");
            else if (f.contains(QLatin1String("Azure Monitor")))
                page = QStringLiteral("metrics.json");
            else
                page = QStringLiteral("blob.json");
            return FakeResponse::page(page, server.base());
        });
        const QStringList args = {QStringLiteral("--estimate"), QStringLiteral("--language"),
                                  QStringLiteral("en")};
        Run r = run(args, server.base().toString());
        QCOMPARE(r.code, 0);
        QVERIFY2(
            r.out.contains(QLatin1String("Prices from the Azure Retail Prices API, fetched ") +
                           QDate::currentDate().toString(Qt::ISODate)) ||
                r.out.contains(QLatin1String("Prices from the Azure Retail Prices API, fetched ") +
                               QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate)),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("$0.096 / 1 Hour"))); // Linux, not Windows 0.188
        QVERIFY(!r.out.contains(QLatin1String("0.188")));
        const int asked = int(server.requests().size());
        QVERIFY(asked >= 9);
        r = run(args, server.base().toString());
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("(cached)")), qPrintable(r.out));
        QCOMPARE(server.requests().size(), asked);
    }

    void aBrokenPageFallsBackAndSaysSo()
    {
        m_home.remove();
        FakePriceServer server;
        server.setHandler([&](const QUrl&, int) {
            return FakeResponse::page(QStringLiteral("malformed.json"), server.base());
        });
        const Run r =
            run({QStringLiteral("--estimate"), QStringLiteral("--language"), QStringLiteral("en"),
                 QStringLiteral("--currency"), QStringLiteral("USD")},
                server.base().toString());
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("sent a page that is not a price list")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("table shipped with this version")));
    }
};

QTEST_MAIN(TestCostCli)
#include "tst_costcli.moc"
