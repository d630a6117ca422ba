#include "ws_client.hpp"

#include <boost/asio/connect.hpp>
#include <boost/beast/core/buffers_to_string.hpp>

namespace bench {

namespace net = boost::asio;
namespace beast = boost::beast;
using tcp = net::ip::tcp;

WsClient::WsClient(net::io_context &ioc, const std::string &host, unsigned short port,
                   const std::string &path)
    : m_ws(ioc)
{
    tcp::resolver resolver(ioc);
    auto results = resolver.resolve(host, std::to_string(port));
    net::connect(m_ws.next_layer(), results);
    m_ws.next_layer().set_option(tcp::no_delay(true));
    m_ws.read_message_max(256 * 1024 * 1024);
    m_ws.handshake(host + ":" + std::to_string(port), path);
    m_ws.text(true);
}

void WsClient::send(const std::string &text)
{
    m_ws.write(net::buffer(text));
}

std::string WsClient::recv()
{
    m_buffer.clear();
    m_ws.read(m_buffer);
    return beast::buffers_to_string(m_buffer.data());
}

std::size_t WsClient::recv_discard()
{
    m_buffer.clear();
    return m_ws.read(m_buffer);
}

void WsClient::close()
{
    beast::error_code ec;
    m_ws.close(beast::websocket::close_code::normal, ec);
}

} // namespace bench
