#include "net/server.hpp"

#include "net/listener.hpp"
#include "net/tls_context.hpp"
#include "store/pg/pg_backend.hpp"
#include "store/pg/pg_doorbell.hpp"
#include "util/log.hpp"

#include <algorithm>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <functional>
#include <iostream>
#include <thread>
#include <vector>

namespace bro {

namespace net = boost::asio;

namespace {

// Runs `work` on the hub's threads every `period` until `timer` is cancelled: periodic work takes
// the hub's lock or the database, and a slow database must not hold up the I/O threads.
void every(net::steady_timer &timer, std::chrono::milliseconds period, SyncHub &hub,
           std::function<void()> work)
{
    timer.expires_after(period);
    timer.async_wait([&timer, period, &hub, work = std::move(work)](boost::system::error_code e) {
        if (e)
            return;
        hub.post(work);
        every(timer, period, hub, work);
    });
}

} // namespace

int serve(const ServeOptions &o)
{
    boost::system::error_code ec;
    const auto address = net::ip::make_address(o.bind, ec);
    if (ec) {
        log::error("--bind '" + o.bind + "' is not an IP address");
        return 2;
    }
    const bool tls = !o.tls_cert.empty() || !o.tls_key.empty();
    if (tls && (o.tls_cert.empty() || o.tls_key.empty())) {
        log::error("TLS needs both --tls-cert and --tls-key");
        return 2;
    }
    if (!address.is_loopback() && !tls && !o.insecure) {
        log::error("refusing to serve " + o.bind +
                   " without TLS; give --tls-cert and --tls-key (or --insecure for a test "
                   "network)");
        return 2;
    }

    std::unique_ptr<TlsContexts> ssl;
    if (tls) {
        std::string error;
        auto first = make_tls_context(o.tls_cert, o.tls_key, error);
        if (!first) {
            log::error(error);
            return 2;
        }
        ssl = std::make_unique<TlsContexts>(o.tls_cert, o.tls_key, std::move(first));
    }

    std::unique_ptr<SyncHub> hub;
    try {
        hub = std::make_unique<SyncHub>(o.db_path, o.hub);
    } catch (const std::exception &e) {
        log::error("cannot open database " + o.db_path + ": " + e.what());
        return 1;
    }

    const unsigned threads =
        o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency());
    net::io_context ioc(static_cast<int>(threads));
    std::shared_ptr<Listener> listener;
    try {
        listener = std::make_shared<Listener>(ioc, net::ip::tcp::endpoint(address, o.port), *hub,
                                              o.limits, ssl.get());
    } catch (const boost::system::system_error &e) {
        log::error("cannot listen on " + o.bind + ":" + std::to_string(o.port) + ": " +
                   e.code().message());
        return 1;
    }
    // Periodic work: lapse consents whose end date passed, deliver changes other processes wrote.
    net::steady_timer tick(ioc);
    hub->post([&hub] { hub->tick(); }); // consents that lapsed while the server was down
    every(tick, std::chrono::seconds(std::max(1, o.tick_seconds)), *hub, [&hub] { hub->tick(); });
    // Keep-alive rounds: one timer for the whole server instead of one wait per connection.
    net::steady_timer keep_alive(ioc);
    every(keep_alive, o.limits.keep_alive, *hub, [&hub] { hub->keep_alive(); });
    // Several nodes on one PostgreSQL: what the others write reaches our live devices through
    // the doorbell (or its poll), not only at the next tick.
    std::unique_ptr<PgDoorbell> doorbell;
    if (sql::is_postgres_uri(o.db_path))
        doorbell = std::make_unique<PgDoorbell>(o.db_path, [&hub](bool teams, double lag) {
            hub->deliver_pending(teams);
            if (lag >= 0)
                hub->metrics().doorbell(lag);
        });

    // SIGHUP: a renewed certificate for new connections; live sessions keep theirs.
    net::signal_set hangup(ioc, SIGHUP);
    std::function<void()> wait_hangup = [&] {
        hangup.async_wait([&](boost::system::error_code e, int) {
            if (e)
                return;
            std::string error;
            if (!ssl)
                log::warn("SIGHUP: no TLS certificate to reload");
            else if (ssl->reload(error))
                log::info("TLS certificate reloaded");
            else
                log::error("TLS certificate not reloaded, the old one stays: " + error);
            wait_hangup();
        });
    };
    wait_hangup();

    // Graceful stop (installed before we announce ourselves, so that an early SIGTERM is
    // handled too): no new connections, every session told "going away", in-flight
    // handlers (and their transactions) finish; after a deadline whatever is left is cut off.
    net::signal_set signals(ioc, SIGINT, SIGTERM);
    net::steady_timer deadline(ioc);
    int tries = 0;
    std::function<void()> wait_closed = [&] {
        // Poll until the sessions are gone, at most 3 s.
        deadline.expires_after(std::chrono::milliseconds(100));
        deadline.async_wait([&](boost::system::error_code) {
            if (hub->session_count() == 0 || ++tries >= 30)
                return ioc.stop();
            wait_closed();
        });
    };
    signals.async_wait([&](boost::system::error_code e, int) {
        if (e)
            return;
        log::info("stopping");
        listener->stop();
        tick.cancel();
        keep_alive.cancel();
        hangup.cancel();
        hub->close_all();
        wait_closed();
    });

    listener->run();
    const auto ep = listener->local_endpoint();
    std::cout << "listening on " << ep.address().to_string() << ":" << ep.port() << std::endl;

    std::vector<std::thread> pool;
    for (unsigned i = 1; i < threads; ++i)
        pool.emplace_back([&ioc] { ioc.run(); });
    ioc.run();
    for (auto &t : pool)
        t.join();
    doorbell.reset();
    hub->stop_workers(); // before the I/O context (and the sessions' sockets) go
    log::info("stopped");
    return 0;
}

} // namespace bro
