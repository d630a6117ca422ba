#include "net/listener.hpp"

#include "net/fail.hpp"
#include "net/http_session.hpp"

#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>

namespace bro {

namespace beast = boost::beast;
namespace net = boost::asio;
using tcp = net::ip::tcp;

Listener::Listener(net::io_context &ioc, tcp::endpoint endpoint, SyncHub &hub, SessionLimits limits,
                   TlsContexts *tls)
    : m_ioc(ioc), m_acceptor(net::make_strand(ioc)), m_hub(hub),
      m_limits(std::make_shared<const SessionLimits>(std::move(limits))), m_tls(tls)
{
    m_acceptor.open(endpoint.protocol());
    m_acceptor.set_option(net::socket_base::reuse_address(true));
    m_acceptor.bind(endpoint);
    m_acceptor.listen(net::socket_base::max_listen_connections);
}

void Listener::run()
{
    do_accept();
}

void Listener::stop()
{
    net::post(m_acceptor.get_executor(), [self = shared_from_this()] {
        beast::error_code ec;
        self->m_acceptor.close(ec);
    });
}

void Listener::do_accept()
{
    // The new connection gets its own strand: all its handlers run one at a time.
    m_acceptor.async_accept(net::make_strand(m_ioc),
                            beast::bind_front_handler(&Listener::on_accept, shared_from_this()));
}

void Listener::on_accept(beast::error_code ec, tcp::socket socket)
{
    if (ec == net::error::operation_aborted || !m_acceptor.is_open())
        return; // stopping
    if (ec) {
        fail(ec, "accept");
    } else {
        beast::error_code ignored;
        const auto remote = socket.remote_endpoint(ignored).address().to_string();
        if (m_tls)
            std::make_shared<HttpSession<TlsStream>>(
                TlsStream(std::move(socket), *m_tls->current()), m_hub, m_limits, remote)
                ->run();
        else
            std::make_shared<HttpSession<PlainStream>>(PlainStream(std::move(socket)), m_hub,
                                                       m_limits, remote)
                ->run();
    }
    do_accept();
}

} // namespace bro
