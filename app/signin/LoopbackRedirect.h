#pragma once
// The loopback redirect of RFC 8252 §7.3: a listener on 127.0.0.1 with a port the system picks,
// where the system browser comes back after the person signed in at the provider
// (http://127.0.0.1:PORT/callback?code=…&state=…). Only a request that carries our own `state`
// counts — anything else on this machine may knock on the port too — and it is answered with a
// small calm page, after which the listener closes. Nobody coming back within the time limit
// (10 minutes) ends it quietly.

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QTcpServer;
class QTcpSocket;

class LoopbackRedirect : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultTimeoutMs = 10 * 60 * 1000;

    explicit LoopbackRedirect(QObject *parent = nullptr);
    ~LoopbackRedirect() override;

    // Starts listening for a redirect with this state; false when no port could be had.
    bool listen(const QByteArray &state);
    void close();
    bool isListening() const;
    quint16 port() const;
    // "http://127.0.0.1:PORT/callback": an IP literal, never "localhost" (RFC 8252 §8.3).
    QString redirectUri() const;
    void setTimeout(int ms) { m_timeout.setInterval(ms); }

Q_SIGNALS:
    void codeReceived(const QString &code);
    // The server's or provider's error for the person: cancelled, sign_in_failed,
    // provider_unavailable, unknown_person, bad_invite (or anything else it may add).
    void errorReceived(const QString &error);
    void timedOut();

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QString &text);

    QTcpServer *m_server = nullptr;
    QByteArray m_state;
    QTimer m_timeout;
};
