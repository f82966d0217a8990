// The CloudNativePG objects the plan applies (the Cluster, the ScheduledBackup and the Backup),
// as the product generates them from default and other valid settings, checked against the
// CustomResourceDefinitions of the pinned operator (tests/plan/crd, extracted from the chart's
// crds.yaml) by python3-jsonschema; and proof that the check rejects what the API server would.

#include "plan/ClusterManifest.h"
#include "plan/DatabaseManifests.h"
#include "settings/PinnedVersions.h"
#include "settings/Settings.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <yaml-cpp/yaml.h>

using namespace cnpg;

namespace {

const QString CrdDir = QStringLiteral(CNPG_TESTS_DIR "/plan/crd");

struct Validation
{
    int exitCode = -1;
    QString output;
};

Settings settingsWith(const QStringList& assignments)
{
    Settings s = Settings::withGeneratedIds();
    s.setValue(keys::ClientIp, QStringLiteral("203.0.113.10"));
    for (const QString& a : assignments) {
        const int eq = a.indexOf(QLatin1Char('='));
        s.setValue(a.left(eq), a.mid(eq + 1));
    }
    return s;
}

// The three manifests under their kinds' names.
QList<std::pair<QString, QByteArray>> manifests(const Settings& s)
{
    return {{QStringLiteral("cluster.yaml"), ClusterManifest::build(s)},
            {QStringLiteral("scheduled-backup.yaml"), DatabaseManifests::scheduledBackup(s)},
            {QStringLiteral("on-demand-backup.yaml"), DatabaseManifests::onDemandBackup(s)}};
}

bool write(const QString& path, const QByteArray& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

// Runs the validator over `files`; a validator that cannot start or run is a failure of the
// test, never a pass.
Validation validate(const QStringList& files,
                    const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("python3"),
            QStringList{CrdDir + QStringLiteral("/validate_manifests.py"),
                        QStringLiteral("--schemas"), CrdDir} +
                files);
    Validation v;
    if (!p.waitForStarted(30000) || !p.waitForFinished(120000 * CNPG_TEST_TIMEOUT_FACTOR)) {
        v.output = QStringLiteral("python3 did not run: ") + p.errorString();
        return v;
    }
    v.output = QString::fromUtf8(p.readAll());
    if (p.exitStatus() == QProcess::NormalExit)
        v.exitCode = p.exitCode();
    return v;
}

// `doc` with the node at the dotted `path` set to the plain scalar `value` (which the YAML
// reader types: `three` is a string, `0` an integer), or removed when `value` is empty.
QByteArray edited(const QByteArray& doc, const QString& path, const QString& value)
{
    YAML::Node root = YAML::Load(doc.toStdString());
    const QStringList parts = path.split(QLatin1Char('.'));
    std::vector<YAML::Node> chain{root};
    for (int i = 0; i < parts.size() - 1; ++i)
        chain.push_back(chain.back()[parts.at(i).toStdString()]);
    const std::string last = parts.last().toStdString();
    if (value.isEmpty())
        chain.back().remove(last);
    else
        chain.back()[last] = value.toStdString();
    YAML::Emitter y;
    y << root;
    return QByteArray(y.c_str()) + '\n';
}

} // namespace

class TestCrdSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The schemas are those of the operator the chart installs.
        for (const char* file :
             {"cluster.schema.json", "backup.schema.json", "scheduledbackup.schema.json"}) {
            QFile f(CrdDir + QLatin1Char('/') + QLatin1String(file));
            QVERIFY2(f.open(QIODevice::ReadOnly), file);
            const QString head = QString::fromUtf8(f.read(1000));
            QVERIFY2(head.contains(QStringLiteral("tag cloudnative-pg-v") +
                                   pinned::cnpgChartVersion() + QLatin1Char(',')),
                     file);
        }
        QVERIFY(m_dir.isValid());
    }

    void generatedManifestsAreValid_data()
    {
        QTest::addColumn<QStringList>("assignments");
        QTest::newRow("defaults") << QStringList();
        QTest::newRow("five instances, other class, weekly")
            << QStringList{keys::PgInstances + QStringLiteral("=5"),
                           keys::PgStorageClass + QStringLiteral("=managed-csi"),
                           keys::PgStorageSize + QStringLiteral("=1Ti"),
                           keys::PgBackupSchedule + QStringLiteral("=0 30 2 * * SUN"),
                           keys::PgBackupRetention + QStringLiteral("=4w"),
                           keys::PgCpu + QStringLiteral("=500m"),
                           keys::PgMemory + QStringLiteral("=4Gi")};
        QTest::newRow("one instance, daily, other names") << QStringList{
            keys::PgInstances + QStringLiteral("=1"),
            keys::PgStorageSize + QStringLiteral("=512Mi"),
            keys::PgBackupSchedule + QStringLiteral("=@daily"),
            keys::PgCpu + QStringLiteral("=0.5"),
            keys::PgMemory + QStringLiteral("=2048Mi"),
            keys::PgNamespace + QStringLiteral("=db"),
            keys::PgImage +
                QStringLiteral("=ghcr.io/cloudnative-pg/postgresql:17.5-system-bookworm")};
    }

    void generatedManifestsAreValid()
    {
        QFETCH(QStringList, assignments);
        const Settings s = settingsWith(assignments);
        QCOMPARE(s.validate().size(), 0);
        QStringList files;
        for (const auto& [name, text] : manifests(s)) {
            QVERIFY2(!text.isEmpty(), qPrintable(name));
            files << m_dir.filePath(QString::fromLatin1(QTest::currentDataTag())
                                        .replace(QLatin1Char(' '), QLatin1Char('_')) +
                                    QLatin1Char('-') + name);
            QVERIFY(write(files.last(), text));
        }
        const Validation v = validate(files);
        QVERIFY2(v.exitCode == 0, qPrintable(v.output));
        // Each object was checked, not skipped.
        QCOMPARE(v.output.count(QStringLiteral(": valid")), files.size());
    }

    void brokenManifestsAreRejected_data()
    {
        QTest::addColumn<int>("which"); // index into manifests()
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("instances as a word") << 0 << "spec.instances"
                                             << "three"
                                             << ".spec.instances: 'three' is not of type 'integer'";
        QTest::newRow("no instances") << 0 << "spec.instances"
                                      << "0"
                                      << ".spec.instances: 0 is less than the minimum of 1";
        QTest::newRow("cpu not a quantity")
            << 0 << "spec.resources.limits.cpu"
            << "two cores"
            << ".spec.resources.limits.cpu: 'two cores' does not match";
        QTest::newRow("unknown field") << 0 << "spec.storage.sizeLimit"
                                       << "64Gi"
                                       << ".spec.storage: Additional properties are not allowed";
        QTest::newRow("unknown backup method") << 1 << "spec.method"
                                               << "snapshot"
                                               << ".spec.method: 'snapshot' is not one of";
        QTest::newRow("unknown owner reference")
            << 1 << "spec.backupOwnerReference"
            << "parent"
            << ".spec.backupOwnerReference: 'parent' is not one of";
        QTest::newRow("backup without its cluster") << 2 << "spec.cluster"
                                                    << ""
                                                    << ".spec: 'cluster' is a required property";
    }

    void brokenManifestsAreRejected()
    {
        QFETCH(int, which);
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(QString, error);
        const auto [name, text] = manifests(settingsWith({})).at(which);
        const QString file = m_dir.filePath(QStringLiteral("broken-") + name);
        QVERIFY(write(file, edited(text, path, value)));
        const Validation v = validate({file});
        QVERIFY2(v.exitCode == 1, qPrintable(v.output));
        QVERIFY2(v.output.contains(error), qPrintable(v.output));
    }

    // A manifest the schemas do not cover is an error of the check, not a pass.
    void kindWithoutSchemaIsNotPassed()
    {
        const QString file = m_dir.filePath(QStringLiteral("podmonitor.yaml"));
        QVERIFY(write(file, DatabaseManifests::podMonitor(settingsWith({}))));
        const Validation v = validate({file});
        QVERIFY2(v.exitCode == 2, qPrintable(v.output));
        QVERIFY2(v.output.contains(QStringLiteral("no schema for")), qPrintable(v.output));
    }

    // Without python3-jsonschema the check cannot run: it says so and fails (exit 2), so that
    // generatedManifestsAreValid fails too instead of passing unchecked.
    void missingJsonSchemaIsAnError()
    {
        QTemporaryDir hide;
        QVERIFY(hide.isValid());
        QVERIFY(write(hide.filePath(QStringLiteral("sitecustomize.py")),
                      "import sys\nsys.modules['jsonschema'] = None\n"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYTHONPATH"), hide.path());
        const QString file = m_dir.filePath(QStringLiteral("backup.yaml"));
        QVERIFY(write(file, DatabaseManifests::onDemandBackup(settingsWith({}))));
        const Validation v = validate({file}, env);
        QVERIFY2(v.exitCode == 2, qPrintable(v.output));
        QVERIFY2(v.output.contains(QStringLiteral("install python3-jsonschema")),
                 qPrintable(v.output));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCrdSchema)
#include "tst_crdschema.moc"
