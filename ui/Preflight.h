#pragma once

#include "preflight/AzureAccount.h"
#include "preflight/KubernetesVersions.h"
#include "net/PublicIpDetector.h"
#include "preflight/ReadinessChecker.h"
#include "preflight/StorageNameChecker.h"
#include "preflight/ToolCheck.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QTimer>

class QNetworkAccessManager;

namespace cnpg {

class Deployment;
class MainWindow;
class ReadinessPanel;
class SettingsModel;

// The preflight checks in the wizard: runs the core's checks and shows their answers on the
// pages. The Welcome page gets the tools table (ToolChecker), the sign-in and the subscription
// picker (AzureAccount, which sets AZURE_SUBSCRIPTION_ID); the Settings page the Detect button
// (PublicIpDetector) and the Kubernetes versions of the region (KubernetesVersions); the
// identity and storage page the storage account name's availability (StorageNameChecker); the
// Welcome and Review pages the readiness findings (ReadinessChecker), which hold Deploy back.
// In simulation mode every query goes to the simulator through the same tools' environment
// the deployment uses (ToolEnvironment). Everything is asynchronous; `launcher` and `network`
// must outlive this object.
class Preflight : public QObject
{
    Q_OBJECT
public:
    Preflight(MainWindow& window, SettingsModel& settings, Deployment& deployment,
              ProcessLauncher& launcher, QNetworkAccessManager& network, QObject* parent = nullptr);
    ~Preflight() override;

    // Starts every check (and the client IP's detection when the field is empty).
    void start();
    void recheck();
    void detectClientIp();

    // How long the storage name waits for the typing to stop.
    void setStorageDebounce(int milliseconds) { m_storage->setDebounce(milliseconds); }

    const QProcessEnvironment& environment() const { return m_env; }
    // The Welcome page's findings (the Review page has its own panel).
    ReadinessPanel* welcomeReadiness() const { return m_welcomeReadiness; }
    // How long the readiness checks wait for the settings to stop changing.
    void setReadinessDebounce(int milliseconds) { m_readinessTimer.setInterval(milliseconds); }
    bool isCheckingReadiness() const { return m_readiness->isRunning(); }
    bool isDetectingIp() const { return m_ip && m_ip->isRunning(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void prepareEnvironment();
    void modeChanged();
    void settingChanged(const QString& key);
    void accountChanged();
    void subscriptionsChanged();
    void fetchVersions();
    void versionsFinished(const KubernetesVersions::Result& result);
    void ipFinished(const PublicIpDetector::Result& result);
    void storageChecked(const StorageNameResult& result);
    void refreshBlocking();
    // Runs the readiness checks soon (after the typing stops), or now.
    void scheduleReadiness();
    void checkReadiness();
    void readinessFinished(const Findings& findings);
    void setReadinessState(int state);
    // The notes that depend on the language, from the last answers.
    void refreshNotes();

    MainWindow& m_window;
    SettingsModel& m_settings;
    Deployment& m_deployment;
    ProcessLauncher& m_launcher;
    QNetworkAccessManager& m_network;
    QProcessEnvironment m_env;
    QString m_envError;
    ToolChecker* m_tools;
    AzureAccount* m_account;
    KubernetesVersions* m_versions;
    StorageNameChecker* m_storage;
    QPointer<PublicIpDetector> m_ip;
    QTimer m_regionTimer;
    ReadinessChecker* m_readiness;
    ReadinessPanel* m_welcomeReadiness;
    QTimer m_readinessTimer;

    // The last answers, kept to word them again in another language.
    enum class IpState
    {
        Idle,
        Detecting,
        Detected,
        Failed
    };
    IpState m_ipState = IpState::Idle;
    PublicIpDetector::Result m_ipResult;
    bool m_ipTried = false;
    bool m_versionsDone = false;
    KubernetesVersions::Result m_versionsResult;
    QString m_versionsRegion;
    bool m_storageChecking = false;
    bool m_storageDone = false;
    StorageNameResult m_storageResult;
    QString m_lastSubscription;
    QString m_lastStorageName;
    QString m_lastStorageGroup;
};

} // namespace cnpg
