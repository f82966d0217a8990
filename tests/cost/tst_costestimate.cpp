// The estimate's arithmetic against a case computed by hand, in two currencies, at the node
// pools' minimum and maximum counts; OS disks as AKS creates them; the tiers.

#include "CostText.h"
#include "cost/CostEstimate.h"
#include "cost/PriceCache.h"
#include "cost/VmSizes.h"
#include "settings/Settings.h"

#include <QtTest>

using namespace cnpg;

namespace {

PriceItem row(const QString& currency, double price, const QString& service, const QString& product,
              const QString& sku, const QString& meter, const QString& unit, double tier = 0,
              const QString& armSku = {})
{
    PriceItem p;
    p.currencyCode = currency;
    p.retailPrice = p.unitPrice = price;
    p.tierMinimumUnits = tier;
    p.armRegionName = QStringLiteral("westus3");
    p.armSkuName = armSku;
    p.serviceName = service;
    p.productName = product;
    p.skuName = sku;
    p.meterName = meter;
    p.unitOfMeasure = unit;
    p.type = QStringLiteral("Consumption");
    return p;
}

// Round prices, so that the expected totals can be worked out on paper; `f` converts them.
PriceTable table(const QString& c, double f)
{
    const QString vm = QStringLiteral("Virtual Machines");
    const QString dsv3 = QStringLiteral("Virtual Machines DSv3 Series");
    const QString st = QStringLiteral("Storage");
    const QString blob = QStringLiteral("General Block Blob v2");
    const QString graf = QStringLiteral("Azure Grafana Service");
    const QString amg = QStringLiteral("Azure Managed Grafana");
    QList<PriceItem> items = {
        row(c, 0.10 * f, vm, dsv3, "D2s v3", "D2s v3", "1 Hour", 0, "Standard_D2s_v3"),
        row(c, 0.20 * f, vm, dsv3, "D4s v3", "D4s v3", "1 Hour", 0, "Standard_D4s_v3"),
        // Present and never taken: cheaper Spot and Low Priority, dearer Windows.
        row(c, 0.01 * f, vm, dsv3, "D2s v3 Spot", "D2s v3 Spot", "1 Hour", 0, "Standard_D2s_v3"),
        row(c, 0.02 * f, vm, dsv3, "D4s v3 Low Priority", "D4s v3 Low Priority", "1 Hour", 0,
            "Standard_D4s_v3"),
        row(c, 0.90 * f, vm, dsv3 + " Windows", "D4s v3", "D4s v3", "1 Hour", 0, "Standard_D4s_v3"),
        row(c, 20 * f, st, "Premium SSD Managed Disks", "P10 LRS", "P10 LRS Disk", "1/Month"),
        row(c, 0.10 * f, "Azure Kubernetes Service", "Azure Kubernetes Service", "Standard",
            "Standard Uptime SLA", "1 Hour"),
        row(c, 0.60 * f, "Azure Kubernetes Service", "Azure Kubernetes Service", "Standard",
            "Standard Long Term Support", "1 Hour"),
        row(c, 0.005 * f, "Virtual Network", "IP Addresses", "Standard",
            "Standard IPv4 Static Public IP", "1 Hour"),
        row(c, 0.03 * f, graf, amg, "Standard", "Standard Node", "1 Hour"),
        row(c, 0.01 * f, graf, amg, "Standard", "Standard Zone Redundancy", "1 Hour"),
        row(c, 6 * f, graf, amg, "Standard", "Standard User", "1/Month"),
        row(c, 0, "Log Analytics", "Log Analytics", "Analytics Logs",
            "Analytics Logs Data Ingestion", "1 GB"),
        row(c, 2 * f, "Log Analytics", "Log Analytics", "Analytics Logs",
            "Analytics Logs Data Ingestion", "1 GB", 5),
        row(c, 0.16 * f, "Azure Monitor", "Azure Monitor", "Metric Samples Ingested",
            "Metric Samples Ingested Metric samples", "10M"),
        row(c, 0.02 * f, st, blob, "Hot ZRS", "Hot ZRS Data Stored", "1 GB/Month"),
        row(c, 0.08 * f, st, blob, "Hot ZRS", "Hot ZRS Write Operations", "10K"),
    };
    return PriceTable(QStringLiteral("westus3"), c, items,
                      QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC),
                      PriceTable::Source::Cache);
}

Settings guide()
{
    Settings s; // the guide's values: D2s v3 2-3, D4s v3 3-6, standard tier, Standard_ZRS
    s.setValue(keys::Region, QStringLiteral("westus3"));
    return s;
}

const CostLine& line(const CostEstimate& e, CostItem item)
{
    for (const CostLine& l : e.lines) {
        if (l.item == item)
            return l;
    }
    static CostLine none;
    return none;
}

} // namespace

class TestCostEstimate : public QObject
{
    Q_OBJECT
private slots:
    void handComputed_data()
    {
        QTest::addColumn<QString>("currency");
        QTest::addColumn<double>("factor");
        QTest::addColumn<double>("monthlyMin");
        QTest::addColumn<double>("monthlyMax");
        QTest::addColumn<double>("hourlyMin");
        QTest::addColumn<double>("hourlyMax");
        QTest::addColumn<QString>("minText");
        // Per hour at the minimum: VMs 2 x 0.10 + 3 x 0.20, AKS 0.10, 2 IPs 0.01, Grafana 2 x 0.03,
        // zone redundancy 0.01 = 0.98; OS disks 5 x P10 20 = 100 a month (100/730 an hour).
        // Usage a month: 1 user 6, logs (30 - 5 free) x 2 = 50, 50 x 10M samples 8, 100 GB 2,
        // 10 x 10K writes 0.8 = 66.8. A month: 0.98 x 730 + 100 + 66.8 = 882.2.
        // At the maximum: VMs 3 x 0.10 + 6 x 0.20 = 1.50, so 1.68 an hour; disks 9 x 20 = 180;
        // a month 1.68 x 730 + 180 + 66.8 = 1473.2.
        QTest::newRow("USD") << QStringLiteral("USD") << 1.0 << 882.2 << 1473.2
                             << 0.98 + 100.0 / 730 << 1.68 + 180.0 / 730
                             << QStringLiteral("$882.20");
        QTest::newRow("KRW") << QStringLiteral("KRW") << 1300.0 << 1146860.0 << 1915160.0
                             << 1300 * (0.98 + 100.0 / 730) << 1300 * (1.68 + 180.0 / 730)
                             << QStringLiteral("₩1,146,860");
    }
    void handComputed()
    {
        QFETCH(QString, currency);
        QFETCH(double, factor);
        QFETCH(double, monthlyMin);
        QFETCH(double, monthlyMax);
        QFETCH(double, hourlyMin);
        QFETCH(double, hourlyMax);
        QFETCH(QString, minText);
        const CostEstimate e = CostEstimator::estimate(guide(), table(currency, factor), {});
        QCOMPARE(e.unpriced(), 0);
        QCOMPARE(e.currency, currency);
        QCOMPARE(e.systemMin, 2);
        QCOMPARE(e.userMax, 6);
        QVERIFY(qAbs(e.monthlyMin() - monthlyMin) < 1e-6 * factor);
        QVERIFY(qAbs(e.monthlyMax() - monthlyMax) < 1e-6 * factor);
        QVERIFY(qAbs(e.hourlyMin() - hourlyMin) < 1e-9 * factor);
        QVERIFY(qAbs(e.hourlyMax() - hourlyMax) < 1e-9 * factor);
        QCOMPARE(CostText::money(e.monthlyMin(), currency), minText);

        const CostLine& user = line(e, CostItem::UserNodes);
        QCOMPARE(user.subject, QStringLiteral("Standard_D4s_v3"));
        QCOMPARE(user.meter.meterName, QStringLiteral("D4s v3")); // not Windows, not Low Priority
        QCOMPARE(user.unitPrice, 0.20 * factor);
        QCOMPARE(user.quantityMin, 3.0);
        QCOMPARE(user.quantityMax, 6.0);
        QVERIFY(qAbs(user.monthlyMax - 6 * 0.20 * factor * 730) < 1e-6 * factor);
        const CostLine& logs = line(e, CostItem::LogIngestion);
        QVERIFY(logs.usage);
        QCOMPARE(logs.unitPrice, 2 * factor); // the tier 30 GB reaches
        QVERIFY(qAbs(logs.monthlyMin - 50 * factor) < 1e-6 * factor);
        QCOMPARE(line(e, CostItem::SystemOsDisks).subject, QStringLiteral("P10"));
    }

    void assumptionsChangeTheUsageLines()
    {
        CostAssumptions a;
        a.backupGbPerMonth = 1000;
        const CostEstimate e = CostEstimator::estimate(guide(), table(QStringLiteral("USD"), 1), a);
        QVERIFY(qAbs(line(e, CostItem::BackupStorage).monthlyMin - 20.0) < 1e-9);
        QVERIFY(qAbs(e.monthlyMin() - (882.2 - 2 + 20)) < 1e-6);
    }

    void tiers()
    {
        const PriceTable t = table(QStringLiteral("USD"), 1);
        const auto rows = t.meter({QStringLiteral("Log Analytics"),
                                   {},
                                   {},
                                   QStringLiteral("Analytics Logs Data Ingestion")});
        QCOMPARE(rows.size(), 2);
        QCOMPARE(CostEstimator::tieredCost(rows, 3), 0.0);
        QCOMPARE(CostEstimator::tieredCost(rows, 5), 0.0);
        QCOMPARE(CostEstimator::tieredCost(rows, 7.5), 5.0);
    }

    void aksTiers()
    {
        Settings s = guide();
        s.setValue(keys::Tier, QStringLiteral("free"));
        CostEstimate e = CostEstimator::estimate(s, table(QStringLiteral("USD"), 1), {});
        QVERIFY(line(e, CostItem::AksTier).free);
        QCOMPARE(line(e, CostItem::AksTier).monthlyMin, 0.0);
        QVERIFY(qAbs(e.monthlyMin() - (882.2 - 73)) < 1e-6);
        s.setValue(keys::Tier, QStringLiteral("premium"));
        e = CostEstimator::estimate(s, table(QStringLiteral("USD"), 1), {});
        QCOMPARE(line(e, CostItem::AksTier).meter.meterName,
                 QStringLiteral("Standard Long Term Support"));
        QCOMPARE(line(e, CostItem::AksTier).hourlyMin, 0.60);
    }

    void osDisksAsAksCreatesThem()
    {
        // 2 and 4 vCPUs with 50/100 GiB of cache: no room for 128 GiB, a managed P10.
        QCOMPARE(VmSizes::osDisk(QStringLiteral("standard_d2s_v3")).tier, QStringLiteral("P10"));
        QCOMPARE(VmSizes::osDisk(QStringLiteral("Standard_D4s_v3")).ephemeral, false);
        // 200 GiB of cache: ephemeral, in the VM's price.
        QVERIFY(VmSizes::osDisk(QStringLiteral("Standard_D8s_v3")).ephemeral);
        // No temporary storage: managed, sized by the vCPUs.
        QCOMPARE(VmSizes::osDisk(QStringLiteral("Standard_D8s_v5")).tier, QStringLiteral("P15"));
        QCOMPARE(VmSizes::osDisk(QStringLiteral("Standard_D16s_v5")).tier, QStringLiteral("P20"));
        // Without premium storage: Standard SSD.
        QCOMPARE(VmSizes::osDisk(QStringLiteral("Standard_D4_v5")).tier, QStringLiteral("E10"));
        const OsDisk unknown = VmSizes::osDisk(QStringLiteral("Standard_F72s_v2"));
        QVERIFY(!unknown.knownSize);
        QCOMPARE(unknown.tier, QStringLiteral("P30"));

        Settings s = guide();
        s.setValue(keys::UserVmSku, QStringLiteral("standard_d8s_v3"));
        const CostEstimate e = CostEstimator::estimate(s, table(QStringLiteral("USD"), 1), {});
        QVERIFY(line(e, CostItem::UserOsDisks).free);
        QVERIFY(!line(e, CostItem::UserNodes).priced); // D8s v3 is not in this table
        QCOMPARE(e.unpriced(), 1);
    }

    void canonicalSizes()
    {
        QCOMPARE(VmSizes::canonical(QStringLiteral("standard_d2s_v3")),
                 QStringLiteral("Standard_D2s_v3"));
        QCOMPARE(VmSizes::canonical(QStringLiteral("standard_ds2_v2")),
                 QStringLiteral("Standard_DS2_v2"));
        QCOMPARE(VmSizes::canonical(QStringLiteral("Standard_E4-2ds_v5")),
                 QStringLiteral("Standard_E4-2ds_v5"));
        QCOMPARE(VmSizes::canonical(QStringLiteral("standard_nc24ads_a100_v4")),
                 QStringLiteral("Standard_NC24ads_A100_v4"));
    }

    void queriesAskForWhatTheEstimateNeeds()
    {
        const QStringList q = CostEstimator::queries(guide());
        QCOMPARE(q.first(), QStringLiteral("serviceName eq 'Virtual Machines' and armRegionName eq "
                                           "'westus3' and priceType eq 'Consumption' and "
                                           "(armSkuName eq 'Standard_D2s_v3' or armSkuName eq "
                                           "'Standard_D4s_v3')"));
        QVERIFY(q.at(1).contains(QLatin1String("meterName eq 'P10 LRS Disk'")));
        for (const QString& f : q)
            QVERIFY2(f.contains(QLatin1String("priceType eq 'Consumption'")), qPrintable(f));
    }

    void theShippedTablePricesTheGuide()
    {
        for (const QString& c : {QStringLiteral("USD"), QStringLiteral("KRW")}) {
            const PriceTable t = PriceCache::shipped(QStringLiteral("westus3"), c);
            const CostEstimate e = CostEstimator::estimate(guide(), t, {});
            QCOMPARE(e.unpriced(), 0);
            QCOMPARE(e.source, PriceTable::Source::Shipped);
            QVERIFY(e.monthlyMin() > 0 && e.monthlyMax() > e.monthlyMin());
        }
    }
};

QTEST_MAIN(TestCostEstimate)
#include "tst_costestimate.moc"
