#pragma once
// What the controllers of applied objects report, computed from the clock when read (as ARM
// records are), so that a killed kubectl changes nothing and every reader agrees: a
// CloudNativePG Cluster's instances coming up, a Backup running then completed, a LoadBalancer
// Service that gets the public IP its annotations name.

#include <QJsonObject>
#include <QString>

namespace cnpg::sim {

class State;

namespace kubestatus {

// The stored record's object with its current status, or the object as applied when its kind
// has no controller here.
QJsonObject withStatus(const State& st, const QJsonObject& cluster, const QJsonObject& rec,
                       qint64 now);
// When that status next changes, or 0 when it will not change by itself.
qint64 nextChange(const QJsonObject& cluster, const QJsonObject& rec, qint64 now);
// A record's extra fields at apply time (the simulated durations, scaled), for the kinds that
// have a lifecycle.
void onApply(QJsonObject& rec, double instanceMs, double backupMs);

} // namespace kubestatus
} // namespace cnpg::sim
