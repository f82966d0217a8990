#include "cost/PriceClient.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>
#include <spdlog/spdlog.h>

namespace cnpg {

PricePage PricePage::parse(const QByteArray& body, const QString& currency)
{
    PricePage page;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        page.error = Error::NotJson;
        page.detail =
            error.error != QJsonParseError::NoError
                ? error.errorString() + QStringLiteral(" at byte ") + QString::number(error.offset)
                : QStringLiteral("not a JSON object");
        return page;
    }
    const QJsonObject root = doc.object();
    const QJsonValue items = root.value(QStringLiteral("Items"));
    if (!items.isArray()) {
        page.error = Error::NoItems;
        page.detail = QStringLiteral("no Items array");
        return page;
    }
    const QJsonArray array = items.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        if (!o.value(QStringLiteral("retailPrice")).isDouble() ||
            !o.value(QStringLiteral("meterName")).isString()) {
            page.error = Error::BadItem;
            page.detail = QStringLiteral("item %1 has no meterName or numeric retailPrice").arg(i);
            page.items.clear();
            return page;
        }
        PriceItem item = PriceItem::fromJson(o);
        if (item.currencyCode.compare(currency, Qt::CaseInsensitive) != 0) {
            page.error = Error::WrongCurrency;
            page.detail = QStringLiteral("item %1 is in %2, not %3")
                              .arg(QString::number(i), item.currencyCode, currency);
            page.items.clear();
            return page;
        }
        page.items << item;
    }
    const QJsonValue next = root.value(QStringLiteral("NextPageLink"));
    if (next.isString() && !next.toString().isEmpty())
        page.nextPageLink = QUrl(next.toString());
    return page;
}

PriceClient::PriceClient(QNetworkAccessManager& network, Options options, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_options(std::move(options))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (QNetworkReply* reply = dropReply())
            onReply(reply, true);
    });
}

PriceClient::~PriceClient()
{
    cancel();
}

void PriceClient::cancel()
{
    ++m_generation;
    m_running = false;
    m_timer->stop();
    dropReply();
}

QNetworkReply* PriceClient::dropReply()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return nullptr;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    return reply;
}

void PriceClient::fetch(const QStringList& filters, const QString& currency)
{
    cancel();
    m_filters = filters;
    m_currency = currency.toUpper();
    m_result = Result();
    m_running = true;
    const int generation = m_generation;
    // Always from the event loop, also with nothing to fetch.
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            nextFilter();
    });
}

QUrl PriceClient::firstPage(const QString& filter) const
{
    QUrl url = m_options.baseUrl;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("currencyCode"),
                       QLatin1Char('\'') + m_currency + QLatin1Char('\''));
    query.addQueryItem(QStringLiteral("$filter"), filter);
    url.setQuery(query);
    return url;
}

bool PriceClient::sameOrigin(const QUrl& url) const
{
    const QUrl& base = m_options.baseUrl;
    const int defaultPort = base.scheme() == QLatin1String("https") ? 443 : 80;
    // The API writes its links with the port spelled out (https://prices.azure.com:443/...).
    return url.scheme() == base.scheme() &&
           url.host().compare(base.host(), Qt::CaseInsensitive) == 0 &&
           url.port(defaultPort) == base.port(defaultPort);
}

void PriceClient::nextFilter()
{
    if (m_filters.isEmpty()) {
        finish(Error::None, {});
        return;
    }
    m_pages = 0;
    request(firstPage(m_filters.takeFirst()));
}

void PriceClient::request(const QUrl& url)
{
    m_url = url;
    ++m_attempt;
    ++m_result.requests;
    QNetworkRequest req(url);
    req.setRawHeader("Accept", "application/json");
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply* reply = m_network.get(req);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        if (reply != m_reply)
            return;
        m_reply = nullptr;
        m_timer->stop();
        reply->deleteLater();
        onReply(reply, false);
    });
    m_timer->start(m_options.timeoutMs);
}

void PriceClient::onReply(QNetworkReply* reply, bool timedOut)
{
    const QString where = m_url.toString(QUrl::RemoveQuery);
    if (timedOut) {
        retry(Error::Timeout, m_options.backoffMs << (m_attempt - 1),
              QStringLiteral("no answer from %1 within %2 ms").arg(where).arg(m_options.timeoutMs));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        const auto e = reply->error();
        const bool offline = e == QNetworkReply::ConnectionRefusedError ||
                             e == QNetworkReply::HostNotFoundError ||
                             e == QNetworkReply::NetworkSessionFailedError ||
                             e == QNetworkReply::UnknownNetworkError ||
                             e == QNetworkReply::ProxyConnectionRefusedError ||
                             e == QNetworkReply::ProxyNotFoundError;
        if (offline) {
            finish(Error::Offline, where + QStringLiteral(": ") + reply->errorString());
            return;
        }
        retry(Error::Timeout, m_options.backoffMs << (m_attempt - 1),
              where + QStringLiteral(": ") + reply->errorString());
        return;
    }
    if (status == 429) {
        // Retry-After: seconds, or an HTTP date.
        const QByteArray header = reply->rawHeader("Retry-After").trimmed();
        bool isNumber = false;
        qint64 seconds = header.toLongLong(&isNumber);
        if (!isNumber) {
            const QDateTime when =
                QDateTime::fromString(QString::fromLatin1(header), Qt::RFC2822Date);
            seconds = when.isValid() ? QDateTime::currentDateTimeUtc().secsTo(when) : -1;
        }
        const int ms = seconds >= 0
                           ? int(std::min<qint64>(seconds, m_options.maxRetryAfterSeconds) * 1000)
                           : m_options.backoffMs << (m_attempt - 1);
        retry(Error::Throttled, ms,
              QStringLiteral("429 from %1 (Retry-After: %2)")
                  .arg(where, QString::fromLatin1(header)));
        return;
    }
    if (status >= 500) {
        retry(Error::ServerError, m_options.backoffMs << (m_attempt - 1),
              QStringLiteral("%1 from %2").arg(status).arg(where));
        return;
    }
    if (status != 200) {
        finish(Error::HttpError, QStringLiteral("%1 from %2").arg(status).arg(where));
        return;
    }
    // Parsed off the GUI thread: a page of the API is up to a few hundred kilobytes.
    const QByteArray body = reply->readAll();
    const QString currency = m_currency;
    const int generation = m_generation;
    auto* watcher = new QFutureWatcher<PricePage>(this);
    connect(watcher, &QFutureWatcher<PricePage>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            onPage(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&PricePage::parse, body, currency));
}

void PriceClient::onPage(const PricePage& page)
{
    if (page.error != PricePage::Error::None) {
        finish(Error::MalformedPage,
               m_url.toString(QUrl::RemoveQuery) + QStringLiteral(": ") + page.detail);
        return;
    }
    m_attempt = 0;
    m_result.items << page.items;
    if (page.nextPageLink.isEmpty()) {
        nextFilter();
        return;
    }
    if (++m_pages >= m_options.maxPages) {
        finish(Error::TooManyPages, QStringLiteral("more than %1 pages").arg(m_options.maxPages));
        return;
    }
    if (!sameOrigin(page.nextPageLink)) {
        finish(Error::ForeignLink, page.nextPageLink.toString(QUrl::RemoveQuery));
        return;
    }
    request(page.nextPageLink);
}

void PriceClient::retry(Error reason, int delayMs, const QString& detail)
{
    spdlog::info("retail prices: {} (attempt {} of {})", detail.toStdString(), m_attempt,
                 m_options.maxAttempts);
    if (m_attempt >= m_options.maxAttempts) {
        finish(reason, detail);
        return;
    }
    m_result.delaysMs << delayMs;
    const int generation = m_generation;
    const QUrl url = m_url;
    auto again = [this, generation, url] {
        if (generation == m_generation)
            request(url);
    };
    if (m_options.delay)
        m_options.delay(delayMs, again);
    else
        QTimer::singleShot(delayMs, this, again);
}

void PriceClient::finish(Error error, const QString& detail)
{
    m_running = false;
    m_attempt = 0;
    m_result.error = error;
    m_result.detail = detail;
    if (error != Error::None) {
        m_result.items.clear();
        spdlog::warn("retail prices: {}", detail.toStdString());
    }
    ++m_generation;
    emit finished(m_result);
}

} // namespace cnpg
