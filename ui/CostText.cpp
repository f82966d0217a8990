#include "CostText.h"

#include "cost/PriceCache.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace cnpg {

namespace {

QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("cnpg::CostText", text, comment, n);
}

QString number(double value, int decimals)
{
    QLocale locale(QLocale::English);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale.toString(value, 'f', decimals);
}

QString trimmedNumber(double value, int maxDecimals)
{
    QString s = number(value, maxDecimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s;
}

QString symbol(const QString& currency)
{
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$");
    if (currency == QLatin1String("KRW"))
        return QStringLiteral("₩");
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€");
    if (currency == QLatin1String("JPY"))
        return QStringLiteral("¥");
    if (currency == QLatin1String("GBP"))
        return QStringLiteral("£");
    return currency + QLatin1Char(' ');
}

bool wholeUnits(const QString& currency)
{
    return currency == QLatin1String("KRW") || currency == QLatin1String("JPY");
}

} // namespace

QString CostText::defaultCurrency()
{
    // The translation decides: the Korean one says KRW.
    return tr("USD", "The currency of cost estimates in this language (an ISO 4217 code).");
}

QStringList CostText::currencies()
{
    return {QStringLiteral("USD"), QStringLiteral("KRW"), QStringLiteral("EUR"),
            QStringLiteral("JPY"), QStringLiteral("GBP"), QStringLiteral("AUD"),
            QStringLiteral("CAD"), QStringLiteral("CHF"), QStringLiteral("INR")};
}

QString CostText::date(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().date().toString(Qt::ISODate) : tr("unknown date");
}

QString CostText::fetchError(PriceClient::Error e)
{
    using E = PriceClient::Error;
    switch (e) {
    case E::None:
        return {};
    case E::Offline:
        return tr("no connection to prices.azure.com");
    case E::Timeout:
        return tr("prices.azure.com did not answer in time");
    case E::Throttled:
        return tr("prices.azure.com asked to wait (too many requests)");
    case E::ServerError:
        return tr("prices.azure.com had a server error");
    case E::HttpError:
        return tr("prices.azure.com refused the request");
    case E::MalformedPage:
        return tr("prices.azure.com sent a page that is not a price list");
    case E::TooManyPages:
        return tr("prices.azure.com sent too many pages");
    case E::ForeignLink:
        return tr("prices.azure.com linked to another site");
    }
    return {};
}

QString CostText::itemName(CostItem item)
{
    switch (item) {
    case CostItem::SystemNodes:
        return tr("System node pool VMs");
    case CostItem::UserNodes:
        return tr("User node pool VMs");
    case CostItem::SystemOsDisks:
        return tr("System node OS disks");
    case CostItem::UserOsDisks:
        return tr("User node OS disks");
    case CostItem::AksTier:
        return tr("AKS pricing tier");
    case CostItem::PublicIp:
        return tr("Standard static public IPs");
    case CostItem::Grafana:
        return tr("Azure Managed Grafana Standard");
    case CostItem::GrafanaZoneRedundancy:
        return tr("Grafana zone redundancy");
    case CostItem::GrafanaUsers:
        return tr("Grafana active users");
    case CostItem::LogIngestion:
        return tr("Log Analytics ingestion");
    case CostItem::MetricIngestion:
        return tr("Managed Prometheus metrics ingestion");
    case CostItem::BackupStorage:
        return tr("Backup blob storage");
    case CostItem::BackupWrites:
        return tr("Backup blob write operations");
    }
    return {};
}

QString CostText::subject(const CostLine& l)
{
    switch (l.item) {
    case CostItem::SystemOsDisks:
    case CostItem::UserOsDisks:
        if (l.free)
            return tr("Ephemeral (included in the VM price)");
        return l.assumed ? tr("%1 managed (assumed for an unknown size)").arg(l.subject)
                         : tr("%1 managed").arg(l.subject);
    case CostItem::AksTier:
        return l.free ? tr("free (no fee)") : l.subject;
    case CostItem::PublicIp:
        return tr("the guide's address and AKS's outbound address");
    case CostItem::Grafana:
        return tr("X1: 2 standard units");
    default:
        return l.subject;
    }
}

QString CostText::meter(const CostLine& l)
{
    if (l.free && l.meter.meterName.isEmpty())
        return QStringLiteral("—");
    if (l.free)
        return QStringLiteral("—");
    const QString name = l.meter.meterName.isEmpty() ? l.meter.serviceName : l.meter.meterName;
    const QString product =
        l.meter.productName.isEmpty() ? l.meter.serviceName : l.meter.productName;
    return product == name ? name : product + QStringLiteral(" / ") + name;
}

QString CostText::quantity(const CostLine& l)
{
    if (l.free)
        return QStringLiteral("—");
    // The unit is the unit price's: "2–3" of "$0.096 / 1 Hour" is two to three VMs each hour.
    const QString q = l.quantityMin == l.quantityMax
                          ? trimmedNumber(l.quantityMin, 2)
                          : trimmedNumber(l.quantityMin, 2) + QStringLiteral("–") +
                                trimmedNumber(l.quantityMax, 2);
    return l.usage ? tr("%1 a month (assumed)").arg(q) : q;
}

QString CostText::money(double amount, const QString& currency, bool unitPrice)
{
    const bool whole = wholeUnits(currency);
    QString digits;
    if (unitPrice) {
        digits = trimmedNumber(amount, whole ? 2 : 4);
        // Cents stay cents: $0.10, not $0.1.
        const int dot = int(digits.indexOf(QLatin1Char('.')));
        if (!whole && dot < 0)
            digits += QStringLiteral(".00");
        else if (!whole && digits.size() - dot == 2)
            digits += QLatin1Char('0');
    } else
        digits = number(amount, whole ? 0 : 2);
    return symbol(currency) + digits;
}

QString CostText::range(double low, double high, const QString& currency)
{
    if (std::abs(high - low) < 0.005)
        return money(low, currency);
    return money(low, currency) + QStringLiteral("–") + money(high, currency);
}

QString CostText::monthly(const CostEstimate& e)
{
    return tr("%1 per month").arg(range(e.monthlyMin(), e.monthlyMax(), e.currency));
}

QString CostText::hourly(const CostEstimate& e)
{
    return tr("%1 per hour").arg(range(e.hourlyMin(), e.hourlyMax(), e.currency));
}

QString CostText::source(const CostEstimate& e, const PriceStatus& st)
{
    QString text;
    const QString when = date(e.asOf);
    switch (e.source) {
    case PriceTable::Source::Live:
        text = tr("Prices from the Azure Retail Prices API, fetched %1.").arg(when);
        break;
    case PriceTable::Source::Cache:
        text = tr("Prices from the Azure Retail Prices API as of %1 (cached).").arg(when);
        break;
    case PriceTable::Source::Shipped:
        text = tr("Prices from the table shipped with this version, as of %1; they may have "
                  "changed since.")
                   .arg(when);
        break;
    case PriceTable::Source::None:
        text = tr("No prices available.");
        break;
    }
    if (!e.priceRegion.isEmpty() && e.priceRegion != e.region.toLower())
        text += QLatin1Char(' ') + tr("The table has no prices for %1; those of %2 stand in.")
                                       .arg(e.region, e.priceRegion);
    if (st.fetchError != PriceClient::Error::None)
        text += QLatin1Char(' ') +
                tr("Fresh prices could not be fetched: %1.").arg(fetchError(st.fetchError));
    else if (st.offline && e.source != PriceTable::Source::Cache)
        text += QLatin1Char(' ') + tr("The price list was not asked (offline).");
    else if (st.fetching)
        text += QLatin1Char(' ') + tr("Fetching current prices…");
    if (e.unpriced() > 0)
        text += QLatin1Char(' ') +
                tr("%n line(s) without a price are left out of the totals.", nullptr, e.unpriced());
    return text;
}

QString CostText::assumptions(const CostAssumptions& a)
{
    return tr("Usage assumed per month: %1 GB of logs, %2 million metric samples, %3 GB of "
              "backups with %4 thousand writes, %n Grafana user(s).",
              nullptr, a.grafanaUsers)
        .arg(trimmedNumber(a.logGbPerMonth, 1), trimmedNumber(a.metricSamplesMillions, 1),
             trimmedNumber(a.backupGbPerMonth, 1), trimmedNumber(a.backupWritesThousands, 1));
}

QString CostText::notIncluded()
{
    return tr("Not included: data transfer, the load balancer's rules, PostgreSQL's data disks, "
              "taxes, and discounts of your agreement.");
}

QString CostText::tableIntro(const CostEstimate& e)
{
    return tr("Estimated cost in %1 (%2), %3 hours a month; node pools at their minimum "
              "(system %4, user %5) and maximum (system %6, user %7) node counts.")
        .arg(e.region, e.currency)
        .arg(int(CostEstimate::HoursPerMonth))
        .arg(e.systemMin)
        .arg(e.userMin)
        .arg(e.systemMax)
        .arg(e.userMax);
}

QStringList CostText::tableHeader()
{
    return {tr("Item"),
            tr("Meter"),
            tr("Unit price"),
            tr("Quantity"),
            tr("Per hour (min–max)"),
            tr("Per month (min–max)")};
}

QStringList CostText::tableRow(const CostLine& l, const QString& c)
{
    QString name = itemName(l.item);
    const QString subj = subject(l);
    if (!subj.isEmpty())
        name += QStringLiteral(" (") + subj + QLatin1Char(')');
    if (l.usage)
        name += QStringLiteral(" — ") + tr("depends on usage");
    const bool known = l.priced || l.free;
    const QString unitPrice =
        l.free     ? money(0, c, true)
        : l.priced ? money(l.unitPrice, c, true) + QStringLiteral(" / ") + l.unitOfMeasure
                   : tr("no price");
    return {name,
            meter(l),
            unitPrice,
            quantity(l),
            known && !l.usage ? range(l.hourlyMin, l.hourlyMax, c) : QStringLiteral("—"),
            known ? range(l.monthlyMin, l.monthlyMax, c) : QStringLiteral("—")};
}

QString CostText::total(const CostEstimate& e)
{
    return tr("Total: %1 (%2 for the resources billed by the hour).").arg(monthly(e), hourly(e));
}

QString CostText::table(const CostEstimate& e, const PriceStatus& st)
{
    QString out = tableIntro(e) + QStringLiteral("\n\n");
    out += QStringLiteral("| ") + tableHeader().join(QStringLiteral(" | ")) +
           QStringLiteral(" |\n|---|---|---:|---|---:|---:|\n");
    for (const CostLine& l : e.lines)
        out += QStringLiteral("| ") + tableRow(l, e.currency).join(QStringLiteral(" | ")) +
               QStringLiteral(" |\n");
    out += QLatin1Char('\n') + total(e) + QLatin1Char('\n');
    out += assumptions(e.assumptions) + QLatin1Char('\n');
    out += source(e, st) + QLatin1Char('\n');
    out += notIncluded() + QLatin1Char('\n');
    return out;
}

} // namespace cnpg
