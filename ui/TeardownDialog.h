#pragma once

#include "StepText.h"
#include "run/Executor.h"
#include "run/KubeconfigLeftovers.h"
#include "run/RunService.h"
#include "run/TeardownInventory.h"
#include "settings/Settings.h"

#include <QDialog>
#include <QElapsedTimer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeView;
class QTreeWidget;

namespace cnpg {

class StepIconModel;
class StepListModel;
class TeardownWatch;

// Tears one deployment down, as `--destroy` does. First it lists, live from Azure, what goes
// (marking what the deployment did not make); then it asks for the resource group's name,
// typed, and for resources that are not the deployment's a second confirmation; then it runs
// the teardown plan through a RunService of its own, with live progress, elapsed time and an
// estimate. Stop waiting cancels the wait, not Azure's deletion, and says so; Resume follows
// the deletion again from the teardown's journal.
class TeardownDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Phase
    {
        Listing,    // reading what is there
        ListFailed, // the list could not be read: nothing can be confirmed
        Confirm,    // waiting for the typed name
        Running,
        Stopped,  // the wait was cancelled; Azure goes on deleting
        Finished, // both groups are gone
        Failed,
    };
    Q_ENUM(Phase)

    TeardownDialog(const RunService::Context& context, RunService::Mode mode,
                   const Settings& settings, QWidget* parent = nullptr);
    ~TeardownDialog() override;

    // Lists what the teardown deletes; phaseChanged() follows.
    void start();
    Phase phase() const { return m_phase; }
    const Settings& settings() const { return m_settings; }

    QTreeWidget* inventoryView() const { return m_inventory; }
    QCheckBox* purgeBox() const { return m_purge; }
    QCheckBox* foreignBox() const { return m_foreign; }
    QLineEdit* confirmEdit() const { return m_confirm; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* stopButton() const { return m_stop; }
    QPushButton* resumeButton() const { return m_resume; }
    QPushButton* closeButton() const { return m_close; }
    QTreeView* progressView() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }

signals:
    void phaseChanged(cnpg::TeardownDialog::Phase phase);

protected:
    void changeEvent(QEvent* event) override;
    // Closing while the teardown runs stops the waiting first (Azure goes on deleting).
    void reject() override;

private:
    void buildLayout();
    void onListed(const QList<TeardownInventory::Item>& items, const QString& error);
    void listLeftovers(const QProcessEnvironment& env);
    void watch();
    // Each resource's state while the teardown runs (from the watch).
    QString stateText(int index) const;
    void fillInventory();
    void refreshButtons();
    void startRun(bool resume);
    void onFinished(Executor::Outcome outcome);
    void setPhase(Phase phase);
    void refreshStatus();
    void retranslate();
    int foreignCount() const;

    RunService m_service;
    RunService::Mode m_mode;
    Settings m_settings;
    StepText m_wording; // the progress model's words
    Phase m_phase = Phase::Listing;
    QList<TeardownInventory::Item> m_items;
    QList<KubeconfigLeftovers::Entry> m_leftovers; // this machine's kubeconfig entries
    TeardownWatch* m_watch = nullptr;
    QString m_listError;
    QString m_runError;
    bool m_closeWhenStopped = false;
    QElapsedTimer m_elapsed;
    StepListModel* m_model = nullptr;
    StepIconModel* m_icons;
    QLabel* m_intro;
    QTreeWidget* m_inventory;
    QCheckBox* m_purge;
    QLabel* m_purgeNote;
    QCheckBox* m_foreign;
    QLabel* m_confirmLabel;
    QLineEdit* m_confirm;
    QTreeView* m_progress;
    QLabel* m_status;
    QPushButton* m_delete;
    QPushButton* m_stop;
    QPushButton* m_resume;
    QPushButton* m_close;
    QTimer* m_tick;
};

} // namespace cnpg
