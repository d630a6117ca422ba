#pragma once
// RAII over SQLite: a move-only Database, typed Statement binding, and a Transaction that rolls
// back in its destructor unless committed. Errors throw SqliteError carrying SQLite's code.

#include <cstdint>
#include <memory>
#include <optional>
#include <sqlite3.h>
#include <stdexcept>
#include <string>
#include <string_view>

namespace bro {

class SqliteError : public std::runtime_error
{
public:
    SqliteError(int code, const std::string &what);
    int code() const { return m_code; }
    bool disk_full() const { return (m_code & 0xff) == SQLITE_FULL; }

private:
    int m_code;
};

class Statement;

class Database
{
public:
    // Opens (creating if needed), turns on WAL (for files), foreign keys and a busy timeout.
    explicit Database(const std::string &path);
    Database(Database &&) noexcept = default;
    Database &operator=(Database &&) noexcept = default;

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);
    sqlite3 *handle() const { return m_db.get(); }
    std::int64_t last_insert_rowid() const;
    int changes() const;
    int user_version();
    const std::string &path() const { return m_path; }

private:
    struct Closer
    {
        void operator()(sqlite3 *db) const;
    };
    std::unique_ptr<sqlite3, Closer> m_db;
    std::string m_path;
};

class Statement
{
public:
    Statement(sqlite3 *db, std::string_view sql);
    Statement(Statement &&) noexcept = default;
    Statement &operator=(Statement &&) noexcept = default;

    // Parameters are 1-based, as in SQLite.
    Statement &bind(int index, std::int64_t v);
    Statement &bind(int index, int v) { return bind(index, static_cast<std::int64_t>(v)); }
    Statement &bind(int index, double v);
    Statement &bind(int index, std::string_view v);
    Statement &bind(int index, const std::string &v) { return bind(index, std::string_view(v)); }
    Statement &bind(int index, const char *v) { return bind(index, std::string_view(v)); }
    Statement &bind(int index, std::nullptr_t);
    Statement &bind(int index, const std::optional<std::string> &v);
    // Without SQLite's copy: the text must stay alive and unchanged until the statement is reset.
    // For the hot paths that bind fields of an object they hold across step() and reset().
    Statement &bind_ref(int index, std::string_view v);

    // True while there is a row; false when done.
    bool step();
    void reset(); // also clears bindings

    std::int64_t column_int64(int col) const;
    double column_double(int col) const;
    std::string column_text(int col) const;
    bool column_is_null(int col) const;

private:
    struct Finalizer
    {
        void operator()(sqlite3_stmt *s) const;
    };
    std::unique_ptr<sqlite3_stmt, Finalizer> m_stmt;
    sqlite3 *m_db = nullptr;
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
