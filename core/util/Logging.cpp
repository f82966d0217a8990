#include "util/Logging.h"

#include <QDir>
#include <QRegularExpression>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

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

} // namespace

QString initLogging(const LogOptions& options)
{
    std::vector<spdlog::sink_ptr> sinks;
    QString file;
    if (!options.directory.isEmpty() && QDir().mkpath(options.directory)) {
        file = QDir(options.directory).filePath(QStringLiteral("cnpg-aks-wizard.log"));
        try {
            // 5 files of 5 MiB: a few deployments' worth of tool output.
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                file.toStdString(), 5 * 1024 * 1024, 5));
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
    static const QList<QRegularExpression> patterns = {
        // "accessToken": "...", "refreshToken", "password", "key1" style JSON members.
        QRegularExpression(QStringLiteral("(\"(?:access_?token|refresh_?token|id_?token|password|"
                                          "secret|client_?secret|key\\d?|"
                                          "primaryKey|secondaryKey|value)\"\\s*:\\s*\")[^\"]*(\")"),
                           QRegularExpression::CaseInsensitiveOption),
        // Authorization: Bearer eyJ...
        QRegularExpression(QStringLiteral("(Bearer\\s+)[A-Za-z0-9._~+/=-]+()"),
                           QRegularExpression::CaseInsensitiveOption),
        // Connection strings: AccountKey=...; SharedAccessKey=...; Password=...;
        QRegularExpression(
            QStringLiteral("((?:AccountKey|SharedAccessKey|Password|Pwd)=)[^;\\s\"]+()"),
            QRegularExpression::CaseInsensitiveOption),
        // SAS signatures in URLs.
        QRegularExpression(QStringLiteral("([?&]sig=)[^&\\s\"]+()"),
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
