#pragma once
// A blocking WebSocket client for tests over QWebSocket: every received text frame is parsed as
// JSON and queued; tests take them in order with next() or wait for a matching one.

#include <QAbstractSocket>
#include <QByteArray>
#include <QUrl>
#include <QWebSocket>
#include <deque>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace bro::test {

class WsClient
{
public:
    WsClient();
    ~WsClient();

    bool open(const QUrl &url, int timeout_ms = 10000);
    void close();
    bool connected() const;
    bool wait_disconnected(int timeout_ms = 10000);
    int close_code() const { return m_close_code; }

    void send_text(const std::string &text);
    void send_json(const nlohmann::json &j) { send_text(j.dump()); }
    void send_binary(const QByteArray &data);

    // The next frame, waiting up to timeout_ms; nullopt on timeout.
    std::optional<nlohmann::json> next(int timeout_ms = 10000);
    // Frames until one matches (non-matching ones go to `skipped`); nullopt on timeout.
    std::optional<nlohmann::json> wait_for(const std::function<bool(const nlohmann::json &)> &match,
                                           int timeout_ms = 10000);
    // The reply with this id (frames of other ids go to `skipped`).
    std::optional<nlohmann::json> reply(const std::string &id, int timeout_ms = 10000);
    // Everything that arrives within ms.
    std::vector<nlohmann::json> drain(int ms);
    std::size_t pending() const { return m_inbox.size(); }

    std::vector<nlohmann::json> skipped;
    int unparsable = 0; // frames that were not JSON: the server must never send one

private:
    QWebSocket m_ws;
    std::deque<nlohmann::json> m_inbox;
    int m_close_code = -1;
    bool m_errored = false;
};

} // namespace bro::test
