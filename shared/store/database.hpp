#pragma once
// RAII over an SQL engine: a move-only Database, typed Statement binding, and a Transaction that
// rolls back in its destructor unless committed. Database(path) opens SQLite (devices, and the
// server's embedded default); the server can also hand it a PostgreSQL connection
// (server/store/pg). Errors throw StoreError; SQLite's carry SQLite's code (SqliteError).

#include "store/sql_backend.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace bro {

class StoreError : public std::runtime_error
{
public:
    enum class Kind {
        other,
        disk_full,   // nothing more can be written until an operator frees space
        constraint,  // a unique or foreign key rule refused the row
        unavailable, // the database cannot be reached now; try again later
    };
    StoreError(Kind kind, const std::string &what) : std::runtime_error(what), m_kind(kind) {}
    Kind kind() const { return m_kind; }
    bool disk_full() const { return m_kind == Kind::disk_full; }
    bool constraint() const { return m_kind == Kind::constraint; }
    bool unavailable() const { return m_kind == Kind::unavailable; }

private:
    Kind m_kind;
};

class SqliteError : public StoreError
{
public:
    SqliteError(int code, const std::string &what);
    int code() const { return m_code; }

private:
    int m_code;
};

class Statement;

class Database
{
public:
    // Opens SQLite (creating if needed), turns on WAL (for files), foreign keys and a busy
    // timeout.
    explicit Database(const std::string &path);
    // Any other engine; `description` names it in messages (never a password).
    Database(std::unique_ptr<sql::DatabaseImpl> impl, std::string description);
    Database(Database &&) noexcept = default;
    Database &operator=(Database &&) noexcept = default;
    ~Database();

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);
    Dialect dialect() const { return m_impl->dialect(); }
    // SQLite's handle (for its backup API); nullptr on any other engine.
    sqlite3 *handle() const { return m_impl->sqlite_handle(); }
    std::int64_t last_insert_rowid() const { return m_impl->last_insert_rowid(); }
    int changes() const { return m_impl->changes(); }
    int user_version() { return m_impl->user_version(); }
    const std::string &path() const { return m_path; }
    sql::DatabaseImpl &impl() { return *m_impl; }
    // Counts transactions begun on this connection: what is written "per transaction" can tell
    // one from the next.
    std::uint64_t transaction_serial() const { return m_transactions; }
    // 0, 1, 2 … within the current transaction, whoever on this connection asks. Positions that
    // must not repeat in one transaction (the PostgreSQL change log's rank) come from here: two
    // writers in one transaction (a tick that notes and erases) each counting from 0 would
    // collide.
    std::int64_t next_in_transaction()
    {
        if (m_counted_transaction != m_transactions) {
            m_counted_transaction = m_transactions;
            m_in_transaction = 0;
        }
        return m_in_transaction++;
    }

private:
    friend class Transaction;
    std::unique_ptr<sql::DatabaseImpl> m_impl;
    std::string m_path;
    std::uint64_t m_transactions = 0;
    std::uint64_t m_counted_transaction = 0;
    std::int64_t m_in_transaction = 0;
};

class Statement
{
public:
    explicit Statement(std::unique_ptr<sql::StatementImpl> impl) : m_impl(std::move(impl)) {}
    Statement(Statement &&) noexcept = default;
    Statement &operator=(Statement &&) noexcept = default;

    // Parameters are 1-based, as in SQLite.
    Statement &bind(int index, std::int64_t v)
    {
        m_impl->bind_int64(index, v);
        return *this;
    }
    Statement &bind(int index, int v) { return bind(index, static_cast<std::int64_t>(v)); }
    Statement &bind(int index, double v)
    {
        m_impl->bind_double(index, v);
        return *this;
    }
    Statement &bind(int index, std::string_view v)
    {
        m_impl->bind_text(index, v, true);
        return *this;
    }
    Statement &bind(int index, const std::string &v) { return bind(index, std::string_view(v)); }
    Statement &bind(int index, const char *v) { return bind(index, std::string_view(v)); }
    Statement &bind(int index, std::nullptr_t)
    {
        m_impl->bind_null(index);
        return *this;
    }
    Statement &bind(int index, const std::optional<std::string> &v)
    {
        return v ? bind(index, std::string_view(*v)) : bind(index, nullptr);
    }
    // Without a copy: the text must stay alive and unchanged until the statement is reset.
    // For the hot paths that bind fields of an object they hold across step() and reset().
    Statement &bind_ref(int index, std::string_view v)
    {
        m_impl->bind_text(index, v, false);
        return *this;
    }

    // True while there is a row; false when done.
    bool step() { return m_impl->step(); }
    void reset() { m_impl->reset(); } // also clears bindings

    std::int64_t column_int64(int col) const { return m_impl->column_int64(col); }
    double column_double(int col) const { return m_impl->column_double(col); }
    std::string column_text(int col) const { return m_impl->column_text(col); }
    bool column_is_null(int col) const { return m_impl->column_is_null(col); }

private:
    std::unique_ptr<sql::StatementImpl> m_impl;
};

// Resets a reused (prepared once) statement when the caller is done with it, also on an
// exception, so that it never holds a read transaction or a bind_ref() text between calls.
struct ResetOnExit
{
    Statement &st;
    ~ResetOnExit() { st.reset(); }
};

class Transaction
{
public:
    enum class Mode { deferred, immediate };
    explicit Transaction(Database &db, Mode mode = Mode::immediate);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace bro
