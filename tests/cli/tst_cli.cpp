// cnpg-aks-wizard's headless command line, run as a process the way users and CI run it.
#include "SettingsArguments.h"
#include "run/Journal.h"
#include "settings/SettingsFile.h"
#include "util/TextWidth.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace cnpg;

namespace {
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

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

    // A value that begins with a hyphen would become an option of az, kubectl or helm.
    void valuesThatLookLikeOptionsAreRefused_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<bool>("saysOption");
        for (const char* v : {"--debug", "--", "-h", "--yes"})
            QTest::newRow(v) << QStringLiteral("RESOURCE_GROUP_NAME=") + QLatin1String(v) << true;
        QTest::newRow("tag") << QStringLiteral("TAGS=owner=me --debug=1") << true;
        // Refused by its own naming rule already.
        QTest::newRow("namespace") << QStringLiteral("PG_NAMESPACE=-n") << false;
    }

    void valuesThatLookLikeOptionsAreRefused()
    {
        QFETCH(QString, assignment);
        QFETCH(bool, saysOption);
        const Result r =
            run(kFixed + QStringList{QStringLiteral("--set"), assignment,
                                     QStringLiteral("--export-script"), path("hyphen.sh")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(assignment.left(assignment.indexOf(QLatin1Char('=')))),
                 qPrintable(r.err));
        if (saysOption)
            QVERIFY2(r.err.contains(QLatin1String("option")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path("hyphen.sh")));
    }

    // What is not a small regular file is refused unread: exit 2 at once, also with 1 GiB of
    // address space, where reading /dev/zero to the end would die of std::bad_alloc.
    void unboundedSettingsFilesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("/dev/zero") << "/dev/zero";
        QTest::newRow("/dev/urandom") << "/dev/urandom";
        QTest::newRow("fifo") << "fifo";
        QTest::newRow("100 MB") << "big";
    }

    void unboundedSettingsFilesAreRefused()
    {
        QFETCH(QString, kind);
        QString file = kind;
        if (kind == QLatin1String("fifo")) {
            file = path("settings.fifo");
            QFile::remove(file);
            QCOMPARE(::mkfifo(QFile::encodeName(file).constData(), 0600), 0);
        } else if (kind == QLatin1String("big")) {
            file = path("big.json");
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(qint64(100) * 1000 * 1000)); // sparse
        }
        const QStringList args = {QStringLiteral("--settings"), file,
                                  QStringLiteral("--export-script"), path("unbounded.sh")};
        // The app under a 1 GiB address-space limit (an AddressSanitizer build reserves far
        // more than that for itself: there the limit is left out).
        QStringList wrapped = {
            QStringLiteral("-c"),
            QStringLiteral("ulimit -v %1 && exec \"$0\" \"$@\"")
                .arg(kSanitized ? QStringLiteral("unlimited") : QStringLiteral("1048576")),
            QStringLiteral(CNPG_BIN_DIR "/cnpg-aks-wizard")};
        QProcess p;
        QElapsedTimer clock;
        clock.start();
        p.start(QStringLiteral("/bin/sh"), wrapped + args);
        // Waits for the end of the process; the timeout is only a safety net.
        QVERIFY(p.waitForFinished(60000));
        qInfo("%s: exit %d after %lld ms", qPrintable(kind), p.exitCode(), clock.elapsed());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 2, qPrintable(err));
        QVERIFY2(err.contains(kind == QLatin1String("big") ? QLatin1String("KiB")
                                                           : QLatin1String("regular file")),
                 qPrintable(err));
        QVERIFY(!QFile::exists(path("unbounded.sh")));
    }

    void duplicateKeysAreBadInput()
    {
        write(path("dup.json"), R"({"schema": 1, "variables": {
            "RESOURCE_GROUP_NAME": "x y z", "RESOURCE_GROUP_NAME": "rg-ok",
            "MY_PUBLIC_CLIENT_IP": "203.0.113.7"}})");
        const Result r = run({QStringLiteral("--settings"), path("dup.json"),
                              QStringLiteral("--export-script"), path("dup.sh")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("RESOURCE_GROUP_NAME")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("more than once")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path("dup.sh")));
        // Also when --set gives the key again.
        const Result again = run({QStringLiteral("--settings"), path("dup.json"),
                                  QStringLiteral("--set"), QStringLiteral("LOCAL_NAME=cnpg"),
                                  QStringLiteral("--export-script"), path("dup.sh")});
        QCOMPARE(again.code, 2);
        QVERIFY2(again.err.contains(QLatin1String("more than once")), qPrintable(again.err));
    }

    void aLoneSurrogateIsRefused()
    {
        write(path("surrogate.json"), R"({"schema": 1, "variables": {"TAGS": "owner=\ud800x",
            "MY_PUBLIC_CLIENT_IP": "203.0.113.7"}})");
        const Result r = run({QStringLiteral("--settings"), path("surrogate.json"),
                              QStringLiteral("--export-script"), path("surrogate.sh")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("TAGS")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path("surrogate.sh")));
    }

    // A megabyte typed into a field is not echoed back whole.
    void aHugeInvalidValueIsCutInTheError()
    {
        const QByteArray huge(1000 * 1000, 'x'); // a settings file may hold 1 MiB
        write(path("huge.json"), R"({"schema": 1, "variables": {"PRIMARY_CLUSTER_REGION": ")" +
                                     huge + R"(", "MY_PUBLIC_CLIENT_IP": "203.0.113.7"}})");
        const Result r = run({QStringLiteral("--settings"), path("huge.json"),
                              QStringLiteral("--export-script"), path("huge.sh")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("PRIMARY_CLUSTER_REGION")), qPrintable(r.err));
        QVERIFY2(r.err.size() < 2000, qPrintable(QString::number(r.err.size())));
        QVERIFY(r.err.contains(QChar(0x2026)));
    }

    // A journal that is valid JSON of another shape says what is wrong with it; one that is a
    // FIFO is refused instead of waited on.
    void unusableJournalsAreBadInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("[]") << QByteArray("[]") << "top level";
        QTest::newRow("[1, 2]") << QByteArray("[1, 2]") << "top level";
        QTest::newRow("fifo") << QByteArray() << "regular file";
    }

    void unusableJournalsAreBadInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString journal = path("journal.json");
        QFile::remove(journal);
        if (content.isEmpty())
            QCOMPARE(::mkfifo(QFile::encodeName(journal).constData(), 0600), 0);
        else
            write(journal, content);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), path("xdg"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CNPG_BIN_DIR "/cnpg-aks-wizard"),
                {QStringLiteral("--apply"), QStringLiteral("--simulate"),
                 QStringLiteral("--resume"), QStringLiteral("--journal"), journal});
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains(expected), qPrintable(err));
        QVERIFY2(!err.contains(QLatin1String("no error occurred")), qPrintable(err));
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
    // --list: the deployments of this machine's journals, newest first, with their teardown.
    void listShowsTheKnownDeployments()
    {
        const QString xdg = path("xdg-list");
        const QString dir = xdg + QStringLiteral("/cnpg-aks-wizard/deployments/");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), xdg);
        const auto list = [&env](const QStringList& more = {}) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(CNPG_BIN_DIR "/cnpg-aks-wizard"),
                    QStringList{QStringLiteral("--list")} + more);
            p.waitForFinished(30000);
            return Result{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                          QString::fromUtf8(p.readAllStandardError())};
        };
        Result r = list();
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("No deployments yet."));

        const auto journal = [&](const QString& group, const char* region, const char* outcome,
                                 const QDateTime& at, StepState second) {
            Settings st = Settings::withGeneratedIds();
            st.setValue(keys::Region, QString::fromLatin1(region));
            Journal j;
            j.deployment = group;
            j.settings = QJsonDocument::fromJson(SettingsFile::toJson(st)).object();
            j.startedAt = at.addSecs(-600);
            j.updatedAt = at;
            j.outcome = QString::fromLatin1(outcome);
            Journal::StepRecord done;
            done.state = StepState::Succeeded;
            Journal::StepRecord last;
            last.state = second;
            j.steps.insert(QStringLiteral("group.create"), done);
            j.steps.insert(QStringLiteral("aks.create"), last);
            return j;
        };
        const QDateTime older(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
        QVERIFY(
            journal(QStringLiteral("rg-a"), "koreacentral", "succeeded", older, StepState::Skipped)
                .save(dir + QStringLiteral("rg-a/journal.json")));
        Journal teardown = journal(QStringLiteral("rg-a"), "koreacentral", "succeeded",
                                   older.addSecs(3600), StepState::Succeeded);
        QVERIFY(teardown.save(dir + QStringLiteral("rg-a/teardown.json")));
        QVERIFY(journal(QStringLiteral("rg-b"), "westus3", "failed", older.addDays(1),
                        StepState::Failed)
                    .save(dir + QStringLiteral("rg-b/journal.json")));
        QVERIFY(QDir().mkpath(dir + QStringLiteral("rg-c")));
        write(dir + QStringLiteral("rg-c/journal.json"), "[]");

        r = list();
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("RESOURCE GROUP")));
        const auto cells = [](const QString& line) {
            return line.split(QRegularExpression(QStringLiteral("\\s{2,}")));
        };
        QCOMPARE(cells(lines.at(1)),
                 (QStringList{QStringLiteral("rg-b"), QStringLiteral("westus3"),
                              QStringLiteral("2026-12-02 10:00"), QStringLiteral("failed"),
                              QStringLiteral("1/2"), QStringLiteral("-")}));
        QCOMPARE(cells(lines.at(2)),
                 (QStringList{QStringLiteral("rg-a"), QStringLiteral("koreacentral"),
                              QStringLiteral("2026-12-01 10:00"), QStringLiteral("succeeded"),
                              QStringLiteral("2/2"), QStringLiteral("torn down")}));
        QVERIFY2(lines.at(3).startsWith(QStringLiteral("rg-c")) &&
                     lines.at(3).contains(QStringLiteral("unreadable journal")),
                 qPrintable(lines.at(3)));

        // In Korean the headers and words are Hangul, two terminal columns a syllable: every
        // column still starts at the same terminal column on every line.
        r = list({QStringLiteral("--language"), QStringLiteral("ko")});
        QCOMPARE(r.code, 0);
        const QStringList ko = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(ko.size(), 4);
        QVERIFY2(ko.at(0).startsWith(QStringLiteral("리소스 그룹")), qPrintable(ko.at(0)));
        const auto starts = [](const QString& line) {
            QList<int> columns;
            static const QRegularExpression cell(QStringLiteral("(?:^|\\s{2,})(\\S)"));
            for (auto it = cell.globalMatch(line); it.hasNext();)
                columns << cnpg::TextWidth::of(line.left(it.next().capturedStart(1)));
            return columns;
        };
        const QList<int> header = starts(ko.at(0));
        QCOMPARE(header.size(), 6);
        QVERIFY(header.at(1) > cnpg::TextWidth::of(QStringLiteral("리소스 그룹")));
        QCOMPARE(starts(ko.at(1)), header);
        QCOMPARE(starts(ko.at(2)), header);
    }

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
