#pragma once

#include "cost/PriceTable.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace cnpg {

// One page of the Retail Prices API: {"BillingCurrency", "Items": [...], "NextPageLink",
// "Count"}. A page that is not that is an error, never a crash.
struct PricePage
{
    enum class Error
    {
        None,
        NotJson,
        NoItems,      // no "Items" array
        BadItem,      // an item without a meter name or a numeric price
        WrongCurrency // the items are in another currency than asked for
    };
    Error error = Error::None;
    QString detail;
    QList<PriceItem> items;
    QUrl nextPageLink; // empty: the last page

    static PricePage parse(const QByteArray& body, const QString& currency);
};

// Fetches prices from the Azure Retail Prices API: one request per $filter, following
// NextPageLink, politely: a 429 waits as long as Retry-After says (within a bound), a server
// error or a timeout is asked again after a growing pause, at most maxAttempts times a page.
// Pages are parsed on a worker thread. The pauses go through `delay`, so that tests need not
// sleep. Never blocks.
class PriceClient : public QObject
{
    Q_OBJECT
public:
    enum class Error
    {
        None,
        Offline,       // no connection at all (refused, no route, no name)
        Timeout,       // no answer in time, maxAttempts times
        Throttled,     // 429, maxAttempts times
        ServerError,   // 5xx, maxAttempts times
        HttpError,     // another status
        MalformedPage, // not a page of the API
        TooManyPages,
        ForeignLink, // NextPageLink pointing away from the API
    };
    Q_ENUM(Error)

    // Runs `then` after `ms` milliseconds.
    using Delay = std::function<void(int ms, std::function<void()> then)>;

    struct Options
    {
        QUrl baseUrl = QUrl(QStringLiteral("https://prices.azure.com/api/retail/prices"));
        int timeoutMs = 20000; // one request
        int maxAttempts = 4;   // one page
        int maxPages = 30;     // one filter
        int maxRetryAfterSeconds = 120;
        int backoffMs = 1000; // the first pause after a server error or a timeout; doubles
        Delay delay;          // empty: a QTimer
    };

    struct Result
    {
        Error error = Error::None;
        QString detail; // for the log: status, URL, what was wrong (not translated)
        QList<PriceItem> items;
        int requests = 0;
        QList<int> delaysMs; // the pauses taken, in order
        bool ok() const { return error == Error::None; }
    };

    PriceClient(QNetworkAccessManager& network, Options options, QObject* parent = nullptr);
    ~PriceClient() override;

    // Fetches every filter in `currency`; finished() follows once, from the event loop.
    void fetch(const QStringList& filters, const QString& currency);
    void cancel(); // ends without finished()
    bool isRunning() const { return m_running; }

signals:
    void finished(const cnpg::PriceClient::Result& result);

private:
    void request(const QUrl& url);
    void onReply(QNetworkReply* reply, bool timedOut);
    // Aborts the reply in flight and lets it go; returns it (deleted later), or null.
    QNetworkReply* dropReply();
    void onPage(const PricePage& page);
    void retry(Error reason, int delayMs, const QString& detail);
    void nextFilter();
    void finish(Error error, const QString& detail);
    QUrl firstPage(const QString& filter) const;
    bool sameOrigin(const QUrl& url) const;

    QNetworkAccessManager& m_network;
    Options m_options;
    QStringList m_filters;
    QString m_currency;
    QUrl m_url; // the page being fetched
    int m_attempt = 0;
    int m_pages = 0;
    int m_generation = 0;
    bool m_running = false;
    Result m_result;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_timer;
};

} // namespace cnpg
