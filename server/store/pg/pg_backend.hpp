#pragma once
// PostgreSQL (libpq) under the sql:: interface, so that the server's stores run unchanged on a
// database several server nodes share. One connection per Database; it reconnects by itself when
// the server comes back, and reports StoreError::unavailable (never a hang on a refused
// connection) while it is gone.

#include "store/sql_backend.hpp"

#include <memory>
#include <string>
#include <string_view>

namespace bro::sql {

// "postgresql://…" or "postgres://…": libpq's own URI. The password comes from PGPASSWORD or
// ~/.pgpass, never from our command line.
bool is_postgres_uri(std::string_view db);

// Throws StoreError (unavailable) when the database cannot be reached.
std::unique_ptr<DatabaseImpl> open_postgres(const std::string &uri);

// The URI without any password, for messages and /health.
std::string redacted_uri(const std::string &uri);

// SQLite's placeholders (?, ?N) as PostgreSQL's ($N), outside quoted text. Exposed for tests.
std::string pg_placeholders(std::string_view sql);
// A ladder step that begins with this line repairs something only SQLite has; on PostgreSQL it
// is a step that does nothing, so both keep the same version numbers.
inline constexpr std::string_view sqlite_only_marker = "-- sqlite only\n";

// The ladder's CREATE statements (written in SQLite's words) in PostgreSQL's. Exposed for tests.
std::string pg_ddl(std::string_view ddl);

} // namespace bro::sql
