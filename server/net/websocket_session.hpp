#pragma once
// One WebSocket connection on /sync: reads and parses text frames on the strand the connection
// was accepted with and hands them to the hub one at a time, in order, on the hub's database
// threads, so that while the hub works (and waits for its database) the next frame is read and
// parsed here; at most one parsed frame waits behind it, then reading pauses.
// Writes go through a queue (a write starts only when the queue was empty). Binary frames and
// floods become errors here, without parsing; Beast refuses oversize frames.
// Keep-alive is the server's sweep (SyncHub::keep_alive), not Beast's idle timer: that timer
// keeps a wait (a 1 KB block) pending on every idle connection (bench B5 memory).

#include "hub/peer.hpp"
#include "hub/sync_hub.hpp"
#include "net/stream_types.hpp"
#include "sync/protocol.hpp"

#include <array>
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
    WebSocketSession(Stream &&stream, SyncHub &hub, std::shared_ptr<const SessionLimits> limits,
                     std::string remote);
    ~WebSocketSession() override;

    void run(boost::beast::http::request<boost::beast::http::string_body> request);

    void send(std::shared_ptr<const std::string> frame) override;
    std::string remote_address() const override { return m_remote; }
    void close_for_restart() override;
    void signed_in() override;
    void keep_alive() override;

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
    void on_keep_alive();
    void drop_connection(const char *why);

    // No permessage-deflate (we never offer it): Beast then leaves its state out of every stream.
    boost::beast::websocket::stream<typename WebSocketLayer<Stream>::type, false> m_ws;
    // An idle connection waits with a read into m_head (in the object: nothing on the heap);
    // the message is gathered in m_buffer once it has begun.
    std::array<char, 16> m_head{};
    boost::beast::flat_buffer m_buffer;
    SyncHub &m_hub;
    std::shared_ptr<const SessionLimits> m_limits;
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
    bool m_heard = false;         // a byte or a pong came since the last keep-alive round
    bool m_pinged = false;        // the last round pinged, and nothing has come since
    bool m_pinging = false;       // our ping is being written (Beast allows one at a time)
    // Until the hub signs the connection in; then released (idle sessions are many).
    std::unique_ptr<boost::asio::steady_timer> m_sign_in_deadline;
    double m_tokens;
    std::chrono::steady_clock::time_point m_refilled;
};

} // namespace bro
