#pragma once

#include "preflight/Readiness.h"
#include "preflight/ReadinessRules.h"
#include "process/ProcessLauncher.h"
#include "settings/Settings.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <functional>

namespace cnpg {

class StorageNameChecker;

// Runs every readiness check for one set of settings: the read-only az queries all at once in
// the background, each with its own time limit, then one finished() with the findings in the
// order of CheckId. Transient Azure errors are retried; a query that still fails or times out
// makes its check CouldNotRun, never Ready.
// start() again drops the answers of an earlier round. Nothing here waits or spins a loop.
class ReadinessChecker : public QObject
{
    Q_OBJECT
public:
    ReadinessChecker(ProcessLauncher& launcher, QObject* parent = nullptr);
    ~ReadinessChecker() override;

    void setEnvironment(const QProcessEnvironment& environment) { m_environment = environment; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // A query that Azure throttles or answers with a server error is asked again, up to
    // `attempts` times in all, after `firstDelayMs`, then twice as long each time.
    void setRetries(int attempts, int firstDelayMs)
    {
        m_attempts = attempts;
        m_retryDelayMs = firstDelayMs;
    }

    void start(const Settings& settings);
    void cancel();
    bool isRunning() const { return m_pending > 0; }
    const Findings& findings() const { return m_findings; }
    const Settings& settings() const { return m_settings; }

    // `az provider register --namespace X --wait` for each, at once; registered() follows.
    void registerProviders(const QStringList& namespaces);
    bool isRegistering() const { return m_registering > 0; }

    // The az arguments of each query (with --subscription when one is pinned).
    static QStringList usageArguments(const QString& region, const QString& subscription);
    static QStringList skuArguments(const QString& region, const QString& size,
                                    const QString& subscription);
    static QStringList providerArguments(const QString& nameSpace, const QString& subscription);
    static QStringList signedInUserArguments();
    static QStringList roleArguments(const QString& objectId, const QString& subscription);
    static QStringList registerArguments(const QString& nameSpace, const QString& subscription);

signals:
    void finished(const cnpg::Findings& findings);
    // ok: every registration ended well; `detail` is az's error otherwise.
    void registered(bool ok, const QString& detail);

private:
    using Done = std::function<void(const ProcessResult& r, bool timedOut)>;
    void run(const QStringList& arguments, Done done);
    void attempt(const QStringList& arguments, const Done& done, int attempt);
    void add(const Finding& f);
    void add(const Findings& f);
    void failed(CheckId check, const ProcessResult& r, bool timedOut, const QString& what);
    void oneDone();
    void startVersions();
    void startCompute();
    void startProviders();
    void startRoles();
    void startStorage();

    ProcessLauncher& m_launcher;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    int m_timeoutMs = 60000;
    int m_attempts = 4;
    int m_retryDelayMs = 2000;
    Settings m_settings;
    QString m_subscription;
    int m_generation = 0;
    int m_pending = 0;
    int m_registering = 0;
    QStringList m_registerErrors;
    Findings m_findings;
    QList<QPointer<RunningProcess>> m_processes;
    StorageNameChecker* m_storage = nullptr;
    // Partial answers of the round.
    QList<SkuInfo> m_skus;
    std::optional<QList<UsageEntry>> m_usage;
    bool m_computeFailed = false;
    int m_skusLeft = 0;
    QList<ProviderInfo> m_providers;
    int m_providersLeft = 0;
    bool m_providersFailed = false;
};

} // namespace cnpg
