#include "CostPanel.h"

#include "CostModel.h"
#include "CostText.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cnpg {

CostPanel::CostPanel(CostModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_total(new QLabel(this))
    , m_source(new QLabel(this))
    , m_currencyLabel(new QLabel(this))
    , m_currency(new QComboBox(this))
    , m_lines(new QTreeWidget(this))
    , m_logsLabel(new QLabel(this))
    , m_logsGb(new QDoubleSpinBox(this))
    , m_backupLabel(new QLabel(this))
    , m_backupGb(new QDoubleSpinBox(this))
    , m_assumptions(new QLabel(this))
{
    setObjectName(QStringLiteral("costPanel"));
    m_total->setObjectName(QStringLiteral("costTotal"));
    m_total->setWordWrap(true);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setObjectName(QStringLiteral("costSource"));
    m_source->setWordWrap(true);
    m_currency->setObjectName(QStringLiteral("costCurrency"));
    m_currency->addItems(CostText::currencies());
    m_currencyLabel->setBuddy(m_currency);
    m_lines->setObjectName(QStringLiteral("costLines"));
    m_lines->setColumnCount(5);
    m_lines->setRootIsDecorated(false);
    m_lines->setAlternatingRowColors(true);
    // The amounts right after the item; the meter last (its tooltip has it whole).
    m_lines->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->header()->setSectionResizeMode(4, QHeaderView::Interactive);
    m_lines->setTextElideMode(Qt::ElideMiddle);
    for (QDoubleSpinBox* box : {m_logsGb, m_backupGb}) {
        box->setRange(0, 1e6);
        box->setDecimals(0);
        box->setSuffix(QStringLiteral(" GB"));
    }
    m_logsGb->setObjectName(QStringLiteral("costLogsGb"));
    m_backupGb->setObjectName(QStringLiteral("costBackupGb"));
    m_logsLabel->setBuddy(m_logsGb);
    m_backupLabel->setBuddy(m_backupGb);
    m_assumptions->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_total, 1);
    top->addWidget(m_currencyLabel);
    top->addWidget(m_currency);
    auto* usage = new QHBoxLayout;
    usage->addWidget(m_logsLabel);
    usage->addWidget(m_logsGb);
    usage->addSpacing(12);
    usage->addWidget(m_backupLabel);
    usage->addWidget(m_backupGb);
    usage->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_source);
    layout->addWidget(m_lines, 1);
    layout->addLayout(usage);
    layout->addWidget(m_assumptions);

    connect(m_currency, &QComboBox::currentTextChanged, this, [this](const QString& c) {
        if (c != m_model.currency())
            m_model.setCurrency(c);
    });
    connect(m_logsGb, &QDoubleSpinBox::valueChanged, this, &CostPanel::assumptionsEdited);
    connect(m_backupGb, &QDoubleSpinBox::valueChanged, this, &CostPanel::assumptionsEdited);
    connect(&m_model, &CostModel::estimateChanged, this, &CostPanel::update);
    retranslate();
}

void CostPanel::assumptionsEdited()
{
    CostAssumptions a = m_model.assumptions();
    a.logGbPerMonth = m_logsGb->value();
    a.backupGbPerMonth = m_backupGb->value();
    m_model.setAssumptions(a);
}

void CostPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CostPanel::retranslate()
{
    m_currencyLabel->setText(tr("C&urrency:"));
    m_lines->setHeaderLabels(
        {tr("Item"), tr("Per month (min–max)"), tr("Quantity"), tr("Unit price"), tr("Meter")});
    m_lines->setAccessibleName(tr("Estimated cost per line"));
    m_logsLabel->setText(tr("Assumed &logs per month:"));
    m_backupLabel->setText(tr("Assumed &backups stored:"));
    update();
}

void CostPanel::update()
{
    const CostEstimate& e = m_model.estimate();
    const QString c = e.currency.isEmpty() ? m_model.currency() : e.currency;
    {
        const QSignalBlocker b1(m_currency), b2(m_logsGb), b3(m_backupGb);
        m_currency->setCurrentText(m_model.currency());
        m_logsGb->setValue(m_model.assumptions().logGbPerMonth);
        m_backupGb->setValue(m_model.assumptions().backupGbPerMonth);
    }
    m_total->setText(
        tr("<b>%1</b> (%2), from %3 to %4 nodes")
            .arg(CostText::monthly(e).toHtmlEscaped(), CostText::hourly(e).toHtmlEscaped())
            .arg(e.systemMin + e.userMin)
            .arg(e.systemMax + e.userMax));
    m_source->setText(CostText::source(e, m_model.status()));
    // Prices that may be old are said so in colour, not only in words.
    const bool old = e.source != PriceTable::Source::Live && e.source != PriceTable::Source::Cache;
    m_source->setStyleSheet(old ? QStringLiteral("color: #b45309; font-weight: bold;") : QString());
    m_lines->clear();
    for (const CostLine& l : e.lines) {
        // The name with what it is about when that is short (a size, a disk, a tier); the
        // longer explanations are in the tooltip.
        QString name = CostText::itemName(l.item);
        const QString subj = CostText::subject(l);
        QString full = name;
        if (!subj.isEmpty())
            full += QStringLiteral(" (") + subj + QLatin1Char(')');
        const bool shortSubject = l.item == CostItem::SystemNodes ||
                                  l.item == CostItem::UserNodes ||
                                  l.item == CostItem::SystemOsDisks ||
                                  l.item == CostItem::UserOsDisks || l.item == CostItem::AksTier;
        if (shortSubject)
            name = full;
        const bool known = l.priced || l.free;
        const QString unitPrice = l.free     ? CostText::money(0, c, true)
                                  : l.priced ? CostText::money(l.unitPrice, c, true) +
                                                   QStringLiteral(" / ") + l.unitOfMeasure
                                             : tr("no price");
        auto* item = new QTreeWidgetItem(
            m_lines,
            {name, known ? CostText::range(l.monthlyMin, l.monthlyMax, c) : QStringLiteral("—"),
             CostText::quantity(l), unitPrice, CostText::meter(l)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, l.usage ? full + QLatin1Char('\n') +
                                          tr("Depends on usage: priced at the assumption below.")
                                    : full);
        item->setToolTip(4, CostText::meter(l));
        if (!known)
            item->setForeground(3, QColor(0xc6, 0x28, 0x28));
    }
    m_assumptions->setText(CostText::assumptions(e.assumptions) + QLatin1Char(' ') +
                           CostText::notIncluded());
}

} // namespace cnpg
