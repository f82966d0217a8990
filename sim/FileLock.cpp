#include "FileLock.h"

#include "SimError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace cnpg::sim {

FileLock::FileLock(const QString& path, Mode mode)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray name = QFile::encodeName(path);
    m_fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    // Waiting in the kernel wakes the next contender as soon as the lock is free: fair enough
    // for fifty short-lived pollers.
    int rc = -1;
    const int op = mode == Mode::Wait ? LOCK_EX : LOCK_EX | LOCK_NB;
    while (m_fd >= 0 && (rc = ::flock(m_fd, op)) != 0 && errno == EINTR) {
    }
    if (m_fd >= 0 && rc != 0 && errno == EWOULDBLOCK && mode == Mode::Try)
        return;
    if (m_fd < 0 || rc != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        throw SimError{
            1,
            QStringLiteral("cnpg-sim: cannot lock %1: %2\n").arg(QFile::decodeName(name), reason)};
    }
    m_held = true;
}

FileLock::~FileLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // closing the last descriptor releases the lock
}

} // namespace cnpg::sim
