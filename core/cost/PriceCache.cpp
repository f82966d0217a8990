#include "cost/PriceCache.h"

#include "util/AtomicFile.h"
#include "util/SmallFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace cnpg {

namespace {

constexpr qint64 CacheLimit = 8 * 1024 * 1024;

QJsonObject shippedRoot()
{
    static const QJsonObject root = [] {
        // A resource: no file system behind it, so QFile rather than SmallFile.
        QFile file(QStringLiteral(":/prices/retail-prices.json"));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return root;
}

QList<PriceItem> itemsOf(const QJsonArray& array)
{
    QList<PriceItem> items;
    for (const QJsonValue& v : array) {
        if (v.isObject())
            items << PriceItem::fromJson(v.toObject());
    }
    return items;
}

bool safeName(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]{1,40}$"));
    return re.match(s).hasMatch();
}

} // namespace

PriceCache::PriceCache(QString directory)
    : m_directory(std::move(directory))
{}

QString PriceCache::path(const QString& region, const QString& currency) const
{
    return m_directory + QStringLiteral("/retail-prices-") + region.toLower() + QLatin1Char('-') +
           currency.toLower() + QStringLiteral(".json");
}

std::optional<PriceCache::Entry> PriceCache::load(const QString& region,
                                                  const QString& currency) const
{
    if (m_directory.isEmpty() || !safeName(region.toLower()) || !safeName(currency.toLower()))
        return std::nullopt;
    const SmallFile::Result r = SmallFile::read(path(region, currency), CacheLimit);
    if (!r.ok())
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(r.data).object();
    if (root.value(QStringLiteral("region")).toString() != region.toLower() ||
        root.value(QStringLiteral("currency")).toString() != currency.toUpper())
        return std::nullopt;
    Entry e;
    e.region = region.toLower();
    e.currency = currency.toUpper();
    const QJsonObject fetched = root.value(QStringLiteral("fetched")).toObject();
    for (auto it = fetched.begin(); it != fetched.end(); ++it) {
        const QDateTime when = QDateTime::fromString(it.value().toString(), Qt::ISODate);
        if (when.isValid())
            e.fetched.insert(it.key(), when.toUTC());
    }
    e.items = itemsOf(root.value(QStringLiteral("Items")).toArray());
    return e;
}

bool PriceCache::save(const Entry& entry, QString* error) const
{
    if (!safeName(entry.region.toLower()) || !safeName(entry.currency.toLower())) {
        if (error)
            *error = QStringLiteral("bad region or currency");
        return false;
    }
    QJsonObject root;
    root.insert(QStringLiteral("region"), entry.region.toLower());
    root.insert(QStringLiteral("currency"), entry.currency.toUpper());
    QJsonObject fetched;
    for (auto it = entry.fetched.begin(); it != entry.fetched.end(); ++it)
        fetched.insert(it.key(), it.value().toUTC().toString(Qt::ISODate));
    root.insert(QStringLiteral("fetched"), fetched);
    QJsonArray items;
    for (const PriceItem& item : entry.items)
        items.append(item.toJson());
    root.insert(QStringLiteral("Items"), items);
    return AtomicFile::write(path(entry.region, entry.currency),
                             QJsonDocument(root).toJson(QJsonDocument::Indented), error);
}

QDate PriceCache::shippedDate()
{
    return QDate::fromString(shippedRoot().value(QStringLiteral("asOf")).toString(), Qt::ISODate);
}

QStringList PriceCache::shippedRegions()
{
    QStringList out;
    for (const QJsonValue& t : shippedRoot().value(QStringLiteral("tables")).toArray()) {
        const QString r = t.toObject().value(QStringLiteral("region")).toString();
        if (!out.contains(r))
            out << r;
    }
    return out;
}

QStringList PriceCache::shippedCurrencies()
{
    QStringList out;
    for (const QJsonValue& t : shippedRoot().value(QStringLiteral("tables")).toArray()) {
        const QString c = t.toObject().value(QStringLiteral("currency")).toString();
        if (!out.contains(c))
            out << c;
    }
    return out;
}

PriceTable PriceCache::shipped(const QString& region, const QString& currency)
{
    const QJsonObject root = shippedRoot();
    const QDateTime asOf(shippedDate(), QTime(0, 0), Qt::UTC);
    QJsonObject fallback;
    for (const QJsonValue& v : root.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject t = v.toObject();
        if (t.value(QStringLiteral("currency")).toString() != currency.toUpper())
            continue;
        const QString r = t.value(QStringLiteral("region")).toString();
        if (r == region.toLower()) {
            return PriceTable(r, currency.toUpper(),
                              itemsOf(t.value(QStringLiteral("Items")).toArray()), asOf,
                              PriceTable::Source::Shipped);
        }
        if (r == QLatin1String("westus3"))
            fallback = t;
    }
    if (fallback.isEmpty())
        return PriceTable(region.toLower(), currency.toUpper(), {}, asOf,
                          PriceTable::Source::Shipped);
    return PriceTable(QStringLiteral("westus3"), currency.toUpper(),
                      itemsOf(fallback.value(QStringLiteral("Items")).toArray()), asOf,
                      PriceTable::Source::Shipped);
}

} // namespace cnpg
