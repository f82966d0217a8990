#include "cost/CostService.h"

#include "cost/CostEstimate.h"
#include "settings/Settings.h"

#include <QTimer>
#include <spdlog/spdlog.h>

namespace cnpg {

CostService::CostService(QNetworkAccessManager* network, Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_cache(m_options.cacheDirectory)
{
    if (network) {
        m_client = std::make_unique<PriceClient>(*network, m_options.client);
        connect(m_client.get(), &PriceClient::finished, this, &CostService::onFetched);
    } else {
        m_options.online = false;
    }
}

CostService::~CostService() = default;

QDateTime CostService::now() const
{
    return m_options.now ? m_options.now() : QDateTime::currentDateTimeUtc();
}

void CostService::cancel()
{
    ++m_generation;
    if (m_client)
        m_client->cancel();
}

PriceTable CostService::fallback(const PriceCache::Entry* entry) const
{
    if (entry) {
        QDateTime oldest;
        bool covered = true;
        for (const QString& f : m_filters) {
            const auto it = entry->fetched.constFind(f);
            if (it == entry->fetched.constEnd()) {
                covered = false;
                break;
            }
            if (!oldest.isValid() || *it < oldest)
                oldest = *it;
        }
        if (covered)
            return PriceTable(m_region, m_currency, entry->items, oldest,
                              PriceTable::Source::Cache);
    }
    return PriceCache::shipped(m_region, m_currency);
}

void CostService::load(const Settings& settings, const QString& currency)
{
    cancel();
    m_region = settings.value(keys::Region).toLower();
    m_currency = currency.toUpper();
    m_filters = CostEstimator::queries(settings);
    const auto entry = m_cache.load(m_region, m_currency);
    m_missing.clear();
    const QDateTime limit = now().addSecs(-3600LL * m_options.maxAgeHours);
    for (const QString& f : m_filters) {
        const QDateTime when = entry ? entry->fetched.value(f) : QDateTime();
        if (!when.isValid() || when < limit || when > now().addSecs(3600))
            m_missing << f;
    }
    PriceStatus status;
    if (m_missing.isEmpty()) {
        status.source = PriceTable::Source::Cache;
        announce(fallback(entry ? &*entry : nullptr), status, true);
        return;
    }
    PriceTable table = fallback(entry ? &*entry : nullptr);
    status.source = table.source();
    if (!m_options.online) {
        status.offline = true;
        announce(table, status, true);
        return;
    }
    status.fetching = true;
    announce(table, status, true);
    m_client->fetch(m_missing, m_currency);
}

void CostService::onFetched(const PriceClient::Result& result)
{
    auto entry = m_cache.load(m_region, m_currency);
    PriceStatus status;
    if (!result.ok()) {
        status.fetchError = result.error;
        status.detail = result.detail;
        PriceTable table = fallback(entry ? &*entry : nullptr);
        status.source = table.source();
        announce(table, status, false);
        return;
    }
    PriceCache::Entry e = entry.value_or(PriceCache::Entry{m_region, m_currency, {}, {}});
    PriceTable merged(m_region, m_currency, e.items, {}, PriceTable::Source::Live);
    merged.merge(result.items);
    e.items = merged.items();
    const QDateTime fetchedAt = now();
    for (const QString& f : m_missing)
        e.fetched.insert(f, fetchedAt);
    QString error;
    if (!m_cache.save(e, &error) && !m_options.cacheDirectory.isEmpty())
        spdlog::warn("retail prices: cannot write the cache: {}", error.toStdString());
    // The date of the oldest price used: never fresher than it is.
    QDateTime oldest = fetchedAt;
    for (const QString& f : m_filters) {
        const QDateTime when = e.fetched.value(f);
        if (when.isValid() && when < oldest)
            oldest = when;
    }
    const PriceTable table(m_region, m_currency, e.items, oldest,
                           oldest == fetchedAt ? PriceTable::Source::Live
                                               : PriceTable::Source::Cache);
    status.source = table.source();
    announce(table, status, false);
}

void CostService::announce(const PriceTable& table, const PriceStatus& status, bool queued)
{
    m_table = table;
    m_status = status;
    if (!queued) {
        emit pricesReady(m_table, m_status);
        return;
    }
    const int generation = ++m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            emit pricesReady(m_table, m_status);
    });
}

} // namespace cnpg
