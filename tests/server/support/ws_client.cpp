#include "ws_client.hpp"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSslError>
#include <QTest>

namespace bro::test {

WsClient::WsClient()
{
    m_ws.setMaxAllowedIncomingFrameSize(64 * 1024 * 1024);
    m_ws.setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
    QObject::connect(&m_ws, &QWebSocket::textMessageReceived, [this](const QString &text) {
        auto j = nlohmann::json::parse(text.toStdString(), nullptr, false);
        if (j.is_discarded())
            ++unparsable;
        else
            m_inbox.push_back(std::move(j));
    });
    QObject::connect(&m_ws, &QWebSocket::disconnected,
                     [this] { m_close_code = static_cast<int>(m_ws.closeCode()); });
    // Qt 6.4 names the signal error(); errorOccurred() arrived in 6.5.
    QObject::connect(&m_ws, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error),
                     [this](QAbstractSocket::SocketError) { m_errored = true; });
    // Tests use a self-signed certificate.
    QObject::connect(&m_ws, &QWebSocket::sslErrors,
                     [this](const QList<QSslError> &) { m_ws.ignoreSslErrors(); });
}

WsClient::~WsClient()
{
    m_ws.abort();
}

bool WsClient::open(const QUrl &url, int timeout_ms)
{
    m_errored = false;
    m_close_code = -1;
    m_ws.open(url);
    return QTest::qWaitFor(
               [this] { return m_ws.state() == QAbstractSocket::ConnectedState || m_errored; },
               timeout_ms) &&
           m_ws.state() == QAbstractSocket::ConnectedState;
}

void WsClient::close()
{
    m_ws.close();
    (void)QTest::qWaitFor([this] { return m_ws.state() == QAbstractSocket::UnconnectedState; },
                          5000);
}

bool WsClient::connected() const
{
    return m_ws.state() == QAbstractSocket::ConnectedState;
}

bool WsClient::wait_disconnected(int timeout_ms)
{
    return QTest::qWaitFor([this] { return m_ws.state() == QAbstractSocket::UnconnectedState; },
                           timeout_ms);
}

void WsClient::send_text(const std::string &text)
{
    m_ws.sendTextMessage(QString::fromStdString(text));
    m_ws.flush();
}

void WsClient::send_binary(const QByteArray &data)
{
    m_ws.sendBinaryMessage(data);
    m_ws.flush();
}

std::optional<nlohmann::json> WsClient::next(int timeout_ms)
{
    if (m_inbox.empty())
        (void)QTest::qWaitFor([this] { return !m_inbox.empty(); }, timeout_ms);
    if (m_inbox.empty())
        return std::nullopt;
    auto j = std::move(m_inbox.front());
    m_inbox.pop_front();
    return j;
}

std::optional<nlohmann::json>
WsClient::wait_for(const std::function<bool(const nlohmann::json &)> &match, int timeout_ms)
{
    QDeadlineTimer deadline(timeout_ms);
    while (true) {
        auto j = next(static_cast<int>(std::max<qint64>(0, deadline.remainingTime())));
        if (!j)
            return std::nullopt;
        if (match(*j))
            return j;
        skipped.push_back(std::move(*j));
    }
}

std::optional<nlohmann::json> WsClient::reply(const std::string &id, int timeout_ms)
{
    return wait_for([&](const nlohmann::json &j) { return j.value("id", "") == id; }, timeout_ms);
}

std::vector<nlohmann::json> WsClient::drain(int ms)
{
    QTest::qWait(ms);
    std::vector<nlohmann::json> out(std::make_move_iterator(m_inbox.begin()),
                                    std::make_move_iterator(m_inbox.end()));
    m_inbox.clear();
    return out;
}

} // namespace bro::test
