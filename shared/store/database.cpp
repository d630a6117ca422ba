#include "store/database.hpp"

#include "store/sqlite_backend.hpp"

#include <sqlite3.h>

namespace bro {

namespace {

StoreError::Kind kind_of_sqlite(int code)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
        return StoreError::Kind::disk_full;
    case SQLITE_CONSTRAINT:
        return StoreError::Kind::constraint;
    default:
        return StoreError::Kind::other;
    }
}

} // namespace

SqliteError::SqliteError(int code, const std::string &what)
    : StoreError(kind_of_sqlite(code), what), m_code(code)
{
}

Database::Database(const std::string &path) : m_impl(sql::open_sqlite(path)), m_path(path) {}

Database::Database(std::unique_ptr<sql::DatabaseImpl> impl, std::string description)
    : m_impl(std::move(impl)), m_path(std::move(description))
{
}

Database::~Database() = default;

void Database::exec(std::string_view sql)
{
    m_impl->exec(sql);
}

Statement Database::prepare(std::string_view sql)
{
    return Statement(m_impl->prepare(sql));
}

Transaction::Transaction(Database &db, Mode mode) : m_db(db)
{
    m_db.impl().begin(mode == Mode::immediate);
    ++m_db.m_transactions;
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.impl().rollback();
}

void Transaction::commit()
{
    m_db.impl().commit();
    m_done = true;
}

} // namespace bro
