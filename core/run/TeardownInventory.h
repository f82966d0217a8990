#pragma once

#include "settings/Settings.h"

#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

namespace cnpg {

class ProcessLauncher;
class RunningProcess;

// What a teardown would delete, read live from Azure before anything is: every resource of the
// deployment's resource group and of the AKS node resource group (`az resource list`), each
// marked as the deployment's or not. The deployment's are what its plan creates, what Azure
// makes for them (the node resource group's contents, the monitoring add-ons' data collection
// rules and rule groups); anything else in the group is someone else's, and a front end asks
// for a second confirmation before it goes. Returns data; the front end words it.
class TeardownInventory : public QObject
{
    Q_OBJECT
public:
    struct Item
    {
        QString group;
        QString type;
        QString name;
        bool ours = false;
    };

    TeardownInventory(ProcessLauncher& launcher, QProcessEnvironment environment,
                      QObject* parent = nullptr);
    ~TeardownInventory() override;

    // Lists both groups (a group that does not exist lists nothing); finished() follows.
    void start(const Settings& settings);
    // Whether `item` is one the deployment of `settings` made (directly or through Azure).
    static bool isOurs(const Settings& settings, const Item& item);
    // The names of what the monitoring add-ons make beside the cluster, as a regular
    // expression (case-insensitive) in which %1 stands for the cluster's name.
    static QString byProductPattern();

signals:
    // `error`: az's message when a list failed (then `items` is incomplete).
    void finished(const QList<cnpg::TeardownInventory::Item>& items, const QString& error);

private:
    void list(const QString& group);
    void onListed(const QString& group, int exitCode, const QByteArray& out, const QByteArray& err);

    ProcessLauncher& m_launcher;
    QProcessEnvironment m_environment;
    Settings m_settings;
    QList<RunningProcess*> m_running;
    QList<Item> m_items;
    QString m_error;
    int m_pending = 0;
};

} // namespace cnpg
