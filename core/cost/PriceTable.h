#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cnpg {

// One row of the Azure Retail Prices API (https://prices.azure.com/api/retail/prices), the
// fields the estimate needs, spelled as the API spells them.
struct PriceItem
{
    QString currencyCode;
    double retailPrice = 0;
    double unitPrice = 0;
    double tierMinimumUnits = 0;
    QString armRegionName;
    QString armSkuName;
    QString serviceName;
    QString productName;
    QString skuName;
    QString meterName;
    QString unitOfMeasure;
    QString type; // "Consumption", "Reservation", "DevTestConsumption"
    bool isPrimaryMeterRegion = true;

    static PriceItem fromJson(const QJsonObject& o);
    QJsonObject toJson() const;
    bool operator==(const PriceItem& o) const;
};

// What a row must match to price one line of the estimate. Empty fields match anything.
struct MeterSpec
{
    QString serviceName;
    QString productName;
    QString skuName;
    QString meterName;

    bool matches(const PriceItem& item) const;
};

// A node's pay-as-you-go Linux price: the Virtual Machines row of the size that is not a
// Windows, Spot, Low Priority, Cloud Services or Dedicated Host meter.
bool isLinuxPayAsYouGo(const PriceItem& item, const QString& armSkuName);

// Prices of one region in one currency, from one source, with the date they were taken.
class PriceTable
{
public:
    enum class Source
    {
        None,    // no prices at all
        Live,    // fetched just now from the Retail Prices API
        Cache,   // the disk cache of an earlier fetch
        Shipped, // the table built into the application
    };

    PriceTable() = default;
    PriceTable(QString region, QString currency, QList<PriceItem> items, QDateTime asOf,
               Source source);

    const QString& region() const { return m_region; }
    const QString& currency() const { return m_currency; }
    const QList<PriceItem>& items() const { return m_items; }
    // When the prices were taken from the API (UTC).
    const QDateTime& asOf() const { return m_asOf; }
    Source source() const { return m_source; }
    void setSource(Source source) { m_source = source; }
    bool isEmpty() const { return m_items.isEmpty(); }

    // The hourly Linux pay-as-you-go row of a VM size; null when the table has none.
    const PriceItem* vm(const QString& armSkuName) const;
    // The rows of a meter, one per price tier, lowest tier first; empty when the table has none.
    QList<PriceItem> meter(const MeterSpec& spec) const;

    // Adds rows, replacing those of the same meter and tier.
    void merge(const QList<PriceItem>& items);

private:
    QString m_region;
    QString m_currency;
    QList<PriceItem> m_items;
    QDateTime m_asOf;
    Source m_source = Source::None;
};

} // namespace cnpg
