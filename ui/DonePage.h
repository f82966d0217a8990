#pragma once

#include "WizardPage.h"
#include "preflight/Readiness.h"

#include <QByteArray>
#include <QHash>
#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cnpg {

class CommandPreview;
class ConnectionPanel;
class CostModel;
class Deployment;

// The end: what was created (the values the next guide needs), what to do next, the log
// folder and a report of the run.
class DonePage : public WizardPage
{
    Q_OBJECT
public:
    DonePage(Deployment& deployment, QWidget* parent = nullptr);

    QString title() const override;
    void enterPage() override;

    // The shown value of an output (AKS_PRIMARY_CLUSTER_NAME, AKS_UAMI_WORKLOAD_CLIENTID, ...).
    QString output(const QString& key) const;
    QStringList outputKeys() const;
    QPushButton* openLogsButton() const { return m_openLogs; }
    QPushButton* exportReportButton() const { return m_exportReport; }
    QPushButton* teardownButton() const { return m_teardown; }
    ConnectionPanel* connectionPanel() const { return m_connection; }
    // The readiness findings the deployment started with, for the report.
    void setReadinessFindings(const Findings& findings) { m_findings = findings; }
    // The estimate goes into the report.
    void setCostModel(CostModel* model) { m_cost = model; }

    // The run's timeline for the report, as a complete SVG document (RunReport::setTimelineSvg);
    // asked for when a report is written. Unset or empty: the report has no timeline.
    void setTimelineSource(std::function<QByteArray()> source) { m_timeline = std::move(source); }

    // The run report as one HTML file (RunReport) in `language` ("ko" or "en"): the summary, the
    // timeline, every step with its command, the outputs, the connection, the findings, the
    // estimate and the settings; never the password.
    QString reportHtml(const QString& language) const;

signals:
    void openLogFolderRequested();
    void exportReportRequested();
    // The deployments view, to tear this deployment down when it is no longer needed.
    void teardownRequested();

protected:
    QString explanation() const override;
    void retranslate() override;

private:
    void refresh();
    QString outputName(const QString& key) const;

    Deployment& m_deployment;
    QLabel* m_outputsLabel;
    QFormLayout* m_outputsForm;
    QHash<QString, QLineEdit*> m_outputs;
    QHash<QString, QLabel*> m_outputLabels;
    QLabel* m_connectionLabel;
    ConnectionPanel* m_connection;
    QLabel* m_nextLabel;
    QLabel* m_nextText;
    CommandPreview* m_nextCommands;
    QPushButton* m_openLogs;
    QPushButton* m_exportReport;
    QPushButton* m_teardown;
    Findings m_findings;
    CostModel* m_cost = nullptr;
    std::function<QByteArray()> m_timeline;
};

} // namespace cnpg
