// cnpg-aks-wizard's headless command line, run as a process the way users and CI run it.
#include "SettingsArguments.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Result
{
    int code = -1;
    QString out;
    QString err;
};

Result run(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(CNPG_BIN_DIR "/cnpg-aks-wizard"), args);
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString& path, const QByteArray& data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

const QStringList kFixed = {
    QStringLiteral("--set"), QStringLiteral("SUFFIX=abc12345"),
    QStringLiteral("--set"), QStringLiteral("AKS_PRIMARY_CLUSTER_PG_DNSPREFIX=a0123456789"),
    QStringLiteral("--set"), QStringLiteral("MY_PUBLIC_CLIENT_IP=203.0.113.7")};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

    QString path(const char* name) const { return m_tmp.filePath(QString::fromLatin1(name)); }

private slots:
    void versionAndHelp()
    {
        const Result v = run({QStringLiteral("--version")});
        QCOMPARE(v.code, 0);
        QVERIFY(v.out.startsWith(QLatin1String("cnpg-aks-wizard ")));
        const Result h = run({QStringLiteral("--help")});
        QCOMPARE(h.code, 0);
        for (const char* opt : {"--settings", "--export-script", "--export-settings", "--set"})
            QVERIFY2(h.out.contains(QLatin1String(opt)), opt);
    }

    void exportsAnExecutableScriptAndSettings()
    {
        const Result r =
            run(kFixed + QStringList{QStringLiteral("--export-script"), path("a.sh"),
                                     QStringLiteral("--export-settings"), path("a.json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(path("a.sh")).isExecutable());
        QVERIFY(read(path("a.sh")).startsWith("#!/usr/bin/env bash\n"));
        const QJsonObject root = QJsonDocument::fromJson(read(path("a.json"))).object();
        QCOMPARE(root.value(QLatin1String("schema")).toInt(), 1);
        QCOMPARE(root.value(QLatin1String("variables"))
                     .toObject()
                     .value(QLatin1String("SUFFIX"))
                     .toString(),
                 QStringLiteral("abc12345"));

        // The saved settings reproduce the same script byte for byte.
        const Result again = run({QStringLiteral("--settings"), path("a.json"),
                                  QStringLiteral("--export-script"), path("b.sh")});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QCOMPARE(read(path("b.sh")), read(path("a.sh")));
    }

    void invalidSettingsWriteNothingAndListEveryError()
    {
        write(path("bad.json"),
              R"({"schema": 1, "variables": {"PG_PRIMARY_STORAGE_ACCOUNT_NAME": "Bad_Name",
                  "USER_NODE_POOL_NAME": "PostgresPool1", "MY_PUBLIC_CLIENT_IP": "300.1.1.1",
                  "NOT_A_SETTING": "x", "USER_NODE_POOL_MIN_COUNT": "3"}})");
        write(path("keep.sh"), "untouched");
        const Result r =
            run({QStringLiteral("--settings"), path("bad.json"), QStringLiteral("--export-script"),
                 path("keep.sh"), QStringLiteral("--export-settings"), path("never.json")});
        QCOMPARE(r.code, 2);
        for (const char* field :
             {"PG_PRIMARY_STORAGE_ACCOUNT_NAME", "USER_NODE_POOL_NAME", "MY_PUBLIC_CLIENT_IP",
              "NOT_A_SETTING", "USER_NODE_POOL_MIN_COUNT"})
            QVERIFY2(r.err.contains(QLatin1String(field)), field);
        QCOMPARE(read(path("keep.sh")), QByteArray("untouched"));
        QVERIFY(!QFile::exists(path("never.json")));
    }

    void brokenJsonAndMissingFileAreBadInput()
    {
        write(path("broken.json"), "{\"schema\": 1, \"variables\": {");
        Result r = run({QStringLiteral("--settings"), path("broken.json"),
                        QStringLiteral("--export-script"), path("x.sh")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("JSON")));
        r = run({QStringLiteral("--settings"), path("missing.json"),
                 QStringLiteral("--export-script"), path("x.sh")});
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(path("x.sh")));
    }

    void theClientIpIsRequired()
    {
        const Result r = run({QStringLiteral("--export-script"), path("noip.sh")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("MY_PUBLIC_CLIENT_IP")));
        QVERIFY(!QFile::exists(path("noip.sh")));
    }

    void rejectedValuesNeverReachAScript()
    {
        const Result r = run(
            kFixed + QStringList{QStringLiteral("--set"), QStringLiteral("TAGS=a=b\n$(touch x)"),
                                 QStringLiteral("--set"),
                                 QStringLiteral("RESOURCE_GROUP_NAME=rg;rm -rf"),
                                 QStringLiteral("--export-script"), path("hostile.sh")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("TAGS")));
        QVERIFY(r.err.contains(QLatin1String("RESOURCE_GROUP_NAME")));
        QVERIFY(!QFile::exists(path("hostile.sh")));
    }

    void unknownOptionsAndKeysAreBadInput()
    {
        QCOMPARE(run({QStringLiteral("--no-such-option")}).code, 2);
        QCOMPARE(run(kFixed + QStringList{QStringLiteral("--set"), QStringLiteral("NOPE=1"),
                                          QStringLiteral("--export-script"), path("n.sh")})
                     .code,
                 2);
    }

    // The wizard's start-up reads --settings and --set with the command line's parser: what
    // the command line rejects never opens the window (exit 2, the errors on stderr).
    void theWizardRejectsWhatTheCommandLineRejects()
    {
        const QStringList en = {QStringLiteral("--language"), QStringLiteral("en")};
        Result r = run(en + QStringList{QStringLiteral("--set"), QStringLiteral("NOPE=1")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("NOPE")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("the wizard did not open")), qPrintable(r.err));

        r = run({QStringLiteral("--set"), QStringLiteral("LOCAL_NAME=") + QString(80, 'x')});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("LOCAL_NAME")), qPrintable(r.err));

        write(path("wizard-bad.json"),
              R"({"schema": 1, "variables": {"LOCAL_NAME": "demo", "NO_SUCH_KEY": "x"}})");
        r = run({QStringLiteral("--settings"), path("wizard-bad.json")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("NO_SUCH_KEY")), qPrintable(r.err));

        r = run({QStringLiteral("--settings"), path("no-such-file.json")});
        QCOMPARE(r.code, 2);
    }

    // One reader for both: the command line's actions need every value; the wizard asks for
    // the empty ones itself (a settings file saved before the client IP was known opens).
    void oneParserTwoPurposes()
    {
        using cnpg::SettingsArguments;
        auto errorsFor = [](const QStringList& args, SettingsArguments::Purpose purpose) {
            QCommandLineParser parser;
            parser.addOptions({SettingsArguments::fileOption(), SettingsArguments::setOption()});
            if (!parser.parse(QStringList{QStringLiteral("app")} + args))
                return cnpg::SettingErrors{
                    {QString(), cnpg::SettingErrorCode::BrokenJson, 0, 0, parser.errorText()}};
            return SettingsArguments(parser, cnpg::Settings::withGeneratedIds()).errors(purpose);
        };
        const auto run = SettingsArguments::Purpose::Run;
        const auto wizard = SettingsArguments::Purpose::Wizard;
        const QStringList noIp = {QStringLiteral("--set"), QStringLiteral("LOCAL_NAME=demo")};
        QVERIFY(!errorsFor(noIp, run).isEmpty()); // MY_PUBLIC_CLIENT_IP is required to run
        QCOMPARE(errorsFor(noIp, wizard).size(), 0);
        const QStringList unknown = {QStringLiteral("--set"), QStringLiteral("NOPE=1")};
        QCOMPARE(errorsFor(unknown, wizard).size(), 1);
        QCOMPARE(errorsFor(unknown, wizard).first().code, cnpg::SettingErrorCode::UnknownKey);
        const QStringList badIp = {QStringLiteral("--set"),
                                   QStringLiteral("MY_PUBLIC_CLIENT_IP=300.1.2.3")};
        QCOMPARE(errorsFor(badIp, wizard), errorsFor(badIp, run));
        QCOMPARE(errorsFor(badIp, wizard).size(), 1);
        QCOMPARE(errorsFor(kFixed, run).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
