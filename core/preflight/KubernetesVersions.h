#pragma once

#include "process/ProcessLauncher.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <optional>

namespace cnpg {

// One minor version AKS offers in a region (`az aks get-versions`).
struct KubernetesVersionInfo
{
    QString version; // "1.30"
    bool isDefault = false;
    bool isPreview = false;
    QStringList patchVersions; // "1.30.9", ascending
    QStringList supportPlans;  // "KubernetesOfficial", "AKSLongTermSupport"

    // Usable with the guide's `--tier standard`: AKS's ordinary community support. A version
    // offered only as long-term support needs the Premium tier.
    bool hasStandardSupport() const;
};

struct KubernetesVersionChoice
{
    enum class Status
    {
        Offered,     // the requested version is offered: keep it
        PreviewOnly, // offered as a preview only: kept, with a warning
        LtsOnly,     // only with long-term support (Premium tier): the default is used
        NotOffered,  // not offered (out of support): the default is used
        NoVersions,  // the list was empty: nothing to decide, the requested one stays
    };
    Status status = Status::NoVersions;
    QString requested;
    QString version;        // what to deploy
    QString defaultVersion; // the region's default
    bool changed() const { return version != requested; }
};

// The Kubernetes versions of a region, for the Settings page's picker, and the decision about
// the guide's 1.29: when the region no longer offers it (it is out of support on AKS), warn and
// use the region's default. Runs `az aks get-versions --location <region> --output json`
// asynchronously (with --subscription when one is pinned).
class KubernetesVersions : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        QString region;
        QList<KubernetesVersionInfo> versions; // ascending
        QString defaultVersion;
        QString detail; // az's error when not ok
    };

    KubernetesVersions(ProcessLauncher& launcher, QObject* parent = nullptr);
    ~KubernetesVersions() override;

    void setEnvironment(const QProcessEnvironment& environment) { m_environment = environment; }
    void setSubscription(const QString& subscription) { m_subscription = subscription; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // Asks for a region's versions; an earlier request still running is dropped.
    void fetch(const QString& region);
    void cancel();
    bool isRunning() const { return !m_process.isNull(); }

    static QStringList arguments(const QString& region, const QString& subscription);
    // Both the current shape ({"values": [{"version", "isDefault", "patchVersions", ...}]}) and
    // the one before Azure CLI 2.50 ({"orchestrators": [{"orchestratorVersion", "default"}]}).
    static std::optional<QList<KubernetesVersionInfo>> parse(const QByteArray& json);
    // The version marked default; without one the newest with standard support.
    static QString defaultVersion(const QList<KubernetesVersionInfo>& versions);
    // The versions a picker offers: standard support, no previews.
    static QStringList offerable(const QList<KubernetesVersionInfo>& versions);
    // `requested` is "1.29" or a patch version such as "1.29.4".
    static KubernetesVersionChoice choose(const QString& requested,
                                          const QList<KubernetesVersionInfo>& versions);
    // A translated warning for a choice that is not plain Offered; empty otherwise.
    static QString choiceText(const KubernetesVersionChoice& choice);

signals:
    void finished(const cnpg::KubernetesVersions::Result& result);

private:
    ProcessLauncher& m_launcher;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QString m_subscription;
    int m_timeoutMs = 60000;
    QPointer<RunningProcess> m_process;
    int m_generation = 0;
};

} // namespace cnpg

Q_DECLARE_METATYPE(cnpg::KubernetesVersions::Result)
