#pragma once
// The server's database: the shared merged-field table (RecordTable) plus the append-only change
// log, the directory (organisations, people, cases, care teams), accounts and devices, invites,
// audit events and rejected changes. One migration ladder on PRAGMA user_version.

#include "store/database.hpp"
#include "store/migrations.hpp"

#include <string>

namespace bro {

const MigrationLadder &server_migrations();

// Opens (creating if needed) and migrates. WAL is on (Database does it); synchronous=FULL so that
// an acknowledged change survives even a power cut, not only a kill -9.
Database open_server_database(const std::string &path);

} // namespace bro
