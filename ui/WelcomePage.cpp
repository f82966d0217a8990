#include "WelcomePage.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cnpg {

WelcomePage::WelcomePage(QWidget* parent)
    : WizardPage(PageId::Welcome, parent)
    , m_modeBox(new QGroupBox(this))
    , m_simulate(new QRadioButton(m_modeBox))
    , m_real(new QRadioButton(m_modeBox))
    , m_modeNote(new QLabel(m_modeBox))
    , m_toolBox(new QGroupBox(this))
    , m_toolList(new QTreeWidget(m_toolBox))
    , m_accountBox(new QGroupBox(this))
    , m_accountLabel(new QLabel(m_accountBox))
    , m_subscriptionLabel(new QLabel(m_accountBox))
    , m_preflightArea(new QVBoxLayout)
    , m_resumeBox(new QGroupBox(this))
    , m_resumeText(new QLabel(m_resumeBox))
    , m_resume(new QPushButton(m_resumeBox))
{
    // An interrupted deployment comes first: continuing it is what the user most likely wants.
    m_resumeBox->setObjectName(QStringLiteral("resumeBox"));
    m_resume->setObjectName(QStringLiteral("resumeDeployment"));
    m_resumeText->setWordWrap(true);
    auto* resumeLayout = new QHBoxLayout(m_resumeBox);
    resumeLayout->addWidget(m_resumeText, 1);
    resumeLayout->addWidget(m_resume);
    m_resumeBox->setVisible(false);
    connect(m_resume, &QPushButton::clicked, this, &WelcomePage::resumeRequested);
    content()->addWidget(m_resumeBox);

    m_simulate->setObjectName(QStringLiteral("modeSimulate"));
    m_real->setObjectName(QStringLiteral("modeReal"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_simulate);
    group->addButton(m_real);
    m_simulate->setChecked(true);
    m_modeNote->setWordWrap(true);
    auto* modeLayout = new QVBoxLayout(m_modeBox);
    modeLayout->addWidget(m_simulate);
    modeLayout->addWidget(m_real);
    modeLayout->addWidget(m_modeNote);
    connect(m_simulate, &QRadioButton::toggled, this, [this](bool on) {
        m_modeNote->setVisible(!on);
        emit simulateChanged(on);
    });
    m_modeNote->setVisible(false);

    m_toolList->setObjectName(QStringLiteral("toolList"));
    m_toolList->setColumnCount(3);
    m_toolList->setRootIsDecorated(false);
    m_toolList->setSelectionMode(QAbstractItemView::NoSelection);
    m_toolList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_toolList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_toolList->header()->setStretchLastSection(true);
    m_toolList->setMinimumHeight(150);
    m_toolList->setMaximumHeight(220);
    auto* toolLayout = new QVBoxLayout(m_toolBox);
    toolLayout->addWidget(m_toolList);

    auto* accountLayout = new QVBoxLayout(m_accountBox);
    m_accountLabel->setObjectName(QStringLiteral("account"));
    m_subscriptionLabel->setObjectName(QStringLiteral("subscription"));
    m_accountLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subscriptionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    accountLayout->addWidget(m_accountLabel);
    accountLayout->addWidget(m_subscriptionLabel);
    accountLayout->addLayout(m_preflightArea);
    accountLayout->addStretch(1);

    content()->addWidget(m_modeBox);
    auto* row = new QHBoxLayout;
    row->addWidget(m_toolBox, 3);
    row->addWidget(m_accountBox, 2);
    content()->addLayout(row);
    content()->addStretch(1);
    finishSetup();
}

QString WelcomePage::title() const
{
    return tr("Welcome");
}

QString WelcomePage::explanation() const
{
    return tr("This wizard creates the infrastructure of Microsoft's guide for a highly "
              "available PostgreSQL database on AKS with the CloudNativePG (CNPG) operator: a "
              "resource group, a user-assigned managed identity, a storage account for backups, "
              "the monitoring infrastructure, an AKS cluster with a user node pool, a public "
              "static IP and the CNPG operator. It runs the guide's commands for you, or "
              "exports them as a bash script.");
}

void WelcomePage::setToolStatus(const QString& tool, ToolState state, const QString& detail)
{
    for (Tool& t : m_tools) {
        if (t.name == tool) {
            t.state = state;
            t.detail = detail;
            refreshTools();
            return;
        }
    }
    m_tools.append({tool, state, detail});
    refreshTools();
}

WelcomePage::ToolState WelcomePage::toolState(const QString& tool) const
{
    for (const Tool& t : m_tools) {
        if (t.name == tool)
            return t.state;
    }
    return ToolState::Unknown;
}

void WelcomePage::offerResume(const QString& resourceGroup)
{
    m_resumeGroup = resourceGroup;
    m_resumeBox->setVisible(!resourceGroup.isEmpty());
    retranslate();
}

void WelcomePage::setAccount(const QString& account, const QString& subscription)
{
    m_account = account;
    m_subscription = subscription;
    refreshAccount();
}

bool WelcomePage::simulate() const
{
    return m_simulate->isChecked();
}

void WelcomePage::setSimulate(bool simulate)
{
    (simulate ? m_simulate : m_real)->setChecked(true);
}

void WelcomePage::setRealAzureAvailable(bool available)
{
    m_real->setEnabled(available);
    if (!available)
        m_simulate->setChecked(true);
    retranslate();
}

void WelcomePage::refreshTools()
{
    m_toolList->clear();
    for (const Tool& t : m_tools) {
        QString state;
        switch (t.state) {
        case ToolState::Unknown:
            state = tr("not checked yet");
            break;
        case ToolState::Found:
            state = tr("found");
            break;
        case ToolState::Missing:
            state = tr("not found");
            break;
        case ToolState::Simulated:
            state = tr("simulated");
            break;
        }
        auto* item = new QTreeWidgetItem(m_toolList, {t.name, state, t.detail});
        item->setData(0, Qt::AccessibleTextRole, QString(t.name + QStringLiteral(": ") + state));
    }
}

void WelcomePage::refreshAccount()
{
    const QString unknown = tr("not checked yet");
    m_accountLabel->setText(
        tr("Signed-in account: %1").arg(m_account.isEmpty() ? unknown : m_account));
    m_subscriptionLabel->setText(
        tr("Subscription: %1").arg(m_subscription.isEmpty() ? unknown : m_subscription));
}

void WelcomePage::retranslate()
{
    WizardPage::retranslate();
    m_modeBox->setTitle(tr("Where to deploy"));
    m_simulate->setText(tr("&Simulation: nothing is created in Azure and nothing is billed"));
    m_real->setText(
        m_real->isEnabled()
            ? tr("&Real Azure: the signed-in Azure CLI account creates billable resources")
            : tr("&Real Azure (needs the Azure CLI, az, which was not found)"));
    m_modeNote->setText(tr("Azure Managed Grafana and the AKS cluster are billed separately "
                           "from the moment they exist."));
    m_resumeBox->setTitle(tr("Interrupted deployment"));
    m_resumeText->setText(tr("The deployment of %1 did not finish. Continue it with its own "
                             "settings: what already exists is found and kept.")
                              .arg(m_resumeGroup));
    m_resume->setText(tr("&Continue it"));
    m_toolBox->setTitle(tr("Tools"));
    m_toolList->setHeaderLabels({tr("Tool"), tr("Status"), tr("Details")});
    m_toolList->setAccessibleName(tr("Tools"));
    m_accountBox->setTitle(tr("Azure account"));
    refreshTools();
    refreshAccount();
}

} // namespace cnpg
