#include "cost/PriceTable.h"

#include <QJsonValue>
#include <algorithm>

namespace cnpg {

namespace {
bool same(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

PriceItem PriceItem::fromJson(const QJsonObject& o)
{
    PriceItem p;
    p.currencyCode = o.value(QStringLiteral("currencyCode")).toString();
    p.retailPrice = o.value(QStringLiteral("retailPrice")).toDouble();
    p.unitPrice = o.value(QStringLiteral("unitPrice")).toDouble(p.retailPrice);
    p.tierMinimumUnits = o.value(QStringLiteral("tierMinimumUnits")).toDouble();
    p.armRegionName = o.value(QStringLiteral("armRegionName")).toString();
    p.armSkuName = o.value(QStringLiteral("armSkuName")).toString();
    p.serviceName = o.value(QStringLiteral("serviceName")).toString();
    p.productName = o.value(QStringLiteral("productName")).toString();
    p.skuName = o.value(QStringLiteral("skuName")).toString();
    p.meterName = o.value(QStringLiteral("meterName")).toString();
    p.unitOfMeasure = o.value(QStringLiteral("unitOfMeasure")).toString();
    p.type = o.value(QStringLiteral("type")).toString();
    p.isPrimaryMeterRegion = o.value(QStringLiteral("isPrimaryMeterRegion")).toBool(true);
    return p;
}

QJsonObject PriceItem::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("currencyCode"), currencyCode);
    o.insert(QStringLiteral("retailPrice"), retailPrice);
    o.insert(QStringLiteral("unitPrice"), unitPrice);
    if (tierMinimumUnits != 0)
        o.insert(QStringLiteral("tierMinimumUnits"), tierMinimumUnits);
    o.insert(QStringLiteral("armRegionName"), armRegionName);
    if (!armSkuName.isEmpty())
        o.insert(QStringLiteral("armSkuName"), armSkuName);
    o.insert(QStringLiteral("serviceName"), serviceName);
    o.insert(QStringLiteral("productName"), productName);
    o.insert(QStringLiteral("skuName"), skuName);
    o.insert(QStringLiteral("meterName"), meterName);
    o.insert(QStringLiteral("unitOfMeasure"), unitOfMeasure);
    o.insert(QStringLiteral("type"), type);
    if (!isPrimaryMeterRegion)
        o.insert(QStringLiteral("isPrimaryMeterRegion"), false);
    return o;
}

bool PriceItem::operator==(const PriceItem& o) const
{
    return currencyCode == o.currencyCode && retailPrice == o.retailPrice &&
           tierMinimumUnits == o.tierMinimumUnits && armRegionName == o.armRegionName &&
           armSkuName == o.armSkuName && serviceName == o.serviceName &&
           productName == o.productName && skuName == o.skuName && meterName == o.meterName &&
           unitOfMeasure == o.unitOfMeasure && type == o.type;
}

bool MeterSpec::matches(const PriceItem& item) const
{
    if (!same(item.type, QStringLiteral("Consumption")))
        return false;
    return (serviceName.isEmpty() || same(item.serviceName, serviceName)) &&
           (productName.isEmpty() || same(item.productName, productName)) &&
           (skuName.isEmpty() || same(item.skuName, skuName)) &&
           (meterName.isEmpty() || same(item.meterName, meterName));
}

bool isLinuxPayAsYouGo(const PriceItem& item, const QString& armSkuName)
{
    if (!same(item.serviceName, QStringLiteral("Virtual Machines")) ||
        !same(item.armSkuName, armSkuName) || !same(item.type, QStringLiteral("Consumption")))
        return false;
    // Windows rows differ only by the product's name ("Virtual Machines DSv3 Series Windows");
    // Spot and Low Priority by the meter's and the SKU's ("D2s v3 Spot").
    if (!item.productName.startsWith(QStringLiteral("Virtual Machines"), Qt::CaseInsensitive) ||
        item.productName.contains(QStringLiteral("Windows"), Qt::CaseInsensitive))
        return false;
    for (const QString& name : {item.meterName, item.skuName}) {
        if (name.contains(QStringLiteral("Spot"), Qt::CaseInsensitive) ||
            name.contains(QStringLiteral("Low Priority"), Qt::CaseInsensitive))
            return false;
    }
    return item.unitOfMeasure.contains(QStringLiteral("Hour"), Qt::CaseInsensitive);
}

PriceTable::PriceTable(QString region, QString currency, QList<PriceItem> items, QDateTime asOf,
                       Source source)
    : m_region(std::move(region))
    , m_currency(std::move(currency))
    , m_items(std::move(items))
    , m_asOf(std::move(asOf))
    , m_source(source)
{}

const PriceItem* PriceTable::vm(const QString& armSkuName) const
{
    const PriceItem* found = nullptr;
    for (const PriceItem& item : m_items) {
        if (!isLinuxPayAsYouGo(item, armSkuName))
            continue;
        // The primary meter region's row when the API lists more than one.
        if (!found || (item.isPrimaryMeterRegion && !found->isPrimaryMeterRegion))
            found = &item;
    }
    return found;
}

QList<PriceItem> PriceTable::meter(const MeterSpec& spec) const
{
    QList<PriceItem> rows;
    for (const PriceItem& item : m_items) {
        if (!spec.matches(item))
            continue;
        const auto same = std::find_if(rows.begin(), rows.end(), [&](const PriceItem& r) {
            return r.tierMinimumUnits == item.tierMinimumUnits;
        });
        if (same == rows.end())
            rows << item;
        else if (item.isPrimaryMeterRegion && !same->isPrimaryMeterRegion)
            *same = item;
    }
    std::sort(rows.begin(), rows.end(), [](const PriceItem& a, const PriceItem& b) {
        return a.tierMinimumUnits < b.tierMinimumUnits;
    });
    return rows;
}

void PriceTable::merge(const QList<PriceItem>& items)
{
    for (const PriceItem& item : items) {
        const auto old = std::find_if(m_items.begin(), m_items.end(), [&](const PriceItem& p) {
            return p.serviceName == item.serviceName && p.productName == item.productName &&
                   p.skuName == item.skuName && p.meterName == item.meterName &&
                   p.armSkuName == item.armSkuName && p.type == item.type &&
                   p.tierMinimumUnits == item.tierMinimumUnits;
        });
        if (old == m_items.end())
            m_items << item;
        else
            *old = item;
    }
}

} // namespace cnpg
