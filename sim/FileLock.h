#pragma once
// An flock(2) on a lock file that is never removed, held for the object's lifetime. The kernel
// releases it when its holder dies, however it dies; a lock file whose content names its holder
// (QLockFile) stays in the way for its whole stale time when a holder is killed between creating
// the file and writing its PID, which the executor does to pollers it stops. The descriptor is
// close-on-exec, so that no program started under the lock (a database server) inherits it.

#include <QString>

namespace cnpg::sim {

class FileLock
{
public:
    enum class Mode
    {
        Wait, // blocks until the lock is free
        Try,  // takes it only when it is free now
    };
    // Throws SimError when the lock file cannot be opened.
    FileLock(const QString& path, Mode mode);
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

    bool isHeld() const { return m_held; }

private:
    int m_fd = -1;
    bool m_held = false;
};

} // namespace cnpg::sim
