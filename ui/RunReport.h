#pragma once

#include "cost/CostEstimate.h"
#include "cost/CostService.h"
#include "preflight/Readiness.h"
#include "run/Executor.h"
#include "run/StepState.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace cnpg {

class Deployment;
struct Step;

// The run report: one self-contained HTML5 file (an inline style, no script, nothing fetched
// from anywhere), written as well-formed XHTML-compatible markup so that any XML reader takes
// it. In order: the summary, the timeline, every step with the command it runs (the exported
// script's, with the run's values), the outputs, how to connect to the database, the readiness
// findings, the estimate and the settings. It never holds a secret: the database's password
// stays in the cluster, and values and errors are masked as in the log. The text follows the
// current translator; the document's language is set with setLanguage().
class RunReport
{
public:
    // A value the Done page shows, with its name in the UI language.
    struct Output
    {
        QString name;
        QString value;
    };

    // `deployment` outlives the report.
    explicit RunReport(const Deployment& deployment);

    // "ko" or "en": the document's lang attribute, so that fonts and line breaks suit it.
    void setLanguage(const QString& language) { m_language = language; }
    // The outputs in the order the Done page shows them.
    void setOutputs(const QList<Output>& outputs) { m_outputs = outputs; }
    // The readiness findings the deployment started with; none: no section.
    void setReadinessFindings(const Findings& findings) { m_findings = findings; }
    // The estimate of these settings; without it, no section.
    void setCost(const CostEstimate& estimate, const PriceStatus& status);
    // The run's timeline: a complete SVG document as QSvgGenerator writes it (an XML
    // declaration, perhaps a DOCTYPE and comments before the <svg> element; a viewBox lets it
    // scale to the page). It is embedded inline in a figure; empty: no timeline section.
    void setTimelineSvg(const QByteArray& svg);
    // When the report was written (now by default).
    void setWrittenAt(const QDateTime& when) { m_writtenAt = when; }

    QString html() const;

private:
    QString head() const;
    QString summary() const;
    QString timeline() const;
    QString steps() const;
    QString stepRows(const Step& step, int number) const;
    QString commandCell(const Step& step) const;
    QString stepNote(const Step& step) const;
    QString failure(const Step& step, const StepStatus& status) const;
    QString outputs() const;
    QString connection() const;
    QString readiness() const;
    QString cost() const;
    QString settings() const;
    QList<const Step*> reportedSteps() const;
    QString stepCounts() const;
    static QString outcomeText(Executor::Outcome outcome);
    static QString style();

    const Deployment& m_deployment;
    QString m_language = QStringLiteral("en");
    QList<Output> m_outputs;
    Findings m_findings;
    std::optional<CostEstimate> m_estimate;
    PriceStatus m_priceStatus;
    QByteArray m_svg; // from the <svg> element on
    QDateTime m_writtenAt = QDateTime::currentDateTime();
};

} // namespace cnpg
