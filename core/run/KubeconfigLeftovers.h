#pragma once

#include "settings/Settings.h"

#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

namespace cnpg {

class ProcessLauncher;
class RunningProcess;

// What `az aks get-credentials` merged into this machine's kubeconfig for a deployment, read
// with kubectl before a teardown removes it: the context and the cluster named after the AKS
// cluster, and the user clusterUser_<group>_<cluster>. Only what exists is reported; kubectl
// failing (not installed, an unreadable kubeconfig) reports nothing. Returns data; the front end
// words it.
class KubeconfigLeftovers : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Context,
        Cluster,
        User,
    };
    struct Entry
    {
        Kind kind = Kind::Context;
        QString name;
    };

    KubeconfigLeftovers(ProcessLauncher& launcher, QProcessEnvironment environment,
                        QObject* parent = nullptr);
    ~KubeconfigLeftovers() override;

    // Reads the kubeconfig (three kubectl config calls at once); finished() follows.
    void start(const Settings& settings);
    // The entries the deployment of `settings` adds, whether they exist or not.
    static QList<Entry> expected(const Settings& settings);

signals:
    void finished(const QList<cnpg::KubeconfigLeftovers::Entry>& entries);

private:
    void read(Kind kind, const QStringList& arguments);

    ProcessLauncher& m_launcher;
    QProcessEnvironment m_environment;
    QList<RunningProcess*> m_running;
    QList<Entry> m_expected;
    QList<Entry> m_found;
    int m_pending = 0;
};

} // namespace cnpg
