#pragma once

#include <QString>
#include <memory>
#include <spdlog/fmt/fmt.h>

namespace spdlog {
class logger;
}

// Lets spdlog format QString arguments directly (spdlog 1.10 uses the external fmt 9).
template<> struct fmt::formatter<QString> : fmt::formatter<fmt::string_view>
{
    template<typename Context> auto format(const QString& s, Context& ctx) const
    {
        const QByteArray utf8 = s.toUtf8();
        return fmt::formatter<fmt::string_view>::format(
            fmt::string_view(utf8.constData(), size_t(utf8.size())), ctx);
    }
};

namespace cnpg {

// Sets up the process's logger: a rotating file in `directory` (the app's data directory) and
// stderr, and routes Qt's own messages (qDebug, qWarning, ...) into it. Returns the log file.
// Call once from main(); the logger is owned by spdlog's registry until shutdownLogging().
struct LogOptions
{
    QString directory;
    bool toStderr = true;
    bool verbose = false;
};
QString initLogging(const LogOptions& options);
void shutdownLogging();

// Masks secrets in text that goes to a log: bearer/access tokens, account keys, SAS signatures,
// connection strings and passwords. Azure's resource ids and names are kept.
QString maskSecrets(const QString& text);

} // namespace cnpg
