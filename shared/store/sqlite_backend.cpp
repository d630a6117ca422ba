#include "store/sqlite_backend.hpp"

#include "store/database.hpp"

#include <sqlite3.h>

namespace bro::sql {

namespace {

[[noreturn]] void throw_error(sqlite3 *db, int rc, std::string_view context)
{
    const char *msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    throw SqliteError(db ? sqlite3_extended_errcode(db) : rc,
                      std::string(context) + ": " + (msg ? msg : "unknown error"));
}

void check(sqlite3 *db, int rc, std::string_view context)
{
    if (rc != SQLITE_OK)
        throw_error(db, rc, context);
}

class SqliteStatement final : public StatementImpl
{
public:
    SqliteStatement(sqlite3 *db, std::string_view sql) : m_db(db)
    {
        sqlite3_stmt *raw = nullptr;
        const int rc =
            sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &raw, nullptr);
        m_stmt.reset(raw);
        check(db, rc, "prepare");
    }

    void bind_int64(int index, std::int64_t v) override
    {
        check(m_db, sqlite3_bind_int64(m_stmt.get(), index, v), "bind");
    }
    void bind_double(int index, double v) override
    {
        check(m_db, sqlite3_bind_double(m_stmt.get(), index, v), "bind");
    }
    void bind_text(int index, std::string_view v, bool copy) override
    {
        check(m_db,
              sqlite3_bind_text(m_stmt.get(), index, v.data(), static_cast<int>(v.size()),
                                copy ? SQLITE_TRANSIENT : SQLITE_STATIC),
              "bind");
    }
    void bind_null(int index) override
    {
        check(m_db, sqlite3_bind_null(m_stmt.get(), index), "bind");
    }
    bool step() override
    {
        const int rc = sqlite3_step(m_stmt.get());
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        throw_error(m_db, rc, "step");
    }
    void reset() override
    {
        sqlite3_reset(m_stmt.get());
        sqlite3_clear_bindings(m_stmt.get());
    }
    std::int64_t column_int64(int col) const override
    {
        return sqlite3_column_int64(m_stmt.get(), col);
    }
    double column_double(int col) const override
    {
        return sqlite3_column_double(m_stmt.get(), col);
    }
    std::string column_text(int col) const override
    {
        const auto *text = sqlite3_column_text(m_stmt.get(), col);
        const int size = sqlite3_column_bytes(m_stmt.get(), col);
        return text ? std::string(reinterpret_cast<const char *>(text),
                                  static_cast<std::size_t>(size))
                    : std::string();
    }
    bool column_is_null(int col) const override
    {
        return sqlite3_column_type(m_stmt.get(), col) == SQLITE_NULL;
    }

private:
    struct Finalizer
    {
        void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
    };
    std::unique_ptr<sqlite3_stmt, Finalizer> m_stmt;
    sqlite3 *m_db = nullptr;
};

class SqliteDatabase final : public DatabaseImpl
{
public:
    explicit SqliteDatabase(const std::string &path)
    {
        sqlite3 *raw = nullptr;
        const int rc = sqlite3_open_v2(
            path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
            nullptr);
        m_db.reset(raw);
        if (rc != SQLITE_OK)
            throw_error(raw, rc, "open " + path);
        sqlite3_extended_result_codes(raw, 1);
        sqlite3_busy_timeout(raw, 5000);
        exec("PRAGMA foreign_keys = ON");
        if (path != ":memory:" && !path.empty()) {
            exec("PRAGMA journal_mode = WAL");
            // FULL makes every commit durable at the commit, which the ack promises.
            exec("PRAGMA synchronous = FULL");
        }
    }

    Dialect dialect() const override { return Dialect::sqlite; }

    void exec(std::string_view sql) override
    {
        char *err = nullptr;
        const std::string text(sql);
        const int rc = sqlite3_exec(m_db.get(), text.c_str(), nullptr, nullptr, &err);
        if (rc != SQLITE_OK) {
            std::string msg = err ? err : sqlite3_errstr(rc);
            sqlite3_free(err);
            throw SqliteError(sqlite3_extended_errcode(m_db.get()),
                              msg + " (in: " + text.substr(0, 80) + ")");
        }
    }
    std::unique_ptr<StatementImpl> prepare(std::string_view sql) override
    {
        return std::make_unique<SqliteStatement>(m_db.get(), sql);
    }
    int changes() const override { return sqlite3_changes(m_db.get()); }
    std::int64_t last_insert_rowid() const override
    {
        return sqlite3_last_insert_rowid(m_db.get());
    }
    int user_version() override
    {
        SqliteStatement st(m_db.get(), "PRAGMA user_version");
        st.step();
        return static_cast<int>(st.column_int64(0));
    }
    void set_user_version(int v) override { exec("PRAGMA user_version = " + std::to_string(v)); }
    void begin(bool immediate) override { exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN"); }
    void commit() override { exec("COMMIT"); }
    void rollback() noexcept override
    {
        // A failed rollback leaves SQLite to roll back on close; never throw from here.
        sqlite3_exec(m_db.get(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
    sqlite3 *sqlite_handle() const override { return m_db.get(); }

private:
    struct Closer
    {
        // v2 defers the close until statements are finalized, so a moved-out Statement cannot
        // dangle.
        void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
    };
    std::unique_ptr<sqlite3, Closer> m_db;
};

} // namespace

std::unique_ptr<DatabaseImpl> open_sqlite(const std::string &path)
{
    return std::make_unique<SqliteDatabase>(path);
}

} // namespace bro::sql
