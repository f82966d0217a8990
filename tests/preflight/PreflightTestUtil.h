#pragma once
// Stand-ins shared by the preflight tests: a scriptable process launcher and a tiny local HTTP
// server. Nothing here reaches the network.

#include "process/ProcessLauncher.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <functional>

namespace cnpg::test {

class FakeProcess : public RunningProcess
{
    Q_OBJECT
public:
    FakeProcess(ProcessSpec spec, QObject* parent)
        : RunningProcess(parent)
        , spec(std::move(spec))
    {}
    qint64 processId() const override { return 4242; }
    bool isRunning() const override { return m_running; }
    void terminate() override
    {
        terminated = true;
        ProcessResult r;
        r.exitCode = 143;
        r.crashed = true;
        finish(r);
    }
    void kill() override { terminate(); }

    // Ends the process from the event loop, like a real one.
    void finish(ProcessResult r)
    {
        if (m_finishing)
            return;
        m_finishing = true;
        QTimer::singleShot(0, this, [this, r] {
            m_running = false;
            emit finished(r);
        });
    }
    void finishWith(int exitCode, const QByteArray& out, const QByteArray& err = QByteArray())
    {
        ProcessResult r;
        r.exitCode = exitCode;
        r.standardOutput = out;
        r.standardError = err;
        finish(r);
    }
    void say(int channel, const QByteArray& data) { emit output(channel, data); }

    ProcessSpec spec;
    bool terminated = false;

private:
    bool m_running = true;
    bool m_finishing = false;
};

class FakeLauncher : public ProcessLauncher
{
public:
    // Called for every start; may answer at once (finishWith) or leave the process running.
    std::function<void(FakeProcess*)> responder;
    QList<QPointer<FakeProcess>> started;

    RunningProcess* start(const ProcessSpec& spec, QObject* parent) override
    {
        auto* p = new FakeProcess(spec, parent);
        started << p;
        if (responder)
            responder(p);
        return p;
    }
};

// Answers GET requests from a table of routes. A route can send its body in slices (so that
// progress is visible), promise more bytes than it sends (a truncated download) or never
// answer at all.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    struct Route
    {
        int status = 200;
        QByteArray body;
        qint64 contentLength = -1; // -1: the body's size
        int slices = 1;
        int sliceDelayMs = 5;
        bool silent = false; // accept, read, never answer
    };

    HttpServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::accept);
        m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1/").arg(port()); }
    void route(const QString& path, Route r) { m_routes.insert(path, r); }
    QStringList requests;

private:
    void accept()
    {
        while (QTcpSocket* s = m_server.nextPendingConnection()) {
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            connect(s, &QTcpSocket::readyRead, this, [this, s] { read(s); });
        }
    }
    void read(QTcpSocket* s)
    {
        QByteArray& buf = m_buffers[s];
        buf += s->readAll();
        if (!buf.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> first = buf.left(buf.indexOf("\r\n")).split(' ');
        buf.clear();
        const QString path = QString::fromLatin1(first.value(1));
        requests << path;
        if (!m_routes.contains(path)) {
            s->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            s->disconnectFromHost();
            return;
        }
        const Route r = m_routes.value(path);
        if (r.silent)
            return;
        const qint64 length = r.contentLength >= 0 ? r.contentLength : r.body.size();
        s->write(QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(r.status) +
                 QByteArrayLiteral(" X\r\nContent-Type: application/octet-stream\r\n") +
                 QByteArrayLiteral("Content-Length: ") + QByteArray::number(length) +
                 QByteArrayLiteral("\r\nConnection: close\r\n\r\n"));
        sendSlices(s, r, 0);
    }
    void sendSlices(QPointer<QTcpSocket> s, Route r, int index)
    {
        if (!s)
            return;
        const qsizetype size = (r.body.size() + r.slices - 1) / std::max(1, r.slices);
        const QByteArray slice = r.body.mid(index * size, size);
        if (!slice.isEmpty())
            s->write(slice);
        if ((index + 1) * size >= r.body.size()) {
            s->flush();
            s->disconnectFromHost();
            return;
        }
        QTimer::singleShot(r.sliceDelayMs, this,
                           [this, s, r, index] { sendSlices(s, r, index + 1); });
    }

    QTcpServer m_server;
    QHash<QString, Route> m_routes;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace cnpg::test
