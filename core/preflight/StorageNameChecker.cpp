#include "preflight/StorageNameChecker.h"

#include "process/AsyncProcess.h"
#include "settings/FieldValidator.h"
#include "settings/SettingsSchema.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace cnpg {

namespace {
constexpr int defaultDebounceMs = 600;
}

StorageNameChecker::StorageNameChecker(ProcessLauncher& launcher, QObject* parent)
    : QObject(parent)
    , m_launcher(launcher)
{
    qRegisterMetaType<cnpg::StorageNameResult>();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(defaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &StorageNameChecker::run);
}

StorageNameChecker::~StorageNameChecker()
{
    AsyncProcess::cancel(m_process);
}

QStringList StorageNameChecker::ownershipArguments(const QString& name, const QString& group,
                                                   const QString& subscription)
{
    QStringList args{QStringLiteral("storage"),
                     QStringLiteral("account"),
                     QStringLiteral("show"),
                     QStringLiteral("--name"),
                     name,
                     QStringLiteral("--resource-group"),
                     group,
                     QStringLiteral("--query"),
                     QStringLiteral("id"),
                     QStringLiteral("--output"),
                     QStringLiteral("tsv")};
    if (!subscription.isEmpty())
        args << QStringLiteral("--subscription") << subscription;
    return args;
}

QStringList StorageNameChecker::arguments(const QString& name, const QString& subscription)
{
    QStringList args{QStringLiteral("storage"),
                     QStringLiteral("account"),
                     QStringLiteral("check-name"),
                     QStringLiteral("--name"),
                     name,
                     QStringLiteral("--output"),
                     QStringLiteral("json")};
    if (!subscription.isEmpty())
        args << QStringLiteral("--subscription") << subscription;
    return args;
}

StorageNameResult StorageNameChecker::parse(const QString& name, const QByteArray& json)
{
    StorageNameResult r;
    r.name = name;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonObject o = doc.object();
    if (!doc.isObject() || !o.value(QStringLiteral("nameAvailable")).isBool()) {
        r.state = StorageNameResult::State::Error;
        r.message = QStringLiteral("unexpected output of az storage account check-name");
        return r;
    }
    r.reason = o.value(QStringLiteral("reason")).toString();
    r.message = o.value(QStringLiteral("message")).toString();
    if (o.value(QStringLiteral("nameAvailable")).toBool())
        r.state = StorageNameResult::State::Available;
    else if (r.reason == QLatin1String("AccountNameInvalid"))
        r.state = StorageNameResult::State::Invalid;
    else
        r.state = StorageNameResult::State::Taken;
    return r;
}

void StorageNameChecker::checkOwnership(const StorageNameResult& taken, int generation)
{
    // A name is global, so check-name cannot tell the deployment's own account (from an
    // earlier or interrupted run, which the plan will reuse) from a stranger's: ask for it in
    // the deployment's resource group.
    ProcessSpec ps;
    ps.program = QStringLiteral("az");
    ps.arguments = ownershipArguments(taken.name, m_resourceGroup, m_subscription);
    ps.environment = m_environment;
    m_process =
        AsyncProcess::start(m_launcher, ps, this, m_timeoutMs,
                            [this, generation, taken](const ProcessResult& r, bool timedOut) {
                                if (generation != m_generation)
                                    return;
                                m_process.clear();
                                StorageNameResult result = taken;
                                if (r.ok() && !timedOut && !r.standardOutput.trimmed().isEmpty())
                                    result.state = StorageNameResult::State::Yours;
                                emit checked(result);
                            });
}

QString StorageNameChecker::describe(const StorageNameResult& r)
{
    const auto tr = [](const char* s) {
        return QCoreApplication::translate("cnpg::StorageNameChecker", s);
    };
    switch (r.state) {
    case StorageNameResult::State::Available:
        return tr("The name %1 is available.").arg(r.name);
    case StorageNameResult::State::Taken:
        return tr("The name %1 is already taken by another storage account; choose another name.")
            .arg(r.name);
    case StorageNameResult::State::Yours:
        return tr("The storage account %1 already exists in this deployment's resource group; "
                  "the deployment will reuse it.")
            .arg(r.name);
    case StorageNameResult::State::Invalid:
        return tr("%1 is not a valid storage account name: 3 to 24 lowercase letters and digits.")
            .arg(r.name);
    case StorageNameResult::State::Error:
        return tr("The name could not be checked: %1").arg(r.message);
    }
    return QString();
}

void StorageNameChecker::setName(const QString& name)
{
    if (name == m_name && (m_debounce.isActive() || isChecking()))
        return;
    m_name = name;
    // Whatever runs is for an older name now.
    ++m_generation;
    AsyncProcess::cancel(m_process);
    m_process.clear();
    m_debounce.start();
}

void StorageNameChecker::checkNow()
{
    m_debounce.stop();
    run();
}

void StorageNameChecker::cancel()
{
    m_debounce.stop();
    ++m_generation;
    AsyncProcess::cancel(m_process);
    m_process.clear();
}

void StorageNameChecker::run()
{
    ++m_generation;
    AsyncProcess::cancel(m_process);
    m_process.clear();
    const QString name = m_name;
    const FieldSpec* spec = SettingsSchema::find(keys::StorageAccount);
    if (spec && !FieldValidator::validate(*spec, name).isEmpty()) {
        StorageNameResult r;
        r.name = name;
        r.state = StorageNameResult::State::Invalid;
        emit checked(r);
        return;
    }
    ProcessSpec ps;
    ps.program = QStringLiteral("az");
    ps.arguments = arguments(name, m_subscription);
    ps.environment = m_environment;
    const int generation = m_generation;
    emit checking(name);
    m_process = AsyncProcess::start(
        m_launcher, ps, this, m_timeoutMs,
        [this, generation, name](const ProcessResult& r, bool timedOut) {
            if (generation != m_generation)
                return; // stale: the name changed while Azure was asked
            m_process.clear();
            StorageNameResult result;
            if (r.ok() && !timedOut) {
                result = parse(name, r.standardOutput);
                if (result.state == StorageNameResult::State::Taken && !m_resourceGroup.isEmpty()) {
                    checkOwnership(result, generation);
                    return;
                }
            } else {
                result.name = name;
                result.state = StorageNameResult::State::Error;
                result.message = timedOut          ? QStringLiteral("no answer in time")
                                 : r.failedToStart ? r.errorString
                                                   : QString::fromUtf8(r.standardError).trimmed();
            }
            emit checked(result);
        });
}

} // namespace cnpg
