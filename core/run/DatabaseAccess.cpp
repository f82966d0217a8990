#include "run/DatabaseAccess.h"

#include "plan/ClusterManifest.h"
#include "process/ProcessLauncher.h"
#include "settings/SettingsSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace cnpg {

namespace {

QString s(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

QString errorOf(const ProcessResult& r)
{
    if (r.failedToStart)
        return r.errorString;
    return QString::fromUtf8(r.standardError).trimmed();
}

} // namespace

DatabaseAccess::Endpoint DatabaseAccess::endpoint(const QHash<QString, QString>& values)
{
    Endpoint e;
    // The services' azure-dns-label-name gives the static IP this name in the region's zone.
    e.host = values.value(keys::DnsPrefix) + QLatin1Char('.') +
             values.value(keys::Region).toLower().remove(QLatin1Char(' ')) +
             s(".cloudapp.azure.com");
    e.address = values.value(s("AKS_PRIMARY_CLUSTER_PUBLICIP_ADDRESS"));
    e.database = ClusterManifest::appDatabase();
    e.user = ClusterManifest::appUser();
    return e;
}

QStringList DatabaseAccess::psqlArguments(const Endpoint& e, bool readOnly)
{
    // CloudNativePG serves TLS with its own CA: require encryption, without a CA to verify.
    return {s("psql"), QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 sslmode=require")
                           .arg(e.host)
                           .arg(readOnly ? e.readOnlyPort : e.readWritePort)
                           .arg(e.database, e.user)};
}

DatabaseAccess::DatabaseAccess(ProcessLauncher& launcher, QProcessEnvironment environment,
                               QHash<QString, QString> values, QObject* parent)
    : QObject(parent)
    , m_launcher(launcher)
    , m_environment(std::move(environment))
    , m_values(std::move(values))
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    m_pollTimer->setInterval(2000);
    connect(m_pollTimer, &QTimer::timeout, this, &DatabaseAccess::poll);
}

DatabaseAccess::~DatabaseAccess() = default;

void DatabaseAccess::setPolling(int intervalMs, int attempts)
{
    m_pollTimer->setInterval(intervalMs);
    m_pollAttempts = attempts;
}

bool DatabaseAccess::isBusy(Operation operation) const
{
    return operation == Operation::ReadPassword ? m_readingPassword : m_failingOver;
}

QStringList DatabaseAccess::where() const
{
    return {s("--namespace"), m_values.value(keys::PgNamespace), s("--context"),
            m_values.value(keys::ClusterName)};
}

void DatabaseAccess::kubectl(const QStringList& args, Handler handler)
{
    ProcessSpec spec;
    spec.program = s("kubectl");
    spec.arguments = args;
    spec.environment = m_environment;
    RunningProcess* p = m_launcher.start(spec, this);
    connect(p, &RunningProcess::finished, this,
            [p, handler = std::move(handler)](const ProcessResult& r) {
                p->deleteLater();
                handler(r);
            });
}

void DatabaseAccess::fail(Operation operation, Failure failure, const QString& detail)
{
    if (operation == Operation::ReadPassword)
        m_readingPassword = false;
    else
        m_failingOver = false;
    emit failed(operation, failure, detail);
}

void DatabaseAccess::readPassword()
{
    if (m_readingPassword) {
        emit failed(Operation::ReadPassword, Failure::Busy, QString());
        return;
    }
    m_readingPassword = true;
    // Straight from the cluster into the caller's hands: the output is not logged, and only its
    // decoded form leaves this function.
    kubectl(QStringList{s("get"), s("secret"), ClusterManifest::appSecretName()} + where() +
                QStringList{s("--output"), s("jsonpath={.data.password}")},
            [this](const ProcessResult& r) {
                if (!r.ok()) {
                    fail(Operation::ReadPassword, Failure::Command, errorOf(r));
                    return;
                }
                const auto decoded = QByteArray::fromBase64Encoding(
                    r.standardOutput.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded || decoded.decoded.isEmpty()) {
                    fail(Operation::ReadPassword, Failure::BadOutput, QString());
                    return;
                }
                m_readingPassword = false;
                emit passwordRead(QString::fromUtf8(decoded.decoded));
            });
}

void DatabaseAccess::testFailover()
{
    if (m_failingOver) {
        emit failed(Operation::Failover, Failure::Busy, QString());
        return;
    }
    m_failingOver = true;
    kubectl(QStringList{s("get"), s("clusters.postgresql.cnpg.io"),
                        m_values.value(keys::PgClusterName)} +
                where() + QStringList{s("--output"), s("json")},
            [this](const ProcessResult& r) { onClusterRead(r); });
}

void DatabaseAccess::onClusterRead(const ProcessResult& r)
{
    if (!r.ok()) {
        fail(Operation::Failover, Failure::Command, errorOf(r));
        return;
    }
    const QJsonObject status =
        QJsonDocument::fromJson(r.standardOutput).object().value(s("status")).toObject();
    m_formerPrimary = status.value(s("currentPrimary")).toString();
    if (m_formerPrimary.isEmpty()) {
        fail(Operation::Failover, Failure::BadOutput, QString::fromUtf8(r.standardOutput));
        return;
    }
    // The first ready standby, as the validation guide promotes one.
    m_newPrimary.clear();
    for (const QJsonValue& v : status.value(s("instanceNames")).toArray()) {
        if (v.toString() != m_formerPrimary) {
            m_newPrimary = v.toString();
            break;
        }
    }
    if (m_newPrimary.isEmpty()) {
        fail(Operation::Failover, Failure::NoStandby, QString());
        return;
    }
    kubectl(
        QStringList{s("cnpg"), s("promote"), m_values.value(keys::PgClusterName), m_newPrimary} +
            where(),
        [this](const ProcessResult& p) {
            if (!p.ok()) {
                fail(Operation::Failover, Failure::Command, errorOf(p));
                return;
            }
            emit failoverStarted(m_formerPrimary, m_newPrimary);
            m_pollsLeft = m_pollAttempts;
            poll();
        });
}

void DatabaseAccess::poll()
{
    kubectl(QStringList{s("get"), s("clusters.postgresql.cnpg.io"),
                        m_values.value(keys::PgClusterName)} +
                where() + QStringList{s("--output"), s("jsonpath={.status.currentPrimary}")},
            [this](const ProcessResult& r) {
                // A failed read during the switchover is expected now and then: ask again.
                if (r.ok() && QString::fromUtf8(r.standardOutput).trimmed() == m_newPrimary) {
                    m_failingOver = false;
                    emit failoverFinished(m_formerPrimary, m_newPrimary);
                    return;
                }
                if (--m_pollsLeft <= 0) {
                    fail(Operation::Failover, Failure::Timeout, m_newPrimary);
                    return;
                }
                m_pollTimer->start();
            });
}

} // namespace cnpg
