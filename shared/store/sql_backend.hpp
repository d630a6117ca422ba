#pragma once
// What Database, Statement and Transaction need from an SQL engine. SQLite (here, for devices and
// the embedded server) and PostgreSQL (server/store/pg, for several server nodes) implement it,
// so that the stores above speak one SQL and never ask which engine runs it, except where the
// engines truly differ (the change log's commit-ordered position).

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

struct sqlite3;

namespace bro {

enum class Dialect { sqlite, postgres };

namespace sql {

class StatementImpl
{
public:
    virtual ~StatementImpl() = default;
    // Parameters are 1-based. `copy` false: the caller keeps the text alive until reset().
    virtual void bind_int64(int index, std::int64_t v) = 0;
    virtual void bind_double(int index, double v) = 0;
    virtual void bind_text(int index, std::string_view v, bool copy) = 0;
    virtual void bind_null(int index) = 0;
    virtual bool step() = 0;
    virtual void reset() = 0;
    virtual std::int64_t column_int64(int col) const = 0;
    virtual double column_double(int col) const = 0;
    virtual std::string column_text(int col) const = 0;
    virtual bool column_is_null(int col) const = 0;
};

class DatabaseImpl
{
public:
    virtual ~DatabaseImpl() = default;
    virtual Dialect dialect() const = 0;
    virtual void exec(std::string_view sql) = 0;
    virtual std::unique_ptr<StatementImpl> prepare(std::string_view sql) = 0;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    virtual int changes() const = 0;
    virtual std::int64_t last_insert_rowid() const = 0;
    // The schema version the migration ladder has reached.
    virtual int user_version() = 0;
    virtual void set_user_version(int v) = 0;
    // Called first in each migration step's transaction: two processes migrating one database
    // take turns (SQLite's BEGIN IMMEDIATE already does; PostgreSQL takes an advisory lock).
    virtual void serialize_migrations() {}
    // The ladder's CREATE statements are written once, in SQLite's words; an engine that spells
    // types differently translates them here.
    virtual std::string translate_ddl(std::string_view ddl) const { return std::string(ddl); }
    // immediate: take the write lock now (SQLite); PostgreSQL locks rows as it writes.
    virtual void begin(bool immediate) = 0;
    virtual void commit() = 0;
    virtual void rollback() noexcept = 0;
    virtual sqlite3 *sqlite_handle() const { return nullptr; }
};

} // namespace sql
} // namespace bro
