#pragma once

#include "plan/Plan.h"
#include "process/ProcessLauncher.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

class QTimer;

namespace cnpg {

// The live status of running steps that carry a query (Step::liveStatus): every interval, the
// query of each step that still runs, at most one per step in flight. The executor says which
// steps run and with which expanded command; the poller only starts, stops and reports.
class LiveStatusPoller : public QObject
{
    Q_OBJECT
public:
    // `base` supplies the environment and working directory.
    LiveStatusPoller(ProcessLauncher& launcher, ProcessSpec base, int intervalMs,
                     QObject* parent = nullptr);

    // The steps to query now, by id, with their expanded commands. A step no longer listed has
    // its query in flight terminated and its answer dropped.
    void setQueries(const QHash<QString, Command>& queries);
    // Drops every query and terminates those in flight; idle() follows once they are reaped.
    void stop();
    bool isIdle() const { return m_inFlight.isEmpty(); }

signals:
    // A step's query answered with a non-empty text while the step still runs.
    void answered(const QString& id, const QString& text);
    void idle();

private:
    void pollAll();
    void start(const QString& id, const Command& command);

    ProcessLauncher& m_launcher;
    ProcessSpec m_base;
    QTimer* m_timer;
    QHash<QString, Command> m_queries;
    QHash<QString, RunningProcess*> m_inFlight; // by step id
};

} // namespace cnpg
