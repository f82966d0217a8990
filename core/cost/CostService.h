#pragma once

#include "cost/PriceCache.h"
#include "cost/PriceClient.h"
#include "cost/PriceTable.h"

#include <QObject>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace cnpg {

class Settings;

// Where the prices of an estimate come from, and why: fresh from the Retail Prices API, from
// the disk cache (fresh enough, or because the API could not be reached), or from the table
// shipped with the application. The front ends say which, with the date.
struct PriceStatus
{
    PriceTable::Source source = PriceTable::Source::None;
    PriceClient::Error fetchError = PriceClient::Error::None; // why not live, when it was tried
    bool offline = false;  // the API was not asked (offline mode, no network)
    bool fetching = false; // a fetch is under way; better prices may follow
    QString detail;        // for the log
};

// Finds the prices an estimate needs: the cache when it has them from the last day; else asks
// the API in the background (a provisional table from the cache or the shipped one is
// announced at once) and caches the answer; when the API fails, falls back to the cache, then
// to the shipped table, and says so. Never blocks.
class CostService : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString cacheDirectory; // empty: no disk cache
        bool online = true;     // false: never ask the API
        int maxAgeHours = 24;   // cached prices older than this are fetched again
        PriceClient::Options client;
        std::function<QDateTime()> now; // empty: the system clock (UTC)
    };

    // `network` may be null (then offline).
    CostService(QNetworkAccessManager* network, Options options, QObject* parent = nullptr);
    ~CostService() override;

    // Starts finding the prices of these settings in `currency`; pricesReady() follows from the
    // event loop (more than once when a provisional table comes first).
    void load(const Settings& settings, const QString& currency);
    void cancel();

    const PriceTable& table() const { return m_table; }
    const PriceStatus& status() const { return m_status; }

signals:
    void pricesReady(const cnpg::PriceTable& table, const cnpg::PriceStatus& status);

private:
    void onFetched(const PriceClient::Result& result);
    void announce(const PriceTable& table, const PriceStatus& status, bool queued);
    // The best table without the API: the cache when it covers every filter, else shipped.
    PriceTable fallback(const PriceCache::Entry* entry) const;
    QDateTime now() const;

    Options m_options;
    PriceCache m_cache;
    std::unique_ptr<PriceClient> m_client;
    QString m_region;
    QString m_currency;
    QStringList m_filters;
    QStringList m_missing;
    PriceTable m_table;
    PriceStatus m_status;
    int m_generation = 0;
};

} // namespace cnpg
