#include "net/http_session.hpp"

#include "net/allowed_networks.hpp"
#include "net/fail.hpp"
#include "net/websocket_session.hpp"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/websocket/rfc6455.hpp>
#include <chrono>

namespace bro {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;

namespace {

template <class T> constexpr bool is_tls = std::is_same_v<T, TlsStream>;

} // namespace

template <class Stream>
HttpSession<Stream>::HttpSession(Stream &&stream, SyncHub &hub,
                                 std::shared_ptr<const SessionLimits> limits, std::string remote)
    : m_stream(std::move(stream)), m_hub(hub), m_limits(std::move(limits)),
      m_remote(std::move(remote))
{
}

template <class Stream> void HttpSession<Stream>::run()
{
    // Start on the connection's strand so that every handler of this session runs there.
    net::dispatch(m_stream.get_executor(), [self = this->shared_from_this()] {
        beast::get_lowest_layer(self->m_stream).expires_after(std::chrono::seconds(30));
        if constexpr (is_tls<Stream>)
            self->m_stream.async_handshake(
                net::ssl::stream_base::server,
                beast::bind_front_handler(&HttpSession::on_handshake, self));
        else
            self->do_read();
    });
}

template <class Stream> void HttpSession<Stream>::on_handshake(beast::error_code ec)
{
    if (ec)
        return fail(ec, "tls handshake");
    do_read();
}

template <class Stream> void HttpSession<Stream>::do_read()
{
    m_parser.emplace();
    m_parser->body_limit(8 * 1024); // nothing we serve takes a body
    m_parser->header_limit(16 * 1024);
    beast::get_lowest_layer(m_stream).expires_after(std::chrono::seconds(30));
    http::async_read(m_stream, m_buffer, *m_parser,
                     beast::bind_front_handler(&HttpSession::on_read, this->shared_from_this()));
}

template <class Stream> void HttpSession<Stream>::on_read(beast::error_code ec, std::size_t)
{
    if (ec == http::error::end_of_stream)
        return do_close();
    if (ec)
        return fail(ec, "http read");

    auto req = m_parser->release();
    const auto target = std::string(req.target());
    if (beast::websocket::is_upgrade(req) && target == "/sync") {
        std::make_shared<WebSocketSession<Stream>>(std::move(m_stream), m_hub, m_limits, m_remote)
            ->run(std::move(req));
        return;
    }

    auto res = std::make_shared<http::response<http::string_body>>();
    res->version(req.version());
    res->set(http::field::server, "bro-server/" BRO_VERSION);
    if constexpr (is_tls<Stream>)
        res->set(http::field::strict_transport_security, hsts_value);
    res->keep_alive(req.keep_alive());
    const bool get_or_head = req.method() == http::verb::get || req.method() == http::verb::head;
    if (req.method() == http::verb::get && target.rfind("/auth/callback?", 0) == 0) {
        // The provider sent the person's browser back. The code exchange talks to the provider,
        // so the answer is written from the hub's database thread, back on this strand.
        m_hub.sign_in_callback(
            target.substr(std::string_view("/auth/callback?").size()),
            [self = this->shared_from_this(), res](SignInCallbackAnswer answer) {
                net::post(self->m_stream.get_executor(), [self, res, answer = std::move(answer)] {
                    res->result(static_cast<http::status>(answer.status));
                    res->set(http::field::cache_control, "no-store");
                    res->set("Referrer-Policy", "no-referrer"); // the code must not leak onward
                    if (!answer.location.empty())
                        res->set(http::field::location, answer.location);
                    res->set(http::field::content_type, "text/html; charset=utf-8");
                    res->body() = answer.html;
                    res->prepare_payload();
                    self->write(res);
                });
            });
        return;
    }
    if (get_or_head && target == "/health") {
        // 503 while the database is unreachable, so a load balancer's HTTP check moves devices
        // to a node that can store their changes.
        const auto h = m_hub.health();
        res->result(h.value("ok", false) ? http::status::ok : http::status::service_unavailable);
        res->set(http::field::content_type, "application/json");
        res->body() = h.dump();
    } else if (get_or_head && target == "/metrics") {
        if (!allowed_to_watch()) {
            res->result(http::status::forbidden);
            res->set(http::field::content_type, "text/plain");
            res->body() = "metrics are served to loopback and the networks in --metrics-allow\n";
        } else {
            res->result(http::status::ok);
            res->set(http::field::content_type, "text/plain; version=0.0.4");
            res->body() = m_hub.metrics().render(m_hub.health());
        }
    } else {
        res->result(http::status::not_found);
        res->set(http::field::content_type, "text/plain");
        res->body() = "not found: GET /health, GET /metrics, GET /auth/callback, or a WebSocket "
                      "upgrade on /sync\n";
    }
    // HEAD answers with GET's headers, its length included, and no body (RFC 9110 §9.3.2).
    res->prepare_payload();
    if (req.method() == http::verb::head)
        res->body().clear();
    write(res);
}

template <class Stream>
void HttpSession<Stream>::write(std::shared_ptr<http::response<http::string_body>> res)
{
    m_response = res;
    http::async_write(m_stream, *res,
                      beast::bind_front_handler(&HttpSession::on_write, this->shared_from_this(),
                                                res->keep_alive()));
}

template <class Stream> bool HttpSession<Stream>::allowed_to_watch() const
{
    if (m_limits->metrics_allow)
        return m_limits->metrics_allow->allows(m_remote);
    return AllowedNetworks{}.allows(m_remote); // loopback only
}

template <class Stream>
void HttpSession<Stream>::on_write(bool keep_alive, beast::error_code ec, std::size_t)
{
    if (ec)
        return fail(ec, "http write");
    m_response.reset();
    if (!keep_alive)
        return do_close();
    do_read();
}

template <class Stream> void HttpSession<Stream>::do_close()
{
    if constexpr (is_tls<Stream>) {
        beast::get_lowest_layer(m_stream).expires_after(std::chrono::seconds(5));
        m_stream.async_shutdown([self = this->shared_from_this()](beast::error_code) {});
    } else {
        beast::error_code ec;
        m_stream.socket().shutdown(net::ip::tcp::socket::shutdown_send, ec);
    }
}

template class HttpSession<PlainStream>;
template class HttpSession<TlsStream>;

} // namespace bro
