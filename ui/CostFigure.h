#pragma once

#include <QLabel>

namespace cnpg {

class CostModel;

// One line for a page's foot: what the deployment costs a month at the node pools' minimum and
// maximum sizes, with the prices' date. Follows the model.
class CostFigure : public QLabel
{
    Q_OBJECT
public:
    explicit CostFigure(CostModel& model, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void update();

    CostModel& m_model;
};

} // namespace cnpg
