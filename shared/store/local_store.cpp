#include "store/local_store.hpp"

#include "domain/schema.hpp"
#include "store/migrations.hpp"

#include <sqlite3.h>

namespace bro {

namespace {

MigrationLadder client_ladder()
{
    return {
        std::string(RecordTable::schema_sql()) + R"sql(
CREATE TABLE outbox (
    counter   INTEGER PRIMARY KEY AUTOINCREMENT,
    op        TEXT NOT NULL UNIQUE,
    record_id TEXT NOT NULL,
    kind      TEXT NOT NULL,
    case_id   TEXT NOT NULL,
    field     TEXT NOT NULL,
    value     TEXT NOT NULL,
    hlc       INTEGER NOT NULL,
    node      TEXT NOT NULL,
    state     TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'rejected')),
    code      TEXT,
    message   TEXT
);
CREATE INDEX outbox_state ON outbox (state, counter);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
)sql",
    };
}

constexpr const char *outbox_columns =
    "SELECT counter, op, record_id, kind, case_id, field, value, hlc, node, code, message "
    "FROM outbox ";

Change outbox_row(Statement &st)
{
    Change c;
    c.counter = static_cast<std::uint64_t>(st.column_int64(0));
    c.op = st.column_text(1);
    c.record_id = st.column_text(2);
    c.kind = st.column_text(3);
    c.case_id = st.column_text(4);
    c.field = st.column_text(5);
    c.value = nlohmann::json::parse(st.column_text(6), nullptr, false);
    c.hlc = Hlc{static_cast<std::uint64_t>(st.column_int64(7))};
    c.node = st.column_text(8);
    return c;
}

} // namespace

LocalStore::LocalStore(const std::string &path, HlcClock clock)
    : m_db(path), m_records(m_db), m_clock(std::move(clock))
{
    migrate(m_db, client_ladder());
    m_device_id = meta("device_id");
    if (m_device_id.empty()) {
        m_device_id = new_uuid();
        set_meta("device_id", m_device_id);
    }
    // The clock must never issue an HLC below one it issued before a restart.
    auto st = m_db.prepare("SELECT max(hlc) FROM (SELECT max(hlc) AS hlc FROM fields UNION ALL "
                           "SELECT max(hlc) FROM outbox)");
    if (st.step() && !st.column_is_null(0))
        m_clock.observe(Hlc{static_cast<std::uint64_t>(st.column_int64(0))});
}

WriteResult LocalStore::write(const std::string &record_id, const std::string &kind,
                              const std::string &case_id, const nlohmann::json &fields)
{
    WriteResult result;
    if (!fields.is_object() || fields.empty()) {
        result.error = FieldError{"fields", "nothing to write"};
        return result;
    }
    if (record_id.empty() || case_id.empty()) {
        result.error = FieldError{record_id.empty() ? "id" : "case_id", "must not be empty"};
        return result;
    }
    auto existing = m_records.get(record_id);
    if (existing && (existing->kind != kind || existing->case_id != case_id)) {
        result.error = FieldError{"id", "belongs to another record"};
        return result;
    }
    nlohmann::json merged = existing ? existing->fields : nlohmann::json::object();
    for (const auto &[name, value] : fields.items())
        merged[name] = value;
    if (auto e = validate_record(kind, merged)) {
        result.error = e;
        return result;
    }

    try {
        write_changes(record_id, kind, case_id, fields, existing, result);
    } catch (const SqliteError &e) {
        // The transaction rolled back: nothing half-written. Say so instead of crashing.
        result.changes.clear();
        result.error =
            FieldError{"storage", e.disk_full() ? "the device's storage is full"
                                                : std::string("could not save: ") + e.what()};
    }
    return result;
}

void LocalStore::write_changes(const std::string &record_id, const std::string &kind,
                               const std::string &case_id, const nlohmann::json &fields,
                               const std::optional<Record> &existing, WriteResult &result)
{
    Transaction tx(m_db);
    auto insert = m_db.prepare("INSERT INTO outbox (op, record_id, kind, case_id, field, value, "
                               "hlc, node) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    for (const auto &[name, value] : fields.items()) {
        if (existing && existing->fields.contains(name) && existing->fields[name] == value)
            continue;
        Change c;
        c.op = new_op_id();
        c.record_id = record_id;
        c.kind = kind;
        c.case_id = case_id;
        c.field = name;
        c.value = value;
        c.hlc = m_clock.now();
        c.node = m_device_id;
        m_records.merge(c);
        insert.reset();
        insert.bind(1, c.op)
            .bind(2, c.record_id)
            .bind(3, c.kind)
            .bind(4, c.case_id)
            .bind(5, c.field)
            .bind(6, c.value.dump())
            .bind(7, static_cast<std::int64_t>(c.hlc.value))
            .bind(8, c.node);
        insert.step();
        c.counter = static_cast<std::uint64_t>(m_db.last_insert_rowid());
        result.changes.push_back(std::move(c));
    }
    tx.commit();
}

WriteResult LocalStore::remove(const std::string &record_id)
{
    auto existing = m_records.get(record_id);
    if (!existing) {
        WriteResult r;
        r.error = FieldError{"id", "no such record"};
        return r;
    }
    return write(record_id, existing->kind, existing->case_id, {{deleted_field, true}});
}

std::vector<Change> LocalStore::outbox(std::size_t limit, std::uint64_t after)
{
    auto st = m_db.prepare(std::string(outbox_columns) +
                           "WHERE state = 'pending' AND counter > ?2 ORDER BY counter LIMIT ?1");
    st.bind(1, static_cast<std::int64_t>(limit));
    st.bind(2, static_cast<std::int64_t>(after));
    std::vector<Change> out;
    while (st.step())
        out.push_back(outbox_row(st));
    return out;
}

std::size_t LocalStore::pending_count()
{
    auto st = m_db.prepare("SELECT count(*) FROM outbox WHERE state = 'pending'");
    st.step();
    return static_cast<std::size_t>(st.column_int64(0));
}

void LocalStore::accept(const std::vector<protocol::Accepted> &accepted)
{
    Transaction tx(m_db);
    // Through the primary keys only: `fields` has no index on op, and an upload of n changes
    // must not scan the table n times (bench B2 found that).
    auto del = m_db.prepare("DELETE FROM outbox WHERE op = ?1 RETURNING record_id, field");
    auto seq =
        m_db.prepare("UPDATE fields SET seq = ?4 WHERE record_id = ?1 AND field = ?2 AND op = ?3");
    for (const auto &a : accepted) {
        del.reset();
        del.bind(1, a.op);
        if (!del.step())
            continue; // acknowledged twice, or never ours: nothing to do
        const auto record_id = del.column_text(0), field = del.column_text(1);
        while (del.step()) {
        }
        seq.reset();
        seq.bind(1, record_id).bind(2, field).bind(3, a.op).bind(4, a.seq);
        seq.step();
    }
    tx.commit();
}

void LocalStore::reject(const std::vector<protocol::Rejected> &rejected)
{
    Transaction tx(m_db);
    auto st =
        m_db.prepare("UPDATE outbox SET state = 'rejected', code = ?2, message = ?3 WHERE op = ?1");
    for (const auto &r : rejected) {
        st.reset();
        st.bind(1, r.op).bind(2, r.code).bind(3, r.message);
        st.step();
    }
    tx.commit();
}

std::vector<RejectedChange> LocalStore::rejected()
{
    auto st =
        m_db.prepare(std::string(outbox_columns) + "WHERE state = 'rejected' ORDER BY counter");
    std::vector<RejectedChange> out;
    while (st.step())
        out.push_back(RejectedChange{outbox_row(st), st.column_text(9), st.column_text(10)});
    return out;
}

void LocalStore::dismiss_rejected(const std::string &op)
{
    auto st = m_db.prepare("DELETE FROM outbox WHERE op = ?1 AND state = 'rejected'");
    st.bind(1, op);
    st.step();
}

std::vector<std::string> LocalStore::apply_remote(const std::vector<Change> &changes,
                                                  std::int64_t cursor)
{
    // What the server sent is safe on the server: if a crash loses this commit, the cursor is
    // lost with it and the device pulls the same changes again. So skip the fsync here (WAL with
    // synchronous=NORMAL cannot corrupt); the device's own edits keep synchronous=FULL.
    m_db.exec("PRAGMA synchronous = NORMAL");
    struct RestoreFull
    {
        Database &db;
        ~RestoreFull()
        {
            sqlite3_exec(db.handle(), "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
        }
    } restore{m_db};

    std::vector<std::string> changed;
    Transaction tx(m_db);
    for (const auto &c : changes) {
        // The server vetted the time; only make sure our next local HLC is above it.
        m_clock.observe(c.hlc);
        if (m_records.merge(c) && (changed.empty() || changed.back() != c.record_id))
            changed.push_back(c.record_id);
    }
    if (cursor > this->cursor())
        set_meta("cursor", std::to_string(cursor));
    tx.commit();
    return changed;
}

int LocalStore::purge(const std::string &case_id, const std::vector<Category> &categories)
{
    int removed = 0;
    Transaction tx(m_db);
    for (auto c : categories)
        removed += m_records.purge(case_id, c);
    tx.commit();
    return removed;
}

std::int64_t LocalStore::cursor()
{
    const auto v = meta("cursor", "0");
    try {
        return std::stoll(v);
    } catch (const std::exception &) {
        return 0;
    }
}

void LocalStore::reset_cursor()
{
    // Starting over means holding only what the server sends again: a pull from zero carries no
    // purges, so anything no longer shared would otherwise linger. Fields with a change still
    // waiting in the outbox stay: they are the user's own, not yet on the server.
    Transaction tx(m_db);
    m_db.exec("DELETE FROM fields WHERE op NOT IN (SELECT op FROM outbox)");
    set_meta("cursor", "0");
    tx.commit();
}

std::size_t LocalStore::adopt_server_epoch(const std::string &epoch)
{
    if (epoch.empty())
        return 0; // a server from before epochs
    Transaction tx(m_db);
    const std::string known = meta("server_epoch");
    std::size_t queued = 0;
    if (!known.empty() && known != epoch) {
        // In the order they were written, so that the server sees them as the device made them.
        auto requeue = m_db.prepare(
            "INSERT OR IGNORE INTO outbox (op, record_id, kind, case_id, field, value, hlc, node) "
            "SELECT op, record_id, kind, case_id, field, value, hlc, node FROM fields "
            "WHERE node = ?1 ORDER BY hlc");
        requeue.bind(1, m_device_id);
        requeue.step();
        queued = static_cast<std::size_t>(m_db.changes());
        m_db.exec("DELETE FROM fields WHERE op NOT IN (SELECT op FROM outbox)");
        set_meta("cursor", "0");
    }
    if (known != epoch)
        set_meta("server_epoch", epoch);
    tx.commit();
    return queued;
}

std::optional<Record> LocalStore::get(const std::string &record_id)
{
    return m_records.get(record_id);
}

std::vector<Record> LocalStore::list(const std::string &case_id, const std::string &kind)
{
    return m_records.list(case_id, kind);
}

std::string LocalStore::meta(const std::string &key, const std::string &fallback)
{
    auto st = m_db.prepare("SELECT value FROM meta WHERE key = ?1");
    st.bind(1, key);
    return st.step() ? st.column_text(0) : fallback;
}

void LocalStore::set_meta(const std::string &key, const std::string &value)
{
    auto st = m_db.prepare("INSERT INTO meta (key, value) VALUES (?1, ?2) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value);
    st.step();
}

} // namespace bro
