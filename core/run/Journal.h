#pragma once

#include "run/StepState.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace cnpg {

class Settings;

// The record of one deployment, rewritten whole and atomically (AtomicFile) after every change
// so that a crash or a kill loses nothing that was done. A resumed run reads it for hints only:
// it probes every resource again instead of trusting what the journal says.
class Journal
{
public:
    static constexpr int SchemaVersion = 1;

    // A change of a step's state in this run, in milliseconds from the run's start: the
    // timeline of a run is drawn from them (waiting, running, pausing before a retry).
    struct Phase
    {
        StepState state = StepState::Pending;
        qint64 atMs = 0;
        int attempt = 0;
        QString reason; // Retrying: the remedy branch (reason::Remedy) or the transient error
    };

    struct StepRecord
    {
        StepState state = StepState::Pending;
        int attempts = 0;
        QString reason;
        QString errorText;
        QDateTime startedAt;
        QDateTime finishedAt;
        qint64 elapsedMs = 0;
        QList<Phase> phases; // this run's only; older journals have none
    };

    // One earlier run of the same deployment (kept so that a resumed run does not forget).
    struct RunRecord
    {
        QDateTime startedAt;
        QDateTime endedAt;
        QString outcome;
        QStringList inFlight;
    };

    QString deployment;   // the resource group's name
    // Where the run's tools answered: "simulation" (cnpg-sim) or "azure" (RunService::modeName);
    // empty in journals written before it was recorded.
    QString mode;
    QJsonObject settings; // SettingsFile's JSON of the deployment's settings
    QString settingsHash; // hashValues() of the resolved values
    QDateTime startedAt;  // this run
    QDateTime updatedAt;
    QString outcome; // "running", "succeeded", "failed", "cancelled"
    QMap<QString, StepRecord> steps;
    QMap<QString, QString> captures;
    // Steps that had a child process (or a retry pause) when the journal was written: after a
    // cancel, what was interrupted; after a crash, what must be probed before anything else.
    QStringList inFlight;
    QList<RunRecord> history;
    // The readiness findings the run started with and the checks deliberately overridden
    // (--ignore-check): {"ignored": [...], "findings": [...]}; empty when none were run.
    QJsonObject readiness;

    QByteArray toJson() const;
    static std::optional<Journal> fromJson(const QByteArray& json, QString* error = nullptr);

    bool save(const QString& path, QString* error = nullptr) const;
    // Refuses what is not a regular file and anything over MaxBytes, unread (`error`: why).
    static std::optional<Journal> load(const QString& path, QString* error = nullptr);
    static constexpr qint64 MaxBytes = 16 * 1024 * 1024;

    // SHA-256 over the sorted key=value lines: equal for equal settings.
    static QString hashValues(const QHash<QString, QString>& values);

    // Where a deployment's journal lives: <dataDir>/deployments/<resource group>/journal.json.
    // The wizard and `--apply` both use it, so that either can resume the other's run.
    static QString pathFor(const QString& dataDir, const Settings& settings);
    // The teardown's journal, next to the deployment's.
    static QString teardownPathFor(const QString& dataDir, const Settings& settings);
    // The most recently written journal under <dataDir>/deployments, or an empty string.
    static QString latestPath(const QString& dataDir);
    // The settings this journal's deployment was made with (nullopt when it holds none).
    std::optional<Settings> deployedSettings() const;
};

} // namespace cnpg
