// Version parsing and comparison, fed with each tool's real version output.
#include "preflight/ToolCheck.h"
#include "preflight/VersionParser.h"

#include <QTest>

using namespace cnpg;

class TestVersionParser : public QObject
{
    Q_OBJECT
private slots:
    void compare_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("equal") << "2.61.0"
                               << "2.61.0" << 0;
        QTest::newRow("missing parts are zero") << "3"
                                                << "3.0.0" << 0;
        QTest::newRow("numeric, not lexical") << "2.9.0"
                                              << "2.56.0" << -1;
        QTest::newRow("minor decides") << "1.30.2"
                                       << "1.21" << 1;
        QTest::newRow("patch decides") << "0.4.3"
                                       << "0.4.4" << -1;
        QTest::newRow("leading v") << "v0.4.4"
                                   << "0.4.4" << 0;
        QTest::newRow("build metadata ignored") << "v3.14.4+g81c902a"
                                                << "3.14.4" << 0;
        QTest::newRow("invalid sorts first") << "garbage"
                                             << "0.0.1" << -1;
    }
    void compare()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        const int c = Version::fromString(a).compare(Version::fromString(b));
        QCOMPARE(c < 0 ? -1 : c > 0 ? 1 : 0, expected);
        const int r = Version::fromString(b).compare(Version::fromString(a));
        QCOMPARE(r < 0 ? -1 : r > 0 ? 1 : 0, -expected);
    }

    void az()
    {
        // `az version` on a machine with extensions.
        const QByteArray json = R"({
  "azure-cli": "2.61.0",
  "azure-cli-core": "2.61.0",
  "azure-cli-telemetry": "1.1.0",
  "extensions": {
    "aks-preview": "2.0.0b6",
    "amg": "1.3.4"
  }
})";
        QCOMPARE(VersionParser::az(json).toString(), QStringLiteral("2.61.0"));
        // The older `az --version` text.
        const QByteArray text = "azure-cli                         2.55.0 *\n\n"
                                "core                              2.55.0 *\n"
                                "telemetry                          1.1.0\n";
        QCOMPARE(VersionParser::az(text).toString(), QStringLiteral("2.55.0"));
        QVERIFY(!VersionParser::az("{\"extensions\": {}}").isValid());
        QVERIFY(!VersionParser::az("").isValid());
    }

    void kubectl()
    {
        const QByteArray json = R"({
  "clientVersion": {
    "major": "1",
    "minor": "30",
    "gitVersion": "v1.30.2",
    "gitCommit": "39683505b630ff2121012f3c5b16215a1449d5ed",
    "gitTreeState": "clean",
    "buildDate": "2024-06-11T20:29:44Z",
    "goVersion": "go1.22.4",
    "compiler": "gc",
    "platform": "linux/amd64"
  },
  "kustomizeVersion": "v5.0.4-0.20230601165947-6ce0bf390ce3"
})";
        QCOMPARE(VersionParser::kubectl(json).toString(), QStringLiteral("1.30.2"));
        // A distribution build without gitVersion: major/minor, "minor" with a plus.
        const QByteArray noGit = R"({"clientVersion": {"major": "1", "minor": "28+"}})";
        QCOMPARE(VersionParser::kubectl(noGit).toString(), QStringLiteral("1.28"));
        // The text form.
        QCOMPARE(VersionParser::kubectl("Client Version: v1.29.1\nKustomize Version: v5.0.4\n")
                     .toString(),
                 QStringLiteral("1.29.1"));
        // The kustomize version must not be mistaken for kubectl's.
        QVERIFY(!VersionParser::kubectl(R"({"kustomizeVersion": "v5.0.4"})").isValid());
    }

    void helm()
    {
        QCOMPARE(VersionParser::helm("v3.14.4+g81c902a\n").toString(), QStringLiteral("3.14.4"));
        QCOMPARE(VersionParser::helm("Client: v2.16.1+gbbdfe5e\n").toString(),
                 QStringLiteral("2.16.1"));
        QVERIFY(!VersionParser::helm("Error: unknown flag: --short\n").isValid());
    }

    void krew()
    {
        const QByteArray table = "OPTION            VALUE\n"
                                 "GitTag            v0.4.4\n"
                                 "GitCommit         343e657\n"
                                 "IndexURI          https://github.com/kubernetes-sigs/"
                                 "krew-index.git\n"
                                 "BasePath          /home/user/.krew\n"
                                 "IndexPath         /home/user/.krew/index/default\n"
                                 "InstallPath       /home/user/.krew/store\n"
                                 "BinPath           /home/user/.krew/bin\n"
                                 "DetectedPlatform  linux/amd64\n";
        QCOMPARE(VersionParser::krew(table).toString(), QStringLiteral("0.4.4"));
        QVERIFY(!VersionParser::krew("OPTION  VALUE\nGitCommit 343e657\n").isValid());
    }

    void jq()
    {
        QCOMPARE(VersionParser::jq("jq-1.6\n").toString(), QStringLiteral("1.6"));
        QCOMPARE(VersionParser::jq("jq-1.7.1\n").toString(), QStringLiteral("1.7.1"));
        QVERIFY(!VersionParser::jq("jq version unknown\n").isValid());
    }

    // The minimums of the guide, applied to real outputs.
    void minimums_data()
    {
        QTest::addColumn<int>("tool");
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<int>("state");
        const int ok = int(ToolState::Ok);
        const int old = int(ToolState::TooOld);
        QTest::newRow("az 2.61") << int(Tool::Az) << QByteArray(R"({"azure-cli": "2.61.0"})") << ok;
        QTest::newRow("az 2.56.0 exactly")
            << int(Tool::Az) << QByteArray(R"({"azure-cli": "2.56.0"})") << ok;
        QTest::newRow("az 2.55") << int(Tool::Az) << QByteArray(R"({"azure-cli": "2.55.1"})")
                                 << old;
        QTest::newRow("kubectl 1.20")
            << int(Tool::Kubectl) << QByteArray(R"({"clientVersion": {"gitVersion": "v1.20.15"}})")
            << old;
        QTest::newRow("helm 3.0.0") << int(Tool::Helm) << QByteArray("v3.0.0+ge29ce2a\n") << ok;
        QTest::newRow("helm 2") << int(Tool::Helm) << QByteArray("Client: v2.17.0+ga690bad\n")
                                << old;
        QTest::newRow("krew 0.4.3") << int(Tool::Krew) << QByteArray("GitTag  v0.4.3\n") << old;
        QTest::newRow("jq 1.5") << int(Tool::Jq) << QByteArray("jq-1.5\n") << ok;
        QTest::newRow("jq 1.4") << int(Tool::Jq) << QByteArray("jq-1.4\n") << old;
        QTest::newRow("unreadable")
            << int(Tool::Helm) << QByteArray("helm says hi\n") << int(ToolState::Unreadable);
    }
    void minimums()
    {
        QFETCH(int, tool);
        QFETCH(QByteArray, output);
        QFETCH(int, state);
        ProcessResult r;
        r.exitCode = 0;
        r.standardOutput = output;
        const ToolStatus st = ToolCheck::evaluate(ToolCheck::spec(Tool(tool)), r);
        QCOMPARE(int(st.state), state);
    }
};

QTEST_GUILESS_MAIN(TestVersionParser)
#include "tst_versionparser.moc"
