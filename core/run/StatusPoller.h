#pragma once

#include "process/ProcessLauncher.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QTimer;

namespace cnpg {

struct ResourceStatus
{
    QString name;
    QString type;
    QString provisioningState;
};

// Live provisioning states while long operations run: one `az resource list` per resource group
// and interval, never one process per resource. At most one poll per group is in flight.
class StatusPoller : public QObject
{
    Q_OBJECT
public:
    // `base` supplies the environment and working directory; the program is "az".
    StatusPoller(ProcessLauncher& launcher, ProcessSpec base, int intervalMs,
                 QObject* parent = nullptr);

    void setResourceGroups(const QStringList& groups);
    QStringList resourceGroups() const { return m_groups; }
    // Polls every interval while active. Inactive: no new polls (in-flight ones finish).
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // Deactivates and terminates the polls in flight; idle() follows once they are reaped.
    void stop();
    bool isIdle() const { return m_inFlight.isEmpty(); }

    static QStringList arguments(const QString& resourceGroup);
    static QList<ResourceStatus> parse(const QByteArray& json, bool* ok = nullptr);

signals:
    void polled(const QString& resourceGroup, const QList<cnpg::ResourceStatus>& resources);
    void idle();

private:
    void pollAll();

    ProcessLauncher& m_launcher;
    ProcessSpec m_base;
    QTimer* m_timer;
    QStringList m_groups;
    QHash<QString, RunningProcess*> m_inFlight; // by resource group
    bool m_active = false;
};

} // namespace cnpg
