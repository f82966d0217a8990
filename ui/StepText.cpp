#include "StepText.h"

#include "run/LivePhase.h"
#include "run/StepListModel.h"

#include <QCoreApplication>

namespace cnpg {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("cnpg::StepText", text);
}
} // namespace

QString StepText::stateText(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return tr("Pending");
    case StepState::Waiting:
        return tr("Waiting");
    case StepState::Running:
        return tr("Running");
    case StepState::Retrying:
        return tr("Retrying");
    case StepState::Succeeded:
        return tr("Succeeded");
    case StepState::Skipped:
        return tr("Already there");
    case StepState::Failed:
        return tr("Failed");
    case StepState::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

QString StepText::reasonText(const QString& code, const QString& detail)
{
    // The executor's reason codes; Azure's transient error names stay as Azure spells them.
    namespace r = reason;
    if (code == r::Dependency)
        return tr("needs %1").arg(detail);
    if (code == r::Lock)
        return tr("another change of the same cluster runs first (%1)").arg(detail);
    if (code == r::Slot)
        return tr("waits for a free slot");
    if (code == r::Remedy)
        return tr("runs the guide's remedy");
    if (code == r::ExitCode)
        return tr("the command failed");
    if (code == r::FailedToStart)
        return tr("the program could not start");
    if (code == r::Crashed)
        return tr("the program stopped abnormally");
    if (code == r::MissingValue)
        return tr("a value it needs is missing: %1").arg(detail);
    if (code == r::BadOutput)
        return tr("its output lacks a value the next steps need");
    if (code == r::RemedyFailed)
        return tr("the guide's remedy failed");
    if (code == r::DependencyFailed)
        return tr("not started: %1 failed").arg(detail);
    if (code == r::Journal)
        return tr("done in an earlier run");
    if (code == r::Download)
        return tr("the download failed");
    if (code == r::Checksum)
        return tr("the download does not match its checksum");
    if (code == r::ProbeFailed)
        return tr("could not check whether it already exists");
    if (code == r::StillExists)
        return tr("the resource is still there after the wait");
    if (code == r::UnknownType)
        return tr("this version cannot run a step of this kind");
    if (code == r::UnexpectedOutput)
        return tr("the check gave an unexpected answer");
    return detail.isEmpty() || detail == code ? code : code + QStringLiteral(": ") + detail;
}

QString StepText::formatElapsed(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString StepText::attempt(int attempt) const
{
    return tr(" (attempt %1)").arg(attempt);
}

QString StepText::probe(const QString& command) const
{
    return tr("Checking whether it exists:") + QLatin1Char(' ') + command;
}

QString StepText::onlyIfNeeded() const
{
    return tr("Only if needed");
}

QString StepText::download(qint64 done, qint64 total) const
{
    if (total > 0)
        return tr("Downloading %1%").arg(done * 100 / total);
    return tr("Downloading %1 KiB").arg(done / 1024);
}

QString StepText::liveState(const QString& state) const
{
    const LivePhase live = LivePhase::parse(state);
    const QString phase = phaseText(live.phase);
    if (!live.hasCounts())
        return phase;
    return tr("%1 (%2/%3 ready)")
        .arg(phase, QString::number(live.ready), QString::number(live.desired));
}

QString StepText::phaseText(const QString& state)
{
    // CloudNativePG's Cluster phases (api/v1/cluster_types.go) and Backup phases
    // (api/v1/backup_types.go), as the operator spells them.
    static const struct
    {
        const char* phase;
        const char* text;
    } phases[] = {
        {"Setting up primary", QT_TRANSLATE_NOOP("cnpg::StepText", "Setting up the primary")},
        {"Creating a new replica", QT_TRANSLATE_NOOP("cnpg::StepText", "Creating a new replica")},
        {"Waiting for the instances to become active",
         QT_TRANSLATE_NOOP("cnpg::StepText", "Waiting for the instances to become active")},
        {"Cluster in healthy state", QT_TRANSLATE_NOOP("cnpg::StepText", "Cluster healthy")},
        {"Switchover in progress", QT_TRANSLATE_NOOP("cnpg::StepText", "Switchover in progress")},
        {"Failing over", QT_TRANSLATE_NOOP("cnpg::StepText", "Failing over")},
        {"Upgrading cluster", QT_TRANSLATE_NOOP("cnpg::StepText", "Upgrading the cluster")},
        {"Applying configuration", QT_TRANSLATE_NOOP("cnpg::StepText", "Applying configuration")},
        {"pending", QT_TRANSLATE_NOOP("cnpg::StepText", "Backup pending")},
        {"started", QT_TRANSLATE_NOOP("cnpg::StepText", "Backup started")},
        {"running", QT_TRANSLATE_NOOP("cnpg::StepText", "Backup running")},
        {"finalizing", QT_TRANSLATE_NOOP("cnpg::StepText", "Backup finalizing")},
        {"completed", QT_TRANSLATE_NOOP("cnpg::StepText", "Backup completed")},
        {"failed", QT_TRANSLATE_NOOP("cnpg::StepText", "Backup failed")},
        {"walArchivingFailing",
         QT_TRANSLATE_NOOP("cnpg::StepText", "Backup waits: WAL archiving is failing")},
    };
    for (const auto& p : phases) {
        if (state == QLatin1String(p.phase))
            return tr(p.text);
    }
    return state;
}

QString StepText::header(int column) const
{
    switch (column) {
    case StepListModel::ResourceColumn:
        return tr("Resource");
    case StepListModel::StateColumn:
        return tr("State");
    case StepListModel::ProvisioningColumn:
        return tr("Provisioning state");
    case StepListModel::ElapsedColumn:
        return tr("Elapsed");
    }
    return QString();
}

} // namespace cnpg
