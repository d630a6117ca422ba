// The server under load: ingest against raw SQLite (B4), message rate and memory per idle session
// (B5). See bench/README.md.

#include "bench_support.hpp"

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
    // thread the client, not the server, was the ceiling (bench/HISTORY.md, B5).
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
        const double client0 = cpu_seconds(getpid());
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
        // The client's own share: on 2 cores, 2x the echo's rate needs client + server CPU per
        // message under 2 / (2 x the echo's rate), whatever the server does.
        emit(bench == "B5rate" ? "B5clientcpu" : "B5unauthclientcpu", side, "client_us_per_msg",
             (cpu_seconds(getpid()) - client0) * 1e6 / static_cast<double>(messages), run);
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
