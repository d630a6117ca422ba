#pragma once
// One WebSocket connection on /sync: reads and parses text frames on the strand the connection
// was accepted with and hands them to the hub one at a time, in order, on the hub's database
// threads, so that while the hub works (and waits for its database) the next frame is read and
// parsed here; at most one parsed frame waits behind it, then reading pauses.
// Writes go through a queue (a write starts only when the queue was empty). Binary frames and
// floods become errors here, without parsing; Beast refuses oversize frames.

#include "hub/peer.hpp"
#include "hub/sync_hub.hpp"
#include "net/stream_types.hpp"
#include "sync/protocol.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/websocket/stream.hpp>
#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace bro {

template <class Stream>
class WebSocketSession : public Peer, public std::enable_shared_from_this<WebSocketSession<Stream>>
{
public:
    WebSocketSession(Stream &&stream, SyncHub &hub, const SessionLimits &limits,
                     std::string remote);
    ~WebSocketSession() override;

    void run(boost::beast::http::request<boost::beast::http::string_body> request);

    void send(std::shared_ptr<const std::string> frame) override;
    std::string remote_address() const override { return m_remote; }
    void close_for_restart() override;
    void signed_in() override;

private:
    void on_accept(boost::beast::error_code ec);
    void do_read();
    void on_read_start(boost::beast::error_code ec, std::size_t bytes);
    void read_rest();
    void on_read_part(boost::beast::error_code ec, std::size_t bytes);
    void refuse_oversize();
    void on_read(boost::beast::error_code ec, std::size_t bytes);
    void dispatch(protocol::Parsed<protocol::ClientMessage> message);
    void on_handled();
    void on_send(std::shared_ptr<const std::string> frame);
    void on_write(boost::beast::error_code ec, std::size_t bytes);
    bool take_token();
    void do_close();
    void on_sign_in_deadline(boost::beast::error_code ec);

    boost::beast::websocket::stream<Stream> m_ws;
    boost::beast::flat_buffer m_buffer;
    SyncHub &m_hub;
    SessionLimits m_limits;
    std::string m_remote;
    std::vector<std::shared_ptr<const std::string>> m_queue;
    std::size_t m_queued_bytes = 0;
    // Read ahead: parsed while the hub handled the previous one (a pointer: idle sessions are
    // many).
    std::unique_ptr<protocol::Parsed<protocol::ClientMessage>> m_next;
    bool m_busy = false; // the hub is handling one of ours
    bool m_open = false;
    bool m_closing = false;       // the close handshake has begun
    bool m_close_pending = false; // close once the queue is written
    // Until the hub signs the connection in; then released (idle sessions are many).
    std::unique_ptr<boost::asio::steady_timer> m_sign_in_deadline;
    double m_tokens;
    std::chrono::steady_clock::time_point m_refilled;
};

} // namespace bro
