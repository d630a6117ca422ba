#pragma once
// What every bro-bench subcommand shares: arguments, the JSON result line, the benchmark data,
// a signed-in WebSocket connection with its pull and push loops, and raw change building.

#include "domain/enums.hpp"
#include "domain/schema.hpp"
#include "store/database.hpp"
#include "store/local_store.hpp"
#include "store/record_table.hpp"
#include "sync/hlc.hpp"
#include "sync/protocol.hpp"
#include "ws_client.hpp"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
namespace proto = bro::protocol;
using Clock = std::chrono::steady_clock;
using json = nlohmann::json;

// ---- arguments ----
struct Args
{
    std::map<std::string, std::string> kv;
    std::string get(const std::string &k, const std::string &fallback = {}) const
    {
        auto it = kv.find(k);
        return it == kv.end() ? fallback : it->second;
    }
    long num(const std::string &k, long fallback) const
    {
        auto it = kv.find(k);
        return it == kv.end() ? fallback : std::stol(it->second);
    }
};

inline Args parse_args(int argc, char **argv, int from)
{
    Args a;
    for (int i = from; i < argc; ++i) {
        std::string k = argv[i];
        if (k.rfind("--", 0) != 0 || i + 1 >= argc)
            throw std::runtime_error("bad argument " + k);
        a.kv[k.substr(2)] = argv[++i];
    }
    return a;
}

inline double seconds_since(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

inline void emit(const std::string &bench, const std::string &side, const std::string &metric,
                 double value, int run, const json &extra = json::object())
{
    // BRO_BENCH_SIDE=bro-pg: the same figures from a server on PostgreSQL (bench/run PG).
    const char *bro_side = std::getenv("BRO_BENCH_SIDE");
    const auto named = side == "bro" && bro_side && *bro_side ? std::string(bro_side) : side;
    json j = {
        {"bench", bench}, {"side", named}, {"metric", metric}, {"value", value}, {"run", run}};
    for (auto &[k, v] : extra.items())
        j[k] = v;
    std::cout << j.dump() << std::endl;
}

// The same deterministic data the Node peer generates (bench/peers/data.js).
inline std::string goal_title(long i)
{
    return "Goal " + std::to_string(i) + ": practise routine " + std::to_string(i % 7) +
           " until it sits";
}
inline std::string goal_why(long i)
{
    return "Record " + std::to_string(i) + " of the benchmark data, about sixty bytes long.";
}

// ---- a signed-in connection ----
struct Credentials
{
    std::string device_id;
    std::string token;
};

class Conn
{
public:
    Conn(boost::asio::io_context &ioc, unsigned short port) : m_ws(ioc, "127.0.0.1", port, "/sync")
    {
    }

    std::string next_id() { return "m" + std::to_string(++m_next); }

    void send(const proto::ClientMessage &m) { m_ws.send(proto::serialize(m)); }
    void send_text(const std::string &t) { m_ws.send(t); }
    std::size_t recv_discard() { return m_ws.recv_discard(); }

    proto::ServerMessage recv()
    {
        auto text = m_ws.recv();
        auto parsed = proto::parse_server(text);
        if (!parsed)
            throw std::runtime_error("unparsable server frame: " + parsed.error.message + ": " +
                                     text.substr(0, 200));
        if (auto *e = std::get_if<proto::Error>(&*parsed.message))
            throw std::runtime_error("server error " + e->code + ": " + e->message);
        return std::move(*parsed.message);
    }

    Credentials login(const std::string &user, const std::string &password,
                      const std::string &device_name)
    {
        proto::Login l;
        l.id = next_id();
        l.user = user;
        l.password = password;
        l.device_name = device_name;
        send(l);
        for (;;) {
            auto m = recv();
            if (auto *w = std::get_if<proto::Welcome>(&m))
                return {w->device_id, w->token};
        }
    }

    void hello(const Credentials &c)
    {
        proto::Hello h;
        h.id = next_id();
        h.device_id = c.device_id;
        h.token = c.token;
        send(h);
        for (;;) {
            auto m = recv();
            if (std::holds_alternative<proto::Welcome>(m))
                return;
        }
    }

    void close() { m_ws.close(); }

private:
    bench::WsClient m_ws;
    long m_next = 0;
};

inline Credentials login_once(boost::asio::io_context &ioc, unsigned short port,
                              const std::string &user, const std::string &device_name)
{
    Conn c(ioc, port);
    auto cred = c.login(user, "demo-passord", device_name);
    c.close();
    return cred;
}

// Pulls until the server says there is no more, storing each batch with its cursor. Returns the
// number of changes received.
inline std::size_t pull_all(Conn &c, bro::LocalStore &store)
{
    std::size_t received = 0;
    for (;;) {
        proto::Pull p;
        p.id = c.next_id();
        p.cursor = store.cursor();
        p.limit = proto::max_pull_limit;
        c.send(p);
        bool more = false;
        for (;;) {
            auto m = c.recv();
            if (auto *ch = std::get_if<proto::Changes>(&m)) {
                received += ch->changes.size();
                store.apply_remote(ch->changes, ch->cursor);
                if (ch->id == p.id) {
                    more = ch->more;
                    break;
                }
            } else if (auto *pg = std::get_if<proto::Purge>(&m)) {
                store.purge(pg->case_id, pg->categories);
            }
        }
        if (!more)
            return received;
    }
}

// Pushes the outbox in batches of up to 1000 (one push in flight, as a device does) until empty.
inline std::size_t push_outbox(Conn &c, bro::LocalStore &store)
{
    std::size_t pushed = 0;
    for (;;) {
        auto batch = store.outbox(proto::max_changes_per_push);
        if (batch.empty())
            return pushed;
        proto::Push p;
        p.id = c.next_id();
        p.changes = std::move(batch);
        c.send(p);
        for (;;) {
            auto m = c.recv();
            if (auto *a = std::get_if<proto::Ack>(&m)) {
                if (a->id != p.id)
                    continue;
                if (!a->rejected.empty())
                    throw std::runtime_error("push rejected: " + a->rejected.front().code + " " +
                                             a->rejected.front().message);
                store.accept(a->accepted);
                pushed += a->accepted.size();
                break;
            }
        }
    }
}

inline std::int64_t scalar(bro::Database &db, const std::string &sql)
{
    auto st = db.prepare(sql);
    st.step();
    return st.column_int64(0);
}

inline std::int64_t scope_rows(bro::LocalStore &s, const std::string &case_id,
                               const std::string &cat)
{
    return scalar(s.database(), "SELECT count(*) FROM fields WHERE case_id = '" + case_id +
                                    "' AND category = '" + cat + "'");
}

inline std::string fresh_store_path(const std::string &dir, const std::string &name)
{
    fs::create_directories(dir);
    const auto path = dir + "/" + name + ".db";
    for (const char *suffix : {"", "-wal", "-shm"})
        fs::remove(path + suffix);
    return path;
}

// Builds raw changes (not through a LocalStore) for seeding and for B4.
struct RawWriter
{
    std::string node = bro::new_uuid();
    bro::HlcClock clock;
    std::uint64_t counter = 0;

    bro::Change goal_field(const std::string &case_id, const std::string &record_id,
                           const std::string &field, const json &value)
    {
        bro::Change c;
        // BRO_BENCH_RANDOM_OPS=1: random version-4 ops, as devices made them before new_op_id,
        // to show what the time-ordered ids do for B4 (bench/HISTORY.md, 2026-11-30).
        static const bool random_ops = std::getenv("BRO_BENCH_RANDOM_OPS") != nullptr;
        c.op = random_ops ? bro::new_uuid() : bro::new_op_id();
        c.counter = ++counter;
        c.record_id = record_id;
        c.kind = bro::kind::goal;
        c.case_id = case_id;
        c.field = field;
        c.value = value;
        c.hlc = clock.now();
        c.node = node;
        return c;
    }
};

// Sends pushes (all at once, pipelined) and waits for every ack. Returns accepted count.
inline std::size_t push_pipelined(Conn &c, const std::vector<std::string> &frames,
                                  const std::vector<std::string> &ids)
{
    for (const auto &f : frames)
        c.send_text(f);
    std::size_t acks = 0, accepted = 0;
    while (acks < ids.size()) {
        auto m = c.recv();
        if (auto *a = std::get_if<proto::Ack>(&m)) {
            ++acks;
            if (!a->rejected.empty())
                throw std::runtime_error("push rejected: " + a->rejected.front().code + " " +
                                         a->rejected.front().message);
            accepted += a->accepted.size();
        }
    }
    return accepted;
}

// The subcommands, one benchmark each (sync_benchmarks.cpp, server_load.cpp).
int cmd_seed(const Args &a);
int cmd_b1(const Args &a);
int cmd_b2(const Args &a);
int cmd_b3(const Args &a);
int cmd_b4(const Args &a);
int cmd_b5rate(const Args &a);
int cmd_b5mem(const Args &a);
int cmd_b6(const Args &a);
