#pragma once
// The server's database: the shared merged-field table (RecordTable) plus the append-only change
// log, the directory (organisations, people, cases, care teams), accounts and devices, invites,
// audit events and rejected changes. One migration ladder for both engines.

#include "store/database.hpp"
#include "store/migrations.hpp"

#include <string>

namespace bro {

const MigrationLadder &server_migrations();

// Opens (creating if needed) and migrates: a file path is SQLite, a postgresql:// URI PostgreSQL
// (the same ladder, its types translated). WAL is on (Database does it); synchronous=FULL so that
// an acknowledged change survives even a power cut, not only a kill -9.
Database open_server_database(const std::string &path);

// The store's epoch (migration 12): made on first use, new after a restore from a backup.
std::string store_epoch(Database &db);
std::string new_store_epoch(Database &db);

// Work that must run once however many nodes are up (the consent lapse): true for the one
// transaction that may do it now (PostgreSQL: an advisory lock held to the transaction's end).
// SQLite has one server process. Call inside the transaction that does the work.
bool claim_job(Database &db, int job);
inline constexpr int job_lapse_consents = 1;
inline constexpr int job_retention = 2;
inline constexpr int job_age_rule = 3;

// Wakes the other server nodes (PostgreSQL NOTIFY on `channel`, delivered at commit; see
// pg_doorbell.hpp). Nothing to do on SQLite: one server process.
void ring(Database &db, const char *channel);

} // namespace bro
