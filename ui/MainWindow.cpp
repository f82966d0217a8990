#include "MainWindow.h"

#include "DeployPage.h"
#include "Deployment.h"
#include "DeploymentsDialog.h"
#include "DonePage.h"
#include "LanguageManager.h"
#include "ReviewPage.h"
#include "SettingsFormPage.h"
#include "SettingsModel.h"
#include "StageIcons.h"
#include "StepText.h"
#include "TeardownDialog.h"
#include "TimelineView.h"
#include "WelcomePage.h"
#include "run/StepListModel.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cnpg {

namespace {
// The combined state of a page's stages during and after a run; Pending when nothing ran.
StepState stagesState(const StepListModel& model, const Plan& plan, const QStringList& stages)
{
    bool failed = false, active = false, allDone = true, any = false, started = false;
    for (const Step& s : plan.steps()) {
        if (!stages.contains(s.stage))
            continue;
        const StepStatus st = model.stepStatus(s.id);
        if (s.conditional && st.state == StepState::Pending)
            continue;
        any = true;
        failed |= st.state == StepState::Failed || st.state == StepState::Cancelled;
        active |= st.state == StepState::Running || st.state == StepState::Retrying;
        allDone &= isDone(st.state);
        started |= st.state != StepState::Pending;
    }
    if (!any)
        return StepState::Pending;
    if (failed)
        return StepState::Failed;
    if (active)
        return StepState::Running;
    if (allDone)
        return StepState::Succeeded;
    return started ? StepState::Waiting : StepState::Pending;
}
} // namespace

MainWindow::MainWindow(SettingsModel& settings, LanguageManager& language, Deployment& deployment,
                       const Options& options, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_language(language)
    , m_deployment(deployment)
    , m_options(options)
    , m_simulate(options.simulate || !options.realAzureAvailable)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("simulationBanner"));
    m_banner->setWordWrap(true);
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3c4; color: #5c4400; border-bottom: 1px solid #e0c060;"
        " padding: 6px; font-weight: bold; }"));
    outer->addWidget(m_banner);

    auto* body = new QHBoxLayout;
    body->setContentsMargins(8, 8, 8, 8);
    outer->addLayout(body, 1);
    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("stepSidebar"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(2);
    m_sidebar->setMinimumWidth(200);
    m_sidebar->setMaximumWidth(280);
    m_sidebar->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    body->addWidget(m_sidebar);

    auto* right = new QVBoxLayout;
    m_stack = new QStackedWidget(central);
    right->addWidget(m_stack, 1);
    body->addLayout(right, 1);
    setCentralWidget(central);

    // Created in reading order, which is the keyboard's order: the sidebar, the pages, then
    // Back and Next.
    buildPages();
    buildSidebar();
    auto* nav = new QHBoxLayout;
    nav->addStretch(1);
    m_back = new QPushButton(central);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next = new QPushButton(central);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setDefault(true);
    nav->addWidget(m_back);
    nav->addWidget(m_next);
    right->addLayout(nav);
    buildMenus();
    connect(m_back, &QPushButton::clicked, this, &MainWindow::goBack);
    connect(m_next, &QPushButton::clicked, this, &MainWindow::goNext);
    connect(&m_settings, &SettingsModel::changed, this, &MainWindow::refreshNavigation);
    connect(&m_language, &LanguageManager::languageChanged, &m_settings,
            &SettingsModel::retranslate);

    setSimulate(m_simulate);
    showPage(PageId::Welcome);
    retranslate();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages()
{
    auto* welcome = new WelcomePage(m_stack);
    welcome->setRealAzureAvailable(m_options.realAzureAvailable);
    welcome->setSimulate(m_simulate);
    connect(welcome, &WelcomePage::simulateChanged, this, &MainWindow::setSimulate);
    if (const auto unfinished = m_deployment.latestUnfinished())
        welcome->offerResume(unfinished->value(keys::ResourceGroup));
    connect(welcome, &WelcomePage::resumeRequested, this, [this] {
        const auto unfinished = m_deployment.latestUnfinished();
        if (!unfinished || m_deployment.isRunning())
            return;
        m_settings.replace(*unfinished);
        welcomePage()->offerResume(QString());
        showPage(PageId::Deploy); // finds the journal and continues it
    });
    m_pages << welcome;
    for (PageId id :
         {PageId::Settings, PageId::Extensions, PageId::IdentityStorage, PageId::Monitoring,
          PageId::Cluster, PageId::PublicIp, PageId::Operator, PageId::Postgres}) {
        auto* p = new SettingsFormPage(id, m_settings, m_stack);
        if (id == PageId::Settings)
            connect(p, &SettingsFormPage::detectClientIpRequested, this,
                    &MainWindow::detectClientIpRequested);
        m_pages << p;
    }
    auto* review = new ReviewPage(m_settings, m_stack);
    connect(review, &ReviewPage::exportScriptRequested, this, &MainWindow::exportScriptDialog);
    connect(review, &ReviewPage::exportSettingsRequested, this, &MainWindow::saveSettingsDialog);
    m_pages << review;
    auto* deploy = new DeployPage(m_settings, m_deployment, m_stack);
    connect(deploy, &DeployPage::runStateChanged, this, [this] {
        refreshNavigation();
        refreshSidebar();
    });
    connect(deploy->timeline(), &TimelineView::exportPngRequested, this,
            [this] { exportTimelineDialog(false); });
    connect(deploy->timeline(), &TimelineView::exportSvgRequested, this,
            [this] { exportTimelineDialog(true); });
    m_pages << deploy;
    auto* done = new DonePage(m_deployment, m_stack);
    // The report's picture is the Deploy page's timeline, at the report's page width.
    done->setTimelineSource([timeline = deploy->timeline()] { return timeline->svg(1040); });
    connect(done, &DonePage::openLogFolderRequested, this, &MainWindow::openLogFolder);
    connect(done, &DonePage::exportReportRequested, this, &MainWindow::exportReportDialog);
    connect(done, &DonePage::teardownRequested, this, [this] {
        DeploymentsDialog* dialog = openDeployments();
        if (dialog->select(m_settings.value(keys::ResourceGroup)))
            if (TeardownDialog* teardown = dialog->tearDownSelected())
                teardown->open();
    });
    m_pages << done;
    for (WizardPage* p : m_pages) {
        m_stack->addWidget(p);
        m_visited << false;
        connect(p, &WizardPage::completeChanged, this, &MainWindow::refreshNavigation);
    }
    connect(&m_deployment, &Deployment::modelChanged, this, [this](StepListModel* model) {
        connect(model, &QAbstractItemModel::dataChanged, this, &MainWindow::refreshSidebar);
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::refreshSidebar);
    });
    connect(&m_deployment, &Deployment::finished, this, [this] {
        refreshSidebar();
        refreshNavigation();
        if (m_quitWhenStopped)
            close();
    });
}

void MainWindow::buildSidebar()
{
    for (int i = 0; i < PageCount; ++i) {
        auto* item = new QListWidgetItem(m_sidebar);
        item->setData(Qt::UserRole, i);
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::onSidebarRow);
}

WelcomePage* MainWindow::welcomePage() const
{
    return static_cast<WelcomePage*>(page(PageId::Welcome));
}

SettingsFormPage* MainWindow::settingsPage(PageId id) const
{
    return qobject_cast<SettingsFormPage*>(page(id));
}

ReviewPage* MainWindow::reviewPage() const
{
    return static_cast<ReviewPage*>(page(PageId::Review));
}

DeployPage* MainWindow::deployPage() const
{
    return static_cast<DeployPage*>(page(PageId::Deploy));
}

DonePage* MainWindow::donePage() const
{
    return static_cast<DonePage*>(page(PageId::Done));
}

void MainWindow::setSimulate(bool simulate)
{
    if (!m_options.realAzureAvailable)
        simulate = true;
    m_simulate = simulate;
    const QString ip = m_settings.value(keys::ClientIp);
    if (simulate && ip.isEmpty() && !m_options.simulatedClientIp.isEmpty())
        m_settings.setValue(keys::ClientIp, m_options.simulatedClientIp);
    else if (!simulate && !ip.isEmpty() && ip == m_options.simulatedClientIp)
        m_settings.setValue(keys::ClientIp, QString());
    Deployment::Options o = m_deployment.options();
    o.simulate = simulate;
    m_deployment.setOptions(o);
    m_banner->setVisible(simulate);
    if (welcomePage() && welcomePage()->simulate() != simulate)
        welcomePage()->setSimulate(simulate);
}

bool MainWindow::canShow(PageId id) const
{
    const int target = int(id);
    if (target <= int(m_current))
        return !(m_current == PageId::Deploy && !deployPage()->canGoBack()) || id == m_current;
    // Forward only over complete pages; the run's pages only once there is a run.
    for (int i = int(m_current); i < target; ++i) {
        if (!m_pages.at(i)->isComplete())
            return false;
    }
    if (id == PageId::Deploy)
        return m_deployment.outcome() != Executor::Outcome::NotStarted;
    if (id == PageId::Done)
        return m_deployment.outcome() == Executor::Outcome::Succeeded;
    return true;
}

void MainWindow::showPage(PageId id)
{
    m_current = id;
    m_visited[int(id)] = true;
    m_stack->setCurrentIndex(int(id));
    page(id)->enterPage();
    refreshNavigation();
    refreshSidebar();
}

void MainWindow::goNext()
{
    if (!m_next->isEnabled())
        return;
    if (m_current == PageId::Done) {
        close();
        return;
    }
    showPage(PageId(int(m_current) + 1));
}

void MainWindow::goBack()
{
    if (!m_back->isEnabled())
        return;
    showPage(PageId(int(m_current) - 1));
}

void MainWindow::onSidebarRow(int row)
{
    if (row < 0 || row == int(m_current))
        return;
    if (canShow(PageId(row))) {
        showPage(PageId(row));
    } else {
        // Not reachable yet: keep the sidebar on the current page.
        const QSignalBlocker block(m_sidebar);
        m_sidebar->setCurrentRow(int(m_current));
    }
}

void MainWindow::refreshNavigation()
{
    const WizardPage* p = page(m_current);
    bool nextOk = p->isComplete();
    if (m_current == PageId::Review)
        nextOk = nextOk && !m_deployment.isRunning();
    m_next->setEnabled(nextOk);
    m_back->setEnabled(m_current != PageId::Welcome &&
                       !(m_current == PageId::Deploy && !deployPage()->canGoBack()));
    if (m_current == PageId::Review)
        m_next->setText(tr("&Deploy"));
    else if (m_current == PageId::Done)
        m_next->setText(tr("F&inish"));
    else
        m_next->setText(tr("&Next"));
    m_back->setText(tr("&Back"));
    m_next->setAccessibleName(m_next->text().remove(QLatin1Char('&')));
    m_back->setAccessibleName(m_back->text().remove(QLatin1Char('&')));
    refreshSidebar();
}

void MainWindow::refreshSidebar()
{
    const StepListModel* model = m_deployment.model();
    const bool ran = model && m_deployment.outcome() != Executor::Outcome::NotStarted;
    for (int i = 0; i < PageCount; ++i) {
        QListWidgetItem* item = m_sidebar->item(i);
        const PageId id = PageId(i);
        const WizardPage* p = m_pages.at(i);
        QIcon icon;
        QString state;
        const QStringList stages = stagesOf(id);
        if (ran && !stages.isEmpty()) {
            const StepState st = stagesState(
                *model,
                m_deployment.executor() ? m_deployment.executor()->plan() : m_settings.plan(),
                stages);
            icon = StageIcons::forState(st);
            state = StepText::stateText(st);
        } else if (id == PageId::Deploy && ran) {
            StepState st = StepState::Running;
            switch (m_deployment.outcome()) {
            case Executor::Outcome::Succeeded:
                st = StepState::Succeeded;
                break;
            case Executor::Outcome::Failed:
                st = StepState::Failed;
                break;
            case Executor::Outcome::Cancelled:
                st = StepState::Cancelled;
                break;
            default:
                break;
            }
            icon = StageIcons::forState(st);
            state = StepText::stateText(st);
        } else if (id == m_current) {
            icon = StageIcons::forPage(StageIcons::PageMark::Current);
            state = tr("current page");
        } else if (!p->isComplete() && m_visited.at(i)) {
            icon = StageIcons::forPage(StageIcons::PageMark::Invalid);
            state = tr("needs attention");
        } else if (m_visited.at(i)) {
            icon = StageIcons::forPage(StageIcons::PageMark::Complete);
            state = tr("complete");
        } else {
            icon = StageIcons::forPage(StageIcons::PageMark::Todo);
            state = tr("not visited yet");
        }
        item->setIcon(icon);
        item->setText(QStringLiteral("%1. %2").arg(i + 1).arg(p->title()));
        item->setData(Qt::AccessibleTextRole, QString(p->title() + QStringLiteral(": ") + state));
        item->setToolTip(state);
        QFont f = item->font();
        f.setBold(id == m_current);
        item->setFont(f);
    }
    const QSignalBlocker block(m_sidebar);
    m_sidebar->setCurrentRow(int(m_current));
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("CNPG on AKS Setup Wizard"));
    m_banner->setText(tr("Simulation mode: the commands run against a simulated Azure. Nothing "
                         "is created in your subscription and nothing is billed."));
    m_banner->setAccessibleName(m_banner->text());
    m_sidebar->setAccessibleName(tr("Steps"));
    retranslateMenus();
    refreshNavigation();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_deployment.isRunning()) {
        event->accept();
        return;
    }
    event->ignore();
    if (m_quitWhenStopped)
        return;
    // Never a nested event loop: the question is answered through a signal.
    auto* box = new QMessageBox(QMessageBox::Question, tr("A deployment is running"),
                                tr("Cancel the deployment and quit? You can resume it later."),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes) {
            m_quitWhenStopped = true;
            m_deployment.cancel();
        }
    });
    box->open();
}

} // namespace cnpg
