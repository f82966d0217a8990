#include "util/Logging.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <cstdio>
#include <fcntl.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cnpg {

namespace {

void qtMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString text = maskSecrets(message);
    const char* category = context.category ? context.category : "qt";
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        spdlog::info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        spdlog::warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
        spdlog::error("[{}] {}", category, text);
        break;
    case QtFatalMsg:
        spdlog::critical("[{}] {}", category, text);
        spdlog::default_logger()->flush();
        std::abort();
    }
}

// The log holds the tools' output: owner-only, like the journal. The file is created 0600
// before spdlog opens it (also after each rotation), and kept so if it existed with more.
spdlog::file_event_handlers ownerOnly()
{
    spdlog::file_event_handlers h;
    h.before_open = [](const spdlog::filename_t& name) {
        const int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
        if (fd >= 0)
            ::close(fd);
    };
    h.after_open = [](const spdlog::filename_t&, std::FILE* f) {
        if (f)
            ::fchmod(::fileno(f), 0600);
    };
    return h;
}

} // namespace

QString initLogging(const LogOptions& options)
{
    std::vector<spdlog::sink_ptr> sinks;
    QString file;
    if (!options.directory.isEmpty() && QDir().mkpath(options.directory)) {
        QFile::setPermissions(options.directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ExeOwner);
        file = QDir(options.directory).filePath(QStringLiteral("cnpg-aks-wizard.log"));
        try {
            // 5 files of 5 MiB: a few deployments' worth of tool output.
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                file.toStdString(), 5 * 1024 * 1024, 5, false, ownerOnly()));
        } catch (const spdlog::spdlog_ex&) {
            file.clear(); // an unwritable directory must not stop the app
        }
    }
    if (options.toStderr) {
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        err->set_level(options.verbose ? spdlog::level::debug : spdlog::level::warn);
        sinks.push_back(err);
    }
    auto logger = std::make_shared<spdlog::logger>("cnpg", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::debug);
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ %v");
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(qtMessageHandler);
    return file;
}

void shutdownLogging()
{
    qInstallMessageHandler(nullptr);
    spdlog::shutdown();
}

QString maskSecrets(const QString& text)
{
    // The names under which tools print secrets, in their JSON, YAML, Python and flag spellings.
    static const QString alternatives = QStringLiteral(
        "access[_-]?token|refresh[_-]?token|id[_-]?token|token|password|passwd|secret|"
        "client[_-]?secret|account[_-]?key|sas[_-]?token|primary[_-]?key|secondary[_-]?key|"
        "api[_-]?key|connection[_-]?string");
    static const QString names = QStringLiteral("(?:") + alternatives + QLatin1Char(')');
    static const QList<QRegularExpression> patterns = {
        // JSON members ("accessToken": "..."), escaped quotes inside the value included.
        QRegularExpression(
            QStringLiteral("(\"(?:") + alternatives +
                QStringLiteral("|key\\d?|value)\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*(\")"),
            QRegularExpression::CaseInsensitiveOption),
        // Python's repr of the same ({'password': '...'}), as az prints some errors.
        QRegularExpression(QStringLiteral("('") + names +
                               QStringLiteral("'\\s*:\\s*')(?:[^'\\\\]|\\\\.)*(')"),
                           QRegularExpression::CaseInsensitiveOption),
        // YAML (kubeconfig's "token: ...") and "name: value" lines.
        QRegularExpression(QStringLiteral("((?:^|[\\s{,])") + names +
                               QStringLiteral(":[ \\t]*)(?:\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|"
                                              "[^\\s,}]+)()"),
                           QRegularExpression::CaseInsensitiveOption),
        // Command-line options: --password X, --client-secret=X, --sas-token "sig=X".
        QRegularExpression(QStringLiteral("(--") + names +
                               QStringLiteral("(?:\\s+|=))(?:\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|"
                                              "[^\\s\"']+)()"),
                           QRegularExpression::CaseInsensitiveOption),
        // Environment variables: AZURE_CLIENT_SECRET=..., ARM_ACCESS_KEY=...
        QRegularExpression(QStringLiteral("(\\b[A-Z0-9_]*(?:SECRET|PASSWORD|TOKEN|_KEY)=)"
                                          "(?:\"[^\"]*\"|'[^']*'|[^\\s;\"']+)()")),
        // Authorization: Bearer eyJ...
        QRegularExpression(QStringLiteral("(Bearer\\s+)[A-Za-z0-9._~+/=-]+()"),
                           QRegularExpression::CaseInsensitiveOption),
        // Connection strings: AccountKey=...; SharedAccessKey=...; Password=...;
        QRegularExpression(
            QStringLiteral("((?:AccountKey|SharedAccessKey|Password|Pwd)=)[^;\\s\"]+()"),
            QRegularExpression::CaseInsensitiveOption),
        // SAS signatures, in URLs or alone.
        QRegularExpression(QStringLiteral("((?:^|[?&\\s\"'])sig=)[^&\\s\"']+()"),
                           QRegularExpression::CaseInsensitiveOption),
        // Bare JWTs.
        QRegularExpression(
            QStringLiteral("()eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]+()")),
    };
    // Every pattern has two groups, the text kept before and after the secret.
    QString out = text;
    for (const QRegularExpression& re : patterns)
        out.replace(re, QStringLiteral("\\1***\\2"));
    return out;
}

} // namespace cnpg
