#pragma once

// A local stand-in for https://prices.azure.com/api/retail/prices: answers each request with
// what the handler says (a recorded page, a status with headers, or nothing at all), and
// records what was asked.

#include <QFile>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool hang = false; // accept, read, never answer

    static FakeResponse page(const QString& name, const QUrl& base)
    {
        QFile f(QStringLiteral(CNPG_TESTS_DIR "/cost/pages/") + name);
        FakeResponse r;
        if (f.open(QIODevice::ReadOnly))
            r.body = f.readAll().replace("{{BASE}}", base.toString().toUtf8());
        return r;
    }
};

class FakePriceServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<FakeResponse(const QUrl& url, int index)>;

    explicit FakePriceServer(QObject* parent = nullptr)
        : QObject(parent)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                m_buffers.insert(s, {});
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

    QUrl base() const
    {
        return QUrl(
            QStringLiteral("http://127.0.0.1:%1/api/retail/prices").arg(m_server.serverPort()));
    }
    void setHandler(Handler h) { m_handler = std::move(h); }
    const QList<QUrl>& requests() const { return m_requests; }
    // The $filter of a request, decoded.
    static QString filterOf(const QUrl& url)
    {
        return QUrlQuery(url).queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded);
    }

signals:
    void requested(const QUrl& url);

private:
    void onRead(QTcpSocket* s)
    {
        QByteArray& buf = m_buffers[s];
        buf += s->readAll();
        const int end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> line = buf.left(buf.indexOf("\r\n")).split(' ');
        buf.clear();
        if (line.size() < 2)
            return;
        const QUrl url = base().resolved(QUrl::fromEncoded(line.at(1)));
        const int index = int(m_requests.size());
        m_requests << url;
        emit requested(url);
        const FakeResponse r = m_handler ? m_handler(url, index) : FakeResponse{404, {}, {}, false};
        if (r.hang)
            return;
        QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + " X\r\n" +
                         "Content-Type: application/json; charset=utf-8\r\n" +
                         "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n" +
                         "Connection: close\r\n";
        for (const auto& h : r.headers)
            out += h.first + ": " + h.second + "\r\n";
        out += "\r\n" + r.body;
        s->write(out);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<QUrl> m_requests;
    Handler m_handler;
};
