#pragma once

#include "cost/CostEstimate.h"
#include "cost/CostService.h"
#include "settings/Settings.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;
class QTextStream;

namespace cnpg {

// `cnpg-aks-wizard --estimate --settings F [--currency X] [--usage NAME=VALUE] [--offline]`:
// prints what the deployment will cost per hour and per month, at the node pools' minimum and
// maximum sizes, with every line's meter, unit price and quantity, and where the prices come
// from. Exit code 0; 2 for bad input.
class EstimateCommand : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString currency;     // empty: the UI language's
        bool offline = false; // never ask the Retail Prices API
        QString cacheDirectory;
        QUrl baseUrl; // empty: the API's; CNPG_RETAIL_PRICES_URL overrides it
        CostAssumptions assumptions;
    };

    EstimateCommand(QTextStream& out, QTextStream& err, QObject* parent = nullptr);
    ~EstimateCommand() override;

    // --usage values ("backup-gb=250") over `assumptions`; false with a message on `err`.
    static bool applyUsage(const QStringList& values, CostAssumptions& assumptions,
                           QTextStream& err);
    static QString usageNames();

    // Returns -1: finished() follows from the event loop; or an exit code for bad input.
    int start(const Settings& settings, const Options& options);

signals:
    void finished(int exitCode);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    Settings m_settings;
    Options m_options;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CostService> m_service;
};

} // namespace cnpg
