// Public IP detection through an injected resolver and a local HTTP fallback; no real network.
#include "PreflightTestUtil.h"
#include "net/PublicIpDetector.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace cnpg;
using cnpg::test::HttpServer;

namespace {

// Answers after a delay with fixed records or an error; or never, when `answer` is false.
class FakeResolver : public DnsResolver
{
public:
    QStringList records;
    QString error;
    bool answer = true;
    int delayMs = 10;
    QString askedName;
    QHostAddress askedServer;
    int aborts = 0;

    void lookup(const QString& name, const QHostAddress& nameserver) override
    {
        askedName = name;
        askedServer = nameserver;
        if (!answer)
            return;
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this] { emit finished(records, error); });
        m_timer->start(delayMs);
    }
    void abort() override
    {
        ++aborts;
        if (m_timer)
            m_timer->stop();
    }

private:
    QPointer<QTimer> m_timer;
};

// A port nothing listens on: connections are refused at once.
quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost);
    return s.serverPort(); // closed when s goes out of scope
}

} // namespace

class TestPublicIp : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        PublicIpDetector::Result result;
        qint64 elapsedMs = 0;
        int emitted = 0;
        // What the resolver saw; the detector owns (and deletes) the resolver.
        QString askedName;
        QHostAddress askedServer;
        int aborts = 0;
    };
    Run detect(FakeResolver* resolver, PublicIpDetector::Options options)
    {
        QNetworkAccessManager network;
        PublicIpDetector detector(network, std::unique_ptr<DnsResolver>(resolver), options);
        QSignalSpy spy(&detector, &PublicIpDetector::finished);
        QElapsedTimer t;
        t.start();
        detector.start();
        Run run;
        if (spy.wait(10000)) {
            run.elapsedMs = t.elapsed();
            run.result = spy.first().first().value<PublicIpDetector::Result>();
        }
        QTest::qWait(50); // a second finished() would show here
        run.emitted = int(spy.size());
        run.askedName = resolver->askedName;
        run.askedServer = resolver->askedServer;
        run.aborts = resolver->aborts;
        return run;
    }
    static PublicIpDetector::Options options(const QString& fallback)
    {
        PublicIpDetector::Options o;
        o.fallbackUrl = QUrl(fallback);
        o.timeoutMs = 1500;
        o.dnsTimeoutMs = 300;
        return o;
    }

private slots:
    void dnsAnswers()
    {
        auto* r = new FakeResolver;
        r->records = {QStringLiteral("203.0.113.7")};
        HttpServer http; // must not be asked
        const Run run = detect(r, options(http.base() + QStringLiteral("ip")));
        QVERIFY(run.result.ok());
        QCOMPARE(run.result.address, QStringLiteral("203.0.113.7"));
        QCOMPARE(run.result.source, PublicIpDetector::Source::Dns);
        QCOMPARE(run.emitted, 1);
        QCOMPARE(run.askedName, QStringLiteral("myip.opendns.com"));
        QCOMPARE(run.askedServer, QHostAddress(QStringLiteral("208.67.222.220")));
        QVERIFY(http.requests.isEmpty());
    }

    void dnsErrorFallsBackToHttps()
    {
        auto* r = new FakeResolver;
        r->error = QStringLiteral("Server failure");
        HttpServer http;
        http.route(QStringLiteral("/ip"), {200, "198.51.100.23\n"});
        const Run run = detect(r, options(http.base() + QStringLiteral("ip")));
        QVERIFY(run.result.ok());
        QCOMPARE(run.result.address, QStringLiteral("198.51.100.23"));
        QCOMPARE(run.result.source, PublicIpDetector::Source::Https);
        QCOMPARE(http.requests, QStringList{QStringLiteral("/ip")});
    }

    void silentDnsFallsBackAfterItsTimeout()
    {
        auto* r = new FakeResolver;
        r->answer = false;
        HttpServer http;
        http.route(QStringLiteral("/ip"), {200, R"({"ip": "198.51.100.24"})"});
        // An overall limit far away: an answer at all shows that the fallback did not wait
        // for it.
        auto o = options(http.base() + QStringLiteral("ip"));
        o.timeoutMs = 60000;
        const Run run = detect(r, o);
        QVERIFY(run.result.ok());
        QCOMPARE(run.result.address, QStringLiteral("198.51.100.24"));
        QCOMPARE(run.result.source, PublicIpDetector::Source::Https);
        QVERIFY(run.elapsedMs >= 250); // the DNS phase waited its turn
        QVERIFY(run.aborts >= 1);
    }

    void privateDnsAnswerIsNotTrusted()
    {
        auto* r = new FakeResolver;
        r->records = {QStringLiteral("192.168.1.10")}; // a captive portal's answer
        HttpServer http;
        http.route(QStringLiteral("/ip"), {200, "198.51.100.25"});
        const Run run = detect(r, options(http.base() + QStringLiteral("ip")));
        QCOMPARE(run.result.address, QStringLiteral("198.51.100.25"));
    }

    void badAnswersEverywhere()
    {
        auto* r = new FakeResolver;
        r->records = {QStringLiteral("127.0.0.1")};
        HttpServer http;
        http.route(QStringLiteral("/ip"), {200, "<html>hello</html>"});
        const Run run = detect(r, options(http.base() + QStringLiteral("ip")));
        QCOMPARE(run.result.error, PublicIpDetector::Error::BadAnswer);
        QVERIFY(!PublicIpDetector::errorText(run.result.error).isEmpty());
    }

    void offlineIsQuickAndClear()
    {
        auto* r = new FakeResolver;
        r->error = QStringLiteral("Network is unreachable");
        // No waiting for the overall limit: with it far away, the answer still comes, and it
        // says offline rather than timed out.
        auto o = options(QStringLiteral("http://127.0.0.1:%1/ip").arg(closedPort()));
        o.timeoutMs = 60000;
        const Run run = detect(r, o);
        QCOMPARE(run.result.error, PublicIpDetector::Error::Offline);
        QCOMPARE(run.emitted, 1);
        QVERIFY(run.result.detail.contains(QStringLiteral("unreachable")));
    }

    void timeoutHolds()
    {
        auto* r = new FakeResolver;
        r->answer = false;
        HttpServer http;
        HttpServer::Route silent;
        silent.silent = true;
        http.route(QStringLiteral("/ip"), silent);
        auto o = options(http.base() + QStringLiteral("ip"));
        o.timeoutMs = 700;
        const Run run = detect(r, o);
        QCOMPARE(run.result.error, PublicIpDetector::Error::Timeout);
        // Not before its time; the server never answers, so only the limit ended it.
        QVERIFY2(run.elapsedMs >= 650, qPrintable(QString::number(run.elapsedMs)));
        QCOMPARE(run.emitted, 1);
    }

    void cancelEndsQuietly()
    {
        auto* r = new FakeResolver;
        r->answer = false;
        QNetworkAccessManager network;
        PublicIpDetector detector(network, std::unique_ptr<DnsResolver>(r), options(QString()));
        QSignalSpy spy(&detector, &PublicIpDetector::finished);
        detector.start();
        QVERIFY(detector.isRunning());
        detector.cancel();
        QVERIFY(!detector.isRunning());
        QTest::qWait(400);
        QCOMPARE(spy.size(), 0);
    }

    void simulationAsksNoOne()
    {
        QNetworkAccessManager network;
        QProcessEnvironment env;
        env.insert(QStringLiteral("CNPG_SIM_CLIENT_IP"), QStringLiteral("198.51.100.77"));
        std::unique_ptr<PublicIpDetector> d(PublicIpDetector::forSimulation(network, env));
        QSignalSpy spy(d.get(), &PublicIpDetector::finished);
        d->start();
        QVERIFY(spy.isEmpty()); // from the event loop, not from start()
        QVERIFY(spy.wait(10000));
        QCOMPARE(d->result().address, QStringLiteral("198.51.100.77"));
        QCOMPARE(d->result().source, PublicIpDetector::Source::Dns);
        QCOMPARE(PublicIpDetector::simulatedAddress(QProcessEnvironment()),
                 QStringLiteral("203.0.113.10"));
    }

    void publicAddressRule()
    {
        QVERIFY(PublicIpDetector::isPublicIpv4(QStringLiteral("203.0.113.7")));
        QVERIFY(PublicIpDetector::isPublicIpv4(QStringLiteral("8.8.8.8")));
        for (const char* a :
             {"10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.0.1", "127.0.0.1", "169.254.1.1",
              "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "2001:db8::1", "",
              "1.2.3", "203.0.113.7/32"})
            QVERIFY2(!PublicIpDetector::isPublicIpv4(QString::fromLatin1(a)), a);
        QVERIFY(PublicIpDetector::isPublicIpv4(QStringLiteral("172.32.0.1")));
        QCOMPARE(PublicIpDetector::parseEchoAnswer(" 198.51.100.1\r\n"),
                 QStringLiteral("198.51.100.1"));
        QCOMPARE(PublicIpDetector::parseEchoAnswer(R"({"ip":"198.51.100.2"})"),
                 QStringLiteral("198.51.100.2"));
        QCOMPARE(PublicIpDetector::parseEchoAnswer("nope"), QString());
    }
};

QTEST_GUILESS_MAIN(TestPublicIp)
#include "tst_publicip.moc"
