#include "store/pg/pg_doorbell.hpp"

#include "util/log.hpp"

#include <cstdlib>
#include <iostream>
#include <libpq-fe.h>
#include <memory>
#include <poll.h>
#include <string_view>

namespace bro {

namespace {

struct Closer
{
    void operator()(PGconn *c) const { PQfinish(c); }
};
using Conn = std::unique_ptr<PGconn, Closer>;

Conn listen(const std::string &uri)
{
    const char *keys[] = {"dbname", "connect_timeout", "application_name", nullptr};
    const char *values[] = {uri.c_str(), "5", "bro-server-doorbell", nullptr};
    Conn c(PQconnectdbParams(keys, values, 1));
    if (!c || PQstatus(c.get()) != CONNECTION_OK)
        return nullptr;
    PGresult *r = PQexec(
        c.get(), (std::string("LISTEN ") + doorbell_channel + "; LISTEN " + teams_channel).c_str());
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    return ok ? std::move(c) : nullptr;
}

} // namespace

PgDoorbell::PgDoorbell(std::string uri, std::function<void(bool, double)> deliver,
                       std::chrono::milliseconds poll)
    : m_uri(std::move(uri)), m_deliver(std::move(deliver)), m_poll(poll),
      m_thread([this] { run(); })
{
}

PgDoorbell::~PgDoorbell()
{
    m_stop = true;
    m_thread.join();
}

void PgDoorbell::run()
{
    Conn conn;
    bool reported = false;
    while (!m_stop) {
        bool teams = false;
        std::int64_t oldest_ring_ms = 0;
        if (!conn || PQstatus(conn.get()) != CONNECTION_OK) {
            conn = listen(m_uri);
            if (!conn && !reported)
                log::warn("cannot listen for other nodes' changes; polling");
            reported = !conn;
        }
        if (conn) {
            // Wait for a ring, at most one poll interval; several rings are one delivery.
            pollfd p{PQsocket(conn.get()), POLLIN, 0};
            ::poll(&p, 1, static_cast<int>(m_poll.count()));
            if (PQconsumeInput(conn.get()) == 0)
                conn.reset(); // reconnect on the next round
            else
                while (PGnotify *n = PQnotifies(conn.get())) {
                    teams = teams || std::string_view(n->relname) == teams_channel;
                    const std::int64_t at = std::atoll(n->extra);
                    if (at > 0 && (oldest_ring_ms == 0 || at < oldest_ring_ms))
                        oldest_ring_ms = at;
                    PQfreemem(n);
                }
        } else {
            std::this_thread::sleep_for(m_poll);
        }
        if (!m_stop) {
            const auto now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                                    std::chrono::system_clock::now().time_since_epoch())
                                    .count();
            m_deliver(teams, oldest_ring_ms ? (now_ms - oldest_ring_ms) / 1000.0 : -1.0);
        }
    }
}

} // namespace bro
