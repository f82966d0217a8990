#include "net/PublicIpDetector.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QDnsLookup>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <spdlog/spdlog.h>

namespace cnpg {

void QtDnsResolver::lookup(const QString& name, const QHostAddress& nameserver)
{
    abort();
    auto* l = new QDnsLookup(QDnsLookup::A, name, nameserver, this);
    m_lookup = l;
    connect(l, &QDnsLookup::finished, this, [this, l] {
        l->deleteLater();
        if (l != m_lookup)
            return; // aborted or replaced
        m_lookup.clear();
        if (l->error() != QDnsLookup::NoError) {
            emit finished({}, l->errorString());
            return;
        }
        QStringList out;
        for (const QDnsHostAddressRecord& r : l->hostAddressRecords()) {
            if (r.value().protocol() == QAbstractSocket::IPv4Protocol)
                out << r.value().toString();
        }
        emit finished(out, QString());
    });
    l->lookup();
}

void QtDnsResolver::abort()
{
    if (QDnsLookup* l = m_lookup) {
        m_lookup.clear();
        l->abort(); // its finished() is then ignored, and it deletes itself
    }
}

FixedDnsResolver::FixedDnsResolver(QStringList addresses, QObject* parent)
    : DnsResolver(parent)
    , m_addresses(std::move(addresses))
{}

void FixedDnsResolver::lookup(const QString&, const QHostAddress&)
{
    const int generation = ++m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            emit finished(m_addresses, QString());
    });
}

void FixedDnsResolver::abort()
{
    ++m_generation;
}

PublicIpDetector* PublicIpDetector::forSimulation(QNetworkAccessManager& network,
                                                  const QProcessEnvironment& toolEnvironment,
                                                  QObject* parent)
{
    Options o;
    o.fallbackUrl = QUrl();
    return new PublicIpDetector(
        network, std::make_unique<FixedDnsResolver>(QStringList{simulatedAddress(toolEnvironment)}),
        o, parent);
}

QString PublicIpDetector::simulatedAddress(const QProcessEnvironment& toolEnvironment)
{
    const QString fromSim = toolEnvironment.value(QStringLiteral("CNPG_SIM_CLIENT_IP")).trimmed();
    return isPublicIpv4(fromSim) ? fromSim : QStringLiteral("203.0.113.10");
}

PublicIpDetector::PublicIpDetector(QNetworkAccessManager& network,
                                   std::unique_ptr<DnsResolver> resolver, Options options,
                                   QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_resolver(std::move(resolver))
    , m_options(std::move(options))
{
    qRegisterMetaType<cnpg::PublicIpDetector::Result>();
    if (!m_resolver)
        m_resolver = std::make_unique<QtDnsResolver>();
    connect(m_resolver.get(), &DnsResolver::finished, this, &PublicIpDetector::dnsFinished);
    m_timer.setSingleShot(true);
    m_dnsTimer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PublicIpDetector::overallTimedOut);
    connect(&m_dnsTimer, &QTimer::timeout, this, &PublicIpDetector::dnsTimedOut);
}

PublicIpDetector::PublicIpDetector(QNetworkAccessManager& network, QObject* parent)
    : PublicIpDetector(network, nullptr, Options(), parent)
{}

PublicIpDetector::~PublicIpDetector()
{
    stopAll();
}

bool PublicIpDetector::isPublicIpv4(const QString& text)
{
    // Only the dotted quad: QHostAddress would also take "1.2.3" or "0x7f.1" (inet_aton).
    static const QRegularExpression quad(
        QStringLiteral("^(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}"
                       "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$"));
    QHostAddress a;
    if (!quad.match(text.trimmed()).hasMatch() || !a.setAddress(text.trimmed()) ||
        a.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    const quint32 v = a.toIPv4Address();
    struct Range
    {
        quint32 net;
        int bits;
    };
    // RFC 6890 special-purpose blocks that can never be the address Azure sees.
    static const Range special[] = {
        {0x00000000, 8},  {0x0A000000, 8},  {0x64400000, 10}, {0x7F000000, 8}, {0xA9FE0000, 16},
        {0xAC100000, 12}, {0xC0A80000, 16}, {0xE0000000, 4},  {0xF0000000, 4},
    };
    for (const Range& r : special) {
        const quint32 mask = r.bits == 0 ? 0 : ~quint32(0) << (32 - r.bits);
        if ((v & mask) == r.net)
            return false;
    }
    return true;
}

QString PublicIpDetector::parseEchoAnswer(const QByteArray& body)
{
    const QByteArray t = body.trimmed();
    QString candidate;
    if (t.startsWith('{'))
        candidate = QJsonDocument::fromJson(t).object().value(QStringLiteral("ip")).toString();
    else
        candidate = QString::fromLatin1(t);
    return isPublicIpv4(candidate) ? QHostAddress(candidate).toString() : QString();
}

QString PublicIpDetector::errorText(Error error)
{
    switch (error) {
    case Error::None:
        return QString();
    case Error::Offline:
        return QCoreApplication::translate("cnpg::PublicIpDetector",
                                           "Your public IP address could not be found: this "
                                           "computer seems to be offline. Enter it yourself.");
    case Error::Timeout:
        return QCoreApplication::translate("cnpg::PublicIpDetector",
                                           "Your public IP address could not be found: no answer "
                                           "in time. Enter it yourself.");
    case Error::BadAnswer:
        return QCoreApplication::translate("cnpg::PublicIpDetector",
                                           "The answer did not contain a public IPv4 address. "
                                           "Enter your address yourself.");
    }
    return QString();
}

void PublicIpDetector::start()
{
    stopAll();
    m_result = Result();
    m_running = true;
    m_dnsDone = false;
    m_fallbackStarted = false;
    m_dnsProblem.clear();
    m_dnsBadAnswer = false;
    m_timer.start(m_options.timeoutMs);
    m_dnsTimer.start(std::min(m_options.dnsTimeoutMs, m_options.timeoutMs));
    m_resolver->lookup(m_options.dnsName, m_options.nameserver);
}

void PublicIpDetector::cancel()
{
    stopAll();
    m_running = false;
}

void PublicIpDetector::dnsFinished(const QStringList& addresses, const QString& error)
{
    if (!m_running || m_dnsDone)
        return;
    m_dnsDone = true;
    m_dnsTimer.stop();
    if (error.isEmpty()) {
        for (const QString& a : addresses) {
            if (isPublicIpv4(a)) {
                succeed(Source::Dns, QHostAddress(a).toString());
                return;
            }
        }
        m_dnsBadAnswer = true;
        m_dnsProblem = QStringLiteral("DNS answered %1").arg(addresses.join(QLatin1Char(',')));
    } else {
        m_dnsProblem = QStringLiteral("DNS: ") + error;
    }
    startFallback();
}

void PublicIpDetector::dnsTimedOut()
{
    if (!m_running || m_dnsDone)
        return;
    m_dnsDone = true;
    m_resolver->abort();
    m_dnsProblem = QStringLiteral("DNS: no answer in %1 ms").arg(m_options.dnsTimeoutMs);
    startFallback();
}

void PublicIpDetector::startFallback()
{
    if (m_fallbackStarted)
        return;
    m_fallbackStarted = true;
    if (m_options.fallbackUrl.isEmpty()) {
        failAfterBoth();
        return;
    }
    QNetworkRequest request(m_options.fallbackUrl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(std::max(1, m_timer.remainingTime()));
    m_reply = m_network.get(request);
    connect(m_reply, &QNetworkReply::finished, this, &PublicIpDetector::fallbackFinished);
}

void PublicIpDetector::fallbackFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || !m_running)
        return;
    m_reply.clear();
    reply->deleteLater();
    if (reply->error() == QNetworkReply::NoError) {
        const QString address = parseEchoAnswer(reply->readAll());
        if (!address.isEmpty()) {
            succeed(Source::Https, address);
            return;
        }
        m_result.error = Error::BadAnswer;
        m_result.detail = m_dnsProblem + QStringLiteral("; HTTPS: no public IPv4 address");
    } else {
        const auto e = reply->error();
        // A transfer timeout shows as a cancelled operation.
        m_result.error =
            e == QNetworkReply::OperationCanceledError || e == QNetworkReply::TimeoutError
                ? Error::Timeout
                : Error::Offline;
        m_result.detail = m_dnsProblem + QStringLiteral("; HTTPS: ") + reply->errorString();
    }
    failAfterBoth();
}

void PublicIpDetector::failAfterBoth()
{
    Result r;
    r.detail = m_result.detail.isEmpty() ? m_dnsProblem : m_result.detail;
    if (m_dnsBadAnswer || m_result.error == Error::BadAnswer)
        r.error = Error::BadAnswer; // something answered, so the machine is online
    else if (m_result.error == Error::Timeout)
        r.error = Error::Timeout;
    else
        r.error = Error::Offline;
    finish(r);
}

void PublicIpDetector::overallTimedOut()
{
    if (!m_running)
        return;
    Result r;
    r.error = m_dnsBadAnswer ? Error::BadAnswer : Error::Timeout;
    r.detail = QStringLiteral("no answer in %1 ms").arg(m_options.timeoutMs);
    if (!m_dnsProblem.isEmpty())
        r.detail = m_dnsProblem + QStringLiteral("; ") + r.detail;
    finish(r);
}

void PublicIpDetector::succeed(Source source, const QString& address)
{
    Result r;
    r.source = source;
    r.address = address;
    finish(r);
}

void PublicIpDetector::finish(Result result)
{
    stopAll();
    m_running = false;
    m_result = std::move(result);
    if (m_result.ok())
        spdlog::info("public IP: {} (from {})", m_result.address,
                     m_result.source == Source::Dns ? "DNS" : "HTTPS");
    else
        spdlog::warn("public IP not found: {}", m_result.detail);
    emit finished(m_result);
}

void PublicIpDetector::stopAll()
{
    m_timer.stop();
    m_dnsTimer.stop();
    if (m_resolver)
        m_resolver->abort();
    if (QNetworkReply* r = m_reply) {
        m_reply.clear();
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
}

} // namespace cnpg
