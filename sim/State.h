#pragma once
// The simulated world: Azure resources, kubeconfig contexts, krew, Helm repositories, installed
// CLI extensions and the remaining fault counts. One JSON document (see StateStore).

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace cnpg::sim {

class State
{
public:
    explicit State(const QJsonObject& root = QJsonObject());
    QJsonObject toJson() const;

    // The fake account: generated once per state file.
    QString subscriptionId() const;
    QString tenantId() const;
    QString userObjectId() const;
    QString userName() const;
    bool loggedIn() const;
    void setLoggedIn(bool in);

    // Top-level objects: "extensions", "kubeconfig", "krew", "helm", "faults", "world",
    // "softDeleted" (Log Analytics workspace names kept after a delete).
    QJsonObject& section(const QString& name);
    QJsonObject section(const QString& name) const;

    // ARM resources keyed by their lowercased id (Azure ids are case-insensitive). A record is
    // {id, type, name, resourceGroup, createdAt, createCount, busyUntil, busyState, goneAt,
    // body, ...}: see ArmResource.h.
    QJsonObject* resource(const QString& id);
    const QJsonObject* resource(const QString& id) const;
    QJsonObject& insert(const QJsonObject& record);
    void remove(const QString& id);
    QMap<QString, QJsonObject>& resources() { return m_resources; }
    const QMap<QString, QJsonObject>& resources() const { return m_resources; }

    // Drops the resources whose deletion has finished by `now`.
    void settle(qint64 now);

    static QString key(const QString& id) { return id.toLower(); }

private:
    QJsonObject m_root;
    QMap<QString, QJsonObject> m_sections;
    QMap<QString, QJsonObject> m_resources;
};

} // namespace cnpg::sim
