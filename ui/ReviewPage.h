#pragma once

#include "WizardPage.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace cnpg {

class CommandPreview;
class ReadinessPanel;
class SettingsModel;

// Every setting, the whole script as it will be exported, the export buttons, the estimated
// duration and the readiness findings.
class ReviewPage : public WizardPage
{
    Q_OBJECT
public:
    ReviewPage(SettingsModel& model, QWidget* parent = nullptr);

    QString title() const override;
    bool isComplete() const override;
    void enterPage() override;

    CommandPreview* preview() const { return m_preview; }
    QTreeWidget* summary() const { return m_summary; }
    QPushButton* exportScriptButton() const { return m_exportScript; }
    QPushButton* exportSettingsButton() const { return m_exportSettings; }
    ReadinessPanel* readinessPanel() const { return m_readiness; }
    // With the readiness checks wired (the wizard's preflight), Deploy waits for them and stays
    // disabled while a blocking finding is shown.
    void setReadinessRequired(bool required);

    // "about 18 minutes": the critical path of the plan's expected durations.
    static QString durationText(int seconds);

signals:
    void exportScriptRequested();
    void exportSettingsRequested();

protected:
    QString explanation() const override;
    void retranslate() override;

private:
    void refresh();

    SettingsModel& m_model;
    QLabel* m_summaryLabel;
    QTreeWidget* m_summary;
    QLabel* m_scriptLabel;
    CommandPreview* m_preview;
    QLabel* m_duration;
    QLabel* m_errors;
    QPushButton* m_exportScript;
    QPushButton* m_exportSettings;
    ReadinessPanel* m_readiness;
    bool m_readinessRequired = false;
};

} // namespace cnpg
