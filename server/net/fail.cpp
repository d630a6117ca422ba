#include "net/fail.hpp"

#include "util/log.hpp"

#include <boost/asio/error.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/websocket/error.hpp>
#include <iostream>

namespace bro {

void fail(boost::beast::error_code ec, const char *what)
{
    namespace net = boost::asio;
    namespace beast = boost::beast;
    if (ec == net::error::operation_aborted || ec == beast::websocket::error::closed ||
        ec == net::error::eof || ec == net::error::connection_reset ||
        ec == net::error::broken_pipe || ec == net::error::not_connected ||
        ec == beast::error::timeout || ec == beast::http::error::end_of_stream ||
        ec == net::ssl::error::stream_truncated)
        return;
    log::warn(std::string(what) + ": " + ec.message());
}

} // namespace bro
