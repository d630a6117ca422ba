// The benchmarks a device feels: seeding, initial sync (B1), upload (B2), latency (B3, B7) and
// revoke (B6). See bench/README.md.

#include "bench_support.hpp"

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
        c.op = bro::new_op_id();
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
