#include "run/TeardownWatch.h"

#include "settings/SettingsSchema.h"

#include <algorithm>

namespace cnpg {

namespace {

bool same(const TeardownInventory::Item& a, const TeardownInventory::Item& b)
{
    return a.group.compare(b.group, Qt::CaseInsensitive) == 0 &&
           a.type.compare(b.type, Qt::CaseInsensitive) == 0 &&
           a.name.compare(b.name, Qt::CaseInsensitive) == 0;
}

} // namespace

TeardownWatch::TeardownWatch(ProcessLauncher& launcher, QProcessEnvironment environment,
                             QObject* parent)
    : QObject(parent)
    , m_launcher(launcher)
    , m_environment(std::move(environment))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TeardownWatch::poll);
    m_monotonic.start();
}

TeardownWatch::~TeardownWatch()
{
    delete m_inventory; // kills a listing still running
}

void TeardownWatch::start(const Settings& settings, const QList<TeardownInventory::Item>& initial,
                          int intervalMs)
{
    stop();
    m_settings = settings;
    m_entries.clear();
    for (const TeardownInventory::Item& item : initial)
        m_entries << Entry{item, false, 0};
    m_startMs = now();
    m_started = true;
    m_running = !m_entries.isEmpty();
    m_timer.setInterval(std::max(1, intervalMs));
    if (m_running)
        m_timer.start();
    else
        QTimer::singleShot(0, this, [this] { emit allGone(); });
}

void TeardownWatch::stop()
{
    m_running = false;
    m_timer.stop();
    delete m_inventory;
    m_inventory = nullptr;
}

bool TeardownWatch::isRunning() const
{
    return m_running;
}

const QList<TeardownWatch::Entry>& TeardownWatch::entries() const
{
    return m_entries;
}

int TeardownWatch::remaining() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const Entry& e) { return !e.gone; }));
}

qint64 TeardownWatch::elapsedMs() const
{
    return m_started ? now() - m_startMs : 0;
}

void TeardownWatch::setTimeScale(double scale)
{
    m_timeScale = scale > 0 ? scale : 1.0;
}

void TeardownWatch::setClock(std::function<qint64()> nowMs)
{
    m_clock = std::move(nowMs);
}

qint64 TeardownWatch::now() const
{
    return m_clock ? m_clock() : m_monotonic.elapsed();
}

qint64 TeardownWatch::typicalDeleteMs(const QString& type)
{
    // Orders of magnitude seen when deleting these resources (a group's deletion, `az ... delete`
    // without --no-wait); they vary with the region and Azure's load. The AKS cluster decides:
    // deleting it drains and deletes its node pools' VM scale sets, their load balancer and the
    // node resource group, typically 5 to 10 minutes. Azure deletes the nested resources first,
    // then those that manage others (the cluster), then the rest ("Azure Resource Manager
    // resource group and resource deletion" on learn.microsoft.com).
    static const QList<QPair<QString, qint64>> table = {
        {QStringLiteral("Microsoft.ContainerService/managedClusters"), 8 * 60000},
        {QStringLiteral("Microsoft.Compute/virtualMachineScaleSets"), 5 * 60000},
        {QStringLiteral("Microsoft.Dashboard/grafana"), 4 * 60000},
        {QStringLiteral("Microsoft.Network/loadBalancers"), 90000},
        {QStringLiteral("Microsoft.Network/virtualNetworks"), 60000},
        {QStringLiteral("Microsoft.Network/networkSecurityGroups"), 45000},
        {QStringLiteral("Microsoft.Network/routeTables"), 30000},
        {QStringLiteral("Microsoft.Network/publicIPAddresses"), 30000},
        {QStringLiteral("Microsoft.OperationalInsights/workspaces"), 60000},
        {QStringLiteral("Microsoft.Monitor/accounts"), 60000},
        {QStringLiteral("Microsoft.Storage/storageAccounts"), 20000},
        {QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities"), 10000},
        {QStringLiteral("Microsoft.Insights/dataCollectionRules"), 15000},
        {QStringLiteral("Microsoft.Insights/dataCollectionEndpoints"), 15000},
        {QStringLiteral("Microsoft.AlertsManagement/prometheusRuleGroups"), 15000},
    };
    for (const auto& [t, ms] : table) {
        if (t.compare(type, Qt::CaseInsensitive) == 0)
            return ms;
    }
    return 60000; // anything else: a minute
}

bool TeardownWatch::goesFirst(const TeardownInventory::Item& item) const
{
    return item.type.count(QLatin1Char('/')) > 1 ||
           item.type.compare(QStringLiteral("Microsoft.ContainerService/managedClusters"),
                             Qt::CaseInsensitive) == 0 ||
           item.group.compare(m_settings.value(keys::ManagedRg), Qt::CaseInsensitive) == 0;
}

qint64 TeardownWatch::estimatedRemainingMs() const
{
    if (!m_started)
        return -1;
    // Resource Manager's order: the nested resources and the cluster (with its node resource
    // group) first, then the rest side by side. Within each part the slowest type decides; one
    // that takes longer than usual counts as about to go.
    const qint64 elapsed = elapsedMs();
    qint64 first = 0;
    qint64 then = 0;
    qint64 firstDoneAt = 0;
    for (const Entry& e : m_entries) {
        const qint64 typical = qint64(double(typicalDeleteMs(e.item.type)) * m_timeScale);
        if (goesFirst(e.item)) {
            if (e.gone)
                firstDoneAt = std::max(firstDoneAt, e.goneAfterMs);
            else
                first = std::max(first, typical);
        } else if (!e.gone) {
            then = std::max(then, typical);
        }
    }
    if (first > 0)
        return std::max<qint64>(0, first - elapsed) + then;
    return std::max<qint64>(0, then - (elapsed - firstDoneAt));
}

void TeardownWatch::poll()
{
    if (!m_running || m_inventory)
        return;
    m_inventory = new TeardownInventory(m_launcher, m_environment, this);
    connect(m_inventory, &TeardownInventory::finished, this, &TeardownWatch::onListed);
    m_inventory->start(m_settings);
}

void TeardownWatch::onListed(const QList<TeardownInventory::Item>& items, const QString& error)
{
    m_inventory->deleteLater();
    m_inventory = nullptr;
    if (!m_running)
        return;
    // A listing that failed tells nothing: what it missed may still be there.
    bool anyGone = false;
    if (error.isEmpty()) {
        const qint64 at = elapsedMs();
        for (Entry& e : m_entries) {
            if (e.gone || std::any_of(items.cbegin(), items.cend(),
                                      [&e](const auto& i) { return same(i, e.item); }))
                continue;
            e.gone = true;
            e.goneAfterMs = at;
            anyGone = true;
        }
    }
    if (anyGone)
        emit changed();
    if (error.isEmpty())
        emit polled();
    if (remaining() == 0) {
        m_running = false;
        emit allGone();
        return;
    }
    if (m_running)
        m_timer.start();
}

} // namespace cnpg
