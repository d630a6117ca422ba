#pragma once
// Schema migrations as a ladder on the schema version (PRAGMA user_version in SQLite): step i
// takes the schema to version i+1.
// Each step runs in its own transaction; an error stops the ladder and propagates.

#include "store/database.hpp"

#include <string>
#include <vector>

namespace bro {

using MigrationLadder = std::vector<std::string>;

// Returns the version the database is at afterwards. Throws SqliteError on a failed step (that
// step is rolled back; earlier steps stay) or std::runtime_error when the database is newer
// than the ladder.
int migrate(Database &db, const MigrationLadder &ladder);

} // namespace bro
