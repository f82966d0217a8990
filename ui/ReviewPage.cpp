#include "ReviewPage.h"

#include "CommandPreview.h"
#include "FieldText.h"
#include "ReadinessPanel.h"
#include "SettingErrorText.h"
#include "SettingsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cnpg {

ReviewPage::ReviewPage(SettingsModel& model, QWidget* parent)
    : WizardPage(PageId::Review, parent)
    , m_model(model)
    , m_summaryLabel(new QLabel(this))
    , m_summary(new QTreeWidget(this))
    , m_scriptLabel(new QLabel(this))
    , m_preview(new CommandPreview(this))
    , m_duration(new QLabel(this))
    , m_errors(new QLabel(this))
    , m_exportScript(new QPushButton(this))
    , m_exportSettings(new QPushButton(this))
    , m_readiness(new ReadinessPanel(this))
{
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setColumnCount(3);
    m_summary->setRootIsDecorated(false);
    m_summary->setAlternatingRowColors(true);
    // The guide's variable first: the script and the guide both use it.
    m_summary->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_summary->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_summaryLabel->setBuddy(m_summary);
    m_preview->setObjectName(QStringLiteral("scriptPreview"));
    m_scriptLabel->setBuddy(m_preview);
    m_exportScript->setObjectName(QStringLiteral("exportScript"));
    m_exportSettings->setObjectName(QStringLiteral("exportSettings"));
    m_duration->setObjectName(QStringLiteral("duration"));
    m_duration->setWordWrap(true);
    m_errors->setObjectName(QStringLiteral("errors"));
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_errors->setTextFormat(Qt::PlainText);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 8, 0);
    leftLayout->addWidget(m_summaryLabel);
    leftLayout->addWidget(m_summary, 1);
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    rightLayout->addWidget(m_scriptLabel);
    rightLayout->addWidget(m_preview, 1);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_duration, 1);
    buttons->addWidget(m_exportSettings);
    buttons->addWidget(m_exportScript);

    // The findings above the settings and the script: what stops Deploy comes first.
    m_readiness->setMaximumHeight(220);
    m_readiness->setVisible(false);
    content()->addWidget(m_errors);
    content()->addWidget(m_readiness);
    content()->addWidget(splitter, 1);
    content()->addLayout(buttons);

    setTabOrder(m_preview, m_exportSettings);
    setTabOrder(m_exportSettings, m_exportScript);
    connect(m_exportScript, &QPushButton::clicked, this, &ReviewPage::exportScriptRequested);
    connect(m_exportSettings, &QPushButton::clicked, this, &ReviewPage::exportSettingsRequested);
    connect(&m_model, &SettingsModel::scriptChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    finishSetup();
}

QString ReviewPage::title() const
{
    return tr("Review");
}

QString ReviewPage::explanation() const
{
    return tr("Check every value before anything is created. The script on the right runs "
              "exactly the commands of the deployment; you can export it and run it yourself, "
              "or deploy from the next page.");
}

bool ReviewPage::isComplete() const
{
    if (!m_model.settings().isValid())
        return false;
    if (!m_readinessRequired)
        return true;
    return m_readiness->state() != ReadinessPanel::State::Checking && !m_readiness->hasBlocking();
}

void ReviewPage::setReadinessRequired(bool required)
{
    m_readinessRequired = required;
    m_readiness->setVisible(required);
    emit completeChanged();
}

void ReviewPage::enterPage()
{
    refresh();
}

QString ReviewPage::durationText(int seconds)
{
    const int minutes = (seconds + 59) / 60;
    return tr("about %n minute(s)", nullptr, minutes);
}

void ReviewPage::refresh()
{
    const Settings& s = m_model.settings();
    m_summary->clear();
    for (const FieldSpec& f : SettingsSchema::fields()) {
        auto* item =
            new QTreeWidgetItem(m_summary, {f.key, s.value(f.key), FieldText::name(f.key)});
        item->setToolTip(0, FieldText::name(f.key));
        item->setToolTip(2, FieldText::hint(f.key));
        if (!s.validateField(f.key).isEmpty())
            item->setForeground(1, QColor(0xc6, 0x28, 0x28));
    }
    m_preview->setScript(m_model.script());
    const Plan& plan = m_model.plan();
    m_duration->setText(
        tr("Estimated duration on Azure: %1 (the steps run in parallel where "
           "the guide allows; one after another it would be %2).")
            .arg(durationText(plan.criticalPathSeconds()), durationText(plan.sequentialSeconds())));
    QStringList errors;
    for (const SettingError& e : s.validate())
        errors << SettingErrorText::withField(e);
    m_errors->setText(errors.join(QLatin1Char('\n')));
    m_errors->setVisible(!errors.isEmpty());
    m_exportScript->setEnabled(errors.isEmpty());
    emit completeChanged();
}

void ReviewPage::retranslate()
{
    WizardPage::retranslate();
    m_summaryLabel->setText(tr("&Settings:"));
    m_summary->setHeaderLabels({tr("Variable"), tr("Value"), tr("Setting")});
    m_summary->setAccessibleName(tr("Settings"));
    m_scriptLabel->setText(tr("The &whole script:"));
    m_preview->setAccessibleName(tr("Script"));
    m_exportScript->setText(tr("Export s&cript…"));
    m_exportSettings->setText(tr("Export se&ttings…"));
    refresh();
}

} // namespace cnpg
