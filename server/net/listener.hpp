#pragma once
// Accepts connections, each on a strand of its own, and starts an HttpSession (plain or TLS).

#include "hub/sync_hub.hpp"
#include "net/stream_types.hpp"
#include "net/tls_context.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <memory>

namespace bro {

class Listener : public std::enable_shared_from_this<Listener>
{
public:
    // Throws boost::system::system_error when the address cannot be bound.
    Listener(boost::asio::io_context &ioc, boost::asio::ip::tcp::endpoint endpoint, SyncHub &hub,
             SessionLimits limits, TlsContexts *tls);

    boost::asio::ip::tcp::endpoint local_endpoint() const { return m_acceptor.local_endpoint(); }
    void run();
    void stop(); // closes the acceptor; safe from any thread

private:
    void do_accept();
    void on_accept(boost::beast::error_code ec, boost::asio::ip::tcp::socket socket);

    boost::asio::io_context &m_ioc;
    boost::asio::ip::tcp::acceptor m_acceptor;
    SyncHub &m_hub;
    // Shared by every connection (not a copy each: idle connections are many).
    std::shared_ptr<const SessionLimits> m_limits;
    TlsContexts *m_tls; // null: plain
};

} // namespace bro
