#include "store/pg/pg_backend.hpp"

#include "store/database.hpp"

#include <charconv>
#include <libpq-fe.h>
#include <optional>
#include <regex>
#include <vector>

namespace bro::sql {

namespace {

constexpr Oid int8_oid = 20;
constexpr Oid float8_oid = 701;

StoreError::Kind kind_of(const PGresult *res, PGconn *conn)
{
    if (PQstatus(conn) == CONNECTION_BAD)
        return StoreError::Kind::unavailable;
    const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
    const std::string_view s = state ? state : "";
    if (s.starts_with("23"))
        return StoreError::Kind::constraint;
    if (s == "53100")
        return StoreError::Kind::disk_full;
    // connection exceptions, the server shutting down or starting, too many connections
    if (s.starts_with("08") || s == "57P01" || s == "57P02" || s == "57P03" || s == "53300")
        return StoreError::Kind::unavailable;
    return StoreError::Kind::other;
}

std::string message_of(PGconn *conn)
{
    std::string m = PQerrorMessage(conn);
    while (!m.empty() && (m.back() == '\n' || m.back() == ' '))
        m.pop_back();
    return m.empty() ? "unknown PostgreSQL error" : m;
}

struct ResultDeleter
{
    void operator()(PGresult *r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

class PgDatabase;

class PgStatement final : public StatementImpl
{
public:
    PgStatement(PgDatabase &db, std::string sql) : m_db(db), m_sql(std::move(sql)) {}
    ~PgStatement() override;

    void bind_int64(int index, std::int64_t v) override { set(index, std::to_string(v), int8_oid); }
    void bind_double(int index, double v) override
    {
        char buf[64];
        auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
        set(index, std::string(buf, end), float8_oid);
    }
    void bind_text(int index, std::string_view v, bool) override { set(index, std::string(v), 0); }
    void bind_null(int index) override { set(index, std::nullopt, 0); }
    bool step() override;
    void reset() override
    {
        m_result.reset();
        m_row = -1;
        m_values.clear();
        m_types.clear();
    }
    std::int64_t column_int64(int col) const override
    {
        const char *v = value(col);
        if (!v)
            return 0;
        if (v[0] == 't' || v[0] == 'f') // a boolean expression
            return v[0] == 't' ? 1 : 0;
        std::int64_t out = 0;
        std::from_chars(v, v + std::char_traits<char>::length(v), out);
        return out;
    }
    double column_double(int col) const override
    {
        const char *v = value(col);
        return v ? std::strtod(v, nullptr) : 0.0;
    }
    std::string column_text(int col) const override
    {
        const char *v = value(col);
        return v ? std::string(v, static_cast<std::size_t>(PQgetlength(m_result.get(), m_row, col)))
                 : std::string();
    }
    bool column_is_null(int col) const override
    {
        return !m_result || PQgetisnull(m_result.get(), m_row, col);
    }

private:
    void set(int index, std::optional<std::string> v, Oid type)
    {
        const auto i = static_cast<std::size_t>(index - 1);
        if (m_values.size() <= i) {
            m_values.resize(i + 1);
            m_types.resize(i + 1, 0);
        }
        m_values[i] = std::move(v);
        m_types[i] = type;
    }
    const char *value(int col) const
    {
        if (!m_result || m_row < 0 || PQgetisnull(m_result.get(), m_row, col))
            return nullptr;
        return PQgetvalue(m_result.get(), m_row, col);
    }

    PgDatabase &m_db;
    std::string m_sql;
    std::vector<std::optional<std::string>> m_values;
    std::vector<Oid> m_types;
    Result m_result;
    int m_row = -1;
    // A statement run a second time is prepared on the server (the hot paths reuse theirs); a
    // one-off is sent whole. The name is valid for one connection generation only.
    int m_runs = 0;
    std::string m_name;
    std::uint64_t m_prepared_generation = 0;
};

class PgDatabase final : public DatabaseImpl
{
public:
    explicit PgDatabase(std::string uri) : m_uri(std::move(uri)) { connect(); }
    ~PgDatabase() override = default;

    Dialect dialect() const override { return Dialect::postgres; }

    void exec(std::string_view sql) override
    {
        ensure();
        Result r(PQexec(m_conn.get(), std::string(sql).c_str()));
        check(r.get(), sql);
    }
    std::unique_ptr<StatementImpl> prepare(std::string_view sql) override
    {
        return std::make_unique<PgStatement>(*this, pg_placeholders(sql));
    }
    int changes() const override { return m_changes; }
    std::int64_t last_insert_rowid() const override
    {
        throw std::logic_error("PostgreSQL has no last_insert_rowid; use RETURNING");
    }
    int user_version() override
    {
        ensure();
        Result r(PQexec(m_conn.get(), "SELECT to_regclass('bro_schema') IS NOT NULL"));
        check(r.get(), "schema version");
        if (std::string_view(PQgetvalue(r.get(), 0, 0)) != "t")
            return 0;
        Result v(PQexec(m_conn.get(), "SELECT coalesce(max(version), 0) FROM bro_schema"));
        check(v.get(), "schema version");
        return std::atoi(PQgetvalue(v.get(), 0, 0));
    }
    void set_user_version(int v) override
    {
        exec("DELETE FROM bro_schema; INSERT INTO bro_schema (version) VALUES (" +
             std::to_string(v) + ")");
    }
    void serialize_migrations() override
    {
        // Held to the end of the step's transaction: nodes starting together take turns.
        exec("SELECT pg_advisory_xact_lock(7261001); "
             "CREATE TABLE IF NOT EXISTS bro_schema (version INTEGER NOT NULL)");
    }
    std::string translate_ddl(std::string_view ddl) const override { return pg_ddl(ddl); }
    void begin(bool) override { exec("BEGIN"); }
    void commit() override
    {
        ensure();
        Result r(PQexec(m_conn.get(), "COMMIT"));
        check(r.get(), "COMMIT");
        // A transaction that had failed answers COMMIT with ROLLBACK: nothing was stored.
        if (std::string_view(PQcmdStatus(r.get())) == "ROLLBACK")
            throw StoreError(StoreError::Kind::other, "the transaction was rolled back");
    }
    void rollback() noexcept override
    {
        if (!m_conn || PQstatus(m_conn.get()) != CONNECTION_OK)
            return; // the server dropped the connection, and the transaction with it
        if (PQtransactionStatus(m_conn.get()) == PQTRANS_IDLE)
            return;
        PQclear(PQexec(m_conn.get(), "ROLLBACK"));
    }

    // ---- for PgStatement ----
    PGconn *conn()
    {
        ensure();
        return m_conn.get();
    }
    std::uint64_t generation() const { return m_generation; }
    std::string next_statement_name() { return "bro_" + std::to_string(++m_statement_names); }
    void check(const PGresult *r, std::string_view what)
    {
        const auto status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
            const char *n = PQcmdTuples(const_cast<PGresult *>(r));
            m_changes = (n && *n) ? std::atoi(n) : 0;
            return;
        }
        const auto kind = kind_of(r, m_conn.get());
        std::string msg =
            r && *PQresultErrorMessage(r) ? PQresultErrorMessage(r) : message_of(m_conn.get());
        while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' '))
            msg.pop_back();
        throw StoreError(kind, msg + " (in: " + std::string(what.substr(0, 80)) + ")");
    }
    void forget_statement(const std::string &name, std::uint64_t generation) noexcept
    {
        if (!m_conn || generation != m_generation || PQstatus(m_conn.get()) != CONNECTION_OK)
            return;
        if (PQtransactionStatus(m_conn.get()) == PQTRANS_INERROR)
            return; // left to the connection's end: DEALLOCATE would fail inside it
        PQclear(PQexec(m_conn.get(), ("DEALLOCATE " + name).c_str()));
    }

private:
    struct Closer
    {
        void operator()(PGconn *c) const { PQfinish(c); }
    };

    void connect()
    {
        // connect_timeout: a database that does not answer is reported, not waited for.
        const char *keys[] = {"dbname", "connect_timeout", "application_name", nullptr};
        const char *values[] = {m_uri.c_str(), "5", "bro-server", nullptr};
        m_conn.reset(PQconnectdbParams(keys, values, 1));
        if (!m_conn || PQstatus(m_conn.get()) != CONNECTION_OK) {
            const auto msg = m_conn ? message_of(m_conn.get()) : "out of memory";
            throw StoreError(StoreError::Kind::unavailable, "PostgreSQL: " + msg);
        }
        ++m_generation;
        PQsetNoticeProcessor(
            m_conn.get(), [](void *, const char *) {}, nullptr);
        // A transaction left open (a stuck node) holds back every node's delivery horizon (see
        // ChangeLog): bound it. Text compares byte-wise, as on devices (COLLATE "C" in the DDL).
        Result r(PQexec(m_conn.get(), "SET idle_in_transaction_session_timeout = '30s'"));
        check(r.get(), "session settings");
    }
    // Reconnects a connection the server dropped (a restart, a failover). Inside a transaction
    // that is lost anyway; the caller's statement fails as unavailable and its work is retried.
    void ensure()
    {
        if (m_conn && PQstatus(m_conn.get()) == CONNECTION_OK)
            return;
        connect();
    }

    std::string m_uri;
    std::unique_ptr<PGconn, Closer> m_conn;
    std::uint64_t m_generation = 0;
    std::uint64_t m_statement_names = 0;
    int m_changes = 0;
};

PgStatement::~PgStatement()
{
    if (!m_name.empty())
        m_db.forget_statement(m_name, m_prepared_generation);
}

bool PgStatement::step()
{
    if (m_result) {
        if (++m_row < PQntuples(m_result.get()))
            return true;
        return false;
    }
    PGconn *conn = m_db.conn();
    std::vector<const char *> values(m_values.size());
    for (std::size_t i = 0; i < m_values.size(); ++i)
        values[i] = m_values[i] ? m_values[i]->c_str() : nullptr;
    const int n = static_cast<int>(m_values.size());
    if (++m_runs >= 2 && (m_name.empty() || m_prepared_generation != m_db.generation())) {
        m_name = m_db.next_statement_name();
        Result prepared(PQprepare(conn, m_name.c_str(), m_sql.c_str(), n, m_types.data()));
        m_db.check(prepared.get(), m_sql);
        m_prepared_generation = m_db.generation();
    }
    if (!m_name.empty() && m_prepared_generation == m_db.generation())
        m_result.reset(PQexecPrepared(conn, m_name.c_str(), n, values.data(), nullptr, nullptr, 0));
    else
        m_result.reset(PQexecParams(conn, m_sql.c_str(), n, m_types.data(), values.data(), nullptr,
                                    nullptr, 0));
    try {
        m_db.check(m_result.get(), m_sql);
    } catch (...) {
        m_result.reset();
        throw;
    }
    m_row = 0;
    return PQntuples(m_result.get()) > 0;
}

} // namespace

bool is_postgres_uri(std::string_view db)
{
    return db.starts_with("postgresql://") || db.starts_with("postgres://");
}

std::unique_ptr<DatabaseImpl> open_postgres(const std::string &uri)
{
    return std::make_unique<PgDatabase>(uri);
}

std::string redacted_uri(const std::string &uri)
{
    // postgresql://user:secret@host/db -> postgresql://user@host/db
    static const std::regex password(R"(^(postgres(?:ql)?://[^:/@]*):[^@]*@)");
    return std::regex_replace(uri, password, "$1@");
}

std::string pg_placeholders(std::string_view sql)
{
    std::string out;
    out.reserve(sql.size() + 16);
    int next = 0;
    bool quoted = false;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (c == '\'')
            quoted = !quoted;
        if (quoted || c != '?') {
            out += c;
            continue;
        }
        std::size_t j = i + 1;
        while (j < sql.size() && sql[j] >= '0' && sql[j] <= '9')
            ++j;
        out += '$';
        if (j > i + 1) {
            out.append(sql.substr(i + 1, j - i - 1));
            i = j - 1;
        } else {
            out += std::to_string(++next);
        }
    }
    return out;
}

std::string pg_ddl(std::string_view ddl)
{
    if (ddl.starts_with(sqlite_only_marker))
        return "SELECT 1";
    std::string s(ddl);
    s = std::regex_replace(s, std::regex(R"(\bINTEGER PRIMARY KEY\b)"),
                           "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
    s = std::regex_replace(s, std::regex(R"(\bINTEGER\b)"), "BIGINT");
    s = std::regex_replace(s, std::regex(R"(\bREAL\b)"), "DOUBLE PRECISION");
    s = std::regex_replace(s, std::regex(R"(\bTEXT\b)"), "TEXT COLLATE \"C\"");
    s = std::regex_replace(s, std::regex(R"(\)\s*WITHOUT ROWID)"), ")");
    return s;
}

} // namespace bro::sql
