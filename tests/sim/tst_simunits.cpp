// The simulator's pieces in-process: the --query language, az's output formats, argparse's rules
// and the fault specification.
#include "ArgParser.h"
#include "Faults.h"
#include "JmesPath.h"
#include "OutputFormat.h"
#include "SimError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace cnpg::sim;

namespace {

// JSON fixtures are written with ' for " (moc cannot read raw string literals).
QString j(const char* text)
{
    return QString::fromLatin1(text).replace(QLatin1Char('\''), QLatin1Char('"'));
}

QJsonValue parseJson(const QString& text)
{
    return QJsonDocument::fromJson("[" + text.toUtf8() + "]").array().at(0);
}

QString compact(const QJsonValue& v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

} // namespace

class TestSimUnits : public QObject
{
    Q_OBJECT

private slots:
    void query_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const QString cluster = j("{'id':'/x','properties':{'provisioningState':'Creating'},"
                                  "'addonProfiles':{'omsagent':{'enabled':true}},"
                                  "'agentPoolProfiles':[{'name':'system','count':3},"
                                  "{'name':'postgres','count':3,'mode':'User'}]}");
        QTest::newRow("path") << "properties.provisioningState" << cluster << "\"Creating\"";
        QTest::newRow("nested bool") << "addonProfiles.omsagent.enabled" << cluster << "true";
        QTest::newRow("missing") << "addonProfiles.nothing.enabled" << cluster << "null";
        QTest::newRow("index") << "agentPoolProfiles[1].name" << cluster << "\"postgres\"";
        QTest::newRow("negative index")
            << "agentPoolProfiles[-1].name" << cluster << "\"postgres\"";
        QTest::newRow("projection")
            << "agentPoolProfiles[].name" << cluster << "[\"system\",\"postgres\"]";
        QTest::newRow("star") << "agentPoolProfiles[*].count" << cluster << "[3,3]";
        QTest::newRow("filter") << "agentPoolProfiles[?mode=='User'].name" << cluster
                                << "[\"postgres\"]";
        QTest::newRow("filter literal")
            << "agentPoolProfiles[?count==`3`] | length(@)" << cluster << "2";
        QTest::newRow("first of empty") << "[0].id"
                                        << "[]"
                                        << "null";
        QTest::newRow("first") << "[0].id" << j("[{'id':'a'},{'id':'b'}]") << "\"a\"";
        QTest::newRow("hash") << "{n: name, c: count}" << j("{'name':'x','count':2}")
                              << j("{'c':2,'n':'x'}");
        QTest::newRow("list") << "[name, count]" << j("{'name':'x','count':2}") << j("['x',2]");
        QTest::newRow("quoted") << "\"my-key\"" << j("{'my-key':1}") << "1";
        QTest::newRow("or") << "a || b" << j("{'b':2}") << "2";
        QTest::newRow("not") << "!a" << j("{'a':false}") << "true";
        QTest::newRow("contains") << "contains(tags.owner, 'us')" << j("{'tags':{'owner':'user'}}")
                                  << "true";
        QTest::newRow("values projection")
            << "tags.*" << j("{'tags':{'a':'1','b':'2'}}") << j("['1','2']");
    }

    void query()
    {
        QFETCH(QString, expression);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        JmesPath q;
        QString error;
        QVERIFY2(q.parse(expression, &error), qPrintable(error));
        QCOMPARE(compact(q.search(parseJson(input))), expected);
    }

    void invalidQueries()
    {
        for (const char* bad : {"[", "a.", "{a b}", "a[?", "'open", "a[0:2]"}) {
            JmesPath q;
            QVERIFY2(!q.parse(QString::fromLatin1(bad)), bad);
        }
    }

    void jsonLikePython()
    {
        // json.dumps(indent=2, sort_keys=True): sorted keys, ": ", empty containers inline.
        const QJsonValue v =
            parseJson(j("{'b':[1,true,null],'a':{'x':'q\\'\\n'},'c':[],'d':{},'e':1.5}"));
        QCOMPARE(
            OutputFormat::json(v),
            QStringLiteral("{\n  \"a\": {\n    \"x\": \"q\\\"\\n\"\n  },\n  \"b\": [\n    1,\n    "
                           "true,\n    null\n  ],\n  \"c\": [],\n  \"d\": {},\n  \"e\": 1.5\n}\n"));
    }

    void tsvLikeKnack()
    {
        QCOMPARE(OutputFormat::tsv(QJsonValue(true)), QStringLiteral("true\n"));
        QCOMPARE(OutputFormat::tsv(QJsonValue(QStringLiteral("Succeeded"))),
                 QStringLiteral("Succeeded\n"));
        // A row: values sorted by key; nested lists print their length, objects nothing, and
        // booleans inside a row Python's way.
        QCOMPARE(
            OutputFormat::tsv(parseJson(j("{'b':true,'a':'x','c':[1,2],'d':{'k':1},'e':null}"))),
            QStringLiteral("x\tTrue\t2\t\tNone\n"));
        QCOMPARE(OutputFormat::tsv(parseJson(j("['a','b']"))), QStringLiteral("a\nb\n"));
        QCOMPARE(OutputFormat::tsv(parseJson("[]")), QString());
    }

    void tableLikeTabulate()
    {
        const QString t = OutputFormat::table(OutputFormat::autoTable(
            parseJson(j("[{'name':'rg1','location':'westus3','id':'/"
                        "x','tags':{}},{'name':'resource-group-2','location':'eastus'}]")),
            true));
        // Sorted keys, id and nested values left out, every column at least its header + 2.
        QCOMPARE(t, QStringLiteral("Location    Name            \n----------  ----------------\n"
                                   "westus3     rg1             \neastus      resource-group-2\n"));
        QCOMPARE(OutputFormat::table(OutputFormat::autoTable(QJsonValue(true), true)),
                 QStringLiteral("Result  \n--------\nTrue    \n"));
    }

    void argparseRules()
    {
        const QList<Opt> opts = {
            Opt::value(QStringLiteral("--name -n")).req(),
            Opt::value(QStringLiteral("--addons -a")),
            Opt::list(QStringLiteral("--zones")),
            Opt::value(QStringLiteral("--zone-redundancy")),
            Opt::flag(QStringLiteral("--yes -y")),
            Opt::value(QStringLiteral("--count")).num(),
            Opt::value(QStringLiteral("--sku")).oneOf({QStringLiteral("Standard_ZRS")})};
        const Args a = ArgParser::parse(QStringLiteral("az x"), opts,
                                        {QStringLiteral("--addon"), QStringLiteral("monitoring"),
                                         QStringLiteral("-n=ignored"), QStringLiteral("--name=n1"),
                                         QStringLiteral("--zones"), QStringLiteral("1"),
                                         QStringLiteral("2"), QStringLiteral("-y"),
                                         QStringLiteral("--sku"), QStringLiteral("standard_zrs")});
        QCOMPARE(a.value(QStringLiteral("--addons")),
                 QStringLiteral("monitoring"));                            // unique prefix
        QCOMPARE(a.value(QStringLiteral("--name")), QStringLiteral("n1")); // last one wins
        QCOMPARE(a.list(QStringLiteral("--zones")),
                 (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QVERIFY(a.flag(QStringLiteral("--yes")));
        QCOMPARE(a.value(QStringLiteral("--sku")),
                 QStringLiteral("Standard_ZRS")); // choice's spelling

        auto failure = [&](const QStringList& argv) {
            try {
                ArgParser::parse(QStringLiteral("az x"), opts, argv);
            } catch (const SimError& e) {
                return QStringLiteral("%1 %2").arg(e.exitCode).arg(e.text.trimmed());
            }
            return QString();
        };
        QCOMPARE(failure({QStringLiteral("--zone"), QStringLiteral("1"), QStringLiteral("-n"),
                          QStringLiteral("x")}),
                 QStringLiteral(
                     "2 ERROR: ambiguous option: --zone could match --zones, --zone-redundancy"));
        QCOMPARE(failure({QStringLiteral("--count"), QStringLiteral("3")}),
                 QStringLiteral("2 ERROR: the following arguments are required: --name/-n"));
        QCOMPARE(failure({QStringLiteral("-n"), QStringLiteral("x"), QStringLiteral("--bogus"),
                          QStringLiteral("v"), QStringLiteral("extra")}),
                 QStringLiteral("2 ERROR: unrecognized arguments: --bogus v extra"));
        QCOMPARE(failure({QStringLiteral("-n")}),
                 QStringLiteral("2 ERROR: argument --name/-n: expected one argument"));
        QCOMPARE(failure({QStringLiteral("-n"), QStringLiteral("x"), QStringLiteral("--count"),
                          QStringLiteral("three")}),
                 QStringLiteral("2 ERROR: argument --count: invalid int value: 'three'"));
        QVERIFY(failure({QStringLiteral("-n"), QStringLiteral("x"), QStringLiteral("--sku"),
                         QStringLiteral("Gold")})
                    .startsWith(
                        QStringLiteral("2 ERROR: az x: 'Gold' is not a valid value for '--sku'.")));
        QCOMPARE(failure({QStringLiteral("-n"), QStringLiteral("x"), QStringLiteral("--zones")}),
                 QStringLiteral("2 ERROR: argument --zones: expected at least one argument"));
    }

    void faultSpecification()
    {
        const QList<Fault> f =
            Faults::parse(QStringLiteral("aks nodepool add=OperationNotAllowed*1; kubectl create "
                                         "namespace=Error:boom here*always ;"
                                         "storage container create=NetworkRules"));
        QCOMPARE(f.size(), 3);
        QCOMPARE(f[0].words, (QStringList{QStringLiteral("aks"), QStringLiteral("nodepool"),
                                          QStringLiteral("add")}));
        QCOMPARE(f[0].count, 1);
        QCOMPARE(f[1].tool, QStringLiteral("kubectl"));
        QCOMPARE(f[1].kind, QStringLiteral("Error"));
        QCOMPARE(f[1].message, QStringLiteral("boom here"));
        QCOMPARE(f[1].count, -1);
        QCOMPARE(f[2].count, 1);
        for (const char* bad : {"aks create", "aks create=Nonsense*1", "=Throttled"}) {
            bool threw = false;
            try {
                Faults::parse(QString::fromLatin1(bad));
            } catch (const SimError& e) {
                threw = e.text.contains(QStringLiteral("invalid CNPG_SIM_FAULTS entry"));
            }
            QVERIFY2(threw, bad);
        }
    }
};

QTEST_GUILESS_MAIN(TestSimUnits)
#include "tst_simunits.moc"
