#include "store/database.hpp"

namespace bro {

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

} // namespace

SqliteError::SqliteError(int code, const std::string &what) : std::runtime_error(what), m_code(code)
{
}

void Database::Closer::operator()(sqlite3 *db) const
{
    // v2 defers the close until statements are finalized, so a moved-out Statement cannot dangle.
    sqlite3_close_v2(db);
}

Database::Database(const std::string &path) : m_path(path)
{
    sqlite3 *raw = nullptr;
    const int rc =
        sqlite3_open_v2(path.c_str(), &raw,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
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

void Database::exec(std::string_view sql)
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

Statement Database::prepare(std::string_view sql)
{
    return Statement(m_db.get(), sql);
}

std::int64_t Database::last_insert_rowid() const
{
    return sqlite3_last_insert_rowid(m_db.get());
}

int Database::changes() const
{
    return sqlite3_changes(m_db.get());
}

int Database::user_version()
{
    auto st = prepare("PRAGMA user_version");
    st.step();
    return static_cast<int>(st.column_int64(0));
}

void Statement::Finalizer::operator()(sqlite3_stmt *s) const
{
    sqlite3_finalize(s);
}

Statement::Statement(sqlite3 *db, std::string_view sql) : m_db(db)
{
    sqlite3_stmt *raw = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &raw, nullptr);
    m_stmt.reset(raw);
    check(db, rc, "prepare");
}

Statement &Statement::bind(int index, std::int64_t v)
{
    check(m_db, sqlite3_bind_int64(m_stmt.get(), index, v), "bind");
    return *this;
}

Statement &Statement::bind(int index, double v)
{
    check(m_db, sqlite3_bind_double(m_stmt.get(), index, v), "bind");
    return *this;
}

Statement &Statement::bind(int index, std::string_view v)
{
    check(m_db,
          sqlite3_bind_text(m_stmt.get(), index, v.data(), static_cast<int>(v.size()),
                            SQLITE_TRANSIENT),
          "bind");
    return *this;
}

Statement &Statement::bind_ref(int index, std::string_view v)
{
    check(
        m_db,
        sqlite3_bind_text(m_stmt.get(), index, v.data(), static_cast<int>(v.size()), SQLITE_STATIC),
        "bind");
    return *this;
}

Statement &Statement::bind(int index, std::nullptr_t)
{
    check(m_db, sqlite3_bind_null(m_stmt.get(), index), "bind");
    return *this;
}

Statement &Statement::bind(int index, const std::optional<std::string> &v)
{
    return v ? bind(index, std::string_view(*v)) : bind(index, nullptr);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throw_error(m_db, rc, "step");
}

void Statement::reset()
{
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
}

std::int64_t Statement::column_int64(int col) const
{
    return sqlite3_column_int64(m_stmt.get(), col);
}

double Statement::column_double(int col) const
{
    return sqlite3_column_double(m_stmt.get(), col);
}

std::string Statement::column_text(int col) const
{
    const auto *text = sqlite3_column_text(m_stmt.get(), col);
    const int size = sqlite3_column_bytes(m_stmt.get(), col);
    return text ? std::string(reinterpret_cast<const char *>(text), static_cast<std::size_t>(size))
                : std::string();
}

bool Statement::column_is_null(int col) const
{
    return sqlite3_column_type(m_stmt.get(), col) == SQLITE_NULL;
}

Transaction::Transaction(Database &db, Mode mode) : m_db(db)
{
    m_db.exec(mode == Mode::immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

Transaction::~Transaction()
{
    if (!m_done) {
        // A failed rollback leaves SQLite to roll back on close; never throw from a destructor.
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace bro
