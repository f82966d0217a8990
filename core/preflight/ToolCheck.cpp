#include "preflight/ToolCheck.h"

#include "process/AsyncProcess.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTimer>
#include <spdlog/spdlog.h>

namespace cnpg {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cnpg::ToolCheck", text);
}

ToolSpec makeSpec(Tool tool, const char* name, const char* program, QStringList args,
                  const char* minimum, ToolNeed need, Version (*parse)(const QByteArray&),
                  const char* doc)
{
    ToolSpec s;
    s.tool = tool;
    s.name = QString::fromLatin1(name);
    s.program = QString::fromLatin1(program);
    s.versionArgs = std::move(args);
    s.minimum = QString::fromLatin1(minimum);
    s.need = need;
    s.parse = parse;
    s.documentation = QString::fromLatin1(doc);
    return s;
}

QList<ToolSpec> buildTools()
{
    using N = ToolNeed;
    const auto s = [](const char* a) { return QString::fromLatin1(a); };
    // `az version` reads only local files; `az --version` would also ask the network for
    // updates, which is slow and fails offline.
    return {
        makeSpec(Tool::Az, "az", "az", {s("version"), s("--output"), s("json")}, "2.56",
                 N::Required, &VersionParser::az,
                 "https://learn.microsoft.com/cli/azure/install-azure-cli"),
        makeSpec(Tool::Kubectl, "kubectl", "kubectl",
                 {s("version"), s("--client"), s("--output"), s("json")}, "1.21", N::Required,
                 &VersionParser::kubectl, "https://kubernetes.io/docs/tasks/tools/"),
        makeSpec(Tool::Helm, "helm", "helm", {s("version"), s("--short")}, "3", N::Required,
                 &VersionParser::helm, "https://helm.sh/docs/intro/install/"),
        makeSpec(Tool::Krew, "krew", "kubectl", {s("krew"), s("version")}, "0.4.4",
                 N::InstalledByWizard, &VersionParser::krew,
                 "https://krew.sigs.k8s.io/docs/user-guide/setup/install/"),
        makeSpec(Tool::Jq, "jq", "jq", {s("--version")}, "1.5", N::ScriptOnly, &VersionParser::jq,
                 "https://jqlang.github.io/jq/download/"),
    };
}

QString firstLine(const QByteArray& text)
{
    const QString t = QString::fromUtf8(text).trimmed();
    return t.section(QLatin1Char('\n'), 0, 0).trimmed();
}

QString findOnPath(const QString& program, const QProcessEnvironment& env)
{
    const QStringList dirs =
        env.value(QStringLiteral("PATH")).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    return QStandardPaths::findExecutable(program, dirs);
}

} // namespace

bool ToolStatus::blocking() const
{
    return ToolCheck::isBlocking(*this);
}

const QList<ToolSpec>& ToolCheck::tools()
{
    static const QList<ToolSpec> all = buildTools();
    return all;
}

const ToolSpec& ToolCheck::spec(Tool tool)
{
    for (const ToolSpec& s : tools()) {
        if (s.tool == tool)
            return s;
    }
    Q_UNREACHABLE();
}

ToolStatus ToolCheck::evaluate(const ToolSpec& spec, const ProcessResult& result)
{
    ToolStatus st;
    st.tool = spec.tool;
    st.minimum = spec.minimum;
    if (result.failedToStart) {
        st.state = ToolState::Missing;
        st.detail = result.errorString;
        return st;
    }
    const QByteArray err = result.standardError.trimmed();
    if (!result.ok()) {
        // kubectl without the plugin: `error: unknown command "krew" for "kubectl"`.
        if (spec.tool == Tool::Krew && err.contains("unknown command"))
            st.state = ToolState::Missing;
        else
            st.state = ToolState::Failed;
        st.detail = QString::fromUtf8(err.isEmpty() ? result.standardOutput.trimmed() : err);
        return st;
    }
    Version v = spec.parse(result.standardOutput);
    if (!v.isValid())
        v = spec.parse(result.standardError); // some builds print their version on stderr
    if (!v.isValid()) {
        st.state = ToolState::Unreadable;
        st.detail = firstLine(result.standardOutput + result.standardError);
        return st;
    }
    st.found = v.toString();
    st.state = v < Version::fromString(spec.minimum) ? ToolState::TooOld : ToolState::Ok;
    return st;
}

bool ToolCheck::isBlocking(const ToolStatus& status)
{
    switch (status.state) {
    case ToolState::Ok:
    case ToolState::Unreadable: // it runs; an unknown version is no reason to refuse
        return false;
    case ToolState::TooOld:
        return spec(status.tool).need != ToolNeed::ScriptOnly;
    case ToolState::Pending:
        return true;
    case ToolState::Missing:
    case ToolState::Failed:
    case ToolState::TimedOut:
        return spec(status.tool).need == ToolNeed::Required;
    }
    return true;
}

bool ToolCheck::allNeededPresent(const QList<ToolStatus>& statuses)
{
    if (statuses.size() != tools().size())
        return false;
    for (const ToolStatus& s : statuses) {
        if (s.blocking())
            return false;
    }
    return true;
}

Platform ToolCheck::currentPlatform()
{
#if defined(Q_OS_MACOS)
    return Platform::MacOs;
#elif defined(Q_OS_WIN)
    return Platform::Windows;
#else
    return Platform::Debian;
#endif
}

QString ToolCheck::fixCommand(const ToolStatus& status, Platform platform)
{
    const bool old = status.state == ToolState::TooOld;
    switch (status.tool) {
    case Tool::Az:
        if (old)
            return QStringLiteral("az upgrade");
        switch (platform) {
        case Platform::Debian:
            return QStringLiteral("curl -sL https://aka.ms/InstallAzureCLIDeb | sudo bash");
        case Platform::MacOs:
            return QStringLiteral("brew install azure-cli");
        case Platform::Windows:
            return QStringLiteral("winget install --exact --id Microsoft.AzureCLI");
        }
        break;
    case Tool::Kubectl:
        switch (platform) {
        case Platform::Debian:
            // The AKS documentation's way; it needs az, which the check asks for first.
            return QStringLiteral("sudo az aks install-cli");
        case Platform::MacOs:
            return old ? QStringLiteral("brew upgrade kubectl")
                       : QStringLiteral("brew install kubectl");
        case Platform::Windows:
            return old ? QStringLiteral("winget upgrade --exact --id Kubernetes.kubectl")
                       : QStringLiteral("winget install --exact --id Kubernetes.kubectl");
        }
        break;
    case Tool::Helm:
        switch (platform) {
        case Platform::Debian:
            return QStringLiteral("curl -fsSL "
                                  "https://raw.githubusercontent.com/helm/helm/main/scripts/"
                                  "get-helm-3 | bash");
        case Platform::MacOs:
            return old ? QStringLiteral("brew upgrade helm") : QStringLiteral("brew install helm");
        case Platform::Windows:
            return old ? QStringLiteral("winget upgrade --exact --id Helm.Helm")
                       : QStringLiteral("winget install --exact --id Helm.Helm");
        }
        break;
    case Tool::Krew:
        if (old)
            return QStringLiteral("kubectl krew upgrade");
        // The plan's step 2 installs krew; Homebrew users may prefer their own.
        return platform == Platform::MacOs ? QStringLiteral("brew install krew") : QString();
    case Tool::Jq:
        switch (platform) {
        case Platform::Debian:
            return QStringLiteral("sudo apt-get install -y jq");
        case Platform::MacOs:
            return old ? QStringLiteral("brew upgrade jq") : QStringLiteral("brew install jq");
        case Platform::Windows:
            return old ? QStringLiteral("winget upgrade --exact --id jqlang.jq")
                       : QStringLiteral("winget install --exact --id jqlang.jq");
        }
        break;
    }
    return QString();
}

QString ToolCheck::stateCode(ToolState state)
{
    switch (state) {
    case ToolState::Pending:
        return QStringLiteral("pending");
    case ToolState::Ok:
        return QStringLiteral("ok");
    case ToolState::Missing:
        return QStringLiteral("missing");
    case ToolState::TooOld:
        return QStringLiteral("too-old");
    case ToolState::Unreadable:
        return QStringLiteral("unreadable");
    case ToolState::Failed:
        return QStringLiteral("failed");
    case ToolState::TimedOut:
        return QStringLiteral("timed-out");
    }
    return QString();
}

QString ToolCheck::stateText(ToolState state)
{
    switch (state) {
    case ToolState::Pending:
        return tr("checking");
    case ToolState::Ok:
        return tr("OK");
    case ToolState::Missing:
        return tr("missing");
    case ToolState::TooOld:
        return tr("too old");
    case ToolState::Unreadable:
        return tr("version unknown");
    case ToolState::Failed:
        return tr("failed");
    case ToolState::TimedOut:
        return tr("no answer");
    }
    return QString();
}

QString ToolCheck::describe(const ToolStatus& status)
{
    const ToolSpec& s = spec(status.tool);
    switch (status.state) {
    case ToolState::Pending:
        return tr("Checking %1...").arg(s.name);
    case ToolState::Ok:
        return tr("%1 %2 (the guide needs %3 or later).").arg(s.name, status.found, s.minimum);
    case ToolState::Missing:
        if (s.need == ToolNeed::InstalledByWizard)
            return tr("%1 is not installed; the deployment installs it (step 2).").arg(s.name);
        if (s.need == ToolNeed::ScriptOnly)
            return tr("%1 is not installed; only the exported script needs it.").arg(s.name);
        return tr("%1 is not installed; the deployment needs it.").arg(s.name);
    case ToolState::TooOld:
        return tr("%1 %2 is older than %3, the oldest version the guide works with.")
            .arg(s.name, status.found, s.minimum);
    case ToolState::Unreadable:
        return tr("%1 runs, but its version could not be read.").arg(s.name);
    case ToolState::Failed:
        return tr("%1 is installed but failed: %2")
            .arg(s.name, status.detail.section(QLatin1Char('\n'), 0, 0));
    case ToolState::TimedOut:
        return tr("%1 did not answer in time.").arg(s.name);
    }
    return QString();
}

ToolChecker::ToolChecker(ProcessLauncher& launcher, QObject* parent)
    : QObject(parent)
    , m_launcher(launcher)
{
    qRegisterMetaType<cnpg::ToolStatus>();
}

ToolChecker::~ToolChecker()
{
    for (const auto& p : std::as_const(m_processes))
        AsyncProcess::cancel(p);
}

void ToolChecker::start()
{
    for (const auto& p : std::as_const(m_processes))
        AsyncProcess::cancel(p); // their callbacks are ignored through the generation check
    m_processes.clear();
    m_results.clear();
    const QList<ToolSpec>& specs = ToolCheck::tools();
    for (const ToolSpec& s : specs) {
        ToolStatus pending;
        pending.tool = s.tool;
        pending.minimum = s.minimum;
        m_results << pending;
    }
    m_pending = int(specs.size());
    const int generation = ++m_generation;
    for (int i = 0; i < specs.size(); ++i) {
        const ToolSpec& s = specs.at(i);
        const QString path = findOnPath(s.program, m_environment);
        if (path.isEmpty()) {
            ToolStatus st = m_results.at(i);
            st.state = ToolState::Missing;
            // Reported from the event loop, like every other result.
            QTimer::singleShot(0, this, [this, i, st, generation] {
                if (generation == m_generation)
                    complete(i, st);
            });
            continue;
        }
        ProcessSpec spec;
        spec.program = path;
        spec.arguments = s.versionArgs;
        spec.environment = m_environment;
        m_processes << AsyncProcess::start(
            m_launcher, spec, this, m_timeoutMs,
            [this, i, s, path, generation](const ProcessResult& r, bool timedOut) {
                if (generation != m_generation)
                    return;
                ToolStatus st = ToolCheck::evaluate(s, r);
                if (timedOut) {
                    st.state = ToolState::TimedOut;
                    st.found.clear();
                }
                st.path = path;
                complete(i, st);
            });
    }
}

void ToolChecker::complete(int index, const ToolStatus& status)
{
    m_results[index] = status;
    spdlog::info("tool {}: {} {}{}", ToolCheck::spec(status.tool).name,
                 ToolCheck::stateCode(status.state), status.found,
                 status.path.isEmpty() ? QString() : QStringLiteral(" at ") + status.path);
    emit toolChecked(status);
    if (--m_pending == 0)
        emit finished(m_results);
}

} // namespace cnpg
