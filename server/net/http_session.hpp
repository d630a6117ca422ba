#pragma once
// Plain HTTP on the sync port: GET (or HEAD) /health answers JSON for monitors and tests,
// /metrics the same figures for Prometheus, GET /auth/callback takes a person back from their
// national sign-in; an upgrade on /sync becomes a WebSocketSession. Anything else is a 404. Over
// TLS the handshake comes first.

#include "hub/sync_hub.hpp"
#include "net/stream_types.hpp"

#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <memory>
#include <optional>
#include <string>

namespace bro {

template <class Stream> class HttpSession : public std::enable_shared_from_this<HttpSession<Stream>>
{
public:
    HttpSession(Stream &&stream, SyncHub &hub, std::shared_ptr<const SessionLimits> limits,
                std::string remote);
    void run();

private:
    void on_handshake(boost::beast::error_code ec);
    void do_read();
    void on_read(boost::beast::error_code ec, std::size_t bytes);
    void write(std::shared_ptr<boost::beast::http::response<boost::beast::http::string_body>> res);
    void on_write(bool keep_alive, boost::beast::error_code ec, std::size_t bytes);
    void do_close();
    bool allowed_to_watch() const;

    Stream m_stream;
    boost::beast::flat_buffer m_buffer;
    std::optional<boost::beast::http::request_parser<boost::beast::http::string_body>> m_parser;
    std::shared_ptr<void> m_response; // kept alive until written
    SyncHub &m_hub;
    std::shared_ptr<const SessionLimits> m_limits;
    std::string m_remote;
};

} // namespace bro
