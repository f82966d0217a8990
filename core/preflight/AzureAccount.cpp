#include "preflight/AzureAccount.h"

#include "process/AsyncProcess.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QRegularExpression>
#include <spdlog/spdlog.h>

namespace cnpg {

namespace {

// The device code expires after 15 minutes; a sign-in still running after that is stuck.
constexpr int loginTimeoutMs = 16 * 60 * 1000;

AzureSubscription fromJson(const QJsonObject& o)
{
    AzureSubscription s;
    s.id = o.value(QStringLiteral("id")).toString();
    s.name = o.value(QStringLiteral("name")).toString();
    s.tenantId = o.value(QStringLiteral("tenantId")).toString();
    s.state = o.value(QStringLiteral("state")).toString();
    s.user = o.value(QStringLiteral("user")).toObject().value(QStringLiteral("name")).toString();
    s.isDefault = o.value(QStringLiteral("isDefault")).toBool();
    return s;
}

QString errorOf(const ProcessResult& r)
{
    if (r.failedToStart)
        return r.errorString;
    return QString::fromUtf8(r.standardError.isEmpty() ? r.standardOutput : r.standardError)
        .trimmed();
}

} // namespace

AzureAccount::AzureAccount(ProcessLauncher& launcher, QObject* parent)
    : QObject(parent)
    , m_launcher(launcher)
{
    qRegisterMetaType<cnpg::AzureSubscription>();
    qRegisterMetaType<cnpg::AzureAccount::DeviceCode>();
}

AzureAccount::~AzureAccount()
{
    AsyncProcess::cancel(m_query);
    AsyncProcess::cancel(m_login);
}

bool AzureAccount::browserAvailable(const QProcessEnvironment& env)
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return !env.contains(QStringLiteral("SSH_CONNECTION"));
#else
    if (env.contains(QStringLiteral("SSH_CONNECTION")) || env.contains(QStringLiteral("SSH_TTY")))
        return false;
    return !env.value(QStringLiteral("DISPLAY")).isEmpty() ||
           !env.value(QStringLiteral("WAYLAND_DISPLAY")).isEmpty();
#endif
}

QStringList AzureAccount::loginArguments(LoginMode mode, const QProcessEnvironment& env)
{
    QStringList args{QStringLiteral("login"), QStringLiteral("--output"), QStringLiteral("none")};
    if (mode == LoginMode::DeviceCode || (mode == LoginMode::Auto && !browserAvailable(env)))
        args << QStringLiteral("--use-device-code");
    return args;
}

std::optional<AzureSubscription> AzureAccount::parseAccount(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    AzureSubscription s = fromJson(doc.object());
    if (s.id.isEmpty())
        return std::nullopt;
    return s;
}

QList<AzureSubscription> AzureAccount::parseAccountList(const QByteArray& json)
{
    QList<AzureSubscription> out;
    const QJsonArray list = QJsonDocument::fromJson(json).array();
    for (const QJsonValue& v : list) {
        AzureSubscription s = fromJson(v.toObject());
        if (!s.id.isEmpty())
            out << s;
    }
    return out;
}

bool AzureAccount::isNotSignedIn(const QByteArray& errorOutput)
{
    // "ERROR: Please run 'az login' to setup account." when nobody signed in; an expired or
    // revoked token ends with "Interactive authentication is needed. Please run:\naz login".
    return errorOutput.contains("az login") || errorOutput.contains("AADSTS70043") ||
           errorOutput.contains("AADSTS700082");
}

AzureAccount::DeviceCode AzureAccount::parseDeviceCode(const QString& text)
{
    // MSAL's sentence: "To sign in, use a web browser to open the page
    // https://microsoft.com/devicelogin and enter the code ABCD12345 to authenticate."
    static const QRegularExpression re(
        QStringLiteral("(https?://\\S+?)[.,]?\\s.*?\\bcode\\s+([A-Z0-9-]{6,})\\b"),
        QRegularExpression::DotMatchesEverythingOption);
    DeviceCode dc;
    const auto m = re.match(text);
    if (!m.hasMatch())
        return dc;
    dc.url = m.captured(1);
    dc.code = m.captured(2);
    // The line that holds it, without az's "WARNING: " prefix.
    const qsizetype start = text.lastIndexOf(QLatin1Char('\n'), m.capturedStart(1)) + 1;
    qsizetype end = text.indexOf(QLatin1Char('\n'), m.capturedEnd(2));
    if (end < 0)
        end = text.size();
    dc.message = text.mid(start, end - start).trimmed();
    dc.message.remove(QRegularExpression(QStringLiteral("^WARNING:\\s*")));
    return dc;
}

QString AzureAccount::stateText(State state)
{
    const char* text = "";
    switch (state) {
    case State::Unknown:
        text = QT_TRANSLATE_NOOP("cnpg::AzureAccount", "Not checked yet");
        break;
    case State::Checking:
        text = QT_TRANSLATE_NOOP("cnpg::AzureAccount", "Checking the Azure sign-in...");
        break;
    case State::SignedIn:
        text = QT_TRANSLATE_NOOP("cnpg::AzureAccount", "Signed in to Azure");
        break;
    case State::NotSignedIn:
        text = QT_TRANSLATE_NOOP("cnpg::AzureAccount", "Not signed in to Azure");
        break;
    case State::SigningIn:
        text = QT_TRANSLATE_NOOP("cnpg::AzureAccount", "Signing in to Azure...");
        break;
    case State::AzMissing:
        text = QT_TRANSLATE_NOOP("cnpg::AzureAccount", "The Azure CLI (az) is not installed");
        break;
    case State::Error:
        text = QT_TRANSLATE_NOOP("cnpg::AzureAccount", "The Azure CLI failed");
        break;
    }
    return QCoreApplication::translate("cnpg::AzureAccount", text);
}

ProcessSpec AzureAccount::azSpec(const QStringList& args) const
{
    ProcessSpec spec;
    spec.program = QStringLiteral("az");
    spec.arguments = args;
    spec.environment = m_environment;
    // No interactive subscription picker after `az login` (az 2.61+): there is no terminal.
    spec.environment.insert(QStringLiteral("AZURE_CORE_LOGIN_EXPERIENCE_V2"),
                            QStringLiteral("off"));
    return spec;
}

void AzureAccount::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    spdlog::info("azure sign-in: {}{}", QMetaEnum::fromType<State>().valueToKey(int(state)),
                 m_errorDetail.isEmpty() || state == State::SignedIn || state == State::Checking
                     ? QString()
                     : QStringLiteral(" (") + maskSecrets(m_errorDetail) + QLatin1Char(')'));
    emit stateChanged(state);
}

void AzureAccount::refresh()
{
    AsyncProcess::cancel(m_query);
    const int generation = ++m_generation;
    if (m_state != State::SigningIn)
        setState(State::Checking);
    m_query = AsyncProcess::start(m_launcher,
                                  azSpec({QStringLiteral("account"), QStringLiteral("show"),
                                          QStringLiteral("--output"), QStringLiteral("json")}),
                                  this, m_timeoutMs,
                                  [this, generation](const ProcessResult& r, bool timedOut) {
                                      if (generation == m_generation)
                                          showFinished(r, timedOut);
                                  });
}

void AzureAccount::showFinished(const ProcessResult& r, bool timedOut)
{
    m_query.clear();
    AzureSubscription current;
    if (r.failedToStart) {
        m_errorDetail = r.errorString;
        setState(State::AzMissing);
    } else if (timedOut) {
        m_errorDetail = QStringLiteral("az account show did not answer in time");
        setState(State::Error);
    } else if (!r.ok()) {
        m_errorDetail = errorOf(r);
        setState(isNotSignedIn(r.standardError) ? State::NotSignedIn : State::Error);
    } else if (auto account = parseAccount(r.standardOutput)) {
        current = *account;
    } else {
        m_errorDetail = QStringLiteral("unexpected output of az account show");
        setState(State::Error);
    }
    if (!(current == m_current)) {
        m_current = current;
        emit currentChanged(m_current);
    }
    if (current.id.isEmpty()) {
        if (!m_subscriptions.isEmpty()) {
            m_subscriptions.clear();
            emit subscriptionsChanged(m_subscriptions);
        }
        return;
    }
    // Signed in: the state changes once the list is there, so a page sees both at once.
    const int generation = m_generation;
    m_query = AsyncProcess::start(m_launcher,
                                  azSpec({QStringLiteral("account"), QStringLiteral("list"),
                                          QStringLiteral("--output"), QStringLiteral("json")}),
                                  this, m_timeoutMs,
                                  [this, generation](const ProcessResult& r, bool timedOut) {
                                      if (generation == m_generation)
                                          listFinished(r, timedOut);
                                  });
}

void AzureAccount::listFinished(const ProcessResult& r, bool timedOut)
{
    m_query.clear();
    QList<AzureSubscription> list;
    if (r.ok() && !timedOut)
        list = parseAccountList(r.standardOutput);
    // `az account show` already named one; a failed list still leaves that one to choose.
    if (list.isEmpty())
        list << m_current;
    if (list != m_subscriptions) {
        m_subscriptions = list;
        emit subscriptionsChanged(m_subscriptions);
    }
    m_errorDetail.clear();
    setState(State::SignedIn);
}

void AzureAccount::login(LoginMode mode)
{
    if (m_login)
        return;
    AsyncProcess::cancel(m_query);
    ++m_generation; // a refresh under way is superseded by the one after the sign-in
    m_loginOutput.clear();
    setState(State::SigningIn);
    m_login = AsyncProcess::start(
        m_launcher, azSpec(loginArguments(mode, m_environment)), this, loginTimeoutMs,
        [this](const ProcessResult& r, bool timedOut) {
            m_login.clear();
            const bool ok = r.ok() && !timedOut;
            QString detail;
            if (!ok) {
                detail = timedOut ? QStringLiteral("az login did not finish in time") : errorOf(r);
                m_errorDetail = detail;
            }
            if (r.failedToStart)
                setState(State::AzMissing);
            else
                setState(State::Checking);
            emit loginFinished(ok, detail);
            if (!r.failedToStart)
                refresh();
        });
    if (!m_login)
        return;
    // The device code arrives on stderr while az waits for the user.
    connect(m_login.data(), &RunningProcess::output, this, [this](int, const QByteArray& data) {
        const bool had = parseDeviceCode(m_loginOutput).isValid();
        m_loginOutput += QString::fromUtf8(data);
        const DeviceCode dc = parseDeviceCode(m_loginOutput);
        if (!had && dc.isValid())
            emit deviceCodeReceived(dc);
    });
}

void AzureAccount::cancelLogin()
{
    AsyncProcess::cancel(m_login);
}

} // namespace cnpg
