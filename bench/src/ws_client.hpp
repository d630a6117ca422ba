#pragma once
// A small synchronous WebSocket client (Boost.Beast) for the benchmarks: one TCP connection, text
// frames, blocking reads. Deliberately simple: the benchmark measures the server and the store.

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/websocket/stream.hpp>
#include <string>

namespace bench {

class WsClient
{
public:
    WsClient(boost::asio::io_context &ioc, const std::string &host, unsigned short port,
             const std::string &path);
    void send(const std::string &text);
    std::string recv();
    // Reads and discards one message (no copy): for the rate test.
    std::size_t recv_discard();
    void close();

private:
    boost::beast::websocket::stream<boost::asio::ip::tcp::socket> m_ws;
    boost::beast::flat_buffer m_buffer;
};

} // namespace bench
