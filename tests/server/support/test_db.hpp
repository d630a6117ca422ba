#pragma once
// Where a server test keeps the server's database. The same test code runs against both stores:
// by default a SQLite file in the test's temp dir; when ctest runs the `_pg` variant of a suite
// (BRO_TEST_PG_URI_FILE names the throw-away cluster's URI, see tests/server/CMakeLists.txt), a
// fresh database in that PostgreSQL cluster.

#include "store/database.hpp"

#include <QString>
#include <QTemporaryDir>

namespace bro::test {

bool testing_postgres();
// A new, empty database named after `name` ("demo.db"): a path or a postgresql:// URI.
QString server_db(const QTemporaryDir &dir, const QString &name);
// A copy of a database no server has open (a seeded template): a file copy, or CREATE DATABASE
// … TEMPLATE. False if it failed.
bool copy_server_db(const QString &from, const QString &to);
// Opens a server database the way bro-server does, to look inside it.
Database open_server_db(const QString &db);
// Runs one SQL statement on a PostgreSQL test database (for the ordering tests); throws on error.
void pg_exec(const QString &uri, const QString &sql);

} // namespace bro::test
