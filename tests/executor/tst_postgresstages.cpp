// The second guide's preparation against the simulator through the headless app: the federated
// credential for backups and the application user's secret, created once, found on a second
// run, and the secret's password nowhere outside the cluster (output, log, journal, settings
// file, exported script).

#include "SimWorld.h"
#include "plan/PlanBuilder.h"
#include "settings/Settings.h"
#include "settings/SettingsFile.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace cnpg;

namespace {

// The simulated cluster's objects, by "Kind/namespace/name".
QJsonObject kubeObjects(const QJsonObject& dump)
{
    QJsonObject out;
    const QJsonObject resources = dump.value(QStringLiteral("resources")).toObject();
    for (const QJsonValue& r : resources) {
        const QJsonObject objects = r.toObject()
                                        .value(QStringLiteral("kube"))
                                        .toObject()
                                        .value(QStringLiteral("objects"))
                                        .toObject();
        for (auto it = objects.begin(); it != objects.end(); ++it)
            out.insert(it.key(), it.value().toObject().value(QStringLiteral("object")));
    }
    return out;
}

QList<QJsonObject> resourcesOfType(const QJsonObject& dump, const QString& type)
{
    QList<QJsonObject> out;
    const QJsonObject resources = dump.value(QStringLiteral("resources")).toObject();
    for (const QJsonValue& r : resources) {
        if (r.toObject().value(QStringLiteral("type")).toString() == type)
            out << r.toObject();
    }
    return out;
}

} // namespace

class TestPostgresStages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(SimWorld::simProgram()).isExecutable(), "cnpg-sim is not built");
    }

    void credentialAndSecretOnceAndSecretNowhere()
    {
        SimWorld world;
        QString error;
        QVERIFY2(world.init({}, QStringLiteral("0.002"), &error), qPrintable(error));
        Settings settings = Settings::withGeneratedIds();
        settings.setValue(keys::ClientIp, QStringLiteral("203.0.113.10"));
        const QString settingsFile = world.path(QStringLiteral("settings.json"));
        QVERIFY(SettingsFile::save(settingsFile, settings));
        const QStringList apply = {QStringLiteral("--apply"), QStringLiteral("--simulate"),
                                   QStringLiteral("--settings"), settingsFile};

        const SimWorld::Result first = world.runApp(apply);
        QVERIFY2(first.exitCode == 0, QByteArray(first.out + first.err).constData());
        const QJsonObject dump = world.dump();

        // The federated credential: the guide's subject and audience, the cluster's issuer.
        const QList<QJsonObject> credentials = resourcesOfType(
            dump,
            QStringLiteral(
                "Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials"));
        QCOMPARE(credentials.size(), 1);
        const QJsonObject fc = credentials.first().value(QStringLiteral("body")).toObject();
        QCOMPARE(fc.value(QStringLiteral("subject")).toString(),
                 QStringLiteral("system:serviceaccount:%1:%2")
                     .arg(settings.value(keys::PgNamespace), settings.value(keys::PgClusterName)));
        QCOMPARE(fc.value(QStringLiteral("audiences")).toArray(),
                 QJsonArray{QStringLiteral("api://AzureADTokenExchange")});
        QVERIFY(
            fc.value(QStringLiteral("issuer")).toString().startsWith(QStringLiteral("https://")));
        QCOMPARE(fc.value(QStringLiteral("name")).toString(), settings.value(keys::FedCredential));

        // The secret: user app, a password of 48 hex digits from the run.
        const QJsonObject secret =
            kubeObjects(dump)
                .value(
                    QStringLiteral("Secret/%1/db-user-pass").arg(settings.value(keys::PgNamespace)))
                .toObject();
        QCOMPARE(secret.value(QStringLiteral("type")).toString(),
                 QStringLiteral("kubernetes.io/basic-auth"));
        const QJsonObject data = secret.value(QStringLiteral("data")).toObject();
        QCOMPARE(
            QByteArray::fromBase64(data.value(QStringLiteral("username")).toString().toLatin1()),
            QByteArray("app"));
        const QByteArray password =
            QByteArray::fromBase64(data.value(QStringLiteral("password")).toString().toLatin1());
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{48}$"))
                     .match(QString::fromLatin1(password))
                     .hasMatch(),
                 password.constData());

        // Then the validation guide's objects: the backups, the public services on the static
        // IP for this client only and this cluster only, and the pod monitor.
        const QString ns = settings.value(keys::PgNamespace);
        const QString pg = settings.value(keys::PgClusterName);
        const QJsonObject objects = kubeObjects(dump);
        const QJsonObject schedule =
            objects.value(QStringLiteral("ScheduledBackup/%1/%2-scheduled-backup").arg(ns, pg))
                .toObject();
        QCOMPARE(schedule.value(QStringLiteral("spec"))
                     .toObject()
                     .value(QStringLiteral("schedule"))
                     .toString(),
                 QStringLiteral("0 15 * ? * *"));
        QVERIFY(objects.contains(QStringLiteral("Backup/%1/%2-on-demand-backup-1").arg(ns, pg)));
        QVERIFY(objects.contains(
            QStringLiteral("PodMonitor/%1/cnpg-cluster-metrics-managed-prometheus").arg(ns)));
        for (const char* name :
             {"cnpg-cluster-load-balancer-rw", "cnpg-cluster-load-balancer-ro"}) {
            const QJsonObject svc =
                objects.value(QStringLiteral("Service/%1/%2").arg(ns, QLatin1String(name)))
                    .toObject();
            const QJsonObject spec = svc.value(QStringLiteral("spec")).toObject();
            QCOMPARE(spec.value(QStringLiteral("loadBalancerSourceRanges")).toArray(),
                     QJsonArray{QStringLiteral("203.0.113.10/32")});
            QCOMPARE(spec.value(QStringLiteral("selector"))
                         .toObject()
                         .value(QStringLiteral("cnpg.io/cluster"))
                         .toString(),
                     pg);
            // The node resource group, as the run read it, not a ${reference}.
            const QString group = svc.value(QStringLiteral("metadata"))
                                      .toObject()
                                      .value(QStringLiteral("annotations"))
                                      .toObject()
                                      .value(QStringLiteral("service.beta.kubernetes.io/"
                                                            "azure-load-balancer-resource-group"))
                                      .toString();
            QCOMPARE(group, settings.value(keys::ManagedRg));
        }

        // A second run finds both and changes neither.
        const SimWorld::Result second = world.runApp(apply);
        QVERIFY2(second.exitCode == 0, QByteArray(second.out + second.err).constData());
        const auto counts = SimWorld::createCounts(world.dump());
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        QVERIFY(
            counts.contains(
                QStringLiteral("secret/%1/db-user-pass").arg(settings.value(keys::PgNamespace))) ||
            std::any_of(counts.keyBegin(), counts.keyEnd(), [](const QString& k) {
                return k.contains(QStringLiteral("db-user-pass"));
            }));
        QCOMPARE(
            kubeObjects(world.dump())
                .value(
                    QStringLiteral("Secret/%1/db-user-pass").arg(settings.value(keys::PgNamespace)))
                .toObject()
                .value(QStringLiteral("data"))
                .toObject()
                .value(QStringLiteral("password"))
                .toString(),
            data.value(QStringLiteral("password")).toString());

        // The export of the same settings.
        const QString script = world.path(QStringLiteral("deploy.sh"));
        const SimWorld::Result exported = world.runApp({QStringLiteral("--settings"), settingsFile,
                                                        QStringLiteral("--export-script"), script});
        QVERIFY2(exported.exitCode == 0, QByteArray(exported.out + exported.err).constData());
        QVERIFY(QFileInfo::exists(script));

        // Nothing outside the cluster holds the password, plain or encoded: every file the
        // app wrote (log, journal, report, settings, script) and everything it printed.
        const QList<QByteArray> forms = {
            password, password.toBase64(),
            data.value(QStringLiteral("password")).toString().toLatin1()};
        QByteArray printed =
            first.out + first.err + second.out + second.err + exported.out + exported.err;
        for (const QByteArray& f : forms)
            QVERIFY(!printed.contains(f));
        int files = 0;
        QDirIterator it(world.path(QString()), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.startsWith(world.statePath())) // the simulated cluster itself
                continue;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QByteArray& f : forms)
                QVERIFY2(!bytes.contains(f), qPrintable(path));
            ++files;
        }
        QVERIFY(files >= 3);
    }
};

QTEST_GUILESS_MAIN(TestPostgresStages)
#include "tst_postgresstages.moc"
