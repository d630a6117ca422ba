#include "store/change_log.hpp"

#include "store/pg/pg_doorbell.hpp"
#include "store/record_table.hpp"
#include "store/server_schema.hpp"

#include <stdexcept>

namespace bro {

namespace {

constexpr const char *columns =
    "seq, op, counter, record_id, kind, case_id, field, value, hlc, node";

Change read_change(Statement &s)
{
    Change c;
    c.seq = s.column_int64(0);
    c.op = s.column_text(1);
    c.counter = static_cast<std::uint64_t>(s.column_int64(2));
    c.record_id = s.column_text(3);
    c.kind = s.column_text(4);
    c.case_id = s.column_text(5);
    c.field = s.column_text(6);
    c.value = RecordTable::value_from_text(s.column_text(7));
    if (c.value.is_discarded())
        throw std::runtime_error("change_log: unreadable value of " + c.op);
    c.hlc = Hlc::parse(s.column_text(8)).value_or(Hlc{});
    c.node = s.column_text(9);
    return c;
}

} // namespace

std::string ChangeLog::below_horizon() const
{
    if (m_db.dialect() != Dialect::postgres)
        return {};
    // Every transaction with an id below the snapshot's xmin has ended, and any still running
    // or yet to start has an id at or above it; positions below xmin << 20 are therefore final,
    // and a reader that stops there never skips a change that commits later. The snapshot is
    // the statement's own, so the horizon and the rows agree.
    return " AND seq < (pg_snapshot_xmin(pg_current_snapshot())::text::bigint << 20)";
}

std::int64_t ChangeLog::append(Change &c, const std::string &device_id, const std::string &at)
{
    const bool pg = m_db.dialect() == Dialect::postgres;
    if (!m_append)
        m_append.emplace(m_db.prepare(
            pg ? "INSERT INTO change_log (op, device_id, counter, record_id, kind, case_id, field, "
                 "value, hlc, node, at, seq) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11, "
                 "(pg_current_xact_id()::text::bigint << 20) + ?12) RETURNING seq"
               : "INSERT INTO change_log (op, device_id, counter, record_id, kind, case_id, "
                 "field, value, hlc, node, at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    auto &s = *m_append;
    const auto value = c.value.dump();
    const auto hlc = c.hlc.to_string();
    ResetOnExit done{s}; // declared after what it binds by reference: resets before they go
    s.bind_ref(1, c.op)
        .bind_ref(2, device_id)
        .bind(3, static_cast<std::int64_t>(c.counter))
        .bind_ref(4, c.record_id)
        .bind_ref(5, c.kind)
        .bind_ref(6, c.case_id)
        .bind_ref(7, c.field)
        .bind_ref(8, value)
        .bind_ref(9, hlc)
        .bind_ref(10, c.node)
        .bind_ref(11, at);
    if (pg) {
        // The rank within the transaction is the connection's, not this log's: another writer
        // may append in the same transaction.
        const std::int64_t rank = m_db.next_in_transaction();
        if (rank == 0) // rings at commit, once per transaction, for the doorbells (pg_doorbell.hpp)
            ring(m_db, doorbell_channel);
        if (rank >= max_rank)
            throw std::runtime_error("change_log: more than 2^20 changes in one transaction");
        s.bind(12, rank);
        s.step();
        c.seq = s.column_int64(0);
        return c.seq;
    }
    s.step();
    c.seq = m_db.last_insert_rowid();
    return c.seq;
}

std::optional<std::int64_t> ChangeLog::seq_of(const std::string &op)
{
    if (!m_seq_of)
        m_seq_of.emplace(m_db.prepare("SELECT seq FROM change_log WHERE op = ?"));
    auto &s = *m_seq_of;
    ResetOnExit done{s};
    s.bind_ref(1, op);
    std::optional<std::int64_t> out;
    if (s.step())
        out = s.column_int64(0);
    return out;
}

void ChangeLog::reject(const Change &c, const std::string &device_id, const std::string &code,
                       const std::string &message, const std::string &at)
{
    auto s = m_db.prepare("INSERT INTO rejected_changes (op, device_id, change, code, message, at) "
                          "VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING");
    s.bind(1, c.op)
        .bind(2, device_id)
        .bind(3, protocol::change_to_json(c).dump())
        .bind(4, code)
        .bind(5, message)
        .bind(6, at);
    s.step();
}

std::optional<protocol::Rejected> ChangeLog::rejection(const std::string &op)
{
    if (!m_rejection)
        m_rejection.emplace(
            m_db.prepare("SELECT code, message FROM rejected_changes WHERE op = ?"));
    auto &s = *m_rejection;
    ResetOnExit done{s};
    s.bind_ref(1, op);
    std::optional<protocol::Rejected> out;
    if (s.step())
        out = protocol::Rejected{op, s.column_text(0), s.column_text(1)};
    return out;
}

namespace {

// The set-wise statements are sent whole each time, never kept prepared on the server: a kept
// statement soon runs a generic plan, made without the push's values, and one plan for a 10-op
// push and a 1 000-op push read the whole log per push (bench B2 PG grew by 0.13 ms a push).
// Planning once per push costs a fraction of a millisecond.
// "= ANY (ARRAY(…))" rather than "IN (SELECT …)": the array is known before the scan, and the
// planner probes the unique index with it instead of joining, which with a small table's
// statistics became a scan of the whole log.
constexpr const char *any_of_json = "= ANY (ARRAY(SELECT json_array_elements_text(?1::json)))";

} // namespace

void ChangeLog::append_all(std::vector<Change> &cs, const std::string &device_id,
                           const std::string &at)
{
    if (cs.empty())
        return;
    if (m_db.dialect() != Dialect::postgres) {
        for (auto &c : cs)
            append(c, device_id, at);
        return;
    }
    // Ranks as append() takes them, one per change, in order: the seqs follow the push's order.
    nlohmann::json rows = nlohmann::json::array();
    std::int64_t first_rank = -1;
    for (const auto &c : cs) {
        const std::int64_t rank = m_db.next_in_transaction();
        if (first_rank < 0)
            first_rank = rank;
        if (rank >= max_rank)
            throw std::runtime_error("change_log: more than 2^20 changes in one transaction");
        rows.push_back({{"op", c.op},
                        {"counter", static_cast<std::int64_t>(c.counter)},
                        {"record_id", c.record_id},
                        {"kind", c.kind},
                        {"case_id", c.case_id},
                        {"field", c.field},
                        {"value", c.value.dump()},
                        {"hlc", c.hlc.to_string()},
                        {"node", c.node},
                        {"rank", rank}});
    }
    if (first_rank == 0)
        ring(m_db, doorbell_channel);
    auto s = m_db.prepare(
        "INSERT INTO change_log (op, device_id, counter, record_id, kind, case_id, field, "
        "value, hlc, node, at, seq) SELECT x.op, ?2, x.counter, x.record_id, x.kind, "
        "x.case_id, x.field, x.value, x.hlc, x.node, ?3, "
        "(pg_current_xact_id()::text::bigint << 20) + x.rank FROM json_to_recordset(?1::json) "
        "AS x(op text, counter bigint, record_id text, kind text, case_id text, field text, "
        "value text, hlc text, node text, rank bigint) RETURNING op, seq");
    const auto text = rows.dump();
    s.bind(1, text).bind(2, device_id).bind(3, at);
    std::map<std::string, std::int64_t, std::less<>> seqs;
    while (s.step())
        seqs.emplace(s.column_text(0), s.column_int64(1));
    for (auto &c : cs) {
        const auto it = seqs.find(c.op);
        if (it == seqs.end())
            throw std::runtime_error("change_log: " + c.op + " was not appended");
        c.seq = it->second;
    }
}

std::map<std::string, std::int64_t> ChangeLog::seqs_of(const std::vector<std::string> &ops)
{
    std::map<std::string, std::int64_t> out;
    if (ops.empty())
        return out;
    if (m_db.dialect() != Dialect::postgres) {
        for (const auto &op : ops)
            if (auto seq = seq_of(op))
                out.emplace(op, *seq);
        return out;
    }
    auto s = m_db.prepare(std::string("SELECT op, seq FROM change_log WHERE op ") + any_of_json);
    const auto text = nlohmann::json(ops).dump();
    s.bind(1, text);
    while (s.step())
        out.emplace(s.column_text(0), s.column_int64(1));
    return out;
}

std::map<std::string, protocol::Rejected> ChangeLog::rejections(const std::vector<std::string> &ops)
{
    std::map<std::string, protocol::Rejected> out;
    if (ops.empty())
        return out;
    if (m_db.dialect() != Dialect::postgres) {
        for (const auto &op : ops)
            if (auto r = rejection(op))
                out.emplace(op, std::move(*r));
        return out;
    }
    auto s = m_db.prepare(std::string("SELECT op, code, message FROM rejected_changes WHERE op ") +
                          any_of_json);
    const auto text = nlohmann::json(ops).dump();
    s.bind(1, text);
    while (s.step()) {
        auto op = s.column_text(0);
        out.emplace(op, protocol::Rejected{op, s.column_text(1), s.column_text(2)});
    }
    return out;
}

std::vector<Change> ChangeLog::since(std::int64_t after, std::size_t limit)
{
    if (!m_since)
        m_since.emplace(m_db.prepare(std::string("SELECT ") + columns +
                                     " FROM change_log WHERE seq > ?1" + below_horizon() +
                                     " ORDER BY seq LIMIT ?2"));
    auto &s = *m_since;
    ResetOnExit done{s};
    s.bind(1, after).bind(2, static_cast<std::int64_t>(limit));
    std::vector<Change> out;
    while (s.step())
        out.push_back(read_change(s));
    return out;
}

std::vector<std::pair<Change, std::string>> ChangeLog::of_kind(const std::string &case_id,
                                                               const std::string &kind)
{
    auto s = m_db.prepare(std::string("SELECT ") + columns +
                          ", at FROM change_log WHERE case_id = ? AND kind = ? ORDER BY seq");
    s.bind(1, case_id).bind(2, kind);
    std::vector<std::pair<Change, std::string>> out;
    while (s.step())
        out.emplace_back(read_change(s), s.column_text(10));
    return out;
}

std::int64_t ChangeLog::max_seq()
{
    // On SQLite the head is the highest position ever given (sqlite_sequence), not the highest
    // row left: an erasure may have removed the newest rows, and devices' cursors are past them.
    if (!m_max_seq)
        m_max_seq.emplace(m_db.prepare(
            m_db.dialect() == Dialect::postgres
                ? "SELECT COALESCE(MAX(seq), 0) FROM change_log WHERE TRUE" + below_horizon()
                : std::string("SELECT MAX(COALESCE((SELECT MAX(seq) FROM change_log), 0), "
                              "COALESCE((SELECT seq FROM sqlite_sequence WHERE name = "
                              "'change_log'), 0))")));
    auto &s = *m_max_seq;
    ResetOnExit done{s};
    s.step();
    return s.column_int64(0);
}

Hlc ChangeLog::max_hlc()
{
    // Fixed-width hex: text order is time order.
    auto s = m_db.prepare("SELECT MAX(hlc) FROM change_log");
    if (s.step() && !s.column_is_null(0))
        return Hlc::parse(s.column_text(0)).value_or(Hlc{});
    return Hlc{};
}

std::int64_t ChangeLog::count()
{
    auto s = m_db.prepare("SELECT COUNT(*) FROM change_log");
    s.step();
    return s.column_int64(0);
}

} // namespace bro
