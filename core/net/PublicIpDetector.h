#pragma once

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <memory>

class QDnsLookup;
class QNetworkAccessManager;
class QNetworkReply;

namespace cnpg {

// The DNS half of the detection, as a seam: ask one nameserver for the A records of a name.
// Tests substitute a fake; the product uses QtDnsResolver.
class DnsResolver : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Starts a lookup; finished() follows from the event loop unless abort() comes first.
    virtual void lookup(const QString& name, const QHostAddress& nameserver) = 0;
    virtual void abort() = 0;

signals:
    // The IPv4 addresses found; `error` is empty on success.
    void finished(const QStringList& addresses, const QString& error);
};

// QDnsLookup, type A, sent to the given nameserver instead of the system's.
class QtDnsResolver : public DnsResolver
{
    Q_OBJECT
public:
    using DnsResolver::DnsResolver;
    void lookup(const QString& name, const QHostAddress& nameserver) override;
    void abort() override;

private:
    QPointer<QDnsLookup> m_lookup;
};

// Answers every lookup with fixed addresses, from the event loop. Simulation mode's DNS: the
// detection then needs no network, and finds the address the simulator checks against the
// cluster's authorized ranges.
class FixedDnsResolver : public DnsResolver
{
    Q_OBJECT
public:
    explicit FixedDnsResolver(QStringList addresses, QObject* parent = nullptr);
    void lookup(const QString& name, const QHostAddress& nameserver) override;
    void abort() override;

private:
    QStringList m_addresses;
    int m_generation = 0;
};

// The caller's public IPv4 address, found the way the guide finds it (`dig +short
// myip.opendns.com @resolver3.opendns.com`): an A query for myip.opendns.com sent to OpenDNS,
// which answers with the address the query came from. When DNS gives no answer in time (UDP
// port 53 blocked, say), an HTTPS echo service is asked instead. An overall time limit makes
// an offline machine a quick, clear error instead of a hang. Never blocks.
class PublicIpDetector : public QObject
{
    Q_OBJECT
public:
    enum class Error
    {
        None,
        Offline,   // neither DNS nor HTTPS reached anything
        Timeout,   // nothing answered within timeoutMs
        BadAnswer, // an answer came, but it was no public IPv4 address
    };
    Q_ENUM(Error)

    enum class Source
    {
        None,
        Dns,
        Https,
    };
    Q_ENUM(Source)

    struct Options
    {
        QString dnsName = QStringLiteral("myip.opendns.com");
        // resolver3.opendns.com's published address. QDnsLookup needs an address, and resolving
        // the resolver's name first would add a round trip and a failure mode for no gain.
        QHostAddress nameserver = QHostAddress(QStringLiteral("208.67.222.220"));
        // Answers with the caller's address as plain text (or JSON {"ip": ...}); empty: no
        // fallback.
        QUrl fallbackUrl = QUrl(QStringLiteral("https://api.ipify.org"));
        int timeoutMs = 5000;    // the whole detection
        int dnsTimeoutMs = 2500; // then the fallback gets what is left
    };

    struct Result
    {
        Error error = Error::None;
        Source source = Source::None;
        QString address;
        QString detail; // what failed, for the log (not translated)
        bool ok() const { return error == Error::None; }
    };

    // `resolver` may be null: then a QtDnsResolver is used.
    PublicIpDetector(QNetworkAccessManager& network, std::unique_ptr<DnsResolver> resolver,
                     Options options, QObject* parent = nullptr);
    explicit PublicIpDetector(QNetworkAccessManager& network, QObject* parent = nullptr);
    ~PublicIpDetector() override;

    // Starts (or restarts) a detection; finished() follows exactly once, from the event loop.
    void start();
    void cancel(); // ends without finished()
    bool isRunning() const { return m_running; }
    const Result& result() const { return m_result; }

    // Simulation mode: a detector that asks no one and finds the simulator's client address,
    // CNPG_SIM_CLIENT_IP of the tools' environment, or else 203.0.113.10 (RFC 5737).
    static PublicIpDetector* forSimulation(QNetworkAccessManager& network,
                                           const QProcessEnvironment& toolEnvironment,
                                           QObject* parent = nullptr);
    static QString simulatedAddress(const QProcessEnvironment& toolEnvironment);

    // A single IPv4 address that can be a public one (not private, loopback, link-local,
    // multicast, ...): what --api-server-authorized-ip-ranges needs.
    static bool isPublicIpv4(const QString& text);
    // The address in an echo service's answer: plain text or {"ip": "..."}; empty when none.
    static QString parseEchoAnswer(const QByteArray& body);
    // English source text, context "cnpg::PublicIpDetector"; translated.
    static QString errorText(Error error);

signals:
    void finished(const cnpg::PublicIpDetector::Result& result);

private:
    void dnsFinished(const QStringList& addresses, const QString& error);
    void dnsTimedOut();
    void startFallback();
    void fallbackFinished();
    void overallTimedOut();
    void succeed(Source source, const QString& address);
    void failAfterBoth();
    void finish(Result result);
    void stopAll();

    QNetworkAccessManager& m_network;
    std::unique_ptr<DnsResolver> m_resolver;
    Options m_options;
    QTimer m_timer;
    QTimer m_dnsTimer;
    QPointer<QNetworkReply> m_reply;
    Result m_result;
    bool m_running = false;
    bool m_dnsDone = false;
    bool m_fallbackStarted = false;
    QString m_dnsProblem;
    bool m_dnsBadAnswer = false;
};

} // namespace cnpg

Q_DECLARE_METATYPE(cnpg::PublicIpDetector::Result)
