#include "run/KubeconfigLeftovers.h"

#include "plan/TeardownBuilder.h"
#include "process/ProcessLauncher.h"
#include "settings/SettingsSchema.h"

#include <algorithm>

namespace cnpg {

namespace {

QString s(const char* t)
{
    return QString::fromLatin1(t);
}

} // namespace

KubeconfigLeftovers::KubeconfigLeftovers(ProcessLauncher& launcher, QProcessEnvironment environment,
                                         QObject* parent)
    : QObject(parent)
    , m_launcher(launcher)
    , m_environment(std::move(environment))
{}

KubeconfigLeftovers::~KubeconfigLeftovers()
{
    for (RunningProcess* p : std::as_const(m_running))
        p->kill();
}

QList<KubeconfigLeftovers::Entry> KubeconfigLeftovers::expected(const Settings& settings)
{
    const QString cluster = settings.value(keys::ClusterName);
    return {{Kind::Context, cluster},
            {Kind::Cluster, cluster},
            {Kind::User, TeardownBuilder::kubeconfigUser(settings)}};
}

void KubeconfigLeftovers::start(const Settings& settings)
{
    m_expected = expected(settings);
    m_found.clear();
    m_pending = 3;
    // All names at once: `get-contexts NAME` fails for one that is missing, which a kubeconfig
    // that cannot be read does too; get-clusters and get-users take no name.
    read(Kind::Context, {s("config"), s("get-contexts"), s("--output"), s("name")});
    read(Kind::Cluster, {s("config"), s("get-clusters")});
    read(Kind::User, {s("config"), s("get-users")});
}

void KubeconfigLeftovers::read(Kind kind, const QStringList& arguments)
{
    ProcessSpec spec;
    spec.program = s("kubectl");
    spec.arguments = arguments;
    spec.environment = m_environment;
    RunningProcess* p = m_launcher.start(spec, this);
    m_running << p;
    connect(p, &RunningProcess::finished, this, [this, p, kind](const ProcessResult& r) {
        m_running.removeOne(p);
        p->deleteLater();
        if (r.ok()) {
            const QStringList names =
                QString::fromUtf8(r.standardOutput).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const Entry& e : std::as_const(m_expected)) {
                if (e.kind == kind && names.contains(e.name))
                    m_found << e;
            }
        }
        if (--m_pending > 0)
            return;
        // In the order of `expected`, whichever call finished first.
        std::sort(m_found.begin(), m_found.end(),
                  [](const Entry& a, const Entry& b) { return a.kind < b.kind; });
        emit finished(m_found);
    });
}

} // namespace cnpg
