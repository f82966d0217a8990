#include "WelcomePage.h"

#include "StageIcons.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
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
    , m_recheck(new QPushButton(m_toolBox))
    , m_accountBox(new QGroupBox(this))
    , m_accountLabel(new QLabel(m_accountBox))
    , m_signIn(new QPushButton(m_accountBox))
    , m_deviceCode(new QLabel(m_accountBox))
    , m_subscriptionLabel(new QLabel(m_accountBox))
    , m_subscriptions(new QComboBox(m_accountBox))
    , m_blockingLabel(new QLabel(this))
    , m_preflightArea(new QVBoxLayout)
    , m_readinessArea(new QVBoxLayout)
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
        m_blockingLabel->setVisible(!on && !m_blocking.isEmpty());
        emit simulateChanged(on);
        emit completeChanged();
    });
    m_modeNote->setVisible(false);

    m_toolList->setObjectName(QStringLiteral("toolList"));
    // Tool, status, version found, the guide's minimum, how to fix it on this platform.
    m_toolList->setColumnCount(5);
    m_toolList->setRootIsDecorated(false);
    m_toolList->setSelectionMode(QAbstractItemView::NoSelection);
    for (int c = 0; c < 4; ++c)
        m_toolList->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_toolList->header()->setStretchLastSection(true);
    m_toolList->header()->setMinimumSectionSize(64);
    m_toolList->setTextElideMode(Qt::ElideMiddle);
    m_toolList->setMinimumHeight(150);
    m_toolList->setMaximumHeight(220);
    m_recheck->setObjectName(QStringLiteral("recheckTools"));
    connect(m_recheck, &QPushButton::clicked, this, &WelcomePage::recheckRequested);
    auto* toolLayout = new QVBoxLayout(m_toolBox);
    toolLayout->addWidget(m_toolList);
    auto* recheckRow = new QHBoxLayout;
    recheckRow->addStretch(1);
    recheckRow->addWidget(m_recheck);
    toolLayout->addLayout(recheckRow);

    auto* accountLayout = new QVBoxLayout(m_accountBox);
    m_accountLabel->setObjectName(QStringLiteral("account"));
    m_accountLabel->setWordWrap(true);
    m_accountLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    accountLayout->addWidget(m_accountLabel);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setVisible(false);
    connect(m_signIn, &QPushButton::clicked, this, &WelcomePage::signInRequested);
    auto* signInRow = new QHBoxLayout;
    signInRow->addWidget(m_signIn);
    signInRow->addStretch(1);
    accountLayout->addLayout(signInRow);
    // The device code flow: the page to open and the code to type there, selectable.
    m_deviceCode->setObjectName(QStringLiteral("deviceCode"));
    m_deviceCode->setWordWrap(true);
    m_deviceCode->setTextFormat(Qt::RichText);
    m_deviceCode->setOpenExternalLinks(true);
    m_deviceCode->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_deviceCode->setVisible(false);
    accountLayout->addWidget(m_deviceCode);
    m_subscriptions->setObjectName(QStringLiteral("subscriptionPicker"));
    m_subscriptions->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_subscriptions->setMinimumContentsLength(16);
    m_subscriptions->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_subscriptionLabel->setObjectName(QStringLiteral("subscription"));
    m_subscriptionLabel->setBuddy(m_subscriptions);
    connect(m_subscriptions, &QComboBox::activated, this, [this](int index) {
        emit subscriptionChosen(m_subscriptions->itemData(index).toString());
    });
    auto* subscriptionForm = new QFormLayout;
    subscriptionForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    subscriptionForm->addRow(m_subscriptionLabel, m_subscriptions);
    accountLayout->addLayout(subscriptionForm);
    accountLayout->addLayout(m_preflightArea);
    accountLayout->addStretch(1);

    m_blockingLabel->setObjectName(QStringLiteral("welcomeProblem"));
    m_blockingLabel->setWordWrap(true);
    m_blockingLabel->setTextFormat(Qt::PlainText);
    m_blockingLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_blockingLabel->setVisible(false);

    content()->addWidget(m_modeBox);
    auto* row = new QHBoxLayout;
    row->addWidget(m_toolBox, 3);
    row->addWidget(m_accountBox, 2);
    content()->addLayout(row);
    content()->addWidget(m_blockingLabel);
    content()->addLayout(m_readinessArea, 2);
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

bool WelcomePage::isComplete() const
{
    return simulate() || m_blocking.isEmpty();
}

void WelcomePage::setToolStatuses(const QList<ToolStatus>& statuses)
{
    m_tools = statuses;
    refreshTools();
}

void WelcomePage::setAccountState(AzureAccount::State state, const QString& account,
                                  const QString& detail)
{
    m_accountState = state;
    m_account = account;
    m_accountDetail = detail;
    refreshAccount();
}

void WelcomePage::setDeviceCode(const QString& url, const QString& code)
{
    m_deviceUrl = url;
    m_deviceCodeText = code;
    refreshAccount();
}

void WelcomePage::setSubscriptions(const QList<AzureSubscription>& subscriptions,
                                   const QString& selected)
{
    const QSignalBlocker block(m_subscriptions);
    m_subscriptions->clear();
    for (const AzureSubscription& sub : subscriptions) {
        m_subscriptions->addItem(QStringLiteral("%1 (%2)").arg(sub.name, sub.id), sub.id);
        m_subscriptions->setItemData(m_subscriptions->count() - 1, sub.id, Qt::ToolTipRole);
    }
    const int index = m_subscriptions->findData(selected);
    if (index < 0 && !selected.isEmpty()) {
        // A pinned subscription this account does not list (a settings file from elsewhere).
        m_subscriptions->addItem(selected, selected);
    }
    m_subscriptions->setCurrentIndex(index >= 0 ? index : m_subscriptions->count() - 1);
    m_subscriptions->setEnabled(m_subscriptions->count() > 0);
}

void WelcomePage::setBlockingProblem(const QString& problem)
{
    if (problem == m_blocking)
        return;
    m_blocking = problem;
    m_blockingLabel->setText(problem);
    m_blockingLabel->setVisible(!problem.isEmpty() && !simulate());
    emit completeChanged();
}

void WelcomePage::offerResume(const QString& resourceGroup)
{
    m_resumeGroup = resourceGroup;
    m_resumeBox->setVisible(!resourceGroup.isEmpty());
    retranslate();
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
    const Platform platform = ToolCheck::currentPlatform();
    for (const ToolStatus& t : m_tools) {
        const ToolSpec& spec = ToolCheck::spec(t.tool);
        const QString state = ToolCheck::stateText(t.state);
        QString fix = t.state == ToolState::Ok || t.state == ToolState::Pending
                          ? QString()
                          : ToolCheck::fixCommand(t, platform);
        // Nothing to run (a missing krew: the deployment installs it): say so instead.
        if (fix.isEmpty() && t.state != ToolState::Ok && t.state != ToolState::Pending)
            fix = ToolCheck::describe(t);
        auto* item =
            new QTreeWidgetItem(m_toolList, {spec.name, state, t.found,
                                             t.minimum.isEmpty() ? spec.minimum : t.minimum, fix});
        StepState icon = StepState::Pending;
        if (t.state == ToolState::Ok)
            icon = StepState::Succeeded;
        else if (t.state == ToolState::Pending)
            icon = StepState::Running;
        else if (t.blocking())
            icon = StepState::Failed;
        else
            icon = StepState::Cancelled; // missing, but not needed to deploy (krew, jq)
        item->setIcon(1, StageIcons::forState(icon));
        // The whole story (what is wrong, what the wizard does about it) in the tooltip.
        QString tip = ToolCheck::describe(t);
        if (!t.path.isEmpty())
            tip += QLatin1Char('\n') + t.path;
        if (!t.detail.isEmpty())
            tip += QLatin1Char('\n') + t.detail.left(400);
        for (int c = 0; c < 4; ++c)
            item->setToolTip(c, tip);
        item->setToolTip(4, fix);
        item->setData(0, Qt::AccessibleTextRole,
                      QString(spec.name + QStringLiteral(": ") + ToolCheck::describe(t)));
    }
}

void WelcomePage::refreshAccount()
{
    QString text;
    switch (m_accountState) {
    case AzureAccount::State::SignedIn:
        text = tr("Signed in as %1").arg(m_account);
        break;
    case AzureAccount::State::Unknown:
        text = tr("Signed-in account: %1").arg(tr("not checked yet"));
        break;
    default:
        text = AzureAccount::stateText(m_accountState);
        if (!m_accountDetail.isEmpty())
            text += QLatin1Char('\n') + m_accountDetail.left(300);
        break;
    }
    m_accountLabel->setText(text);
    const bool canSignIn = m_accountState == AzureAccount::State::NotSignedIn ||
                           m_accountState == AzureAccount::State::Error;
    m_signIn->setVisible(canSignIn || m_accountState == AzureAccount::State::SigningIn);
    m_signIn->setEnabled(canSignIn);
    const bool showCode = !m_deviceUrl.isEmpty() && !m_deviceCodeText.isEmpty() &&
                          m_accountState == AzureAccount::State::SigningIn;
    m_deviceCode->setVisible(showCode);
    if (showCode) {
        m_deviceCode->setText(
            tr("To sign in, open %1 and enter the code %2.")
                .arg(QStringLiteral("<a href=\"%1\">%1</a>").arg(m_deviceUrl.toHtmlEscaped()),
                     QStringLiteral("<b>%1</b>").arg(m_deviceCodeText.toHtmlEscaped())));
    }
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
    m_toolList->setHeaderLabels(
        {tr("Tool"), tr("Status"), tr("Version"), tr("Minimum"), tr("How to fix")});
    m_toolList->setAccessibleName(tr("Tools"));
    m_recheck->setText(tr("Re-chec&k"));
    m_recheck->setToolTip(tr("Check the tools and the Azure sign-in again"));
    m_accountBox->setTitle(tr("Azure account"));
    m_signIn->setText(tr("Sign &in"));
    m_signIn->setToolTip(tr("Runs az login"));
    m_subscriptionLabel->setText(tr("S&ubscription:"));
    m_subscriptions->setAccessibleName(tr("Subscription"));
    m_subscriptions->setToolTip(
        tr("Every az command of the deployment and of the exported script is pinned to this "
           "subscription with --subscription."));
    refreshTools();
    refreshAccount();
}

} // namespace cnpg
