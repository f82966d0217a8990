#pragma once

#include "run/DeploymentIndex.h"
#include "run/RunService.h"
#include "run/TeardownInventory.h"
#include "settings/Settings.h"

#include <QDialog>
#include <QPointer>
#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace cnpg {

class TeardownDialog;

// The deployments this machine knows (DeploymentIndex: the journals under the data
// directory), as `--list` prints them, and what can be done with each: resume it in the
// wizard, export its deployment or teardown script again, check live what of it still exists
// in Azure, or tear it down (TeardownDialog). The resources are the journal's; the check adds
// what Azure lists beside them.
class DeploymentsDialog : public QDialog
{
    Q_OBJECT
public:
    DeploymentsDialog(const RunService::Context& context, RunService::Mode mode,
                      QWidget* parent = nullptr);
    ~DeploymentsDialog() override;

    // Reads the journals again (after a run, a teardown).
    void refresh();
    const QList<DeploymentIndex::Entry>& entries() const { return m_entries; }
    // Selects the deployment of this resource group; false when there is none.
    bool select(const QString& resourceGroup);
    std::optional<Settings> selectedSettings() const;

    // The selected deployment's scripts, the same bytes as --export-script and
    // --export-teardown with its settings.
    bool exportScriptTo(const QString& path, QString* error = nullptr) const;
    bool exportTeardownTo(const QString& path, QString* error = nullptr) const;
    // Asks Azure what of the selected deployment exists; the resources view shows it.
    void checkSelected();
    bool isChecking() const { return m_checking; }
    // Opens the teardown of the selected deployment (and lists what it deletes).
    TeardownDialog* tearDownSelected();

    QTreeWidget* deploymentList() const { return m_list; }
    QTreeWidget* resourceList() const { return m_resources; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* resumeButton() const { return m_resume; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* exportTeardownButton() const { return m_exportTeardown; }
    QPushButton* checkButton() const { return m_check; }
    QPushButton* teardownButton() const { return m_teardown; }

signals:
    // The wizard takes these settings and continues their journal on its Deploy page.
    void resumeRequested(const cnpg::Settings& settings);
    // A live check finished (the resources view shows it).
    void checked();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    int selectedRow() const;
    void showSelected();
    void fillResources();
    void onChecked(const QList<TeardownInventory::Item>& items, const QString& error);
    void askPath(const QString& suggested, bool teardown);
    void refreshButtons();
    void retranslate();
    // The entry was deployed in the mode this view works in (or does not say).
    bool isThisMode(const DeploymentIndex::Entry& e) const;
    QString outcomeText(const QString& outcome) const;

    RunService::Context m_context;
    RunService::Mode m_mode;
    RunService m_service; // only for the tools' environment of the checks
    QList<DeploymentIndex::Entry> m_entries;
    QList<DeploymentIndex::Resource> m_recorded;
    QString m_recordError;
    std::optional<QList<TeardownInventory::Item>> m_live;
    QString m_liveError;
    bool m_checking = false;
    QPointer<TeardownDialog> m_teardownDialog;
    bool m_tearingDown = false; // a teardown dialog exists (until its destroyed())
    QTreeWidget* m_list;
    QLabel* m_resourcesLabel;
    QTreeWidget* m_resources;
    QLabel* m_status;
    QPushButton* m_resume;
    QPushButton* m_export;
    QPushButton* m_exportTeardown;
    QPushButton* m_check;
    QPushButton* m_teardown;
    QPushButton* m_close;
};

} // namespace cnpg
