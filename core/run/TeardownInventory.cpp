#include "run/TeardownInventory.h"

#include "plan/PlanBuilder.h"
#include "process/ProcessLauncher.h"
#include "run/ErrorClassifier.h"
#include "settings/SettingsSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace cnpg {

namespace {

QString s(const char* t)
{
    return QString::fromLatin1(t);
}

QString expand(QString text, const QHash<QString, QString>& values)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        text.replace(s("${") + it.key() + QLatin1Char('}'), it.value());
    return text;
}

} // namespace

TeardownInventory::TeardownInventory(ProcessLauncher& launcher, QProcessEnvironment environment,
                                     QObject* parent)
    : QObject(parent)
    , m_launcher(launcher)
    , m_environment(std::move(environment))
{}

TeardownInventory::~TeardownInventory()
{
    for (RunningProcess* p : std::as_const(m_running))
        p->kill();
}

bool TeardownInventory::isOurs(const Settings& settings, const Item& item)
{
    // AKS owns its node resource group: everything in it goes with the cluster.
    if (item.group.compare(settings.value(keys::ManagedRg), Qt::CaseInsensitive) == 0)
        return true;
    const QHash<QString, QString> values = settings.resolvedValues();
    for (const Step& step : PlanBuilder::build(settings).steps()) {
        if (step.resourceType.compare(item.type, Qt::CaseInsensitive) == 0 &&
            expand(step.resourceName, values).compare(item.name, Qt::CaseInsensitive) == 0)
            return true;
    }
    // What the monitoring add-ons make beside the cluster: Container insights' data collection
    // rule (MSCI-<region>-<cluster>), managed Prometheus' endpoint, rule and recording rule
    // groups (MSProm-..., <Kind>RecordingRulesRuleGroup-<cluster>).
    const QString cluster = QRegularExpression::escape(settings.value(keys::ClusterName));
    return QRegularExpression(byProductPattern().arg(cluster),
                              QRegularExpression::CaseInsensitiveOption)
        .match(item.name)
        .hasMatch();
}

QString TeardownInventory::byProductPattern()
{
    return s("^(MSCI-.*-%1|MSProm-.*-%1|[A-Za-z]+RecordingRulesRuleGroup(-Win)?-%1)$");
}

void TeardownInventory::start(const Settings& settings)
{
    m_settings = settings;
    m_items.clear();
    m_error.clear();
    m_pending = 2;
    list(settings.value(keys::ResourceGroup));
    list(settings.value(keys::ManagedRg));
}

void TeardownInventory::list(const QString& group)
{
    ProcessSpec spec;
    spec.program = s("az");
    spec.arguments = {s("resource"), s("list"),    s("--resource-group"),
                      group,         s("--query"), s("[].{name:name, type:type}"),
                      s("--output"), s("json")};
    if (!m_settings.value(keys::SubscriptionId).isEmpty())
        spec.arguments << s("--subscription") << m_settings.value(keys::SubscriptionId);
    spec.environment = m_environment;
    RunningProcess* p = m_launcher.start(spec, this);
    m_running << p;
    connect(p, &RunningProcess::finished, this, [this, p, group](const ProcessResult& r) {
        m_running.removeOne(p);
        p->deleteLater();
        onListed(group, r.ok() ? 0 : (r.exitCode ? r.exitCode : 1), r.standardOutput,
                 r.failedToStart ? r.errorString.toUtf8() : r.standardError);
    });
}

void TeardownInventory::onListed(const QString& group, int exitCode, const QByteArray& out,
                                 const QByteArray& err)
{
    if (exitCode != 0) {
        // A group that is gone already lists nothing.
        if (!ErrorClassifier::isNotFound(s("az"), exitCode, QString::fromUtf8(err)))
            m_error = QString::fromUtf8(err).trimmed();
    } else {
        const QJsonDocument doc = QJsonDocument::fromJson(out);
        if (!doc.isArray())
            m_error = QString::fromUtf8(out).trimmed();
        for (const QJsonValue& v : doc.array()) {
            Item item{group, v.toObject().value(s("type")).toString(),
                      v.toObject().value(s("name")).toString(), false};
            item.ours = isOurs(m_settings, item);
            m_items << item;
        }
    }
    if (--m_pending == 0)
        emit finished(m_items, m_error);
}

} // namespace cnpg
