// `cnpg-aks-wizard --check [--simulate]`, run as the built binary.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run check(const QStringList& extra, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CNPG_BIN_DIR "/cnpg-aks-wizard"),
            QStringList{QStringLiteral("--check")} + extra);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void writeTool(const QString& dir, const QString& name, const QByteArray& script)
{
    QFile f(dir + QLatin1Char('/') + name);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("#!/bin/sh\n" + script);
    f.close();
    f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
}

// The row of a tool in the table: "helm      -          3         missing".
QString row(const QString& out, const QString& tool)
{
    for (const QString& line : out.split(QLatin1Char('\n'))) {
        if (line.startsWith(tool + QLatin1Char(' ')))
            return line.simplified();
    }
    return QString();
}

} // namespace

class TestCheckCommand : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_data;

    QProcessEnvironment env(const QString& path)
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("PATH"), path);
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
        e.insert(QStringLiteral("HOME"), m_data.path()); // no krew of the user's
        e.remove(QStringLiteral("KREW_ROOT"));
        return e;
    }

private slots:
    void missingToolsFailAndAreNamed()
    {
        // Only kubectl and jq, as on the machine this was written on: no az, no helm.
        QTemporaryDir bin;
        writeTool(bin.path(), QStringLiteral("kubectl"),
                  "[ \"$1\" = krew ] && { echo 'error: unknown command \"krew\" for "
                  "\"kubectl\"' >&2; exit 1; }\n"
                  "echo '{\"clientVersion\": {\"gitVersion\": \"v1.30.2\"}}'\n");
        writeTool(bin.path(), QStringLiteral("jq"), "echo jq-1.6\n");
        const Run r = check({}, env(bin.path()));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("Missing or unusable: az, helm")),
                 qPrintable(r.out));
        QCOMPARE(row(r.out, QStringLiteral("az")), QStringLiteral("az - 2.56 missing"));
        QCOMPARE(row(r.out, QStringLiteral("helm")), QStringLiteral("helm - 3 missing"));
        QCOMPARE(row(r.out, QStringLiteral("kubectl")), QStringLiteral("kubectl 1.30.2 1.21 OK"));
        QCOMPARE(row(r.out, QStringLiteral("jq")), QStringLiteral("jq 1.6 1.5 OK"));
        // A fix for each, for this platform.
        QVERIFY(r.out.contains(QStringLiteral("Fix: ")));
        QVERIFY(r.out.contains(QStringLiteral("https://helm.sh/docs/intro/install/")));
    }

    void thisMachine()
    {
        // Whatever is installed here: the verdict follows the required tools on PATH.
        const QString path = QProcessEnvironment::systemEnvironment().value(QStringLiteral("PATH"));
        const Run r = check({}, env(path));
        QStringList missing;
        for (const char* tool : {"az", "kubectl", "helm"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                missing << QString::fromLatin1(tool);
        }
        if (!missing.isEmpty()) {
            QCOMPARE(r.exitCode, 1);
            for (const QString& tool : missing)
                QVERIFY2(row(r.out, tool).endsWith(QStringLiteral("missing")), qPrintable(r.out));
        } else {
            QVERIFY(r.exitCode == 0 || r.exitCode == 1); // then the sign-in decides
        }
    }

    void simulationPasses()
    {
        // The simulator's az, kubectl and helm; jq (optional) from wherever it is.
        const QString path = QProcessEnvironment::systemEnvironment().value(QStringLiteral("PATH"));
        const Run r = check({QStringLiteral("--simulate")}, env(path));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Ready")));
        QVERIFY(row(r.out, QStringLiteral("az")).endsWith(QStringLiteral("OK")));
        QVERIFY(row(r.out, QStringLiteral("helm")).endsWith(QStringLiteral("OK")));
        QVERIFY(r.out.contains(QStringLiteral("Azure sign-in: ")));
        // krew is not there yet: the deployment installs it, so it does not fail the check.
        QVERIFY(row(r.out, QStringLiteral("krew")).endsWith(QStringLiteral("missing")));
    }

    void simulationSignedOutFails()
    {
        const QString path = QProcessEnvironment::systemEnvironment().value(QStringLiteral("PATH"));
        QTemporaryDir data;
        QProcessEnvironment e = env(path);
        e.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
        // Sign out of the simulator first, through its own az.
        QProcess logout;
        QVERIFY(check({QStringLiteral("--simulate")}, e).exitCode == 0); // creates the shims
        const QString shims =
            QDir(data.path()).filePath(QStringLiteral("cnpg-aks-wizard/sim/bin/az"));
        QVERIFY2(QFileInfo::exists(shims), qPrintable(shims));
        QProcessEnvironment simEnv = e;
        simEnv.insert(QStringLiteral("CNPG_SIM_STATE"),
                      QDir(data.path()).filePath(QStringLiteral("cnpg-aks-wizard/sim/state.json")));
        logout.setProcessEnvironment(simEnv);
        logout.start(shims, {QStringLiteral("logout")});
        QVERIFY(logout.waitForFinished(10000));
        QCOMPARE(logout.exitCode(), 0);
        const Run r = check({QStringLiteral("--simulate")}, e);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("az login")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
