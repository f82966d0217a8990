#pragma once

#include "cost/CostEstimate.h"
#include "cost/CostService.h"

#include <QString>
#include <QStringList>

namespace cnpg {

// Translated text for the cost estimate: the lines' names, amounts in their currency, where
// the prices come from and how old they are, and the whole estimate as a table (the command
// line's --estimate and the run report). QtCore only.
class CostText
{
public:
    // The currency of the UI language: KRW in Korean, USD in English.
    static QString defaultCurrency();
    // Currencies the Retail Prices API answers in.
    static QStringList currencies();

    static QString itemName(CostItem item);
    // "Standard_D4s_v3", "P10 (128 GiB)", "Ephemeral (in the VM's price)", "standard".
    static QString subject(const CostLine& line);
    static QString meter(const CostLine& line);
    static QString quantity(const CostLine& line);
    // "$1,234.56", "₩1,728,000"; unit prices with more decimals.
    static QString money(double amount, const QString& currency, bool unitPrice = false);
    static QString range(double low, double high, const QString& currency);
    // "$880–$1,450 per month"
    static QString monthly(const CostEstimate& e);
    static QString hourly(const CostEstimate& e);
    // Where the prices come from, their date, and why not fresher.
    static QString source(const CostEstimate& e, const PriceStatus& status);
    static QString assumptions(const CostAssumptions& a);
    // Why the API's prices could not be had.
    static QString fetchError(PriceClient::Error error);
    // The day of a date-time (UTC), ISO 8601.
    static QString date(const QDateTime& when);
    static QString notIncluded();
    // The parts of the estimate's table: what it assumes (region, currency, node counts), the
    // columns, a line's cells, the totals. table() joins them as Markdown, the run report as
    // HTML.
    static QString tableIntro(const CostEstimate& e);
    static QStringList tableHeader();
    static QStringList tableRow(const CostLine& line, const QString& currency);
    static QString total(const CostEstimate& e);
    // The estimate as a Markdown table with its totals, source and assumptions (--estimate).
    static QString table(const CostEstimate& e, const PriceStatus& status);
};

} // namespace cnpg
