#include "net/websocket_session.hpp"

#include "net/exact_allocator.hpp"
#include "net/fail.hpp"
#include "sync/protocol.hpp"
#include "util/log.hpp"

#include <boost/asio/bind_allocator.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/version.hpp>
#include <boost/beast/websocket/ssl.hpp>
#include <iostream>
#include <stdexcept>

namespace bro {

namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace net = boost::asio;

template <class Stream>
WebSocketSession<Stream>::WebSocketSession(Stream &&stream, SyncHub &hub,
                                           std::shared_ptr<const SessionLimits> limits,
                                           std::string remote)
    : m_ws(WebSocketLayer<Stream>::take(std::move(stream))), m_hub(hub),
      m_limits(std::move(limits)), m_remote(std::move(remote)), m_tokens(m_limits->burst),
      m_refilled(std::chrono::steady_clock::now())
{
}

// Not m_hub.leave(this): the last reference may be dropped while the hub holds its lock (during
// fan-out), and the hub sweeps expired sessions by itself.
template <class Stream> WebSocketSession<Stream>::~WebSocketSession() = default;

template <class Stream>
void WebSocketSession<Stream>::run(beast::http::request<beast::http::string_body> request)
{
    // The HTTP layer's timeout no longer applies (TLS keeps its tcp_stream). Beast times the
    // handshake; a vanished phone is noticed by the server's keep-alive rounds (keep_alive()).
    if constexpr (!std::is_same_v<Stream, PlainStream>)
        beast::get_lowest_layer(m_ws).expires_never();
    websocket::stream_base::timeout timeouts{};
    timeouts.handshake_timeout = std::chrono::seconds(30);
    timeouts.idle_timeout = websocket::stream_base::none();
    timeouts.keep_alive_pings = false;
    m_ws.set_option(timeouts);
    // A pong (or the peer's own ping) proves the connection as well as a message does. Called
    // only from inside our own reads, so `this` is alive.
    m_ws.control_callback([this](websocket::frame_type, beast::string_view) { m_heard = true; });
    m_ws.set_option(websocket::stream_base::decorator([](websocket::response_type &res) {
        res.set(beast::http::field::server, "bro-server/" BRO_VERSION);
        if constexpr (std::is_same_v<Stream, TlsStream>)
            res.set(beast::http::field::strict_transport_security, hsts_value);
    }));
    // Our own limit is checked as the message arrives (on_read_part), so that the close with
    // 1009 is a clean handshake. Beast's own check fires on a frame's header and then tears down
    // without draining what the client is still sending (Beast 1.81 reads one chunk, see
    // websocket/impl/teardown.hpp), so the client sees a reset (1006) and never learns why. It
    // stays as a backstop against frames that announce absurd sizes.
    m_ws.read_message_max(16 * m_limits->max_frame_bytes);
    // One message, one frame. Beast's default cuts a message into 4 KiB frames anywhere, also
    // inside a multi-byte character; RFC 6455 allows that, but Qt's WebSocket (every Bro device)
    // fails the connection with 1007 on such a frame, and the device's next pull meets the same
    // frame again. Our messages are bounded (max_frame_bytes), so one frame costs nothing.
    m_ws.auto_fragment(false);
    m_ws.async_accept(
        request, beast::bind_front_handler(&WebSocketSession::on_accept, this->shared_from_this()));
}

template <class Stream> void WebSocketSession<Stream>::on_accept(beast::error_code ec)
{
    if (ec)
        return fail(ec, "websocket accept");
    m_open = true;
    m_hub.join(this->shared_from_this());
    m_sign_in_deadline = std::make_unique<net::steady_timer>(m_ws.get_executor());
    m_sign_in_deadline->expires_after(m_limits->sign_in_timeout);
    m_sign_in_deadline->async_wait(beast::bind_front_handler(&WebSocketSession::on_sign_in_deadline,
                                                             this->shared_from_this()));
    do_read();
}

template <class Stream> void WebSocketSession<Stream>::signed_in()
{
    net::post(m_ws.get_executor(), [self = this->shared_from_this()] {
        if (self->m_sign_in_deadline) {
            self->m_sign_in_deadline->cancel();
            self->m_sign_in_deadline.reset();
        }
    });
}

template <class Stream> void WebSocketSession<Stream>::on_sign_in_deadline(beast::error_code ec)
{
    if (ec || !m_sign_in_deadline || !m_open || m_closing)
        return; // signed in (cancelled), or already closing
    m_sign_in_deadline.reset();
    m_open = false;
    m_hub.leave(this);
    m_closing = true;
    m_ws.async_close(
        websocket::close_reason(websocket::close_code::policy_error,
                                "sign in within " +
                                    std::to_string(m_limits->sign_in_timeout.count() / 1000) +
                                    " s (hello, login or enrol)"),
        [self = this->shared_from_this()](beast::error_code e) {
            if (e)
                fail(e, "websocket close (no sign-in)");
        });
}

// Beast prepares a dynamic read buffer before any byte arrives (1 536 bytes for a whole-message
// read), so an idle session would hold that much for nothing; a read into a fixed buffer is also
// one layer of operation smaller while it waits. So the wait reads the message's first bytes
// into m_head, and the rest goes to m_buffer once the message has begun (bench B5 memory).
template <class Stream> void WebSocketSession<Stream>::do_read()
{
    m_ws.async_read_some(
        net::buffer(m_head),
        net::bind_allocator(
            ExactAllocator<void>(),
            beast::bind_front_handler(&WebSocketSession::on_read_start, this->shared_from_this())));
}

template <class Stream>
void WebSocketSession<Stream>::on_read_start(beast::error_code ec, std::size_t bytes)
{
    if (!ec)
        m_buffer.commit(net::buffer_copy(m_buffer.prepare(bytes), net::buffer(m_head, bytes)));
    on_read_part(ec, bytes);
}

template <class Stream> void WebSocketSession<Stream>::read_rest()
{
    m_ws.async_read_some(
        m_buffer, m_limits->max_frame_bytes + 1 - m_buffer.size(),
        beast::bind_front_handler(&WebSocketSession::on_read_part, this->shared_from_this()));
}

template <class Stream>
void WebSocketSession<Stream>::on_read_part(beast::error_code ec, std::size_t bytes)
{
    if (!ec)
        m_heard = true;
    if (ec || (m_ws.is_message_done() && m_buffer.size() <= m_limits->max_frame_bytes))
        return on_read(ec, bytes);
    if (m_buffer.size() > m_limits->max_frame_bytes)
        return refuse_oversize();
    read_rest();
}

// Too big: close with 1009. Beast's close reads (and drops) the rest of the message until the
// client's close frame, so the client gets the close code instead of a reset.
template <class Stream> void WebSocketSession<Stream>::refuse_oversize()
{
    m_buffer.clear();
    m_buffer.shrink_to_fit();
    m_open = false;
    m_hub.leave(this); // the connection is over: no more live frames for it
    m_closing = true;
    m_ws.async_close(websocket::close_code::too_big,
                     [self = this->shared_from_this()](beast::error_code ec) {
                         if (ec)
                             fail(ec, "websocket close (message too big)");
                     });
}

template <class Stream> bool WebSocketSession<Stream>::take_token()
{
    if (m_limits->messages_per_second <= 0)
        return true;
    const auto now = std::chrono::steady_clock::now();
    const std::chrono::duration<double> elapsed = now - m_refilled;
    m_refilled = now;
    m_tokens =
        std::min(m_limits->burst, m_tokens + elapsed.count() * m_limits->messages_per_second);
    if (m_tokens < 1)
        return false;
    m_tokens -= 1;
    return true;
}

template <class Stream> void WebSocketSession<Stream>::on_read(beast::error_code ec, std::size_t)
{
    if (ec) {
        // A frame announcing an absurd size: Beast has already closed with 1009.
        if (ec != websocket::error::message_too_big)
            fail(ec, "websocket read");
        m_open = false;
        m_hub.leave(this); // the connection is over: no more live frames for it
        return;
    }
    // Refusals travel the same queue as messages, so answers keep the order of the requests.
    protocol::Parsed<protocol::ClientMessage> parsed;
    if (!take_token()) {
        parsed.error = {protocol::code::rate_limited, "too many messages; slow down", ""};
    } else if (!m_ws.got_text()) {
        parsed.error = {protocol::code::binary_frame, "frames must be JSON text, not binary", ""};
    } else {
        const auto data = m_buffer.cdata();
        parsed = protocol::parse_client(
            std::string_view(static_cast<const char *>(data.data()), data.size()));
    }
    // An idle session must not pin the capacity of its last message (1.5 KB after the smallest
    // one, a megabyte after a big push): thousands of idle phones are the common case, and one
    // allocation per message is cheap next to handling it (bench B5 memory).
    m_buffer.clear();
    m_buffer.shrink_to_fit();
    if (m_busy) {
        // The hub still works on the previous message: keep this one, read on once it is handed
        // over (so a flood waits in the socket, not in memory).
        m_next = std::make_unique<protocol::Parsed<protocol::ClientMessage>>(std::move(parsed));
        return;
    }
    dispatch(std::move(parsed));
    do_read();
}

template <class Stream>
void WebSocketSession<Stream>::dispatch(protocol::Parsed<protocol::ClientMessage> message)
{
    // Every message goes to the hub's database threads: a query (or a database that is slow or
    // gone) must never hold up the I/O threads that serve other sessions' frames and /health.
    // Meanwhile the next frame is read and parsed (bench B4: pipelined pushes).
    m_busy = true;
    m_hub.post([self = this->shared_from_this(), message = std::move(message)]() mutable {
        self->m_hub.handle(self, std::move(message));
        net::post(self->m_ws.get_executor(), [self] { self->on_handled(); });
    });
}

template <class Stream> void WebSocketSession<Stream>::on_handled()
{
    m_busy = false;
    if (!m_next)
        return;
    auto next = std::move(m_next);
    dispatch(std::move(*next));
    if (m_open)
        do_read(); // reading paused while a parsed message waited
}

template <class Stream>
void WebSocketSession<Stream>::send(std::shared_ptr<const std::string> frame)
{
    // Posted, never dispatched: frames queued by the hub keep the order in which it queued them.
    net::post(m_ws.get_executor(),
              beast::bind_front_handler(&WebSocketSession::on_send, this->shared_from_this(),
                                        std::move(frame)));
}

template <class Stream>
void WebSocketSession<Stream>::on_send(std::shared_ptr<const std::string> frame)
{
    if (!m_open || m_closing || m_close_pending)
        return;
    m_queued_bytes += frame->size();
    if (m_queued_bytes > m_limits->max_queue_bytes) {
        // Dropping frames would break the cursor rule; closing is honest: the device pulls again.
        return drop_connection("it reads too slowly");
    }
    m_queue.push_back(std::move(frame));
    if (m_queue.size() > 1)
        return; // a write is in flight; on_write continues with the queue
    m_ws.text(true);
    m_ws.async_write(
        net::buffer(*m_queue.front()),
        beast::bind_front_handler(&WebSocketSession::on_write, this->shared_from_this()));
}

template <class Stream> void WebSocketSession<Stream>::on_write(beast::error_code ec, std::size_t)
{
    if (ec) {
        m_open = false;
        return fail(ec, "websocket write");
    }
    m_queued_bytes -= m_queue.front()->size();
    m_queue.erase(m_queue.begin());
    if (m_closing)
        return;
    if (m_queue.empty()) {
        if (m_close_pending)
            do_close();
        return;
    }
    m_ws.async_write(
        net::buffer(*m_queue.front()),
        beast::bind_front_handler(&WebSocketSession::on_write, this->shared_from_this()));
}

template <class Stream> void WebSocketSession<Stream>::keep_alive()
{
    net::post(m_ws.get_executor(), beast::bind_front_handler(&WebSocketSession::on_keep_alive,
                                                             this->shared_from_this()));
}

template <class Stream> void WebSocketSession<Stream>::on_keep_alive()
{
    if (!m_open || m_closing)
        return;
    // Busy: the hub works on one of our messages (reading waits for it), so silence proves
    // nothing.
    if (m_heard || m_busy) {
        m_heard = false;
        m_pinged = false;
        return;
    }
    if (m_pinged)
        return drop_connection("no answer to a ping");
    if (m_pinging)
        return;
    m_pinged = true;
    m_pinging = true;
    m_ws.async_ping({}, [self = this->shared_from_this()](beast::error_code ec) {
        self->m_pinging = false;
        if (ec)
            fail(ec, "websocket ping");
    });
}

// Without a close handshake: the peer is gone or will not read it. The pending read ends with
// an error, which is where the hub is told.
template <class Stream> void WebSocketSession<Stream>::drop_connection(const char *why)
{
    log::warn("closing " + m_remote + ": " + why);
    m_closing = true;
    beast::error_code ignored;
    auto &lowest = beast::get_lowest_layer(m_ws);
    if constexpr (requires { lowest.socket(); })
        lowest.socket().close(ignored);
    else
        lowest.close(ignored);
}

template <class Stream> void WebSocketSession<Stream>::close_for_restart()
{
    net::post(m_ws.get_executor(), [self = this->shared_from_this()] {
        if (!self->m_open || self->m_closing)
            return;
        self->m_close_pending = true;
        if (self->m_queue.empty())
            self->do_close();
        // else on_write closes once the frames already queued are out.
    });
}

template <class Stream> void WebSocketSession<Stream>::do_close()
{
    m_closing = true;
    // 1001 "going away" (RFC 6455: a server going down) rather than 1012 "service restart":
    // Qt 6.4's QWebSocket, which the app uses, treats 1012 as a protocol error.
    m_ws.async_close(websocket::close_code::going_away,
                     [self = this->shared_from_this()](beast::error_code ec) {
                         if (ec)
                             fail(ec, "websocket close");
                     });
}

template class WebSocketSession<PlainStream>;
template class WebSocketSession<TlsStream>;

} // namespace bro
