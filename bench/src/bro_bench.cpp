// bro-bench: the Bro side of benchmarks B1-B6 (bench/README.md). Each subcommand talks to a running
// bro-server on 127.0.0.1 over WebSocket, uses bro_core's LocalStore as the device store, and
// prints one JSON line per measured run on stdout:
//   {"bench":"B1","side":"bro","metric":"seconds","value":1.23,"run":1}
// Diagnostics go to stderr. Every subcommand is bounded: an alarm ends the process if the server
// stops answering.

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

namespace {

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

Args parse_args(int argc, char **argv, int from)
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

double seconds_since(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

void emit(const std::string &bench, const std::string &side, const std::string &metric,
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
std::string goal_title(long i)
{
    return "Goal " + std::to_string(i) + ": practise routine " + std::to_string(i % 7) +
           " until it sits";
}
std::string goal_why(long i)
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

Credentials login_once(boost::asio::io_context &ioc, unsigned short port, const std::string &user,
                       const std::string &device_name)
{
    Conn c(ioc, port);
    auto cred = c.login(user, "demo-passord", device_name);
    c.close();
    return cred;
}

// Pulls until the server says there is no more, storing each batch with its cursor. Returns the
// number of changes received.
std::size_t pull_all(Conn &c, bro::LocalStore &store)
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
std::size_t push_outbox(Conn &c, bro::LocalStore &store)
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

std::int64_t scalar(bro::Database &db, const std::string &sql)
{
    auto st = db.prepare(sql);
    st.step();
    return st.column_int64(0);
}

std::int64_t scope_rows(bro::LocalStore &s, const std::string &case_id, const std::string &cat)
{
    return scalar(s.database(), "SELECT count(*) FROM fields WHERE case_id = '" + case_id +
                                    "' AND category = '" + cat + "'");
}

std::string fresh_store_path(const std::string &dir, const std::string &name)
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
        c.op = bro::new_uuid();
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
std::size_t push_pipelined(Conn &c, const std::vector<std::string> &frames,
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

// ---- seed: N goal records (title + why) into case-<user> ----
int cmd_seed(const Args &a)
{
    boost::asio::io_context ioc;
    const auto port = static_cast<unsigned short>(a.num("port", 0));
    const auto user = a.get("user", "emil");
    const long records = a.num("records", 10000);
    const auto prefix = a.get("prefix", "seed");
    const auto case_id = "case-" + user;
    Conn c(ioc, port);
    c.login(user, "demo-passord", "bench seeder");
    RawWriter w;
    std::vector<std::string> frames, ids;
    proto::Push p;
    auto flush = [&] {
        if (p.changes.empty())
            return;
        p.id = c.next_id();
        ids.push_back(p.id);
        frames.push_back(proto::serialize(proto::ClientMessage{p}));
        p.changes.clear();
    };
    for (long i = 0; i < records; ++i) {
        if (p.changes.size() + 3 > proto::max_changes_per_push)
            flush();
        const auto rid = prefix + "-" + std::to_string(i);
        p.changes.push_back(w.goal_field(case_id, rid, "title", goal_title(i)));
        p.changes.push_back(w.goal_field(case_id, rid, "why", goal_why(i)));
        p.changes.push_back(w.goal_field(case_id, rid, "status", "active"));
    }
    flush();
    const auto t0 = Clock::now();
    const auto n = push_pipelined(c, frames, ids);
    std::cerr << "seeded " << records << " records (" << n << " changes) in " << seconds_since(t0)
              << " s\n";
    c.close();
    return 0;
}

// ---- B1: initial sync into a fresh device ----
int cmd_b1(const Args &a)
{
    boost::asio::io_context ioc;
    const auto port = static_cast<unsigned short>(a.num("port", 0));
    const auto user = a.get("user", "emil");
    const long expect = a.num("records", 10000);
    const int runs = static_cast<int>(a.num("runs", 5));
    const auto cred = login_once(ioc, port, user, "bench b1");
    for (int run = 1; run <= runs; ++run) {
        const auto path = fresh_store_path(a.get("dir"), "b1-" + std::to_string(run));
        bro::LocalStore store(path);
        const auto t0 = Clock::now();
        Conn c(ioc, port);
        c.hello(cred);
        const auto n = pull_all(c, store);
        const double s = seconds_since(t0);
        const auto goals = scalar(store.database(),
                                  "SELECT count(DISTINCT record_id) FROM fields WHERE kind='goal'");
        if (goals < expect)
            throw std::runtime_error("B1: only " + std::to_string(goals) + " goals arrived");
        emit("B1", "bro", "seconds", s, run, {{"changes", n}, {"records", goals}});
        c.close();
    }
    return 0;
}

// ---- B2: upload of N offline edits ----
int cmd_b2(const Args &a)
{
    boost::asio::io_context ioc;
    const auto port = static_cast<unsigned short>(a.num("port", 0));
    const auto user = a.get("user", "emil");
    const long records = a.num("records", 10000);
    const int runs = static_cast<int>(a.num("runs", 5));
    const bool what_if = a.num("what-if-index", 0) != 0;
    const auto case_id = "case-" + user;
    for (int run = 1; run <= runs; ++run) {
        // A new device each run: the server remembers each device's last counter.
        const auto cred = login_once(ioc, port, user, "bench b2 run " + std::to_string(run));
        const auto path = fresh_store_path(a.get("dir"), "b2-" + std::to_string(run));
        bro::LocalStore store(path);
        // The offline edits themselves are not timed; write them without an fsync each.
        store.database().exec("PRAGMA synchronous = OFF");
        for (long i = 0; i < records; ++i) {
            auto r =
                store.write("b2-" + std::to_string(run) + "-" + std::to_string(i), bro::kind::goal,
                            case_id, {{"title", goal_title(i)}, {"status", "active"}});
            if (r.error)
                throw std::runtime_error("B2: local write refused: " + r.error->message);
        }
        store.database().exec("PRAGMA synchronous = FULL");
        if (what_if)
            // What-if for the report: LocalStore::accept updates fields by op, which has no index.
            store.database().exec("CREATE INDEX IF NOT EXISTS bench_fields_op ON fields (op)");
        const auto t0 = Clock::now();
        Conn c(ioc, port);
        c.hello(cred);
        const auto n = push_outbox(c, store);
        const double s = seconds_since(t0);
        if (store.pending_count() != 0 || n != static_cast<std::size_t>(2 * records))
            throw std::runtime_error("B2: outbox not drained");
        emit(what_if ? "B2whatif" : "B2", "bro", "seconds", s, run, {{"changes", n}});
        c.close();
    }
    return 0;
}

// ---- B3: push on device A -> receipt on device B ----
// With --port-b, device B is connected to another server node on the same database (B7).
int cmd_b3(const Args &a)
{
    boost::asio::io_context ioc;
    const auto port = static_cast<unsigned short>(a.num("port", 0));
    const auto port_b = static_cast<unsigned short>(a.num("port-b", port));
    const auto bench = a.get("name", "B3");
    const auto user = a.get("user", "emil");
    const long count = a.num("count", 1000);
    const int runs = static_cast<int>(a.num("runs", 5));
    const auto case_id = "case-" + user;
    // Record ids of their own per row: B7's peer row runs on the database B7 already wrote.
    const auto prefix = a.get("prefix", "b3");
    const auto cred_a = login_once(ioc, port, user, "bench b3 A");
    const auto cred_b = login_once(ioc, port_b, user, "bench b3 B");
    bro::LocalStore store_a(fresh_store_path(a.get("dir"), "b3-a"));
    bro::LocalStore store_b(fresh_store_path(a.get("dir"), "b3-b"));
    Conn ca(ioc, port), cb(ioc, port_b);
    ca.hello(cred_a);
    cb.hello(cred_b);
    pull_all(ca, store_a); // both caught up: the server now sends them changes live
    pull_all(cb, store_b);
    for (int run = 1; run <= runs; ++run) {
        std::vector<double> ms;
        ms.reserve(static_cast<std::size_t>(count));
        for (long i = 0; i < count; ++i) {
            const auto rid = prefix + "-" + std::to_string(run) + "-" + std::to_string(i);
            const auto t0 = Clock::now();
            auto w = store_a.write(rid, bro::kind::goal, case_id,
                                   {{"title", goal_title(i)}, {"status", "active"}});
            if (w.error || w.changes.empty())
                throw std::runtime_error("B3: local write refused");
            const auto op = w.changes.back().op; // the record is complete when its last field is
            proto::Push p;
            p.id = ca.next_id();
            p.changes = store_a.outbox();
            ca.send(p);
            bool got = false;
            while (!got) {
                auto m = cb.recv();
                if (auto *ch = std::get_if<proto::Changes>(&m)) {
                    store_b.apply_remote(ch->changes, ch->cursor);
                    for (const auto &c : ch->changes)
                        got = got || c.op == op;
                }
            }
            ms.push_back(seconds_since(t0) * 1000.0);
            for (;;) {
                auto m = ca.recv();
                if (auto *ack = std::get_if<proto::Ack>(&m); ack && ack->id == p.id) {
                    store_a.accept(ack->accepted);
                    break;
                }
            }
        }
        std::sort(ms.begin(), ms.end());
        auto pct = [&](double q) {
            return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * ms.size()))];
        };
        emit(bench, "bro", "p50_ms", pct(0.50), run);
        emit(bench, "bro", "p99_ms", pct(0.99), run);
    }
    ca.close();
    cb.close();
    return 0;
}

// ---- B4: server ingest rate vs raw SQLite insert of the same rows ----
const char *change_log_sql = R"sql(
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY, op TEXT NOT NULL UNIQUE, device_id TEXT NOT NULL,
    counter INTEGER NOT NULL, record_id TEXT NOT NULL, kind TEXT NOT NULL, case_id TEXT NOT NULL,
    field TEXT NOT NULL, value TEXT NOT NULL, hlc TEXT NOT NULL, node TEXT NOT NULL, at TEXT NOT NULL);
CREATE INDEX change_log_case ON change_log(case_id, kind);
)sql";

double raw_insert(const std::string &path, const std::vector<bro::Change> &changes)
{
    bro::Database db(path); // WAL, synchronous=FULL: what the server runs with
    db.exec(change_log_sql);
    db.exec(bro::RecordTable::schema_sql());
    const auto t0 = Clock::now();
    bro::Transaction tx(db);
    auto log = db.prepare("INSERT INTO change_log (op, device_id, counter, record_id, kind, "
                          "case_id, field, value, hlc, node, at) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    auto fields = db.prepare("INSERT INTO fields (record_id, field, kind, case_id, category, "
                             "value, hlc, node, op, seq) VALUES (?,?,?,?,?,?,?,?,?,?)");
    std::int64_t seq = 0;
    // Bound without SQLite's copies (bind_ref), as the server's hot path binds them.
    for (const auto &c : changes) {
        const auto value = c.value.dump(), hlc = c.hlc.to_string();
        log.bind_ref(1, c.op)
            .bind_ref(2, "device")
            .bind(3, static_cast<std::int64_t>(c.counter))
            .bind_ref(4, c.record_id)
            .bind_ref(5, c.kind)
            .bind_ref(6, c.case_id)
            .bind_ref(7, c.field)
            .bind_ref(8, value)
            .bind_ref(9, hlc)
            .bind_ref(10, c.node)
            .bind_ref(11, "2026-11-24T12:00:00Z");
        log.step();
        log.reset();
        fields.bind_ref(1, c.record_id)
            .bind_ref(2, c.field)
            .bind_ref(3, c.kind)
            .bind_ref(4, c.case_id)
            .bind_ref(5, "goals")
            .bind_ref(6, value)
            .bind(7, static_cast<std::int64_t>(c.hlc.value))
            .bind_ref(8, c.node)
            .bind_ref(9, c.op)
            .bind(10, ++seq);
        fields.step();
        fields.reset();
    }
    tx.commit();
    return seconds_since(t0);
}

int cmd_b4(const Args &a)
{
    boost::asio::io_context ioc;
    const auto port = static_cast<unsigned short>(a.num("port", 0));
    const auto user = a.get("user", "emil");
    const long records = a.num("records", 10000);
    const int runs = static_cast<int>(a.num("runs", 5));
    const auto case_id = "case-" + user;
    Conn c(ioc, port);
    c.login(user, "demo-passord", "bench b4");
    RawWriter w; // one device; its counter keeps rising across runs
    for (int run = 1; run <= runs; ++run) {
        std::vector<bro::Change> changes;
        for (long i = 0; i < records; ++i)
            changes.push_back(w.goal_field(case_id,
                                           "b4-" + std::to_string(run) + "-" + std::to_string(i),
                                           "title", goal_title(i)));
        std::vector<std::string> frames, ids;
        for (std::size_t i = 0; i < changes.size(); i += proto::max_changes_per_push) {
            proto::Push p;
            p.id = c.next_id();
            p.changes.assign(
                changes.begin() + static_cast<long>(i),
                changes.begin() +
                    static_cast<long>(std::min(changes.size(), i + proto::max_changes_per_push)));
            ids.push_back(p.id);
            frames.push_back(proto::serialize(proto::ClientMessage{p}));
        }
        const auto t0 = Clock::now();
        const auto n = push_pipelined(c, frames, ids);
        const double s = seconds_since(t0);
        if (n != changes.size())
            throw std::runtime_error("B4: not all accepted");
        emit("B4", "bro", "changes_per_s", static_cast<double>(n) / s, run);
        const double raw = raw_insert(fresh_store_path(a.get("dir"), "b4-raw"), changes);
        emit("B4", "peer", "changes_per_s", static_cast<double>(n) / raw, run);
    }
    c.close();
    return 0;
}

// ---- B5: messages per second with many sessions; memory per idle session ----
long rss_bytes(long pid)
{
    std::ifstream f("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(f, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6)) * 1024;
    throw std::runtime_error("no VmRSS for pid " + std::to_string(pid));
}

// CPU time (user + system) a process has used so far, in seconds.
double cpu_seconds(long pid)
{
    std::ifstream f("/proc/" + std::to_string(pid) + "/stat");
    std::string stat((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    // Fields after the command (which may hold spaces) start after the last ')'.
    std::istringstream rest(stat.substr(stat.rfind(')') + 2));
    std::string field;
    double ticks = 0;
    for (int i = 3; i <= 15 && rest >> field; ++i)
        if (i == 14 || i == 15) // utime, stime
            ticks += std::stod(field);
    return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

int cmd_b5rate(const Args &a)
{
    boost::asio::io_context ioc;
    const auto port = static_cast<unsigned short>(a.num("port", 0));
    const auto mode = a.get("mode", "bro");
    const bool bro_mode = mode == "bro";
    const long sessions = a.num("sessions", 100);
    const double secs = static_cast<double>(a.num("millis", 3000)) / 1000.0;
    const int runs = static_cast<int>(a.num("runs", 5));
    // Client threads, each driving its share of the sessions on its own io_context: with one
    // thread the client, not the server, was the ceiling (bench/README.md, B5).
    const long threads = std::clamp(a.num("threads", 1), 1L, sessions);
    // With the server's pid, also its CPU time per message: what the server costs, whatever
    // share of the two cores the client takes.
    const long server_pid = a.num("pid", 0);
    std::vector<std::unique_ptr<boost::asio::io_context>> contexts;
    for (long t = 0; t < threads; ++t)
        contexts.push_back(std::make_unique<boost::asio::io_context>());
    auto ctx_of = [&](long i) -> boost::asio::io_context & { return *contexts[i % threads]; };
    std::vector<std::unique_ptr<bench::WsClient>> conns;
    std::string message;
    if (bro_mode) {
        const auto cred = login_once(ioc, port, a.get("user", "emil"), "bench b5");
        // Find the head of the log once, then every session asks "anything after the head?":
        // the cheapest authenticated request that still runs the real pull path.
        std::int64_t head = 0;
        {
            Conn c(ioc, port);
            c.hello(cred);
            bro::LocalStore tmp(fresh_store_path(a.get("dir"), "b5-head"));
            pull_all(c, tmp);
            head = tmp.cursor();
            c.close();
        }
        message = proto::serialize(proto::ClientMessage{proto::Pull{"r", head, 1}});
        for (long i = 0; i < sessions; ++i) {
            conns.push_back(
                std::make_unique<bench::WsClient>(ctx_of(i), "127.0.0.1", port, "/sync"));
            conns.back()->send(proto::serialize(proto::ClientMessage{
                proto::Hello{"h", proto::version, cred.device_id, cred.token}}));
            const auto w = conns.back()->recv();
            if (w.find("\"welcome\"") == std::string::npos)
                throw std::runtime_error("B5: hello failed: " + w.substr(0, 200));
        }
        conns.front()->send(message);
        const auto answer = conns.front()->recv();
        if (answer.find("\"changes\"") == std::string::npos)
            throw std::runtime_error("B5: pull at head failed: " + answer.substr(0, 200));
    } else if (mode == "bro-unauth") {
        // Not signed in: every pull is answered with error not_authenticated. Transport, parsing
        // and framing only: the closest Bro gets to an echo.
        message = proto::serialize(proto::ClientMessage{proto::Pull{"r", 123456, 1}});
        for (long i = 0; i < sessions; ++i)
            conns.push_back(
                std::make_unique<bench::WsClient>(ctx_of(i), "127.0.0.1", port, "/sync"));
    } else {
        message = proto::serialize(proto::ClientMessage{proto::Pull{"r", 123456, 1}});
        for (long i = 0; i < sessions; ++i)
            conns.push_back(std::make_unique<bench::WsClient>(ctx_of(i), "127.0.0.1", port, "/"));
    }
    for (int run = 1; run <= runs; ++run) {
        std::vector<long> counts(static_cast<std::size_t>(threads), 0);
        const double cpu0 = server_pid ? cpu_seconds(server_pid) : 0;
        const auto t0 = Clock::now();
        auto drive = [&](long t) {
            std::vector<bench::WsClient *> mine;
            for (long i = t; i < sessions; i += threads)
                mine.push_back(conns[static_cast<std::size_t>(i)].get());
            while (seconds_since(t0) < secs) {
                // One request in flight per session: the server always has `sessions` to answer.
                for (auto *c : mine)
                    c->send(message);
                for (auto *c : mine)
                    c->recv_discard();
                counts[static_cast<std::size_t>(t)] += static_cast<long>(mine.size());
            }
        };
        std::vector<std::thread> pool;
        for (long t = 1; t < threads; ++t)
            pool.emplace_back(drive, t);
        drive(0);
        for (auto &th : pool)
            th.join();
        long messages = 0;
        for (auto n : counts)
            messages += n;
        const double elapsed = seconds_since(t0);
        const auto bench = mode == "bro-unauth" ? std::string("B5unauth") : std::string("B5rate");
        const auto side = mode == "echo" ? "peer" : "bro";
        emit(bench, side, "messages_per_s", static_cast<double>(messages) / elapsed, run,
             {{"client_threads", threads}});
        if (server_pid)
            emit(bench == "B5rate" ? "B5cpu" : "B5unauthcpu", side, "server_us_per_msg",
                 (cpu_seconds(server_pid) - cpu0) * 1e6 / static_cast<double>(messages), run);
    }
    for (auto &c : conns)
        c->close();
    return 0;
}

int cmd_b5mem(const Args &a)
{
    boost::asio::io_context ioc;
    const auto port = static_cast<unsigned short>(a.num("port", 0));
    const bool bro_mode = a.get("mode", "bro") == "bro";
    const long sessions = a.num("sessions", 1000);
    const long pid = a.num("pid", 0);
    const int run = static_cast<int>(a.num("run", 1));
    Credentials cred;
    if (bro_mode)
        cred = login_once(ioc, port, a.get("user", "emil"), "bench b5 idle");
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    const long before = rss_bytes(pid);
    std::vector<std::unique_ptr<bench::WsClient>> conns;
    const auto hello = proto::serialize(
        proto::ClientMessage{proto::Hello{"h", proto::version, cred.device_id, cred.token}});
    for (long i = 0; i < sessions; ++i) {
        conns.push_back(
            std::make_unique<bench::WsClient>(ioc, "127.0.0.1", port, bro_mode ? "/sync" : "/"));
        if (bro_mode) { // an idle session is a signed-in one
            conns.back()->send(hello);
            conns.back()->recv_discard();
        }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1000));
    const long after = rss_bytes(pid);
    emit("B5mem" + std::to_string(sessions), bro_mode ? "bro" : "peer", "bytes_per_session",
         static_cast<double>(after - before) / static_cast<double>(sessions), run,
         {{"rss_before", before}, {"rss_after", after}});
    for (auto &c : conns)
        c->close();
    return 0;
}

// ---- B6: revoke -> zero rows of that scope on the grantee ----
int cmd_b6(const Args &a)
{
    boost::asio::io_context ioc;
    const auto port = static_cast<unsigned short>(a.num("port", 0));
    const int runs = static_cast<int>(a.num("runs", 5));
    const std::string case_id = "case-emil", org = "org-okab";
    const auto consent = bro::consent_id(case_id, org, bro::Category::goals);
    const auto cred_o = login_once(ioc, port, "emil", "bench b6 owner");
    const auto cred_k = login_once(ioc, port, "kari", "bench b6 grantee");
    bro::LocalStore grantee(fresh_store_path(a.get("dir"), "b6-kari"));
    Conn co(ioc, port), ck(ioc, port);
    co.hello(cred_o);
    ck.hello(cred_k);
    pull_all(ck, grantee);
    const auto full = scope_rows(grantee, case_id, "goals");
    if (full < a.num("records", 10000))
        throw std::runtime_error("B6: grantee has only " + std::to_string(full) + " goal rows");
    RawWriter w;
    auto consent_push = [&](bool granted) {
        bro::Change c;
        c.op = bro::new_uuid();
        c.counter = ++w.counter;
        c.record_id = consent;
        c.kind = bro::kind::consent;
        c.case_id = case_id;
        c.field = "granted";
        c.value = granted;
        c.hlc = w.clock.now();
        c.node = w.node;
        proto::Push p;
        p.id = co.next_id();
        p.changes = {c};
        co.send(p);
        return p.id;
    };
    auto wait_ack = [&](const std::string &id) {
        for (;;) {
            auto m = co.recv();
            if (auto *ack = std::get_if<proto::Ack>(&m); ack && ack->id == id) {
                if (!ack->rejected.empty())
                    throw std::runtime_error("B6: consent rejected: " + ack->rejected[0].message);
                return;
            }
        }
    };
    for (int run = 1; run <= runs; ++run) {
        const auto t0 = Clock::now();
        const auto id = consent_push(false);
        for (bool purged = false; !purged;) {
            auto m = ck.recv();
            if (auto *ch = std::get_if<proto::Changes>(&m)) {
                grantee.apply_remote(ch->changes, ch->cursor);
            } else if (auto *pg = std::get_if<proto::Purge>(&m)) {
                grantee.purge(pg->case_id, pg->categories);
                purged = pg->case_id == case_id && scope_rows(grantee, case_id, "goals") == 0;
                ck.send(proto::Purged{ck.next_id(), pg->case_id, pg->categories});
            }
        }
        const double s = seconds_since(t0);
        emit("B6", "bro", "seconds", s, run, {{"rows", full}});
        wait_ack(id);
        // Grant again (not timed): the grantee gets a snapshot of the scope back.
        const auto id2 = consent_push(true);
        const auto t1 = Clock::now();
        while (scope_rows(grantee, case_id, "goals") < full) {
            auto m = ck.recv();
            if (auto *ch = std::get_if<proto::Changes>(&m))
                grantee.apply_remote(ch->changes, ch->cursor);
            if (seconds_since(t1) > 120)
                throw std::runtime_error("B6: the snapshot after the grant did not arrive");
        }
        wait_ack(id2);
    }
    co.close();
    ck.close();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::cerr << "usage: bro-bench seed|b1|b2|b3|b4|b5rate|b5mem|b6 --port P [--dir D] ...\n";
        return 2;
    }
    alarm(900); // nothing here may run for ever, whatever the server does
    const std::string cmd = argv[1];
    try {
        const auto args = parse_args(argc, argv, 2);
        if (cmd == "seed")
            return cmd_seed(args);
        if (cmd == "b1")
            return cmd_b1(args);
        if (cmd == "b2")
            return cmd_b2(args);
        if (cmd == "b3")
            return cmd_b3(args);
        if (cmd == "b4")
            return cmd_b4(args);
        if (cmd == "b5rate")
            return cmd_b5rate(args);
        if (cmd == "b5mem")
            return cmd_b5mem(args);
        if (cmd == "b6")
            return cmd_b6(args);
        std::cerr << "unknown command " << cmd << "\n";
        return 2;
    } catch (const std::exception &e) {
        std::cerr << "bro-bench " << cmd << ": " << e.what() << "\n";
        return 1;
    }
}
