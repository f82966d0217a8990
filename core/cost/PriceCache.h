#pragma once

#include "cost/PriceTable.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <optional>

namespace cnpg {

// Prices kept between runs: one JSON file per region and currency in the cache directory,
// holding the rows and, for every $filter fetched, when. Written atomically; a file that is
// not ours is ignored (and replaced by the next fetch).
class PriceCache
{
public:
    struct Entry
    {
        QString region;
        QString currency;
        QHash<QString, QDateTime> fetched; // $filter -> when (UTC)
        QList<PriceItem> items;
    };

    explicit PriceCache(QString directory);

    std::optional<Entry> load(const QString& region, const QString& currency) const;
    bool save(const Entry& entry, QString* error = nullptr) const;
    QString path(const QString& region, const QString& currency) const;

    // The table shipped with the application (resources/prices/retail-prices.json): the
    // region's, or, for a region it lacks, westus3's (the guide's region). Its date is the day
    // the prices were taken.
    static PriceTable shipped(const QString& region, const QString& currency);
    static QDate shippedDate();
    static QStringList shippedRegions();
    static QStringList shippedCurrencies();

private:
    QString m_directory;
};

} // namespace cnpg
