// The Retail Prices API client and the sources of prices, against a local server that serves
// recorded pages of the real API: paging, the meters an estimate must ignore, a 429 with
// Retry-After, server errors, a timeout, a malformed page, and the fallbacks to the cache and
// the shipped table.

#include "FakePriceServer.h"
#include "cost/CostEstimate.h"
#include "cost/CostService.h"
#include "cost/PriceCache.h"
#include "cost/PriceClient.h"
#include "settings/Settings.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace cnpg;

Q_DECLARE_METATYPE(cnpg::PriceClient::Result)
Q_DECLARE_METATYPE(cnpg::PriceTable)
Q_DECLARE_METATYPE(cnpg::PriceStatus)

namespace {

const QString vmFilter = QStringLiteral(
    "serviceName eq 'Virtual Machines' and armRegionName eq 'westus3' and priceType eq "
    "'Consumption' and (armSkuName eq 'Standard_D2s_v3' or armSkuName eq 'Standard_D4s_v3')");

// The page the handler serves for a filter of CostEstimator::queries().
QString pageFor(const QString& filter)
{
    if (filter.contains(QLatin1String("'Virtual Machines'")))
        return QStringLiteral("vm-page1.json");
    if (filter.contains(QLatin1String("LRS Disk")))
        return QStringLiteral("disks.json");
    if (filter.contains(QLatin1String("Kubernetes")))
        return QStringLiteral("aks.json");
    if (filter.contains(QLatin1String("Virtual Network")))
        return QStringLiteral("ip.json");
    if (filter.contains(QLatin1String("Grafana")))
        return QStringLiteral("grafana.json");
    if (filter.contains(QLatin1String("Log Analytics")))
        return QStringLiteral("logs.json");
    if (filter.contains(QLatin1String("Azure Monitor")))
        return QStringLiteral("metrics.json");
    if (filter.contains(QLatin1String("Block Blob")))
        return QStringLiteral("blob.json");
    return {};
}

} // namespace

class TestPriceClient : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    QList<int> m_delays;

    // Pauses are recorded and taken at once: no test sleeps.
    PriceClient::Options options(const QUrl& base)
    {
        PriceClient::Options o;
        o.baseUrl = base;
        o.timeoutMs = 10000;
        o.delay = [this](int ms, std::function<void()> then) {
            m_delays << ms;
            QTimer::singleShot(0, this, std::move(then));
        };
        return o;
    }

    PriceClient::Result run(PriceClient& client, const QStringList& filters,
                            const QString& currency = QStringLiteral("USD"))
    {
        QSignalSpy spy(&client, &PriceClient::finished);
        client.fetch(filters, currency);
        if (!spy.wait(20000))
            return {};
        return spy.takeFirst().at(0).value<PriceClient::Result>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<PriceClient::Result>();
        qRegisterMetaType<PriceTable>();
        qRegisterMetaType<PriceStatus>();
    }
    void init() { m_delays.clear(); }

    void followsNextPageLinkAndKeepsOnlyLinuxPayAsYouGo()
    {
        FakePriceServer server;
        server.setHandler([&](const QUrl&, int i) {
            return FakeResponse::page(i == 0 ? QStringLiteral("vm-page1.json")
                                             : QStringLiteral("vm-page2.json"),
                                      server.base());
        });
        PriceClient client(m_network, options(server.base()));
        const auto r = run(client, {vmFilter});
        QCOMPARE(r.error, PriceClient::Error::None);
        QCOMPARE(server.requests().size(), 2);
        const QUrlQuery first(server.requests().at(0));
        QCOMPARE(first.queryItemValue(QStringLiteral("currencyCode")), QStringLiteral("'USD'"));
        QCOMPARE(FakePriceServer::filterOf(server.requests().at(0)), vmFilter);
        QVERIFY(server.requests().at(1).toString().contains(QLatin1String("$skip=100")));
        QCOMPARE(r.items.size(), 11); // every row of both pages...
        const PriceTable t(QStringLiteral("westus3"), QStringLiteral("USD"), r.items, {},
                           PriceTable::Source::Live);
        // ...but the nodes are priced by the Linux pay-as-you-go rows alone: not Windows, Spot,
        // Low Priority, a reservation or Cloud Services.
        QVERIFY(t.vm(QStringLiteral("Standard_D2s_v3")));
        QCOMPARE(t.vm(QStringLiteral("Standard_D2s_v3"))->retailPrice, 0.096);
        QCOMPARE(t.vm(QStringLiteral("Standard_D4s_v3"))->retailPrice, 0.192);
        QCOMPARE(t.vm(QStringLiteral("Standard_D4s_v3"))->productName,
                 QStringLiteral("Virtual Machines DSv3 Series"));
        QVERIFY(!t.vm(QStringLiteral("Standard_D8s_v3")));
    }

    void waitsAsLongAsRetryAfterSays()
    {
        FakePriceServer server;
        server.setHandler([&](const QUrl&, int i) {
            if (i == 0)
                return FakeResponse{429, "{}", {{"Retry-After", "7"}}, false};
            return FakeResponse::page(QStringLiteral("vm-page2.json"), server.base());
        });
        PriceClient client(m_network, options(server.base()));
        const auto r = run(client, {vmFilter});
        QCOMPARE(r.error, PriceClient::Error::None);
        QCOMPARE(r.delaysMs, QList<int>{7000});
        QCOMPARE(m_delays, QList<int>{7000});
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(1), server.requests().at(0)); // the same page again
    }

    void anUnreasonableRetryAfterIsBounded()
    {
        FakePriceServer server;
        server.setHandler([&](const QUrl&, int i) {
            if (i == 0)
                return FakeResponse{429, "{}", {{"Retry-After", "86400"}}, false};
            return FakeResponse::page(QStringLiteral("vm-page2.json"), server.base());
        });
        auto o = options(server.base());
        o.maxRetryAfterSeconds = 60;
        PriceClient client(m_network, o);
        const auto r = run(client, {vmFilter});
        QCOMPARE(r.error, PriceClient::Error::None);
        QCOMPARE(r.delaysMs, QList<int>{60000});
    }

    void retriesServerErrorsWithGrowingPauses()
    {
        FakePriceServer server;
        server.setHandler([&](const QUrl&, int i) {
            if (i == 0)
                return FakeResponse{500, "{\"error\":\"internal\"}", {}, false};
            if (i == 1)
                return FakeResponse{503, {}, {}, false};
            return FakeResponse::page(QStringLiteral("vm-page2.json"), server.base());
        });
        PriceClient client(m_network, options(server.base()));
        const auto r = run(client, {vmFilter});
        QCOMPARE(r.error, PriceClient::Error::None);
        QCOMPARE(r.delaysMs, (QList<int>{1000, 2000}));
        QCOMPARE(r.items.size(), 5);
    }

    void givesUpAfterMaxAttempts()
    {
        FakePriceServer server;
        server.setHandler([](const QUrl&, int) { return FakeResponse{500, {}, {}, false}; });
        auto o = options(server.base());
        o.maxAttempts = 3;
        PriceClient client(m_network, o);
        const auto r = run(client, {vmFilter});
        QCOMPARE(r.error, PriceClient::Error::ServerError);
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(r.delaysMs.size(), 2);
        QVERIFY(r.items.isEmpty());
    }

    void aRequestThatTimesOutIsAskedAgain()
    {
        FakePriceServer server;
        server.setHandler([&](const QUrl&, int i) {
            if (i == 0)
                return FakeResponse{200, {}, {}, true}; // never answers
            return FakeResponse::page(QStringLiteral("vm-page2.json"), server.base());
        });
        auto o = options(server.base());
        o.timeoutMs = 200;
        PriceClient client(m_network, o);
        const auto r = run(client, {vmFilter});
        QCOMPARE(r.error, PriceClient::Error::None);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(r.delaysMs, QList<int>{1000});
    }

    void timeoutsEveryTimeAreAnError()
    {
        FakePriceServer server;
        server.setHandler([](const QUrl&, int) { return FakeResponse{200, {}, {}, true}; });
        auto o = options(server.base());
        o.timeoutMs = 100;
        o.maxAttempts = 2;
        PriceClient client(m_network, o);
        const auto r = run(client, {vmFilter});
        QCOMPARE(r.error, PriceClient::Error::Timeout);
        QCOMPARE(server.requests().size(), 2);
    }

    void aMalformedPageIsAClearError()
    {
        FakePriceServer server;
        server.setHandler([&](const QUrl&, int) {
            return FakeResponse::page(QStringLiteral("malformed.json"), server.base());
        });
        PriceClient client(m_network, options(server.base()));
        const auto r = run(client, {vmFilter});
        QCOMPARE(r.error, PriceClient::Error::MalformedPage);
        QVERIFY(r.items.isEmpty());
        QCOMPARE(server.requests().size(), 1); // not asked again: it would say the same
    }

    void pageShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("error");
        QTest::newRow("not json") << QByteArray("<html>busy</html>")
                                  << int(PricePage::Error::NotJson);
        QTest::newRow("array") << QByteArray("[]") << int(PricePage::Error::NotJson);
        QTest::newRow("no items") << QByteArray("{\"Count\":0}") << int(PricePage::Error::NoItems);
        QTest::newRow("items not array")
            << QByteArray("{\"Items\":{}}") << int(PricePage::Error::NoItems);
        QTest::newRow("price a string")
            << QByteArray("{\"Items\":[{\"currencyCode\":\"USD\",\"retailPrice\":\"0.1\","
                          "\"meterName\":\"x\"}]}")
            << int(PricePage::Error::BadItem);
        QTest::newRow("other currency")
            << QByteArray("{\"Items\":[{\"currencyCode\":\"EUR\",\"retailPrice\":0.1,"
                          "\"meterName\":\"x\"}]}")
            << int(PricePage::Error::WrongCurrency);
        QTest::newRow("empty page")
            << QByteArray("{\"Items\":[],\"NextPageLink\":null}") << int(PricePage::Error::None);
    }
    void pageShapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, error);
        QCOMPARE(int(PricePage::parse(body, QStringLiteral("USD")).error), error);
    }

    void aNextPageLinkElsewhereIsNotFollowed()
    {
        FakePriceServer server;
        server.setHandler([](const QUrl&, int) {
            return FakeResponse{
                200, "{\"Items\":[],\"NextPageLink\":\"https://example.com/steal\"}", {}, false};
        });
        PriceClient client(m_network, options(server.base()));
        const auto r = run(client, {vmFilter});
        QCOMPARE(r.error, PriceClient::Error::ForeignLink);
        QCOMPARE(server.requests().size(), 1);
    }

    void noServerIsOfflineAtOnce()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QUrl base(
            QStringLiteral("http://127.0.0.1:%1/api/retail/prices").arg(closed.serverPort()));
        closed.close();
        PriceClient client(m_network, options(base));
        const auto r = run(client, {vmFilter});
        QCOMPARE(r.error, PriceClient::Error::Offline);
        QVERIFY(m_delays.isEmpty());
    }

    void serviceFetchesCachesAndThenUsesTheCache()
    {
        QTemporaryDir dir;
        FakePriceServer server;
        server.setHandler([&](const QUrl& url, int) {
            const QString filter = FakePriceServer::filterOf(url);
            if (url.toString().contains(QLatin1String("$skip")))
                return FakeResponse::page(QStringLiteral("vm-page2.json"), server.base());
            return FakeResponse::page(pageFor(filter), server.base());
        });
        Settings settings;
        CostService::Options o;
        o.cacheDirectory = dir.path();
        o.client = options(server.base());
        {
            CostService service(&m_network, o);
            QSignalSpy spy(&service, &CostService::pricesReady);
            service.load(settings, QStringLiteral("USD"));
            QTRY_VERIFY_WITH_TIMEOUT(!service.status().fetching && spy.size() >= 2, 20000);
            QCOMPARE(service.status().source, PriceTable::Source::Live);
            QCOMPARE(service.status().fetchError, PriceClient::Error::None);
            const CostEstimate e = CostEstimator::estimate(settings, service.table(), {});
            QCOMPARE(e.unpriced(), 0);
            QCOMPARE(e.lines.at(0).unitPrice, 0.096); // the system pool's D2s v3, Linux
            QCOMPARE(e.lines.at(1).unitPrice, 0.192);
        }
        QVERIFY(QFile::exists(
            PriceCache(dir.path()).path(QStringLiteral("westus3"), QStringLiteral("USD"))));
        const int asked = int(server.requests().size());
        QCOMPARE(asked, CostEstimator::queries(settings).size() + 1); // one filter has 2 pages
        CostService again(&m_network, o);
        QSignalSpy spy(&again, &CostService::pricesReady);
        again.load(settings, QStringLiteral("USD"));
        QVERIFY(spy.wait(5000));
        QCOMPARE(again.status().source, PriceTable::Source::Cache);
        QCOMPARE(server.requests().size(), asked); // nothing asked: a day has not passed
        QCOMPARE(CostEstimator::estimate(settings, again.table(), {}).unpriced(), 0);
    }

    void aMalformedPageFallsBackToTheCacheAndSaysSo()
    {
        QTemporaryDir dir;
        Settings settings;
        // Yesterday's prices in the cache, two days old: stale, so the API is asked.
        const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-2);
        PriceCache::Entry entry{QStringLiteral("westus3"), QStringLiteral("USD"), {}, {}};
        for (const QString& f : CostEstimator::queries(settings))
            entry.fetched.insert(f, old);
        entry.items = PriceCache::shipped(QStringLiteral("westus3"), QStringLiteral("USD")).items();
        QVERIFY(PriceCache(dir.path()).save(entry));

        FakePriceServer server;
        server.setHandler([&](const QUrl&, int) {
            return FakeResponse::page(QStringLiteral("malformed.json"), server.base());
        });
        CostService::Options o;
        o.cacheDirectory = dir.path();
        o.client = options(server.base());
        CostService service(&m_network, o);
        service.load(settings, QStringLiteral("USD"));
        QTRY_VERIFY_WITH_TIMEOUT(!service.status().fetching, 20000);
        QCOMPARE(service.status().fetchError, PriceClient::Error::MalformedPage);
        QCOMPARE(service.status().source, PriceTable::Source::Cache);
        QCOMPARE(service.table().asOf().date(), old.date()); // never fresher than it is
    }

    void withoutCacheTheShippedTableStandsIn()
    {
        QTemporaryDir dir;
        FakePriceServer server;
        server.setHandler([](const QUrl&, int) { return FakeResponse{500, {}, {}, false}; });
        CostService::Options o;
        o.cacheDirectory = dir.path();
        o.client = options(server.base());
        o.client.maxAttempts = 2;
        CostService service(&m_network, o);
        Settings settings;
        service.load(settings, QStringLiteral("KRW"));
        QTRY_VERIFY_WITH_TIMEOUT(!service.status().fetching, 20000);
        QCOMPARE(service.status().fetchError, PriceClient::Error::ServerError);
        QCOMPARE(service.status().source, PriceTable::Source::Shipped);
        QCOMPARE(service.table().currency(), QStringLiteral("KRW"));
        QCOMPARE(service.table().asOf().date(), PriceCache::shippedDate());
        QVERIFY(PriceCache::shippedDate().isValid());
        QCOMPARE(CostEstimator::estimate(settings, service.table(), {}).unpriced(), 0);
    }

    void offlineNeverAsks()
    {
        CostService::Options o;
        o.online = false;
        CostService service(&m_network, o);
        QSignalSpy spy(&service, &CostService::pricesReady);
        Settings settings;
        settings.setValue(keys::Region, QStringLiteral("koreacentral"));
        service.load(settings, QStringLiteral("USD"));
        QVERIFY(spy.wait(5000));
        QVERIFY(service.status().offline);
        QCOMPARE(service.table().source(), PriceTable::Source::Shipped);
        QCOMPARE(service.table().region(), QStringLiteral("koreacentral"));
        settings.setValue(keys::Region, QStringLiteral("brazilsouth"));
        service.load(settings, QStringLiteral("USD"));
        QVERIFY(spy.wait(5000));
        QCOMPARE(service.table().region(), QStringLiteral("westus3")); // stands in, and says so
    }
};

QTEST_MAIN(TestPriceClient)
#include "tst_priceclient.moc"
