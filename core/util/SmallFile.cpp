#include "util/SmallFile.h"

#include <QFile>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cnpg {

namespace {
QString systemError(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// Closes the descriptor on every way out.
struct Fd
{
    int fd;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};
} // namespace

SmallFile::Result SmallFile::read(const QString& path, qint64 limit)
{
    Result r;
    // O_NONBLOCK: opening a FIFO without a writer must not wait for one. The type is checked on
    // the open descriptor, so that nothing can swap the file in between.
    const QByteArray native = QFile::encodeName(path);
    Fd f{::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)};
    if (f.fd < 0) {
        r.error = Error::Unreadable;
        r.detail = systemError(errno);
        return r;
    }
    struct stat st = {};
    if (::fstat(f.fd, &st) != 0) {
        r.error = Error::Unreadable;
        r.detail = systemError(errno);
        return r;
    }
    if (!S_ISREG(st.st_mode)) {
        r.error = Error::NotRegularFile;
        return r;
    }
    if (st.st_size > limit) {
        r.error = Error::TooLarge;
        return r;
    }
    r.data.resize(qsizetype(st.st_size));
    qint64 total = 0;
    for (;;) {
        // One byte more than the limit tells a file that grew past it.
        if (r.data.size() < total + 1)
            r.data.resize(qsizetype(std::min<qint64>(limit + 1, total + 4096)));
        const ssize_t n = ::read(f.fd, r.data.data() + total, size_t(r.data.size() - total));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            r.error = Error::Unreadable;
            r.detail = systemError(errno);
            r.data.clear();
            return r;
        }
        if (n == 0)
            break;
        total += n;
        if (total > limit) {
            r.error = Error::TooLarge;
            r.data.clear();
            return r;
        }
    }
    r.data.truncate(qsizetype(total));
    return r;
}

} // namespace cnpg
