#pragma once

#include "run/TeardownInventory.h"
#include "settings/Settings.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QTimer>
#include <functional>

namespace cnpg {

class ProcessLauncher;

// The resources of a teardown as they go: both resource groups listed again (TeardownInventory)
// every interval while Azure deletes, each resource of the list made before the deletion marked
// gone, with when, once a listing misses it. The estimate of what is left comes from typical
// deletion times per resource type, in Resource Manager's order: the cluster with its node
// resource group first, then the rest side by side (the slowest decides). Returns data; the
// front ends word it.
class TeardownWatch : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        TeardownInventory::Item item;
        bool gone = false;
        qint64 goneAfterMs = 0; // since start(), when a poll first missed it
    };

    TeardownWatch(ProcessLauncher& launcher, QProcessEnvironment environment,
                  QObject* parent = nullptr);
    ~TeardownWatch() override;

    // Polls both groups (TeardownInventory) every intervalMs until stop() or until nothing is
    // left; `initial` is what was listed before the deletion.
    void start(const Settings& settings, const QList<TeardownInventory::Item>& initial,
               int intervalMs);
    void stop();
    bool isRunning() const;
    const QList<Entry>& entries() const;
    qint64 elapsedMs() const;
    // Estimated time still needed (ms) from typical deletion times per resource type of the
    // entries not yet gone; -1 when unknown.
    qint64 estimatedRemainingMs() const;

    // The entries not gone yet.
    int remaining() const;
    // Multiplies the typical deletion times (the simulator's time scale); 1 for Azure.
    void setTimeScale(double scale);
    // The clock elapsedMs() reads, in ms from any origin; by default a monotonic one. For tests.
    void setClock(std::function<qint64()> nowMs);
    // How long Azure typically takes to delete a resource of `type` (case-insensitive), in ms.
    static qint64 typicalDeleteMs(const QString& type);

signals:
    void changed(); // after each poll that changed anything
    void allGone();
    void polled(); // after each poll that listed both groups, changed or not

private:
    void poll();
    void onListed(const QList<TeardownInventory::Item>& items, const QString& error);
    qint64 now() const;
    // Deleted before the rest: nested resources, the cluster and its node resource group's.
    bool goesFirst(const TeardownInventory::Item& item) const;

    ProcessLauncher& m_launcher;
    QProcessEnvironment m_environment;
    Settings m_settings;
    QList<Entry> m_entries;
    QTimer m_timer;
    QElapsedTimer m_monotonic;
    std::function<qint64()> m_clock;
    TeardownInventory* m_inventory = nullptr;
    qint64 m_startMs = 0;
    double m_timeScale = 1.0;
    bool m_started = false;
    bool m_running = false;
};

} // namespace cnpg
