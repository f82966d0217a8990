#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <mutex>

namespace cnpg {

// Writes the journal off the event loop: AtomicFile's commit syncs to disk, milliseconds each
// time, after every change of a deployment. One writer thread, in order; a newer journal
// replaces one still waiting, so the file always ends with the latest state.
class JournalWriter : public QObject
{
    Q_OBJECT
public:
    explicit JournalWriter(QString path, QObject* parent = nullptr);
    ~JournalWriter() override; // lets the last write finish (at most one sync)

    void write(QByteArray data);
    bool isIdle() const;
    const QString& path() const { return m_path; }

signals:
    // Everything handed to write() so far is on disk (emitted in the writer's owner thread).
    void idle();
    void failed(const QString& error);

    // From the writer thread, queued to the owner's: signals rather than invokeMethod with a
    // lambda, whose slot object is shared across the threads through a reference count inside
    // QtCore, where ThreadSanitizer cannot see it.
    void drained(QPrivateSignal);
    void writeFailed(const QString& error, QPrivateSignal);

private:
    void drain();

    QString m_path;
    QThreadPool m_pool;
    mutable std::mutex m_mutex;
    QByteArray m_pending;
    bool m_hasPending = false;
    bool m_busy = false;
};

} // namespace cnpg
