#pragma once

#include <QByteArray>
#include <QString>

namespace cnpg {

// Reads a file that must be small (a settings file, a journal: kilobytes) without trusting it:
// what is not a regular file (a FIFO, /dev/zero, a device, a directory) is refused before a byte
// is read and without blocking, and so is anything over the limit, also when it grows while it
// is read. Nothing is read beyond the limit.
class SmallFile
{
public:
    static constexpr qint64 DefaultLimit = 1024 * 1024;

    enum class Error
    {
        None,
        Unreadable,     // detail: the system's message
        NotRegularFile, // a FIFO, a device, a directory, a socket
        TooLarge,       // over the limit
    };

    struct Result
    {
        Error error = Error::None;
        QString detail;
        QByteArray data;
        bool ok() const { return error == Error::None; }
    };

    static Result read(const QString& path, qint64 limit = DefaultLimit);
};

} // namespace cnpg
