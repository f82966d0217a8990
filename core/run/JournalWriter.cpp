#include "run/JournalWriter.h"

#include "util/AtomicFile.h"

#include <QtConcurrent/QtConcurrentRun>

namespace cnpg {

JournalWriter::JournalWriter(QString path, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    connect(this, &JournalWriter::writeFailed, this, &JournalWriter::failed, Qt::QueuedConnection);
    connect(
        this, &JournalWriter::drained, this,
        [this] {
            if (isIdle())
                emit idle();
        },
        Qt::QueuedConnection);
}

JournalWriter::~JournalWriter()
{
    m_pool.waitForDone();
}

void JournalWriter::write(QByteArray data)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_pending = std::move(data);
    m_hasPending = true;
    if (m_busy)
        return; // the running drain() picks it up
    m_busy = true;
    (void)QtConcurrent::run(&m_pool, [this] { drain(); });
}

bool JournalWriter::isIdle() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return !m_busy;
}

void JournalWriter::drain()
{
    for (;;) {
        QByteArray data;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (!m_hasPending) {
                m_busy = false;
                break;
            }
            data = std::move(m_pending);
            m_pending.clear();
            m_hasPending = false;
        }
        QString error;
        if (!AtomicFile::write(m_path, data, &error,
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            emit writeFailed(error, QPrivateSignal());
    }
    emit drained(QPrivateSignal());
}

} // namespace cnpg
