#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTreeWidget;

namespace cnpg {

class CostModel;

// The estimate in full (the Review page): the totals per month and per hour at the node pools'
// minimum and maximum sizes, every line with its meter, unit price and quantity, where the
// prices come from and their date, the currency and the usage assumed.
class CostPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CostPanel(CostModel& model, QWidget* parent = nullptr);

    QTreeWidget* lines() const { return m_lines; }
    QComboBox* currencyBox() const { return m_currency; }
    QLabel* totalLabel() const { return m_total; }
    QLabel* sourceLabel() const { return m_source; }
    QDoubleSpinBox* backupGbBox() const { return m_backupGb; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void update();
    void retranslate();
    void assumptionsEdited();

    CostModel& m_model;
    QLabel* m_total;
    QLabel* m_source;
    QLabel* m_currencyLabel;
    QComboBox* m_currency;
    QTreeWidget* m_lines;
    QLabel* m_logsLabel;
    QDoubleSpinBox* m_logsGb;
    QLabel* m_backupLabel;
    QDoubleSpinBox* m_backupGb;
    QLabel* m_assumptions;
};

} // namespace cnpg
