#pragma once

#include "cost/PriceTable.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cnpg {

class Settings;

// What the usage-priced lines assume; the user may change every value.
struct CostAssumptions
{
    double logGbPerMonth = 30;          // Log Analytics ingestion (Container insights)
    double metricSamplesMillions = 500; // Managed Prometheus samples ingested per month
    double backupGbPerMonth = 100;      // blob storage held by the PostgreSQL backups
    double backupWritesThousands = 100; // blob write operations per month, in thousands
    int grafanaUsers = 1;               // active Grafana users per month

    bool operator==(const CostAssumptions& o) const;
    bool operator!=(const CostAssumptions& o) const { return !(*this == o); }
};

// The lines of the estimate; the UI names them.
enum class CostItem
{
    SystemNodes,
    UserNodes,
    SystemOsDisks,
    UserOsDisks,
    AksTier,
    PublicIp,
    Grafana,
    GrafanaZoneRedundancy,
    GrafanaUsers,
    LogIngestion,
    MetricIngestion,
    BackupStorage,
    BackupWrites,
};

struct CostLine
{
    CostItem item = CostItem::SystemNodes;
    bool usage = false;     // "depends on usage": priced at the stated assumption
    bool perHour = true;    // billed per hour (else per month or per unit used in a month)
    bool priced = false;    // the price table has the meter
    bool free = false;      // nothing to pay (ephemeral OS disk, the free AKS tier)
    bool assumed = false;   // an unknown VM size: its OS disk is guessed from the name
    QString subject;        // the VM size, the disk tier, the tier: what the line is about
    MeterSpec meter;        // the meter's service, product, SKU and name
    QString unitOfMeasure;  // as the price list has it: "1 Hour", "1/Month", "1 GB", "10M"
    double unitPrice = 0;   // of the tier the quantity reaches
    double quantityMin = 0; // units per hour (per hour lines) or per month
    double quantityMax = 0;
    double hourlyMin = 0;
    double hourlyMax = 0;
    double monthlyMin = 0;
    double monthlyMax = 0;
};

struct CostEstimate
{
    static constexpr double HoursPerMonth = 730;

    QString region; // the settings' region
    QString currency;
    QString priceRegion; // the region of the prices (the shipped table may stand in)
    PriceTable::Source source = PriceTable::Source::None;
    QDateTime asOf;
    CostAssumptions assumptions;
    int systemMin = 0, systemMax = 0, userMin = 0, userMax = 0;
    QList<CostLine> lines;

    // Sums: hourly of the lines billed by the hour and the monthly ones spread over 730 hours
    // (usage lines excluded: they have no hourly rate); monthly of every line.
    double hourlyMin() const;
    double hourlyMax() const;
    double monthlyMin() const;
    double monthlyMax() const;
    // Lines whose meter the prices lack: the totals leave them out.
    int unpriced() const;
};

class CostEstimator
{
public:
    static CostEstimate estimate(const Settings& settings, const PriceTable& prices,
                                 const CostAssumptions& assumptions);
    // The Retail Prices API $filter expressions that fetch every price the estimate of these
    // settings needs.
    static QStringList queries(const Settings& settings);
    // The price of `quantity` units across the meter's tiers (the first 5 GB free, ...).
    static double tieredCost(const QList<PriceItem>& tiers, double quantity);
};

} // namespace cnpg
