#include "store/pg/pg_doorbell.hpp"

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

PgDoorbell::PgDoorbell(std::string uri, std::function<void(bool)> deliver,
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
        if (!conn || PQstatus(conn.get()) != CONNECTION_OK) {
            conn = listen(m_uri);
            if (!conn && !reported)
                std::cerr << "bro-server: cannot listen for other nodes' changes; polling"
                          << std::endl;
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
                    PQfreemem(n);
                }
        } else {
            std::this_thread::sleep_for(m_poll);
        }
        if (!m_stop)
            m_deliver(teams);
    }
}

} // namespace bro
