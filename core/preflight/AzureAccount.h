#pragma once

#include "process/ProcessLauncher.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>
#include <optional>

namespace cnpg {

struct AzureSubscription
{
    QString id;
    QString name;
    QString tenantId;
    QString state; // "Enabled", "Disabled", "Warned", ...
    QString user;  // the signed-in account's name
    bool isDefault = false;

    bool operator==(const AzureSubscription& o) const
    {
        return id == o.id && name == o.name && tenantId == o.tenantId && state == o.state &&
               user == o.user && isDefault == o.isDefault;
    }
};

// The Azure CLI's sign-in, as the Welcome page needs it: who is signed in (`az account show`),
// which subscriptions there are (`az account list`), and `az login` when nobody is, with the
// device code flow where no browser can open. The chosen subscription is not kept here: it is
// the AZURE_SUBSCRIPTION_ID setting, which pins every az command of the plan. Never blocks.
class AzureAccount : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Unknown,
        Checking,
        SignedIn,
        NotSignedIn,
        SigningIn,
        AzMissing,
        Error, // az failed for another reason; see errorDetail()
    };
    Q_ENUM(State)

    enum class LoginMode
    {
        Auto,      // device code when browserAvailable() says no browser can open
        Browser,   // `az login`
        DeviceCode // `az login --use-device-code`
    };
    Q_ENUM(LoginMode)

    struct DeviceCode
    {
        QString url;     // https://microsoft.com/devicelogin
        QString code;    // what the user types there
        QString message; // az's own sentence, untranslated
        bool isValid() const { return !url.isEmpty() && !code.isEmpty(); }
    };

    AzureAccount(ProcessLauncher& launcher, QObject* parent = nullptr);
    ~AzureAccount() override;

    void setEnvironment(const QProcessEnvironment& environment) { m_environment = environment; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // `az account show`, then `az account list` when someone is signed in.
    void refresh();
    // `az login`; refresh() follows a successful sign-in. Ignored while a sign-in runs.
    void login(LoginMode mode = LoginMode::Auto);
    void cancelLogin();

    State state() const { return m_state; }
    const AzureSubscription& current() const { return m_current; }
    const QList<AzureSubscription>& subscriptions() const { return m_subscriptions; }
    QString errorDetail() const { return m_errorDetail; }

    // Whether `az login` can open a browser here (a desktop session, not SSH).
    static bool browserAvailable(const QProcessEnvironment& environment);
    static QStringList loginArguments(LoginMode mode, const QProcessEnvironment& environment);
    static std::optional<AzureSubscription> parseAccount(const QByteArray& json);
    static QList<AzureSubscription> parseAccountList(const QByteArray& json);
    // az's answer when nobody is signed in or the sign-in expired.
    static bool isNotSignedIn(const QByteArray& errorOutput);
    static DeviceCode parseDeviceCode(const QString& text);
    // English source text, context "cnpg::AzureAccount"; translated.
    static QString stateText(State state);

signals:
    void stateChanged(cnpg::AzureAccount::State state);
    void currentChanged(const cnpg::AzureSubscription& current);
    void subscriptionsChanged(const QList<cnpg::AzureSubscription>& subscriptions);
    void deviceCodeReceived(const cnpg::AzureAccount::DeviceCode& deviceCode);
    void loginFinished(bool ok, const QString& detail);

private:
    ProcessSpec azSpec(const QStringList& args) const;
    void setState(State state);
    void showFinished(const ProcessResult& r, bool timedOut);
    void listFinished(const ProcessResult& r, bool timedOut);

    ProcessLauncher& m_launcher;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    int m_timeoutMs = 60000;
    State m_state = State::Unknown;
    AzureSubscription m_current;
    QList<AzureSubscription> m_subscriptions;
    QString m_errorDetail;
    QPointer<RunningProcess> m_query;
    QPointer<RunningProcess> m_login;
    QString m_loginOutput;
    int m_generation = 0;
};

} // namespace cnpg

Q_DECLARE_METATYPE(cnpg::AzureSubscription)
Q_DECLARE_METATYPE(cnpg::AzureAccount::DeviceCode)
