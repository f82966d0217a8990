#pragma once

#include "plan/Plan.h"
#include "run/StepState.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

namespace cnpg {

class Executor;
class StepWording;

// The deployment's progress as a tree for the wizard's Deploy page: one top-level row per
// resource (resource group, identity, storage account, each role assignment, the cluster, ...)
// and, under it, every step that belongs to it (the reads and checks of its stage, the remedy
// branch). Fed only by the executor's signals; nothing here blocks. QtCore only: the words
// come from the UI's StepWording, the icons are added by the UI from StateRole.
class StepListModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        ResourceColumn,
        StateColumn,
        ProvisioningColumn,
        ElapsedColumn,
        ColumnCount
    };
    enum Role
    {
        StateRole = Qt::UserRole + 1, // int(StepState) of the row (a group: aggregated)
        StepIdRole,                   // the row's main step
        LogRole,                      // the row's log text (a group: all its steps')
        ErrorRole,                    // the tool's error text of a failed step
        IsGroupRole,
    };

    // `values` resolves the resource names shown in the rows (the settings' values);
    // `wording` outlives the model.
    StepListModel(const Plan& plan, const QHash<QString, QString>& values,
                  const QHash<QString, QStringList>& lists, const StepWording& wording,
                  QObject* parent = nullptr);

    // Follows this executor from now on (a retry or resume brings a new one). Logs are kept.
    void attach(Executor* executor);
    Executor* executor() const;

    // The top-level rows' main step ids, in order.
    QStringList groupIds() const;
    StepState groupState(int row) const;
    StepStatus stepStatus(const QString& id) const { return m_status.value(id); }
    // The step's log in the current UI language: its states, commands and tools' output.
    QString stepLog(const QString& id) const;
    // Azure's provisioning state of the step's resource: live while it runs (from the status
    // poller), then the last one seen. Empty when none was polled.
    QString provisioningState(const QString& id) const;

    // 0..1, weighted by the steps' expected durations.
    double progress() const;
    // Seconds until the end, from the critical path of what is left, scaled by how fast the
    // finished steps went compared with their estimates (so simulated runs get sensible ETAs).
    int etaSeconds() const;
    bool anyFailed() const;

    // Refreshes the elapsed column of running rows (call once a second while a run is live).
    void tick();
    // Headers and state names are worded at data() time: call after a language change.
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString main;        // the resource's step
        QStringList members; // every step of the row, the main one included, in plan order
    };

    void onStepChanged(const QString& id, const StepStatus& status);
    void onOutput(const QString& id, int channel, const QByteArray& data);
    struct LogEntry
    {
        enum Kind
        {
            Text,
            Probe,
            State,
            Live // a step's live state as its source reports it, worded when shown
        } kind = Text;
        QString time;
        StepState state = StepState::Pending;
        int attempt = 0;
        QString text; // Text: verbatim; Probe: the command; State: the reason code; Live: the label
        QString detail; // State: what it waits for; Live: the state
    };
    static LogEntry textEntry(const QString& text, LogEntry::Kind kind = LogEntry::Text);
    void appendLog(const QString& id, const LogEntry& entry);
    int groupOf(const QString& id) const { return m_groupOf.value(id, -1); }
    QString rowTitle(const QString& id) const;
    qint64 elapsed(const QString& id) const;
    qint64 groupElapsed(int row) const;
    bool counts(const QString& id) const;
    void emitRowChanged(int group, const QString& id);

    Plan m_plan;
    const StepWording& m_wording;
    QHash<QString, QString> m_values;
    QHash<QString, QStringList> m_lists;
    QList<Group> m_groups;
    QHash<QString, int> m_groupOf;
    QHash<QString, StepStatus> m_status;
    QHash<QString, QList<LogEntry>> m_log;
    QHash<QString, qsizetype> m_logSize;
    QHash<QString, StepStatus> m_succeeded; // created by a run of this session
    QHash<QString, QString> m_provisioning; // the last provisioning state seen per step
    QHash<QString, int> m_remaining;        // remaining path seconds per step
    QPointer<Executor> m_executor;
};

} // namespace cnpg
