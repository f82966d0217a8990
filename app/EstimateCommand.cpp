#include "EstimateCommand.h"

#include "CostText.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <spdlog/spdlog.h>

namespace cnpg {

namespace {
struct UsageField
{
    const char* name;
    double CostAssumptions::*field;
};

constexpr UsageField usageFields[] = {
    {"logs-gb", &CostAssumptions::logGbPerMonth},
    {"metric-samples-millions", &CostAssumptions::metricSamplesMillions},
    {"backup-gb", &CostAssumptions::backupGbPerMonth},
    {"backup-writes-thousands", &CostAssumptions::backupWritesThousands},
};
} // namespace

EstimateCommand::EstimateCommand(QTextStream& out, QTextStream& err, QObject* parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{}

EstimateCommand::~EstimateCommand() = default;

QString EstimateCommand::usageNames()
{
    QStringList names;
    for (const UsageField& f : usageFields)
        names << QString::fromLatin1(f.name);
    names << QStringLiteral("grafana-users");
    return names.join(QStringLiteral(", "));
}

bool EstimateCommand::applyUsage(const QStringList& values, CostAssumptions& a, QTextStream& err)
{
    for (const QString& v : values) {
        const QString name = v.section(QLatin1Char('='), 0, 0).trimmed();
        const QString number = v.section(QLatin1Char('='), 1).trimmed();
        bool ok = false;
        const double value = number.toDouble(&ok);
        if (!ok || value < 0 || value > 1e9 || !v.contains(QLatin1Char('='))) {
            err << tr("--usage needs NAME=NUMBER with a number of at least 0, not %1.").arg(v)
                << '\n';
            return false;
        }
        bool known = false;
        for (const UsageField& f : usageFields) {
            if (name == QLatin1String(f.name)) {
                a.*f.field = value;
                known = true;
            }
        }
        if (name == QLatin1String("grafana-users")) {
            a.grafanaUsers = int(value);
            known = true;
        }
        if (!known) {
            err << tr("Unknown --usage name: %1 (known: %2).").arg(name, usageNames()) << '\n';
            return false;
        }
    }
    return true;
}

int EstimateCommand::start(const Settings& settings, const Options& options)
{
    m_settings = settings;
    m_options = options;
    if (m_options.currency.isEmpty())
        m_options.currency = CostText::defaultCurrency();
    m_options.currency = m_options.currency.toUpper();
    if (!CostText::currencies().contains(m_options.currency)) {
        m_err << tr("Unknown currency: %1 (known: %2).")
                     .arg(options.currency, CostText::currencies().join(QStringLiteral(", ")))
              << '\n';
        return 2;
    }
    CostService::Options o;
    o.cacheDirectory = m_options.cacheDirectory;
    o.online = !m_options.offline;
    const QString override = qEnvironmentVariable("CNPG_RETAIL_PRICES_URL");
    if (!override.isEmpty())
        o.client.baseUrl = QUrl(override);
    else if (!m_options.baseUrl.isEmpty())
        o.client.baseUrl = m_options.baseUrl;
    if (o.online)
        m_network = std::make_unique<QNetworkAccessManager>();
    m_service = std::make_unique<CostService>(m_network.get(), o);
    connect(m_service.get(), &CostService::pricesReady, this,
            [this](const PriceTable& table, const PriceStatus& status) {
                if (status.fetching)
                    return; // the fetch's answer follows
                const CostEstimate e =
                    CostEstimator::estimate(m_settings, table, m_options.assumptions);
                m_out << CostText::table(e, status);
                m_out.flush();
                spdlog::info("estimate: {} {} - {} per month from {}", e.currency.toStdString(),
                             e.monthlyMin(), e.monthlyMax(), int(e.source));
                emit finished(0);
            });
    m_service->load(m_settings, m_options.currency);
    return -1;
}

} // namespace cnpg
