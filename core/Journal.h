#pragma once

#include "StepState.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace cnpg {

// The record of one deployment, rewritten whole and atomically (AtomicFile) after every change
// so that a crash or a kill loses nothing that was done. A resumed run reads it for hints only:
// it probes every resource again instead of trusting what the journal says.
class Journal
{
public:
    static constexpr int SchemaVersion = 1;

    struct StepRecord
    {
        StepState state = StepState::Pending;
        int attempts = 0;
        QString reason;
        QString errorText;
        QDateTime startedAt;
        QDateTime finishedAt;
        qint64 elapsedMs = 0;
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

    QByteArray toJson() const;
    static std::optional<Journal> fromJson(const QByteArray& json, QString* error = nullptr);

    bool save(const QString& path, QString* error = nullptr) const;
    static std::optional<Journal> load(const QString& path, QString* error = nullptr);

    // SHA-256 over the sorted key=value lines: equal for equal settings.
    static QString hashValues(const QHash<QString, QString>& values);
};

} // namespace cnpg
