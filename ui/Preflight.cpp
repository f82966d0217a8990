#include "Preflight.h"

#include "Deployment.h"
#include "DonePage.h"
#include "FieldEditor.h"
#include "MainWindow.h"
#include "ReadinessPanel.h"
#include "ReviewPage.h"
#include "SettingsFormPage.h"
#include "SettingsModel.h"
#include "WelcomePage.h"
#include "preflight/VersionDefaults.h"
#include "process/ToolEnvironment.h"
#include "util/Logging.h"

#include <QEvent>
#include <QPushButton>
#include <QVBoxLayout>
#include <spdlog/spdlog.h>

namespace cnpg {

Preflight::Preflight(MainWindow& window, SettingsModel& settings, Deployment& deployment,
                     ProcessLauncher& launcher, QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
    , m_deployment(deployment)
    , m_launcher(launcher)
    , m_network(network)
    , m_tools(new ToolChecker(launcher, this))
    , m_account(new AzureAccount(launcher, this))
    , m_versions(new KubernetesVersions(launcher, this))
    , m_storage(new StorageNameChecker(launcher, this))
    , m_readiness(new ReadinessChecker(launcher, this))
    , m_welcomeReadiness(new ReadinessPanel)
{
    WelcomePage* welcome = m_window.welcomePage();
    connect(m_tools, &ToolChecker::toolChecked, this,
            [this] { m_window.welcomePage()->setToolStatuses(m_tools->results()); });
    connect(m_tools, &ToolChecker::finished, this, [this] {
        m_window.welcomePage()->setToolStatuses(m_tools->results());
        refreshBlocking();
    });
    connect(m_account, &AzureAccount::stateChanged, this, &Preflight::accountChanged);
    connect(m_account, &AzureAccount::subscriptionsChanged, this, &Preflight::subscriptionsChanged);
    connect(m_account, &AzureAccount::deviceCodeReceived, this,
            [this](const AzureAccount::DeviceCode& code) {
                m_window.welcomePage()->setDeviceCode(code.url, code.code);
            });
    connect(m_account, &AzureAccount::loginFinished, this, [this](bool ok, const QString& d) {
        m_window.welcomePage()->setDeviceCode(QString(), QString());
        if (!ok)
            spdlog::warn("az login failed: {}", d);
    });
    connect(welcome, &WelcomePage::recheckRequested, this, &Preflight::recheck);
    connect(welcome, &WelcomePage::signInRequested, this, [this] { m_account->login(); });
    connect(welcome, &WelcomePage::subscriptionChosen, this,
            [this](const QString& id) { m_settings.setValue(keys::SubscriptionId, id); });
    // MainWindow hears simulateChanged first (it connected first) and has switched the
    // deployment's mode by the time this runs.
    connect(welcome, &WelcomePage::simulateChanged, this, &Preflight::modeChanged);

    connect(&m_window, &MainWindow::detectClientIpRequested, this, &Preflight::detectClientIp);
    if (QPushButton* detect = m_window.settingsPage(PageId::Settings)->detectIpButton())
        detect->setEnabled(true);

    connect(m_versions, &KubernetesVersions::finished, this, &Preflight::versionsFinished);
    connect(m_storage, &StorageNameChecker::checking, this, [this] {
        m_storageChecking = true;
        refreshNotes();
    });
    connect(m_storage, &StorageNameChecker::checked, this, &Preflight::storageChecked);
    m_storage->setDebounce(500);

    // The region's combo box changes with every keystroke: ask once the typing stops.
    m_regionTimer.setSingleShot(true);
    m_regionTimer.setInterval(600);
    connect(&m_regionTimer, &QTimer::timeout, this, &Preflight::fetchVersions);
    connect(&m_settings, &SettingsModel::changed, this, &Preflight::settingChanged);
    m_window.installEventFilter(this);

    // Readiness: on both pages, rechecked once the settings stop changing.
    welcome->readinessArea()->addWidget(m_welcomeReadiness);
    ReviewPage* review = m_window.reviewPage();
    review->setReadinessRequired(true);
    m_readinessTimer.setSingleShot(true);
    m_readinessTimer.setInterval(1500);
    connect(&m_readinessTimer, &QTimer::timeout, this, &Preflight::checkReadiness);
    connect(m_readiness, &ReadinessChecker::finished, this, &Preflight::readinessFinished);
    connect(m_readiness, &ReadinessChecker::registered, this, [this](bool ok, const QString& d) {
        if (!ok)
            spdlog::warn("az provider register failed: {}", d);
        for (ReadinessPanel* p : {m_welcomeReadiness, m_window.reviewPage()->readinessPanel()})
            p->setRegistering(false);
        checkReadiness();
    });
    for (ReadinessPanel* p : {m_welcomeReadiness, review->readinessPanel()}) {
        connect(p, &ReadinessPanel::recheckRequested, this, &Preflight::checkReadiness);
        connect(p, &ReadinessPanel::registerRequested, this, [this](const QStringList& ns) {
            for (ReadinessPanel* q :
                 {m_welcomeReadiness, m_window.reviewPage()->readinessPanel()})
                q->setRegistering(true);
            m_readiness->registerProviders(ns);
        });
    }
}

Preflight::~Preflight() = default;

bool Preflight::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange) {
        // After the pages' own retranslation (they get the event first, as children).
        QMetaObject::invokeMethod(
            this,
            [this] {
                refreshNotes();
                refreshBlocking();
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void Preflight::prepareEnvironment()
{
    // The deployment's own environment: the simulator's shims in simulation mode, krew's bin
    // directory always; so that preflight sees the tools the deployment will run.
    const bool simulate = m_window.simulate();
    m_envError.clear();
    m_env = m_deployment.service().environment(
        simulate ? RunService::Mode::Simulate : RunService::Mode::Azure, &m_envError);
    if (m_env.isEmpty()) {
        spdlog::warn("preflight: cannot prepare the tools' environment: {}", m_envError);
        m_env = QProcessEnvironment::systemEnvironment();
    }
    m_tools->setEnvironment(m_env);
    m_account->setEnvironment(m_env);
    m_versions->setEnvironment(m_env);
    m_storage->setEnvironment(m_env);
    m_readiness->setEnvironment(m_env);
    if (m_ip) {
        m_ip->cancel();
        m_ip->deleteLater();
    }
    m_ip = simulate ? PublicIpDetector::forSimulation(m_network, m_env, this)
                    : new PublicIpDetector(m_network, this);
    connect(m_ip, &PublicIpDetector::finished, this, &Preflight::ipFinished);
}

void Preflight::start()
{
    prepareEnvironment();
    m_lastSubscription = m_settings.value(keys::SubscriptionId);
    m_versions->setSubscription(m_lastSubscription);
    m_storage->setSubscription(m_lastSubscription);
    recheck();
    if (m_settings.value(keys::ClientIp).isEmpty())
        detectClientIp();
}

void Preflight::recheck()
{
    m_tools->start();
    m_window.welcomePage()->setToolStatuses(m_tools->results());
    m_account->refresh();
    refreshBlocking();
}

void Preflight::modeChanged()
{
    m_readiness->cancel();
    setReadinessState(int(ReadinessPanel::State::NotChecked));
    m_versions->cancel();
    m_storage->cancel();
    m_versionsDone = false;
    m_storageDone = false;
    m_storageChecking = false;
    m_ipState = IpState::Idle;
    m_lastStorageName.clear();
    prepareEnvironment();
    recheck();
    // Switching to real Azure clears the simulated address: find the real one.
    if (m_settings.value(keys::ClientIp).isEmpty())
        detectClientIp();
    refreshNotes();
}

void Preflight::detectClientIp()
{
    if (!m_ip || m_ip->isRunning())
        return;
    m_ipTried = true;
    m_ipState = IpState::Detecting;
    if (QPushButton* detect = m_window.settingsPage(PageId::Settings)->detectIpButton())
        detect->setEnabled(false);
    refreshNotes();
    m_ip->start();
}

void Preflight::ipFinished(const PublicIpDetector::Result& result)
{
    m_ipResult = result;
    m_ipState = result.ok() ? IpState::Detected : IpState::Failed;
    if (QPushButton* detect = m_window.settingsPage(PageId::Settings)->detectIpButton())
        detect->setEnabled(true);
    if (result.ok())
        m_settings.setValue(keys::ClientIp, result.address);
    else
        spdlog::info("public IP detection failed: {}", result.detail);
    refreshNotes();
}

void Preflight::settingChanged(const QString& key)
{
    const bool all = key.isEmpty();
    if (all || key == keys::SubscriptionId) {
        const QString sub = m_settings.value(keys::SubscriptionId);
        if (sub != m_lastSubscription) {
            m_lastSubscription = sub;
            m_versions->setSubscription(sub);
            m_storage->setSubscription(sub);
            m_window.welcomePage()->setSubscriptions(m_account->subscriptions(), sub);
            m_versionsRegion.clear();
            m_regionTimer.start();
            m_lastStorageName.clear();
        }
    }
    if (all || key == keys::Region) {
        if (m_settings.value(keys::Region) != m_versionsRegion)
            m_regionTimer.start();
    }
    // The storage name follows LOCAL_NAME and SUFFIX: compare the value, whatever changed.
    const QString name = m_settings.value(keys::StorageAccount);
    const QString group = m_settings.value(keys::ResourceGroup);
    if ((name != m_lastStorageName || group != m_lastStorageGroup) &&
        m_account->state() == AzureAccount::State::SignedIn) {
        m_lastStorageName = name;
        m_lastStorageGroup = group;
        m_storage->setResourceGroup(group);
        m_storageDone = false;
        m_storageChecking = false;
        m_storage->setName(name);
        refreshNotes();
    }
    if (all || key == keys::ClusterVersion) {
        if (m_versionsDone)
            refreshNotes();
    }
    // What the readiness checks read: a change makes their answer stale.
    static const QStringList readinessKeys = {
        keys::Region,        keys::ClusterVersion, keys::Tier,          keys::SystemVmSku,
        keys::UserVmSku,     keys::SystemMinCount, keys::SystemMaxCount, keys::UserMinCount,
        keys::UserMaxCount,  keys::Zones,          keys::StorageAccount, keys::ResourceGroup,
        keys::SubscriptionId, keys::UserPoolName,  keys::LocalName,      keys::Suffix,
        QStringLiteral("AKS_SUPPORT_PLAN")};
    if (all || readinessKeys.contains(key))
        scheduleReadiness();
}

void Preflight::scheduleReadiness()
{
    if (m_account->state() != AzureAccount::State::SignedIn)
        return;
    m_readiness->cancel();
    setReadinessState(int(ReadinessPanel::State::Checking));
    m_readinessTimer.start();
}

void Preflight::checkReadiness()
{
    m_readinessTimer.stop();
    if (m_account->state() != AzureAccount::State::SignedIn || !m_settings.settings().isValid()) {
        m_readiness->cancel();
        setReadinessState(int(ReadinessPanel::State::NotChecked));
        return;
    }
    setReadinessState(int(ReadinessPanel::State::Checking));
    m_readiness->start(m_settings.settings());
}

void Preflight::readinessFinished(const Findings& findings)
{
    for (const Finding& f : findings) {
        if (f.verdict != Verdict::Ready)
            spdlog::info("readiness: {} {} ({})", Readiness::checkName(f.check),
                         Readiness::verdictName(f.verdict), f.code);
    }
    m_welcomeReadiness->setFindings(findings);
    m_window.donePage()->setReadinessFindings(findings);
    ReviewPage* review = m_window.reviewPage();
    review->readinessPanel()->setFindings(findings);
    review->setReadinessRequired(true);
}

void Preflight::setReadinessState(int state)
{
    const auto st = ReadinessPanel::State(state);
    m_welcomeReadiness->setState(st);
    ReviewPage* review = m_window.reviewPage();
    review->readinessPanel()->setState(st);
    review->setReadinessRequired(true);
}

void Preflight::accountChanged()
{
    const AzureAccount::State state = m_account->state();
    m_window.welcomePage()->setAccountState(state, m_account->current().user,
                                            m_account->errorDetail());
    if (state == AzureAccount::State::SignedIn) {
        fetchVersions();
        m_lastStorageName.clear();
        settingChanged(keys::StorageAccount);
        checkReadiness();
    } else if (state != AzureAccount::State::Checking) {
        m_readiness->cancel();
        setReadinessState(int(ReadinessPanel::State::NotChecked));
    }
    refreshBlocking();
}

void Preflight::subscriptionsChanged()
{
    QString sub = m_settings.value(keys::SubscriptionId);
    if (sub.isEmpty() && !m_account->current().id.isEmpty()) {
        // Pin the account's current subscription, so that the deployment cannot land in
        // another one if `az account set` runs meanwhile.
        sub = m_account->current().id;
        m_settings.setValue(keys::SubscriptionId, sub);
    }
    m_window.welcomePage()->setSubscriptions(m_account->subscriptions(), sub);
}

void Preflight::fetchVersions()
{
    m_regionTimer.stop();
    if (m_account->state() != AzureAccount::State::SignedIn)
        return;
    const QString region = m_settings.value(keys::Region);
    if (!m_settings.settings().validateField(keys::Region).isEmpty())
        return;
    m_versionsRegion = region;
    m_versionsDone = false;
    m_versions->fetch(region);
    refreshNotes();
}

void Preflight::versionsFinished(const KubernetesVersions::Result& result)
{
    m_versionsResult = result;
    m_versionsDone = true;
    FieldEditor* editor = m_window.settingsPage(PageId::Settings)->editor(keys::ClusterVersion);
    if (result.ok) {
        if (editor)
            editor->setChoices(KubernetesVersions::offerable(result.versions));
        // The region's default becomes the version's default, unless the user chose one.
        Settings resolved = m_settings.settings();
        const QString version = VersionDefaults::apply(resolved, result);
        if (!version.isEmpty())
            m_settings.setResolvedDefault(keys::ClusterVersion, version);
    } else {
        spdlog::warn("az aks get-versions failed: {}", result.detail);
        // Another region's answer does not hold here: back to the tested default.
        if (result.region == m_settings.value(keys::Region))
            m_settings.setResolvedDefault(keys::ClusterVersion, QString());
    }
    refreshNotes();
}

void Preflight::storageChecked(const StorageNameResult& result)
{
    m_storageResult = result;
    m_storageDone = true;
    m_storageChecking = false;
    refreshNotes();
}

void Preflight::refreshBlocking()
{
    WelcomePage* welcome = m_window.welcomePage();
    if (m_window.simulate()) {
        welcome->setBlockingProblem(QString());
        return;
    }
    QString problem;
    QStringList blocking;
    for (const ToolStatus& s : m_tools->results()) {
        if (s.blocking())
            blocking << ToolCheck::spec(s.tool).name;
    }
    const AzureAccount::State state = m_account->state();
    if (m_tools->isRunning()) {
        problem = tr("Checking the tools…");
    } else if (!blocking.isEmpty()) {
        problem = tr("Install or update %1 (see How to fix in the tools table), then click "
                     "Re-check. The deployment needs it.")
                      .arg(blocking.join(QStringLiteral(", ")));
    } else if (state == AzureAccount::State::Checking || state == AzureAccount::State::Unknown) {
        problem = tr("Checking the Azure sign-in…");
    } else if (state == AzureAccount::State::SigningIn) {
        problem = tr("Finish signing in to Azure.");
    } else if (state != AzureAccount::State::SignedIn) {
        problem = tr("Sign in to Azure first (the Sign in button runs az login).");
    }
    welcome->setBlockingProblem(problem);
}

void Preflight::refreshNotes()
{
    SettingsFormPage* settingsPage = m_window.settingsPage(PageId::Settings);
    if (FieldEditor* ip = settingsPage->editor(keys::ClientIp)) {
        switch (m_ipState) {
        case IpState::Idle:
            ip->setNote(QString());
            break;
        case IpState::Detecting:
            ip->setNote(tr("Detecting the public IP of this computer…"));
            break;
        case IpState::Detected:
            ip->setNote(tr("Detected %1. You can still edit it.").arg(m_ipResult.address),
                        FieldEditor::NoteKind::Good);
            break;
        case IpState::Failed:
            ip->setNote(tr("Could not detect the public IP: %1 Type it yourself.")
                            .arg(PublicIpDetector::errorText(m_ipResult.error)),
                        FieldEditor::NoteKind::Warning);
            break;
        }
    }
    if (FieldEditor* version = settingsPage->editor(keys::ClusterVersion)) {
        if (m_versions->isRunning()) {
            version->setNote(tr("Asking AKS which versions %1 offers…").arg(m_versionsRegion));
        } else if (!m_versionsDone) {
            version->setNote(QString());
        } else if (!m_versionsResult.ok) {
            version->setNote(
                tr("Could not list the Kubernetes versions of %1.").arg(m_versionsResult.region),
                FieldEditor::NoteKind::Warning);
        } else {
            const QString current = m_settings.value(keys::ClusterVersion);
            const KubernetesVersionChoice now =
                KubernetesVersions::choose(current, m_versionsResult.versions);
            using S = KubernetesVersionChoice::Status;
            if (now.status == S::Offered) {
                version->setNote(tr("Offered in %1 (its default: %2).")
                                     .arg(m_versionsResult.region, m_versionsResult.defaultVersion),
                                 FieldEditor::NoteKind::Good);
            } else if (now.status == S::NoVersions) {
                version->setNote(QString());
            } else {
                version->setNote(tr("%1 does not offer Kubernetes %2 with standard support; its "
                                    "default is %3.")
                                     .arg(m_versionsResult.region, current, now.defaultVersion),
                                 FieldEditor::NoteKind::Warning);
            }
        }
    }
    SettingsFormPage* storagePage = m_window.settingsPage(PageId::IdentityStorage);
    if (FieldEditor* storage = storagePage ? storagePage->editor(keys::StorageAccount) : nullptr) {
        const bool current =
            m_storageDone && m_storageResult.name == m_settings.value(keys::StorageAccount);
        QString error;
        if (m_storageChecking) {
            storage->setNote(tr("Checking whether the name is free in Azure…"));
        } else if (!current) {
            storage->setNote(QString());
        } else {
            using St = StorageNameResult::State;
            switch (m_storageResult.state) {
            case St::Available:
                storage->setNote(tr("Available"), FieldEditor::NoteKind::Good);
                break;
            case St::Taken:
                storage->setNote(QString());
                error = tr("Taken: %1").arg(StorageNameChecker::describe(m_storageResult));
                break;
            case St::Yours:
                storage->setNote(StorageNameChecker::describe(m_storageResult),
                                 FieldEditor::NoteKind::Good);
                break;
            case St::Invalid:
                storage->setNote(QString());
                error = StorageNameChecker::describe(m_storageResult);
                break;
            case St::Error:
                storage->setNote(tr("Could not check the name: %1")
                                     .arg(StorageNameChecker::describe(m_storageResult)),
                                 FieldEditor::NoteKind::Warning);
                break;
            }
        }
        storage->setExternalError(error);
    }
}

} // namespace cnpg
