#include "Deployment.h"

#include "plan/Plan.h"
#include "plan/PlanBuilder.h"
#include "run/StepListModel.h"

#include <QDir>

namespace cnpg {

Deployment::Deployment(RunService& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{
    connect(&m_service, &RunService::executorCreated, this, [this](Executor* executor) {
        if (m_model)
            m_model->attach(executor);
    });
    connect(&m_service, &RunService::preparationFailed, this, [this](const QString& detail) {
        emit failed(tr("The simulator could not prepare the krew release: %1").arg(detail));
    });
    connect(&m_service, &RunService::finished, this, &Deployment::finished);
}

Deployment::~Deployment()
{
    // The model reads m_wording: it goes first, not with the QObject children after it.
    delete m_model;
}

QHash<QString, QString> Deployment::values() const
{
    return m_service.executor() ? m_service.values() : m_settings.resolvedValues();
}

QString Deployment::errorText(const RunService::StartResult& result)
{
    using R = RunService::Refusal;
    switch (result.refusal) {
    case R::None:
    case R::Busy:
        break;
    case R::NoDataDirectory:
        return tr("Cannot prepare the tools: %1").arg(tr("no data directory"));
    case R::NoEnvironment:
        return tr("Cannot prepare the tools: %1").arg(result.detail);
    case R::ToolsMissing:
        return tr("Not found on PATH: %1. Install them, or deploy against the simulator.")
            .arg(result.detail);
    case R::NothingToResume:
        return tr("Nothing to resume: %1").arg(result.detail);
    case R::SettingsChanged:
        return tr("This deployment's journal was written with other settings, so it cannot be "
                  "resumed with these. Start a fresh run instead: every step first checks "
                  "whether its resource exists, so nothing is created twice.");
    case R::OtherMode:
        return result.detail == RunService::modeName(RunService::Mode::Simulate)
                   ? tr("This deployment's journal is of a simulated run, so it cannot be "
                        "resumed against Azure. Start a fresh run instead, or switch to "
                        "simulation to resume it.")
                   : tr("This deployment's journal is of a run against Azure, so it cannot be "
                        "resumed in simulation. Start a fresh run instead, or switch to Azure "
                        "to resume it.");
    case R::AzureJournal:
        return tr("A deployment of this resource group in Azure is recorded here (%1). A "
                  "simulated run would replace that record: give the simulation another "
                  "resource group name.")
            .arg(QDir::toNativeSeparators(result.detail));
    }
    return QString();
}

RunService::StartResult Deployment::start(const Settings& settings, bool resume)
{
    RunService::Request request;
    request.settings = settings;
    request.mode = mode();
    request.parallel = m_options.parallel;
    request.resume = resume;
    RunService::StartResult result = m_service.start(request);
    if (result.refusal == RunService::Refusal::NothingToResume) {
        // No journal yet (the run never got as far as writing one): nothing to lose.
        request.resume = false;
        result = m_service.start(request);
    }
    if (!result.ok())
        return result;
    const bool samePlan = m_model && settings == m_settings;
    m_settings = settings;
    if (!samePlan) {
        StepListModel* old = m_model;
        m_model = new StepListModel(PlanBuilder::build(settings), settings.resolvedValues(),
                                    PlanBuilder::listValues(settings), m_wording, this);
        emit modelChanged(m_model);
        if (old)
            old->deleteLater();
    }
    emit started();
    return result;
}

void Deployment::cancel()
{
    m_service.cancel();
}

} // namespace cnpg
