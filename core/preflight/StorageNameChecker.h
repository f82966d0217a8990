#pragma once

#include "process/ProcessLauncher.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace cnpg {

struct StorageNameResult
{
    enum class State
    {
        Available,
        Taken,   // Azure says AlreadyExists, and it is not in the deployment's resource group
        Yours,   // taken by the deployment's own account (an earlier or interrupted run)
        Invalid, // breaks the naming rule (checked locally, or Azure's AccountNameInvalid)
        Error,   // az failed (not signed in, offline, ...); `message` says why
    };
    QString name;
    State state = State::Error;
    QString reason;  // Azure's code: "AlreadyExists", "AccountNameInvalid"; empty otherwise
    QString message; // Azure's sentence or az's error output, untranslated
};

// Storage account names are global across Azure. This checks one as the user types it:
// every setName() restarts a short timer, and only the name still there when it fires is
// sent to `az storage account check-name`; an answer for a name that has changed since is
// dropped, and its process stopped. Names that break the naming rule are reported at once,
// without asking Azure.
class StorageNameChecker : public QObject
{
    Q_OBJECT
public:
    StorageNameChecker(ProcessLauncher& launcher, QObject* parent = nullptr);
    ~StorageNameChecker() override;

    void setEnvironment(const QProcessEnvironment& environment) { m_environment = environment; }
    void setSubscription(const QString& subscription) { m_subscription = subscription; }
    // The deployment's resource group: a taken name found there is the deployment's own.
    void setResourceGroup(const QString& group) { m_resourceGroup = group; }
    void setDebounce(int milliseconds) { m_debounce.setInterval(milliseconds); }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // The name as typed; checked after the debounce interval unless it changes again.
    void setName(const QString& name);
    // Checks the current name now (e.g. when the field loses focus).
    void checkNow();
    void cancel();
    QString name() const { return m_name; }
    bool isChecking() const { return !m_process.isNull(); }

    static QStringList arguments(const QString& name, const QString& subscription);
    // `az storage account show` of the name in `group`: succeeds only for one's own account.
    static QStringList ownershipArguments(const QString& name, const QString& group,
                                          const QString& subscription);
    // The answer of check-name for `name`.
    static StorageNameResult parse(const QString& name, const QByteArray& json);
    // A translated sentence for the result.
    static QString describe(const StorageNameResult& result);

signals:
    // The name is being sent to Azure now.
    void checking(const QString& name);
    void checked(const cnpg::StorageNameResult& result);

private:
    void run();
    void checkOwnership(const StorageNameResult& taken, int generation);

    ProcessLauncher& m_launcher;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QString m_subscription;
    QString m_resourceGroup;
    QString m_name;
    QTimer m_debounce;
    int m_timeoutMs = 30000;
    QPointer<RunningProcess> m_process;
    int m_generation = 0;
};

} // namespace cnpg

Q_DECLARE_METATYPE(cnpg::StorageNameResult)
