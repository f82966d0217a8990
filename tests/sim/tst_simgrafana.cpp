// The simulated `az grafana dashboard` commands: Azure Managed Grafana's data plane behind the
// amg extension, with the output shapes and errors of the real extension (ARM's lookup of the
// instance, then Grafana's HTTP API and requests' HTTPError texts).
#include "SimHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

QStringList words(const QString& s)
{
    return s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

const QString Url = QStringLiteral("https://raw.githubusercontent.com/cloudnative-pg/"
                                   "grafana-dashboards/cluster-v0.0.5/charts/cluster/"
                                   "grafana-dashboard.json");

QStringList import(const QString& definition)
{
    return words(QStringLiteral("grafana dashboard import --name graf1 --resource-group rg-test "
                                "--definition")) +
           QStringList{definition};
}

// The dashboards recorded on the simulated instance.
QJsonObject dashboards(const SimHarness& h)
{
    const QList<QJsonObject> g = h.resources(QStringLiteral("Microsoft.Dashboard/grafana"));
    return g.isEmpty() ? QJsonObject() : g.first().value(QStringLiteral("dashboards")).toObject();
}

bool setUp(SimHarness& h)
{
    return h.isValid() &&
           h.az(words(QStringLiteral("extension add --name amg -o none"))).isEmpty() &&
           h.prepare(false) &&
           h.az(words(
                    QStringLiteral("grafana create --name graf1 --resource-group rg-test -o none")))
               .isEmpty();
}

} // namespace

class TestSimGrafana : public QObject
{
    Q_OBJECT

private slots:
    void needsTheExtensionAndTheInstance()
    {
        SimHarness h;
        QVERIFY(h.isValid());
        QVERIFY(h.prepare(false));
        SimResult r = h.run(QStringLiteral("az"), import(Url));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("ERROR: The command requires the extension amg.")),
                 qPrintable(r.err));
        QCOMPARE(h.az(words(QStringLiteral("extension add --name amg -o none"))), QString());
        // The extension looks the instance up in ARM first.
        r = h.run(QStringLiteral("az"), import(Url));
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.startsWith(QStringLiteral(
                     "ERROR: (ResourceNotFound) The Resource 'Microsoft.Dashboard/grafana/graf1' "
                     "under resource group 'rg-test' was not found.")),
                 qPrintable(r.err));
        r = h.run(QStringLiteral("az"),
                  words(QStringLiteral("grafana dashboard list --name graf1 --resource-group "
                                       "rg-test")));
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QStringLiteral("(ResourceNotFound)")));
    }

    void importOnceThenFindIt()
    {
        SimHarness h;
        QVERIFY(setUp(h));
        const QStringList list =
            words(QStringLiteral("grafana dashboard list --name graf1 --resource-group rg-test"));
        const QStringList probe =
            list + QStringList{QStringLiteral("--query"),
                               QStringLiteral("[?uid=='cloudnative-pg'].uid | [0]"),
                               QStringLiteral("--output"), QStringLiteral("tsv")};
        SimResult r = h.run(QStringLiteral("az"), probe);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QString());

        r = h.run(QStringLiteral("az"), import(Url));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject out = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(out.value(QStringLiteral("uid")).toString(), QStringLiteral("cloudnative-pg"));
        QCOMPARE(out.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QCOMPARE(out.value(QStringLiteral("url")).toString(),
                 QStringLiteral("/d/cloudnative-pg/cloudnativepg"));
        QCOMPARE(out.value(QStringLiteral("version")).toInt(), 1);
        // The dashboard's expression input has no data source to map, as in Azure.
        QVERIFY2(r.err.contains(QStringLiteral("WARNING: No data source was found matching the "
                                               "required parameter of __expr__")),
                 qPrintable(r.err));

        QCOMPARE(h.az(probe), QStringLiteral("cloudnative-pg"));
        const QJsonArray all = QJsonDocument::fromJson(h.az(list).toUtf8()).array();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("dash-db"));
        const QJsonObject shown =
            QJsonDocument::fromJson(
                h.az(words(QStringLiteral("grafana dashboard show --name graf1 --resource-group "
                                          "rg-test --dashboard cloudnative-pg")))
                    .toUtf8())
                .object();
        QCOMPARE(shown.value(QStringLiteral("dashboard"))
                     .toObject()
                     .value(QStringLiteral("title"))
                     .toString(),
                 QStringLiteral("CloudNativePG"));

        // Without --overwrite Grafana refuses the same uid again (412); with it, a new version.
        r = h.run(QStringLiteral("az"), import(Url));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("WARNING: b'{\"message\":\"The dashboard has been "
                                               "changed by someone else\",\"status\":\"version-"
                                               "mismatch\"}'")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("ERROR: 412 Client Error: Precondition Failed for "
                                               "url: https://graf1-")),
                 qPrintable(r.err));
        QVERIFY(r.err.trimmed().endsWith(QStringLiteral("/api/dashboards/db")));
        QCOMPARE(dashboards(h)
                     .value(QStringLiteral("cloudnative-pg"))
                     .toObject()
                     .value(QStringLiteral("importCount")),
                 QJsonValue(1));
        r = h.run(QStringLiteral("az"), import(Url) + QStringList{QStringLiteral("--overwrite")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("version")),
                 QJsonValue(2));
    }

    void definitionsItCanRead()
    {
        SimHarness h;
        QVERIFY(setUp(h));
        // grafana.com's gallery id of the same dashboard, through the instance.
        QCOMPARE(h.az(import(QStringLiteral("20417")) +
                      words(QStringLiteral("--query uid --output tsv"))),
                 QStringLiteral("cloudnative-pg"));
        // A file with another dashboard: the probe for CloudNativePG's still finds only it.
        const QString file = h.dir() + QStringLiteral("/other.json");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"uid": "other", "title": "Other board", "panels": []})");
        f.close();
        QCOMPARE(h.az(import(file) + words(QStringLiteral("--query url --output tsv"))),
                 QStringLiteral("/d/other/other-board"));
        QCOMPARE(dashboards(h).keys(), QStringList({"cloudnative-pg", "other"}));

        SimResult r =
            h.run(QStringLiteral("az"), import(QStringLiteral("https://example.com/missing.json")));
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, QStringLiteral("ERROR: Failed to dashboard definition from "
                                       "'https://example.com/missing.json'. Error: '<Response "
                                       "[404]>'.\n"));
        r = h.run(QStringLiteral("az"), import(h.dir() + QStringLiteral("/nothing.json")));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.startsWith(QStringLiteral("ERROR: Couldn't find the file '")));
        r = h.run(QStringLiteral("az"),
                  words(QStringLiteral("grafana dashboard show --name graf1 --resource-group "
                                       "rg-test --dashboard nope")));
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.startsWith(
                     QStringLiteral("WARNING: b'{\"message\":\"Dashboard not found\"}'\nERROR: "
                                    "404 Client Error: Not Found for url: https://graf1-")),
                 qPrintable(r.err));
        QVERIFY(r.err.trimmed().endsWith(QStringLiteral("/api/dashboards/uid/nope")));
    }

    // Only the creator gets Grafana Admin; a user who may not assign roles gets no role at all,
    // and Grafana answers 403 until someone grants one.
    void grafanaRolesDecide()
    {
        SimHarness h;
        QVERIFY(h.isValid());
        const SimResult w = h.run(
            QStringLiteral("cnpg-sim"),
            {QStringLiteral("world"),
             QStringLiteral(
                 R"({"userRoles": [{"role": "Contributor", "scope": "/subscriptions/<sub>"}]})")});
        QVERIFY2(w.code == 0, qPrintable(w.err));
        QVERIFY(setUp(h));
        SimResult r = h.run(QStringLiteral("az"), import(Url));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("\"title\":\"Access denied\"")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("ERROR: 403 Client Error: Forbidden for url: ")),
                 qPrintable(r.err));
        QVERIFY(dashboards(h).isEmpty());

        // An Owner grants the role (here: the world changes, then the assignment is made).
        QCOMPARE(
            h.run(QStringLiteral("cnpg-sim"),
                  {QStringLiteral("world"),
                   QStringLiteral(
                       R"({"userRoles": [{"role": "Owner", "scope": "/subscriptions/<sub>"}]})")})
                .code,
            0);
        const QString id = h.az(words(QStringLiteral(
            "grafana show --name graf1 --resource-group rg-test --query id -o tsv")));
        const QString user =
            h.az(words(QStringLiteral("ad signed-in-user show --query id -o tsv")));
        QCOMPARE(h.az(words(QStringLiteral("role assignment create --role")) +
                      QStringList{QStringLiteral("Grafana Editor"), QStringLiteral("--assignee"),
                                  user, QStringLiteral("--scope"), id, QStringLiteral("-o"),
                                  QStringLiteral("none")}),
                 QString());
        r = h.run(QStringLiteral("az"), import(Url));
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void throttlingLooksLikeGrafanas()
    {
        SimHarness h;
        h.faults = QStringLiteral("az grafana dashboard import=Throttled*1");
        QVERIFY(setUp(h));
        SimResult r = h.run(QStringLiteral("az"), import(Url));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("ERROR: 429 Client Error: Too Many Requests for "
                                               "url: https://graf1-")),
                 qPrintable(r.err));
        r = h.run(QStringLiteral("az"), import(Url));
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestSimGrafana)
#include "tst_simgrafana.moc"
