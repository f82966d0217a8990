#include "cost/CostEstimate.h"

#include "cost/VmSizes.h"
#include "settings/Settings.h"

#include <algorithm>
#include <limits>

namespace cnpg {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

// The blob SKU name of the price list for the storage account's redundancy.
QString blobSku(const QString& storageSku)
{
    QString r = storageSku.section(QLatin1Char('_'), 1).toUpper();
    if (r == s("RAGRS"))
        r = s("RA-GRS");
    else if (r == s("RAGZRS"))
        r = s("RA-GZRS");
    if (r.isEmpty())
        r = s("ZRS");
    return s("Hot ") + r;
}

const MeterSpec aksStandard{s("Azure Kubernetes Service"), s("Azure Kubernetes Service"),
                            s("Standard"), s("Standard Uptime SLA")};
// The premium tier (long-term support) is billed on its own meter instead of the uptime SLA.
const MeterSpec aksPremium{s("Azure Kubernetes Service"), s("Azure Kubernetes Service"),
                           s("Standard"), s("Standard Long Term Support")};
const MeterSpec publicIp{s("Virtual Network"), s("IP Addresses"), s("Standard"),
                         s("Standard IPv4 Static Public IP")};
const MeterSpec grafanaNode{s("Azure Grafana Service"), s("Azure Managed Grafana"), s("Standard"),
                            s("Standard Node")};
const MeterSpec grafanaZone{s("Azure Grafana Service"), s("Azure Managed Grafana"), s("Standard"),
                            s("Standard Zone Redundancy")};
const MeterSpec grafanaUser{s("Azure Grafana Service"), s("Azure Managed Grafana"), s("Standard"),
                            s("Standard User")};
const MeterSpec logIngestion{s("Log Analytics"), QString(), s("Analytics Logs"),
                             s("Analytics Logs Data Ingestion")};
const MeterSpec metricIngestion{s("Azure Monitor"), QString(), s("Metric Samples Ingested"),
                                s("Metric Samples Ingested Metric samples")};

MeterSpec blobStored(const QString& sku)
{
    return {s("Storage"), s("General Block Blob v2"), sku, sku + s(" Data Stored")};
}

MeterSpec blobWrites(const QString& sku)
{
    return {s("Storage"), s("General Block Blob v2"), sku, sku + s(" Write Operations")};
}

MeterSpec osDiskMeter(const OsDisk& d)
{
    return {s("Storage"), d.productName, d.tier + s(" LRS"), d.meterName};
}

QString quote(const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('\''), s("''"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

QString eq(const char* field, const QString& value)
{
    return s(field) + s(" eq ") + quote(value);
}

// Prices a line from its rows: the quantity per hour (or per month) at min and max.
void price(CostLine& line, const QList<PriceItem>& rows)
{
    if (rows.isEmpty())
        return;
    line.priced = true;
    line.unitOfMeasure = rows.constFirst().unitOfMeasure;
    line.unitPrice = rows.constFirst().retailPrice;
    for (const PriceItem& r : rows) {
        if (r.tierMinimumUnits <= line.quantityMax)
            line.unitPrice = r.retailPrice;
    }
    const double h = CostEstimate::HoursPerMonth;
    if (line.perHour) {
        line.hourlyMin = CostEstimator::tieredCost(rows, line.quantityMin);
        line.hourlyMax = CostEstimator::tieredCost(rows, line.quantityMax);
        line.monthlyMin = line.hourlyMin * h;
        line.monthlyMax = line.hourlyMax * h;
    } else {
        line.monthlyMin = CostEstimator::tieredCost(rows, line.quantityMin);
        line.monthlyMax = CostEstimator::tieredCost(rows, line.quantityMax);
        line.hourlyMin = line.monthlyMin / h;
        line.hourlyMax = line.monthlyMax / h;
    }
}

CostLine make(CostItem item, const MeterSpec& meter, bool perHour, double qMin, double qMax,
              bool usage = false)
{
    CostLine l;
    l.item = item;
    l.meter = meter;
    l.perHour = perHour;
    l.quantityMin = qMin;
    l.quantityMax = qMax;
    l.usage = usage;
    return l;
}

} // namespace

bool CostAssumptions::operator==(const CostAssumptions& o) const
{
    return logGbPerMonth == o.logGbPerMonth && metricSamplesMillions == o.metricSamplesMillions &&
           backupGbPerMonth == o.backupGbPerMonth &&
           backupWritesThousands == o.backupWritesThousands && grafanaUsers == o.grafanaUsers;
}

double CostEstimate::hourlyMin() const
{
    double sum = 0;
    for (const CostLine& l : lines)
        sum += l.usage ? 0 : l.hourlyMin;
    return sum;
}

double CostEstimate::hourlyMax() const
{
    double sum = 0;
    for (const CostLine& l : lines)
        sum += l.usage ? 0 : l.hourlyMax;
    return sum;
}

double CostEstimate::monthlyMin() const
{
    double sum = 0;
    for (const CostLine& l : lines)
        sum += l.monthlyMin;
    return sum;
}

double CostEstimate::monthlyMax() const
{
    double sum = 0;
    for (const CostLine& l : lines)
        sum += l.monthlyMax;
    return sum;
}

int CostEstimate::unpriced() const
{
    return int(std::count_if(lines.begin(), lines.end(),
                             [](const CostLine& l) { return !l.priced && !l.free; }));
}

double CostEstimator::tieredCost(const QList<PriceItem>& tiers, double quantity)
{
    double cost = 0;
    for (int i = 0; i < tiers.size(); ++i) {
        const double low = tiers[i].tierMinimumUnits;
        const double high = i + 1 < tiers.size() ? tiers[i + 1].tierMinimumUnits
                                                 : std::numeric_limits<double>::infinity();
        if (quantity > low)
            cost += (std::min(quantity, high) - low) * tiers[i].retailPrice;
    }
    return cost;
}

CostEstimate CostEstimator::estimate(const Settings& settings, const PriceTable& prices,
                                     const CostAssumptions& a)
{
    CostEstimate e;
    e.region = settings.value(keys::Region);
    e.currency = prices.currency();
    e.priceRegion = prices.region();
    e.source = prices.source();
    e.asOf = prices.asOf();
    e.assumptions = a;
    e.systemMin = settings.intValue(keys::SystemMinCount);
    e.systemMax = std::max(e.systemMin, settings.intValue(keys::SystemMaxCount));
    e.userMin = settings.intValue(keys::UserMinCount);
    e.userMax = std::max(e.userMin, settings.intValue(keys::UserMaxCount));

    struct Pool
    {
        CostItem nodes, disks;
        QString size;
        int min, max;
    };
    const Pool pools[] = {
        {CostItem::SystemNodes, CostItem::SystemOsDisks,
         VmSizes::canonical(settings.value(keys::SystemVmSku)), e.systemMin, e.systemMax},
        {CostItem::UserNodes, CostItem::UserOsDisks,
         VmSizes::canonical(settings.value(keys::UserVmSku)), e.userMin, e.userMax},
    };
    for (const Pool& p : pools) {
        CostLine vm = make(p.nodes, {s("Virtual Machines"), {}, {}, {}}, true, p.min, p.max);
        vm.subject = p.size;
        if (const PriceItem* row = prices.vm(p.size)) {
            vm.meter = {row->serviceName, row->productName, row->skuName, row->meterName};
            price(vm, {*row});
        }
        e.lines << vm;
    }
    for (const Pool& p : pools) {
        const OsDisk d = VmSizes::osDisk(p.size);
        CostLine disk = make(p.disks, osDiskMeter(d), false, p.min, p.max);
        disk.assumed = !d.knownSize;
        if (d.ephemeral) {
            disk.free = true;
            disk.subject = s("Ephemeral");
        } else {
            disk.subject = d.tier;
            price(disk, prices.meter(disk.meter));
        }
        e.lines << disk;
    }

    const QString tier = settings.value(keys::Tier);
    CostLine aks =
        make(CostItem::AksTier, tier == s("premium") ? aksPremium : aksStandard, true, 1, 1);
    aks.subject = tier;
    if (tier == s("free")) {
        aks.free = true;
        aks.meter = {};
    } else {
        price(aks, prices.meter(aks.meter));
    }
    e.lines << aks;

    // The guide's static address, and the one AKS creates for the outbound load balancer.
    CostLine ip = make(CostItem::PublicIp, publicIp, true, 2, 2);
    price(ip, prices.meter(ip.meter));
    e.lines << ip;

    // Azure Managed Grafana Standard X1: two standard units; zone redundancy (the guide's
    // --zone-redundancy Enabled) one unit more.
    CostLine g = make(CostItem::Grafana, grafanaNode, true, 2, 2);
    price(g, prices.meter(g.meter));
    e.lines << g;
    CostLine gz = make(CostItem::GrafanaZoneRedundancy, grafanaZone, true, 1, 1);
    price(gz, prices.meter(gz.meter));
    e.lines << gz;

    const QString blob = blobSku(settings.value(keys::StorageSku));
    const struct
    {
        CostItem item;
        MeterSpec meter;
        double quantity;
    } usage[] = {
        {CostItem::GrafanaUsers, grafanaUser, double(a.grafanaUsers)},
        {CostItem::LogIngestion, logIngestion, a.logGbPerMonth},
        {CostItem::MetricIngestion, metricIngestion, a.metricSamplesMillions / 10.0},
        {CostItem::BackupStorage, blobStored(blob), a.backupGbPerMonth},
        {CostItem::BackupWrites, blobWrites(blob), a.backupWritesThousands / 10.0},
    };
    for (const auto& u : usage) {
        CostLine l = make(u.item, u.meter, false, u.quantity, u.quantity, true);
        price(l, prices.meter(l.meter));
        e.lines << l;
    }
    return e;
}

QStringList CostEstimator::queries(const Settings& settings)
{
    const QString region = settings.value(keys::Region);
    const QString common = eq("armRegionName", region) + s(" and priceType eq 'Consumption'");
    QStringList sizes, disks;
    for (const QString& key : {keys::SystemVmSku, keys::UserVmSku}) {
        const QString size = VmSizes::canonical(settings.value(key));
        if (!sizes.contains(size))
            sizes << size;
        const OsDisk d = VmSizes::osDisk(size);
        if (!d.ephemeral && !disks.contains(d.meterName))
            disks << d.meterName;
    }
    std::sort(sizes.begin(), sizes.end());
    std::sort(disks.begin(), disks.end());
    auto anyOf = [](const char* field, const QStringList& values) -> QString {
        QStringList parts;
        for (const QString& v : values)
            parts << eq(field, v);
        return QLatin1Char('(') + parts.join(s(" or ")) + QLatin1Char(')');
    };
    const QString blob = blobSku(settings.value(keys::StorageSku));
    QStringList q;
    q << eq("serviceName", s("Virtual Machines")) + s(" and ") + common + s(" and ") +
             anyOf("armSkuName", sizes);
    if (!disks.isEmpty())
        q << eq("serviceName", s("Storage")) + s(" and ") + common + s(" and ") +
                 anyOf("meterName", disks);
    q << eq("serviceName", aksStandard.serviceName) + s(" and ") + common + s(" and ") +
             eq("productName", aksStandard.productName);
    q << eq("serviceName", publicIp.serviceName) + s(" and ") + common + s(" and ") +
             eq("meterName", publicIp.meterName);
    q << eq("serviceName", grafanaNode.serviceName) + s(" and ") + common + s(" and ") +
             eq("skuName", s("Standard"));
    q << eq("serviceName", logIngestion.serviceName) + s(" and ") + common + s(" and ") +
             eq("meterName", logIngestion.meterName);
    q << eq("serviceName", metricIngestion.serviceName) + s(" and ") + common + s(" and ") +
             eq("meterName", metricIngestion.meterName);
    q << eq("serviceName", s("Storage")) + s(" and ") + common + s(" and ") +
             eq("productName", s("General Block Blob v2")) + s(" and ") + eq("skuName", blob);
    return q;
}

} // namespace cnpg
