#pragma once

#include "cost/CostEstimate.h"
#include "cost/CostService.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace cnpg {

class SettingsModel;

// The wizard's current estimate: follows the settings (node sizes and counts, region, tier,
// storage), debounced so that typing does not recompute on every key, and the prices the
// CostService finds in the background. The currency follows the UI language until the user
// picks one. Nothing here blocks: the arithmetic is a few dozen multiplications, the prices
// arrive by signal.
class CostModel : public QObject
{
    Q_OBJECT
public:
    CostModel(SettingsModel& settings, CostService& service, QObject* parent = nullptr);

    const CostEstimate& estimate() const { return m_estimate; }
    const PriceStatus& status() const { return m_service.status(); }

    QString currency() const { return m_currency; }
    // The user's choice: from then on the language no longer decides.
    void setCurrency(const QString& currency);
    // After a language change: the language's currency, unless the user picked one.
    void followLanguage();

    const CostAssumptions& assumptions() const { return m_assumptions; }
    void setAssumptions(const CostAssumptions& assumptions);

    // How long a change of the settings waits for the next one (ms).
    void setDebounce(int ms) { m_debounce.setInterval(ms); }
    // Recomputes now (and asks for the prices the settings need).
    void refresh();

signals:
    void estimateChanged();

private:
    void recompute();

    SettingsModel& m_settings;
    CostService& m_service;
    QString m_currency;
    bool m_userCurrency = false;
    CostAssumptions m_assumptions;
    CostEstimate m_estimate;
    QTimer m_debounce;
    QString m_loadedKey; // region, currency and $filters of the last load
};

} // namespace cnpg
