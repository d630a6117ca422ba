#include "signin/LoopbackRedirect.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

namespace {

constexpr int maxRequestBytes = 16 * 1024; // a request line with a code and a state fits well
constexpr int socketTimeoutMs = 10000;     // a client that never finishes its request

// Constant time, so that timing does not tell a guesser how much of the state was right.
bool sameState(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QByteArray page(const QString &text)
{
    // Plain, readable at any size, nothing loaded from elsewhere; the language follows the app.
    const QString html =
        QStringLiteral("<!doctype html><html lang=\"%1\"><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                       "<title>Bro</title></head>"
                       "<body style=\"font-family: sans-serif; max-width: 32em; margin: 3em auto; "
                       "padding: 0 1em; line-height: 1.5; color: #1F2623; background: #FAF7F2\">"
                       "<h1 style=\"color: #2F6B5E\">Bro</h1><p>%2</p></body></html>")
            .arg(QCoreApplication::translate("LoopbackRedirect", "nb", "the page's language code"),
                 text.toHtmlEscaped());
    return html.toUtf8();
}

} // namespace

LoopbackRedirect::LoopbackRedirect(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(defaultTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        close();
        Q_EMIT timedOut();
    });
}

LoopbackRedirect::~LoopbackRedirect()
{
    close();
}

bool LoopbackRedirect::listen(const QByteArray &state)
{
    close();
    m_state = state;
    m_server = new QTcpServer(this);
    // Loopback only: nobody on the network may hand the app a code.
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirect::onConnection);
    m_timeout.start();
    return true;
}

void LoopbackRedirect::close()
{
    m_timeout.stop();
    if (m_server) {
        m_server->close();
        m_server->deleteLater(); // sockets being answered are its children and finish first
        m_server = nullptr;
    }
    m_state.clear();
}

bool LoopbackRedirect::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 LoopbackRedirect::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString LoopbackRedirect::redirectUri() const
{
    return QStringLiteral("http://127.0.0.1:%1/callback").arg(port());
}

void LoopbackRedirect::onConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        socket->setParent(this); // outlives the listener until answered
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        QTimer::singleShot(socketTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void LoopbackRedirect::onReadable(QTcpSocket *socket)
{
    if (socket->property("answered").toBool())
        return;
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > maxRequestBytes)
            answer(socket, 400, tr("Denne adressen er bare for Bro."));
        return;
    }
    // Only the request line matters: "GET /callback?code=…&state=… HTTP/1.1".
    const QList<QByteArray> parts = socket->readLine(maxRequestBytes).trimmed().split(' ');
    if (parts.size() != 3 || parts[0] != "GET") {
        answer(socket, 400, tr("Denne adressen er bare for Bro."));
        return;
    }
    const QUrl target(QString::fromLatin1(parts[1]));
    const QUrlQuery query(target);
    const QByteArray state =
        query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8();
    if (target.path() != QLatin1String("/callback") || m_state.isEmpty() ||
        !sameState(state, m_state)) {
        // Not the redirect we wait for (another tab, a favicon, a guess): not ours to act on.
        answer(socket, 404, tr("Denne adressen er bare for Bro."));
        return;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (code.isEmpty() && error.isEmpty())
        error = QStringLiteral("sign_in_failed");
    if (error.isEmpty())
        answer(socket, 200,
               tr("Du er logget inn. Du kan lukke denne fanen og gå tilbake til Bro."));
    else
        answer(socket, 200,
               tr("Innloggingen ble ikke fullført. Gå tilbake til Bro og prøv igjen."));
    close(); // one redirect per sign-in
    if (error.isEmpty())
        Q_EMIT codeReceived(code);
    else
        Q_EMIT errorReceived(error);
}

void LoopbackRedirect::answer(QTcpSocket *socket, int status, const QString &text)
{
    socket->setProperty("answered", true);
    const QByteArray body = page(text);
    const char *reason = status == 200 ? "OK" : status == 404 ? "Not Found" : "Bad Request";
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    head += "Content-Type: text/html; charset=utf-8\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    // The page carries nothing worth keeping, and the address with the code must not be cached.
    head += "Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head + body);
    socket->disconnectFromHost(); // after the bytes are written
}
