#pragma once

#include "WizardPage.h"
#include "run/Executor.h"
#include "run/RunService.h"

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeView;

namespace cnpg {

class Deployment;
class SettingsModel;
class StepIconModel;
class StepListModel;
class TimelineView;

// The live progress view: one row per resource with its state, live provisioning state and
// elapsed time, the selected row's log, an overall progress bar with an ETA, and Cancel,
// Retry failed and Resume (or a fresh run when a resume is refused). Driven only by signals;
// it never waits.
class DeployPage : public WizardPage
{
    Q_OBJECT
public:
    DeployPage(SettingsModel& settings, Deployment& deployment, QWidget* parent = nullptr);

    QString title() const override;
    bool isComplete() const override;
    // Starts the deployment the first time the page is shown (or resumes an unfinished one).
    void enterPage() override;
    // Whether Back may leave the page (not while a run is live).
    bool canGoBack() const;

    Deployment& deployment() const { return m_deployment; }
    QTreeView* view() const { return m_view; }
    // The rows and the timeline, one tab each.
    QTabWidget* tabs() const { return m_tabs; }
    TimelineView* timeline() const { return m_timeline; }
    QPlainTextEdit* log() const { return m_log; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* retryButton() const { return m_retry; }
    QPushButton* resumeButton() const { return m_resume; }
    // Shown when a resume was refused because the journal belongs to other settings.
    QPushButton* freshRunButton() const { return m_fresh; }

    void start(bool resume);

signals:
    // The run started or ended (the main window updates its buttons and sidebar).
    void runStateChanged();

protected:
    QString explanation() const override;
    void retranslate() override;

private:
    void setModel(StepListModel* model);
    void onFinished(Executor::Outcome outcome);
    void refreshLog();
    void refreshProgress();
    void refreshButtons();

    SettingsModel& m_settings;
    Deployment& m_deployment;
    StepIconModel* m_icons;
    QTreeView* m_view;
    TimelineView* m_timeline;
    QTabWidget* m_tabs;
    QLabel* m_logLabel;
    QPlainTextEdit* m_log;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_cancel;
    QPushButton* m_retry;
    QPushButton* m_resume;
    QPushButton* m_fresh;
    QTimer* m_tick;
    RunService::StartResult m_refusal; // why the last start() did not start
    QString m_error;                   // why the last run could not get going
    QString m_logStep; // the step whose log the log view shows
};

} // namespace cnpg
