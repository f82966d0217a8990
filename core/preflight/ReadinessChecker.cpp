#include "preflight/ReadinessChecker.h"

#include "preflight/KubernetesVersions.h"
#include "preflight/StorageNameChecker.h"
#include "process/AsyncProcess.h"
#include "run/ErrorClassifier.h"
#include "util/Logging.h"

#include <QTimer>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace cnpg {

namespace {

QString s(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

QStringList pinned(QStringList args, const QString& subscription)
{
    if (!subscription.isEmpty())
        args << s("--subscription") << subscription;
    return args;
}

QString errorText(const ProcessResult& r, bool timedOut)
{
    if (timedOut)
        return s("az did not answer in time");
    if (r.failedToStart)
        return r.errorString;
    return QString::fromUtf8(r.standardError).trimmed();
}

} // namespace

ReadinessChecker::ReadinessChecker(ProcessLauncher& launcher, QObject* parent)
    : QObject(parent)
    , m_launcher(launcher)
{
    qRegisterMetaType<cnpg::Finding>();
    qRegisterMetaType<cnpg::Findings>();
}

ReadinessChecker::~ReadinessChecker()
{
    for (const QPointer<RunningProcess>& p : std::as_const(m_processes))
        AsyncProcess::cancel(p);
}

QStringList ReadinessChecker::usageArguments(const QString& region, const QString& subscription)
{
    return pinned({s("vm"), s("list-usage"), s("--location"), region, s("--output"), s("json")},
                  subscription);
}

QStringList ReadinessChecker::skuArguments(const QString& region, const QString& size,
                                           const QString& subscription)
{
    // --all: without it az hides a size restricted for the subscription instead of saying so.
    return pinned({s("vm"), s("list-skus"), s("--location"), region, s("--size"), size,
                   s("--resource-type"), s("virtualMachines"), s("--all"), s("--output"),
                   s("json")},
                  subscription);
}

QStringList ReadinessChecker::providerArguments(const QString& nameSpace,
                                                const QString& subscription)
{
    return pinned({s("provider"), s("show"), s("--namespace"), nameSpace, s("--output"), s("json")},
                  subscription);
}

QStringList ReadinessChecker::signedInUserArguments()
{
    return {s("ad"), s("signed-in-user"), s("show"), s("--query"),
            s("id"), s("--output"),       s("tsv")};
}

QStringList ReadinessChecker::roleArguments(const QString& objectId, const QString& subscription)
{
    // --all: the assignments at every scope of the subscription (the resource group's too);
    // --include-inherited: those from management groups; --include-groups: through groups.
    return pinned({s("role"), s("assignment"), s("list"), s("--assignee"), objectId, s("--all"),
                   s("--include-inherited"), s("--include-groups"), s("--output"), s("json")},
                  subscription);
}

QStringList ReadinessChecker::registerArguments(const QString& nameSpace,
                                                const QString& subscription)
{
    return pinned({s("provider"), s("register"), s("--namespace"), nameSpace, s("--wait")},
                  subscription);
}

void ReadinessChecker::cancel()
{
    ++m_generation;
    m_pending = 0;
    for (const QPointer<RunningProcess>& p : std::as_const(m_processes))
        AsyncProcess::cancel(p);
    m_processes.clear();
    if (m_storage)
        m_storage->cancel();
}

void ReadinessChecker::start(const Settings& settings)
{
    cancel();
    m_settings = settings;
    m_subscription = settings.value(keys::SubscriptionId);
    m_findings.clear();
    m_skus.clear();
    m_usage.reset();
    m_computeFailed = false;
    m_providers.clear();
    m_providersFailed = false;
    // One count for the round itself, so that nothing finishes before every query started.
    m_pending = 1;
    startVersions();
    startCompute();
    startProviders();
    startRoles();
    startStorage();
    QMetaObject::invokeMethod(
        this,
        [this, g = m_generation] {
            if (g == m_generation)
                oneDone();
        },
        Qt::QueuedConnection);
}

void ReadinessChecker::run(const QStringList& arguments, Done done)
{
    ++m_pending;
    attempt(arguments, done, 1);
}

void ReadinessChecker::attempt(const QStringList& arguments, const Done& done, int attempt)
{
    ProcessSpec spec;
    spec.program = s("az");
    spec.arguments = arguments;
    spec.environment = m_environment;
    const int generation = m_generation;
    m_processes << AsyncProcess::start(
        m_launcher, spec, this, m_timeoutMs,
        [this, generation, arguments, done, attempt](const ProcessResult& r, bool timedOut) {
            if (generation != m_generation)
                return;
            const QString error = QString::fromUtf8(r.standardError);
            const bool transient =
                !r.ok() && !timedOut && !r.failedToStart &&
                ErrorClassifier::match(
                    error, {TransientError::Throttled, TransientError::InternalServerError});
            if (transient && attempt < m_attempts) {
                const int delay = m_retryDelayMs << (attempt - 1);
                spdlog::info("readiness: az {} {}: {}; again in {} ms", arguments.value(0),
                             arguments.value(1), ErrorClassifier::summary(error), delay);
                QTimer::singleShot(delay, this, [this, generation, arguments, done, attempt] {
                    if (generation == m_generation)
                        this->attempt(arguments, done, attempt + 1);
                });
                return;
            }
            done(r, timedOut);
            oneDone();
        });
}

void ReadinessChecker::add(const Finding& f)
{
    m_findings << f;
}

void ReadinessChecker::add(const Findings& f)
{
    m_findings += f;
}

void ReadinessChecker::failed(CheckId check, const ProcessResult& r, bool timedOut,
                              const QString& what)
{
    const QString code = timedOut ? finding::TimedOut : finding::AzFailed;
    spdlog::warn("readiness: {} failed: {}", what, errorText(r, timedOut));
    add(ReadinessRules::couldNotRun(check, code, errorText(r, timedOut)));
}

void ReadinessChecker::oneDone()
{
    if (m_pending <= 0 || --m_pending > 0)
        return;
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const Finding& a, const Finding& b) { return a.check < b.check; });
    m_processes.clear();
    emit finished(m_findings);
}

void ReadinessChecker::startVersions()
{
    const QString region = m_settings.value(keys::Region);
    run(KubernetesVersions::arguments(region, m_subscription),
        [this](const ProcessResult& r, bool timedOut) {
            if (!r.ok() || timedOut)
                return failed(CheckId::KubernetesVersion, r, timedOut, s("az aks get-versions"));
            const auto versions = KubernetesVersions::parse(r.standardOutput);
            if (!versions)
                return add(ReadinessRules::couldNotRun(CheckId::KubernetesVersion,
                                                       finding::Unreadable, QString()));
            add(ReadinessRules::version(m_settings, *versions));
        });
}

void ReadinessChecker::startCompute()
{
    const QString region = m_settings.value(keys::Region);
    const QStringList sizes = ReadinessRules::poolSizes(m_settings);
    m_skusLeft = int(sizes.size()) + 1;
    const auto evaluate = [this] {
        if (--m_skusLeft > 0)
            return;
        if (m_computeFailed)
            return; // the failing query added its findings
        add(ReadinessRules::sizes(m_settings, m_skus));
        add(ReadinessRules::quota(m_settings, *m_usage, m_skus));
    };
    const auto fail = [this](const ProcessResult& r, bool timedOut, const QString& what) {
        if (!m_computeFailed) {
            failed(CheckId::VcpuQuota, r, timedOut, what);
            failed(CheckId::VmSizes, r, timedOut, what);
        }
        m_computeFailed = true;
    };
    run(usageArguments(region, m_subscription),
        [this, evaluate, fail](const ProcessResult& r, bool timedOut) {
            if (!r.ok() || timedOut) {
                fail(r, timedOut, s("az vm list-usage"));
            } else if (!(m_usage = ReadinessRules::parseUsage(r.standardOutput))) {
                ProcessResult bad = r;
                bad.standardError = "unexpected output of az vm list-usage";
                fail(bad, false, s("az vm list-usage"));
            }
            evaluate();
        });
    for (const QString& size : sizes) {
        run(skuArguments(region, size, m_subscription),
            [this, evaluate, fail, size, region](const ProcessResult& r, bool timedOut) {
                std::optional<SkuInfo> sku;
                if (!r.ok() || timedOut)
                    fail(r, timedOut, s("az vm list-skus"));
                else if (!(sku = ReadinessRules::parseSku(r.standardOutput, size, region))) {
                    ProcessResult bad = r;
                    bad.standardError = "unexpected output of az vm list-skus";
                    fail(bad, false, s("az vm list-skus"));
                } else {
                    m_skus << *sku;
                }
                evaluate();
            });
    }
}

void ReadinessChecker::startProviders()
{
    const QStringList namespaces = Readiness::requiredProviders();
    m_providersLeft = int(namespaces.size());
    const QString region = m_settings.value(keys::Region);
    for (const QString& ns : namespaces) {
        run(providerArguments(ns, m_subscription),
            [this, region](const ProcessResult& r, bool timedOut) {
                std::optional<ProviderInfo> p;
                if (r.ok() && !timedOut)
                    p = ReadinessRules::parseProvider(r.standardOutput, region);
                if (p) {
                    m_providers << *p;
                } else if (!m_providersFailed) {
                    m_providersFailed = true;
                    ProcessResult bad = r;
                    if (r.ok() && !timedOut)
                        bad.standardError = "unexpected output of az provider show";
                    failed(CheckId::Providers, bad, timedOut, s("az provider show"));
                    failed(CheckId::RegionServices, bad, timedOut, s("az provider show"));
                }
                if (--m_providersLeft > 0 || m_providersFailed)
                    return;
                add(ReadinessRules::providers(m_providers));
                add(ReadinessRules::services(m_settings, m_providers));
            });
    }
}

void ReadinessChecker::startRoles()
{
    run(signedInUserArguments(), [this](const ProcessResult& r, bool timedOut) {
        const QString id = QString::fromUtf8(r.standardOutput).trimmed();
        if (!r.ok() || timedOut || id.isEmpty())
            return failed(CheckId::RoleAssignment, r, timedOut, s("az ad signed-in-user show"));
        run(roleArguments(id, m_subscription), [this](const ProcessResult& r2, bool timedOut2) {
            if (!r2.ok() || timedOut2)
                return failed(CheckId::RoleAssignment, r2, timedOut2, s("az role assignment list"));
            const auto list = ReadinessRules::parseRoleAssignments(r2.standardOutput);
            if (!list)
                return add(ReadinessRules::couldNotRun(CheckId::RoleAssignment, finding::Unreadable,
                                                       QString()));
            add(ReadinessRules::roles(m_settings, *list));
        });
    });
}

void ReadinessChecker::startStorage()
{
    if (!m_storage) {
        m_storage = new StorageNameChecker(m_launcher, this);
        connect(m_storage, &StorageNameChecker::checked, this,
                [this](const StorageNameResult& result) {
                    if (m_pending <= 0 || result.name != m_settings.value(keys::StorageAccount))
                        return;
                    add(ReadinessRules::storage(result));
                    oneDone();
                });
    }
    m_storage->setEnvironment(m_environment);
    m_storage->setTimeout(m_timeoutMs);
    m_storage->setSubscription(m_subscription);
    m_storage->setResourceGroup(m_settings.value(keys::ResourceGroup));
    ++m_pending;
    m_storage->setName(m_settings.value(keys::StorageAccount));
    m_storage->checkNow();
}

void ReadinessChecker::registerProviders(const QStringList& namespaces)
{
    if (m_registering > 0 || namespaces.isEmpty())
        return;
    m_registerErrors.clear();
    m_registering = int(namespaces.size());
    for (const QString& ns : namespaces) {
        ProcessSpec spec;
        spec.program = s("az");
        spec.arguments = registerArguments(ns, m_settings.value(keys::SubscriptionId));
        spec.environment = m_environment;
        // Registration takes minutes on real Azure.
        AsyncProcess::start(m_launcher, spec, this, std::max(m_timeoutMs, 600000),
                            [this, ns](const ProcessResult& r, bool timedOut) {
                                if (!r.ok() || timedOut)
                                    m_registerErrors << ns + s(": ") + errorText(r, timedOut);
                                if (--m_registering > 0)
                                    return;
                                emit registered(m_registerErrors.isEmpty(),
                                                m_registerErrors.join(QLatin1Char('\n')));
                            });
    }
}

} // namespace cnpg
