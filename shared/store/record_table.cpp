#include "store/record_table.hpp"

#include "domain/schema.hpp"

#include <algorithm>
#include <tuple>

namespace bro {

namespace {

Change change_from_row(Statement &st)
{
    Change c;
    c.record_id = st.column_text(0);
    c.field = st.column_text(1);
    c.kind = st.column_text(2);
    c.case_id = st.column_text(3);
    c.value = RecordTable::value_from_text(st.column_text(4));
    c.hlc = Hlc{static_cast<std::uint64_t>(st.column_int64(5))};
    c.node = st.column_text(6);
    c.op = st.column_text(7);
    c.seq = st.column_int64(8);
    return c;
}

constexpr const char *select_columns =
    "SELECT record_id, field, kind, case_id, value, hlc, node, op, seq FROM fields ";

std::vector<Record> group(Statement &st)
{
    std::vector<Record> out;
    while (st.step()) {
        Change c = change_from_row(st);
        if (out.empty() || out.back().id != c.record_id)
            out.push_back(Record{c.record_id, c.kind, c.case_id, nlohmann::json::object()});
        out.back().fields[c.field] = std::move(c.value);
    }
    return out;
}

} // namespace

Statement &RecordTable::cached(std::string_view sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(std::string(sql), m_db.prepare(sql)).first;
    return it->second; // every user resets it when done (ResetOnExit)
}

nlohmann::json RecordTable::value_from_text(std::string_view text)
{
    // Quotes at both ends and no quote, backslash or control byte between: the bytes between
    // the quotes are the string (a bulk pull parsed every value, bench B1).
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"') {
        const auto inner = text.substr(1, text.size() - 2);
        const bool plain = std::none_of(inner.begin(), inner.end(), [](char ch) {
            return ch == '"' || ch == '\\' || static_cast<unsigned char>(ch) < 0x20;
        });
        if (plain && is_valid_utf8(inner))
            return nlohmann::json(std::string(inner));
    }
    return nlohmann::json::parse(text, nullptr, false);
}

const char *RecordTable::schema_sql()
{
    return R"sql(
CREATE TABLE fields (
    record_id TEXT NOT NULL,
    field     TEXT NOT NULL,
    kind      TEXT NOT NULL,
    case_id   TEXT NOT NULL,
    category  TEXT NOT NULL,
    value     TEXT NOT NULL,
    hlc       INTEGER NOT NULL,
    node      TEXT NOT NULL,
    op        TEXT NOT NULL,
    seq       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (record_id, field)
) WITHOUT ROWID;
CREATE INDEX fields_scope ON fields (case_id, category, kind);
)sql";
}

bool RecordTable::merge(const Change &c)
{
    // The WHERE on the upsert is the last-writer-wins rule of supersedes(), in SQL.
    auto &st = cached(
        "INSERT INTO fields (record_id, field, kind, case_id, category, value, hlc, node, op, "
        "seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
        "ON CONFLICT (record_id, field) DO UPDATE SET value = excluded.value, hlc = "
        "excluded.hlc, node = excluded.node, op = excluded.op, seq = excluded.seq "
        "WHERE excluded.hlc > fields.hlc OR (excluded.hlc = fields.hlc AND excluded.node > "
        "fields.node) OR (excluded.hlc = fields.hlc AND excluded.node = fields.node AND "
        "excluded.seq > fields.seq)");
    const auto category = category_of(c.kind);
    const auto value = c.value.dump();
    ResetOnExit done{st}; // declared after what it binds by reference: resets before they go
    st.bind_ref(1, c.record_id)
        .bind_ref(2, c.field)
        .bind_ref(3, c.kind)
        .bind_ref(4, c.case_id)
        .bind(5, category ? to_string(*category) : std::string_view("unknown"))
        .bind_ref(6, value)
        .bind(7, static_cast<std::int64_t>(c.hlc.value))
        .bind_ref(8, c.node)
        .bind_ref(9, c.op)
        .bind(10, c.seq);
    st.step();
    return m_db.changes() > 0;
}

std::optional<Record> RecordTable::get(const std::string &record_id)
{
    static const std::string sql = std::string(select_columns) + "WHERE record_id = ?1";
    auto &st = cached(sql);
    ResetOnExit done{st};
    st.bind(1, record_id);
    auto records = group(st);
    if (records.empty())
        return std::nullopt;
    return records.front();
}

void RecordTable::merge_all(const std::vector<Change> &cs)
{
    if (m_db.dialect() != Dialect::postgres) {
        for (const auto &c : cs)
            merge(c);
        return;
    }
    // One row may take one update per statement: of several changes to a field, only the one
    // that wins under the same rule as the upsert's WHERE goes in.
    const auto wins = [](const Change &a, const Change &b) {
        return std::tie(a.hlc.value, a.node, a.seq) > std::tie(b.hlc.value, b.node, b.seq);
    };
    std::map<std::pair<std::string_view, std::string_view>, const Change *> winner;
    std::vector<const Change *> order;
    for (const auto &c : cs) {
        auto [it, fresh] = winner.try_emplace({c.record_id, c.field}, &c);
        if (fresh)
            order.push_back(&c);
        else if (wins(c, *it->second))
            it->second = &c;
    }
    nlohmann::json rows = nlohmann::json::array();
    for (const auto *first : order) {
        const auto &c = *winner.at({first->record_id, first->field});
        const auto category = category_of(c.kind);
        rows.push_back({{"record_id", c.record_id},
                        {"field", c.field},
                        {"kind", c.kind},
                        {"case_id", c.case_id},
                        {"category", category ? to_string(*category) : std::string("unknown")},
                        {"value", c.value.dump()},
                        {"hlc", static_cast<std::int64_t>(c.hlc.value)},
                        {"node", c.node},
                        {"op", c.op},
                        {"seq", c.seq}});
    }
    // Sent whole each time, never kept prepared: a kept statement soon runs one generic plan for
    // every size of push (server/store/change_log.cpp says what that cost).
    auto st = m_db.prepare(
        "INSERT INTO fields (record_id, field, kind, case_id, category, value, hlc, node, op, "
        "seq) SELECT x.record_id, x.field, x.kind, x.case_id, x.category, x.value, x.hlc, "
        "x.node, x.op, x.seq FROM json_to_recordset(?1::json) AS x(record_id text, field text, "
        "kind text, case_id text, category text, value text, hlc bigint, node text, op text, "
        "seq bigint) "
        "ON CONFLICT (record_id, field) DO UPDATE SET value = excluded.value, hlc = "
        "excluded.hlc, node = excluded.node, op = excluded.op, seq = excluded.seq "
        "WHERE excluded.hlc > fields.hlc OR (excluded.hlc = fields.hlc AND excluded.node > "
        "fields.node) OR (excluded.hlc = fields.hlc AND excluded.node = fields.node AND "
        "excluded.seq > fields.seq)");
    const auto text = rows.dump();
    st.bind(1, text);
    st.step();
}

std::map<std::string, Record> RecordTable::get_all(const std::vector<std::string> &record_ids)
{
    std::map<std::string, Record> out;
    if (record_ids.empty())
        return out;
    if (m_db.dialect() != Dialect::postgres) {
        for (const auto &id : record_ids)
            if (auto r = get(id))
                out.emplace(id, std::move(*r));
        return out;
    }
    // No ORDER BY, and "= ANY (ARRAY(…))": ordered by record_id, PostgreSQL walked the whole
    // primary key to merge with the ids (bench B2 PG grew by 0.1 ms a push); the rows are
    // grouped here instead.
    auto st =
        m_db.prepare(std::string(select_columns) +
                     "WHERE record_id = ANY (ARRAY(SELECT json_array_elements_text(?1::json)))");
    const auto text = nlohmann::json(record_ids).dump();
    st.bind(1, text);
    while (st.step()) {
        Change c = change_from_row(st);
        auto it = out.find(c.record_id);
        if (it == out.end())
            it = out.emplace(c.record_id,
                             Record{c.record_id, c.kind, c.case_id, nlohmann::json::object()})
                     .first;
        it->second.fields[c.field] = std::move(c.value);
    }
    return out;
}

std::vector<Record> RecordTable::list(const std::string &case_id, const std::string &kind)
{
    // With the kind's category too, the whole (case_id, category, kind) index applies; without it
    // SQLite reads every field of the case (found by bench B4/B5).
    std::string sql = std::string(select_columns) + "WHERE case_id = ?1";
    if (!kind.empty())
        sql += " AND category = ?3 AND kind = ?2";
    sql += " ORDER BY record_id";
    auto &st = cached(sql);
    ResetOnExit done{st};
    st.bind(1, case_id);
    if (!kind.empty()) {
        const auto category = category_of(kind);
        st.bind(2, kind).bind(3, category ? to_string(*category) : std::string_view("unknown"));
    }
    auto records = group(st);
    std::erase_if(records, [](const Record &r) { return r.deleted(); });
    return records;
}

std::optional<Change> RecordTable::field(const std::string &record_id, const std::string &field)
{
    static const std::string sql =
        std::string(select_columns) + "WHERE record_id = ?1 AND field = ?2";
    auto &st = cached(sql);
    ResetOnExit done{st};
    st.bind(1, record_id).bind(2, field);
    if (!st.step())
        return std::nullopt;
    return change_from_row(st);
}

std::vector<Change> RecordTable::scope(const std::string &case_id, Category category)
{
    auto st = m_db.prepare(std::string(select_columns) +
                           "WHERE case_id = ?1 AND category = ?2 ORDER BY record_id, field");
    st.bind(1, case_id).bind(2, to_string(category));
    std::vector<Change> out;
    while (st.step())
        out.push_back(change_from_row(st));
    return out;
}

int RecordTable::purge(const std::string &case_id, Category category)
{
    auto st = m_db.prepare("DELETE FROM fields WHERE case_id = ?1 AND category = ?2");
    st.bind(1, case_id).bind(2, to_string(category));
    st.step();
    return m_db.changes();
}

std::int64_t RecordTable::count()
{
    auto st = m_db.prepare("SELECT count(*) FROM fields");
    st.step();
    return st.column_int64(0);
}

std::optional<std::pair<std::string, std::string>>
RecordTable::identity(const std::string &record_id)
{
    auto &st = cached("SELECT kind, case_id FROM fields WHERE record_id = ?1 LIMIT 1");
    ResetOnExit done{st};
    st.bind_ref(1, record_id);
    if (!st.step())
        return std::nullopt;
    return std::make_pair(st.column_text(0), st.column_text(1));
}

} // namespace bro
