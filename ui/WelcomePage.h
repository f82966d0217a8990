#pragma once

#include "preflight/AzureAccount.h"
#include "preflight/ToolCheck.h"
#include "WizardPage.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTreeWidget;
class QVBoxLayout;

namespace cnpg {

// Start: what the wizard does, the tools it found, the Azure account, and whether to simulate.
// The tool, sign-in and subscription checks (Preflight) fill this page through its setters and
// hear its buttons through signals; the page itself runs nothing.
class WelcomePage : public WizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    QString title() const override;
    // In real mode, Next waits for the tools and the sign-in (see setBlockingProblem).
    bool isComplete() const override;

    // The tools table: one row per tool, as ToolChecker found it (Pending: being checked).
    void setToolStatuses(const QList<ToolStatus>& statuses);
    const QList<ToolStatus>& toolStatuses() const { return m_tools; }
    QTreeWidget* toolList() const { return m_toolList; }
    QPushButton* recheckButton() const { return m_recheck; }

    // The Azure CLI's sign-in: who is signed in; the Sign in button when nobody is.
    void setAccountState(AzureAccount::State state, const QString& account,
                         const QString& detail = QString());
    // az login's device code flow: where to go and what to type; empty values hide it.
    void setDeviceCode(const QString& url, const QString& code);
    QPushButton* signInButton() const { return m_signIn; }
    QLabel* deviceCodeLabel() const { return m_deviceCode; }
    // The subscriptions of the signed-in account; `selected` is an id (the setting's value).
    void setSubscriptions(const QList<AzureSubscription>& subscriptions, const QString& selected);
    QComboBox* subscriptionPicker() const { return m_subscriptions; }
    // Where preflight adds further widgets of its own.
    QVBoxLayout* preflightArea() const { return m_preflightArea; }
    // Full width under the tools and the account: the readiness findings.
    QVBoxLayout* readinessArea() const { return m_readinessArea; }

    // Why Next is blocked (translated by the caller, set again on a language change); empty:
    // not blocked.
    void setBlockingProblem(const QString& problem);
    QString blockingProblem() const { return m_blocking; }

    bool simulate() const;
    void setSimulate(bool simulate);
    // Real Azure needs the Azure CLI; without it only simulation is offered.
    void setRealAzureAvailable(bool available);

    // Offers to continue an interrupted deployment (of that resource group); empty: no offer.
    void offerResume(const QString& resourceGroup);
    QPushButton* resumeButton() const { return m_resume; }

signals:
    void simulateChanged(bool simulate);
    void resumeRequested();
    void recheckRequested();
    void signInRequested();
    // The user picked a subscription (its id).
    void subscriptionChosen(const QString& id);

protected:
    QString explanation() const override;
    void retranslate() override;

private:
    void refreshTools();
    void refreshAccount();

    QList<ToolStatus> m_tools;
    AzureAccount::State m_accountState = AzureAccount::State::Unknown;
    QString m_account;
    QString m_accountDetail;
    QString m_deviceUrl;
    QString m_deviceCodeText;
    QString m_blocking;
    QGroupBox* m_modeBox;
    QRadioButton* m_simulate;
    QRadioButton* m_real;
    QLabel* m_modeNote;
    QGroupBox* m_toolBox;
    QTreeWidget* m_toolList;
    QPushButton* m_recheck;
    QGroupBox* m_accountBox;
    QLabel* m_accountLabel;
    QPushButton* m_signIn;
    QLabel* m_deviceCode;
    QLabel* m_subscriptionLabel;
    QComboBox* m_subscriptions;
    QLabel* m_blockingLabel;
    QVBoxLayout* m_preflightArea;
    QVBoxLayout* m_readinessArea;
    QGroupBox* m_resumeBox;
    QLabel* m_resumeText;
    QPushButton* m_resume;
    QString m_resumeGroup;
};

} // namespace cnpg
