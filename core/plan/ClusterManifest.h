#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cnpg {

class Settings;

// The CloudNativePG `Cluster` of the second guide (deploy-postgresql-ha.md, Azure Disk), made
// from the settings with yaml-cpp. It refers to one value that only the run knows, the
// identity's client ID, as ${AKS_UAMI_WORKLOAD_CLIENTID}: the executor and the exported script
// (an unquoted heredoc that expands nothing else) both substitute it.
class ClusterManifest
{
public:
    // The manifest, ending with a newline; empty when a value it needs is invalid (the
    // settings' field errors say which).
    static QByteArray build(const Settings& settings);
    // The settings the manifest is made from: when build() gives nothing, the first of these
    // with a field error is the one that blocks it.
    static QStringList inputs();
    // The variable the manifest refers to.
    static QString clientIdVariable();
    // The secret bootstrap.initdb reads the application user from.
    static QString appSecretName();
    // The database bootstrap.initdb creates, and its owner (the secret's user).
    static QString appDatabase();
    static QString appUser();
};

} // namespace cnpg
