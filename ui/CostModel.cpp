#include "CostModel.h"

#include "CostText.h"
#include "SettingsModel.h"

namespace cnpg {

namespace {
bool affectsCost(const QString& key)
{
    return key.isEmpty() || key == keys::Region || key == keys::SystemVmSku ||
           key == keys::UserVmSku || key == keys::SystemMinCount || key == keys::SystemMaxCount ||
           key == keys::UserMinCount || key == keys::UserMaxCount || key == keys::Tier ||
           key == keys::StorageSku;
}
} // namespace

CostModel::CostModel(SettingsModel& settings, CostService& service, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_service(service)
    , m_currency(CostText::defaultCurrency())
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &CostModel::refresh);
    connect(&m_settings, &SettingsModel::changed, this, [this](const QString& key) {
        if (affectsCost(key))
            m_debounce.start();
    });
    connect(&m_service, &CostService::pricesReady, this, &CostModel::recompute);
    refresh();
}

void CostModel::setCurrency(const QString& currency)
{
    m_userCurrency = true;
    if (currency == m_currency)
        return;
    m_currency = currency;
    refresh();
}

void CostModel::followLanguage()
{
    if (m_userCurrency)
        return;
    const QString c = CostText::defaultCurrency();
    if (c != m_currency) {
        m_currency = c;
        refresh();
    } else {
        emit estimateChanged(); // the texts follow the language
    }
}

void CostModel::setAssumptions(const CostAssumptions& assumptions)
{
    if (assumptions == m_assumptions)
        return;
    m_assumptions = assumptions;
    recompute();
}

void CostModel::refresh()
{
    m_debounce.stop();
    const Settings& s = m_settings.settings();
    const QString key = s.value(keys::Region) + QLatin1Char('|') + m_currency + QLatin1Char('|') +
                        CostEstimator::queries(s).join(QLatin1Char('|'));
    if (key != m_loadedKey) {
        m_loadedKey = key;
        m_service.load(s, m_currency); // pricesReady() recomputes
    }
    recompute();
}

void CostModel::recompute()
{
    if (m_service.table().currency() != m_currency && !m_service.table().isEmpty())
        return; // the table of the new currency is on its way
    m_estimate = CostEstimator::estimate(m_settings.settings(), m_service.table(), m_assumptions);
    emit estimateChanged();
}

} // namespace cnpg
