#include "preflight/KubernetesVersions.h"

#include "process/AsyncProcess.h"
#include "preflight/VersionParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace cnpg {

namespace {

const QString officialPlan = QStringLiteral("KubernetesOfficial");

QString minorOf(const QString& version)
{
    const Version v = Version::fromString(version);
    if (v.parts().size() < 2)
        return version;
    return QStringLiteral("%1.%2").arg(v.parts().at(0)).arg(v.parts().at(1));
}

void sortVersions(QStringList& list)
{
    std::sort(list.begin(), list.end(), [](const QString& a, const QString& b) {
        return Version::fromString(a) < Version::fromString(b);
    });
}

KubernetesVersionInfo& entryFor(QList<KubernetesVersionInfo>& list, const QString& minor)
{
    for (KubernetesVersionInfo& v : list) {
        if (v.version == minor)
            return v;
    }
    KubernetesVersionInfo v;
    v.version = minor;
    list << v;
    return list.last();
}

} // namespace

bool KubernetesVersionInfo::hasStandardSupport() const
{
    // Older answers carry no capabilities at all: every version listed had standard support.
    return supportPlans.isEmpty() || supportPlans.contains(officialPlan);
}

KubernetesVersions::KubernetesVersions(ProcessLauncher& launcher, QObject* parent)
    : QObject(parent)
    , m_launcher(launcher)
{
    qRegisterMetaType<cnpg::KubernetesVersions::Result>();
}

KubernetesVersions::~KubernetesVersions()
{
    AsyncProcess::cancel(m_process);
}

QStringList KubernetesVersions::arguments(const QString& region, const QString& subscription)
{
    QStringList args{QStringLiteral("aks"),        QStringLiteral("get-versions"),
                     QStringLiteral("--location"), region,
                     QStringLiteral("--output"),   QStringLiteral("json")};
    if (!subscription.isEmpty())
        args << QStringLiteral("--subscription") << subscription;
    return args;
}

std::optional<QList<KubernetesVersionInfo>> KubernetesVersions::parse(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    QList<KubernetesVersionInfo> out;
    if (root.contains(QStringLiteral("values"))) {
        for (const QJsonValue& value : root.value(QStringLiteral("values")).toArray()) {
            const QJsonObject o = value.toObject();
            const QString version = o.value(QStringLiteral("version")).toString();
            if (version.isEmpty())
                continue;
            KubernetesVersionInfo& v = entryFor(out, version);
            v.isDefault = o.value(QStringLiteral("isDefault")).toBool();
            v.isPreview = o.value(QStringLiteral("isPreview")).toBool();
            v.patchVersions = o.value(QStringLiteral("patchVersions")).toObject().keys();
            for (const QJsonValue& plan : o.value(QStringLiteral("capabilities"))
                                              .toObject()
                                              .value(QStringLiteral("supportPlan"))
                                              .toArray())
                v.supportPlans << plan.toString();
        }
    } else if (root.contains(QStringLiteral("orchestrators"))) {
        for (const QJsonValue& value : root.value(QStringLiteral("orchestrators")).toArray()) {
            const QJsonObject o = value.toObject();
            const QString patch = o.value(QStringLiteral("orchestratorVersion")).toString();
            if (patch.isEmpty())
                continue;
            KubernetesVersionInfo& v = entryFor(out, minorOf(patch));
            v.patchVersions << patch;
            v.isDefault = v.isDefault || o.value(QStringLiteral("default")).toBool();
            v.isPreview = v.isPreview || o.value(QStringLiteral("isPreview")).toBool();
        }
    } else {
        return std::nullopt;
    }
    for (KubernetesVersionInfo& v : out)
        sortVersions(v.patchVersions);
    std::sort(out.begin(), out.end(),
              [](const KubernetesVersionInfo& a, const KubernetesVersionInfo& b) {
                  return Version::fromString(a.version) < Version::fromString(b.version);
              });
    return out;
}

QString KubernetesVersions::defaultVersion(const QList<KubernetesVersionInfo>& versions)
{
    for (const KubernetesVersionInfo& v : versions) {
        if (v.isDefault)
            return v.version;
    }
    const QStringList usable = offerable(versions);
    return usable.isEmpty() ? QString() : usable.last();
}

QStringList KubernetesVersions::offerable(const QList<KubernetesVersionInfo>& versions)
{
    QStringList out;
    for (const KubernetesVersionInfo& v : versions) {
        if (!v.isPreview && v.hasStandardSupport())
            out << v.version;
    }
    return out;
}

KubernetesVersionChoice KubernetesVersions::choose(const QString& requested,
                                                   const QList<KubernetesVersionInfo>& versions)
{
    using S = KubernetesVersionChoice::Status;
    KubernetesVersionChoice c;
    c.requested = requested;
    c.version = requested;
    c.defaultVersion = defaultVersion(versions);
    if (versions.isEmpty()) {
        c.status = S::NoVersions;
        return c;
    }
    const bool isPatch = Version::fromString(requested).parts().size() > 2;
    const KubernetesVersionInfo* match = nullptr;
    for (const KubernetesVersionInfo& v : versions) {
        if (v.version == minorOf(requested) &&
            (!isPatch || v.patchVersions.contains(requested) || v.patchVersions.isEmpty()))
            match = &v;
    }
    if (!match)
        c.status = S::NotOffered;
    else if (!match->hasStandardSupport())
        c.status = S::LtsOnly;
    else if (match->isPreview)
        c.status = S::PreviewOnly;
    else
        c.status = S::Offered;
    if ((c.status == S::NotOffered || c.status == S::LtsOnly) && !c.defaultVersion.isEmpty())
        c.version = c.defaultVersion;
    return c;
}

QString KubernetesVersions::choiceText(const KubernetesVersionChoice& c)
{
    using S = KubernetesVersionChoice::Status;
    const auto tr = [](const char* s) {
        return QCoreApplication::translate("cnpg::KubernetesVersions", s);
    };
    switch (c.status) {
    case S::Offered:
    case S::NoVersions:
        return QString();
    case S::PreviewOnly:
        return tr("Kubernetes %1 is only a preview in this region.").arg(c.requested);
    case S::LtsOnly:
        return tr("Kubernetes %1 is only offered with long-term support (Premium tier) in this "
                  "region; the wizard uses the region's default, %2.")
            .arg(c.requested, c.version);
    case S::NotOffered:
        return tr("Kubernetes %1, the guide's version, is no longer offered in this region (it "
                  "is out of support on AKS); the wizard uses the region's default, %2.")
            .arg(c.requested, c.version);
    }
    return QString();
}

void KubernetesVersions::fetch(const QString& region)
{
    AsyncProcess::cancel(m_process);
    const int generation = ++m_generation;
    ProcessSpec spec;
    spec.program = QStringLiteral("az");
    spec.arguments = arguments(region, m_subscription);
    spec.environment = m_environment;
    m_process = AsyncProcess::start(
        m_launcher, spec, this, m_timeoutMs,
        [this, generation, region](const ProcessResult& r, bool timedOut) {
            if (generation != m_generation)
                return;
            m_process.clear();
            Result result;
            result.region = region;
            if (timedOut) {
                result.detail = QStringLiteral("az aks get-versions did not answer in time");
            } else if (!r.ok()) {
                result.detail =
                    r.failedToStart ? r.errorString : QString::fromUtf8(r.standardError).trimmed();
            } else if (auto list = parse(r.standardOutput)) {
                result.ok = true;
                result.versions = *list;
                result.defaultVersion = defaultVersion(*list);
            } else {
                result.detail = QStringLiteral("unexpected output of az aks get-versions");
            }
            emit finished(result);
        });
}

void KubernetesVersions::cancel()
{
    ++m_generation;
    AsyncProcess::cancel(m_process);
    m_process.clear();
}

} // namespace cnpg
