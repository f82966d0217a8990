#include "CostFigure.h"

#include "CostModel.h"
#include "CostText.h"

#include <QEvent>

namespace cnpg {

CostFigure::CostFigure(CostModel& model, QWidget* parent)
    : QLabel(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("costFigure"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(&m_model, &CostModel::estimateChanged, this, &CostFigure::update);
    update();
}

void CostFigure::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QLabel::changeEvent(event);
}

void CostFigure::update()
{
    const CostEstimate& e = m_model.estimate();
    const QString date =
        e.asOf.isValid() ? e.asOf.toUTC().date().toString(Qt::ISODate) : QStringLiteral("—");
    QString sourceName;
    switch (e.source) {
    case PriceTable::Source::Live:
        sourceName = tr("current prices");
        break;
    case PriceTable::Source::Cache:
        sourceName = tr("cached prices");
        break;
    case PriceTable::Source::Shipped:
        sourceName = tr("shipped prices");
        break;
    case PriceTable::Source::None:
        sourceName = tr("no prices");
        break;
    }
    setText(tr("<b>Estimated cost:</b> %1 (%2) with %3 to %4 nodes; %5 of %6.")
                .arg(CostText::monthly(e).toHtmlEscaped(), CostText::hourly(e).toHtmlEscaped())
                .arg(e.systemMin + e.userMin)
                .arg(e.systemMax + e.userMax)
                .arg(sourceName, date));
    setToolTip(CostText::source(e, m_model.status()) + QLatin1Char('\n') +
               CostText::assumptions(e.assumptions));
    setAccessibleName(tr("Estimated cost"));
}

} // namespace cnpg
