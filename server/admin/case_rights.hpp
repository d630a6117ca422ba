#pragma once
// The apprentice's rights over what the server holds about them (issue 12): a copy of it all
// (`admin export`) and erasure (`admin erase`). Format of the copy: docs/export.md; what erasure
// removes and leaves: docs/server.md, "Export and erasure".

#include "store/database.hpp"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace bro {

// Everything the server holds about one apprentice and their case: the person (no password
// hash), the case and its care team, every record (every stored field, also deleted ones), the
// change log of the case, rejected changes, audit events, the consent history, the person's
// devices (no token hashes) and invites (no codes). Throws std::invalid_argument for an unknown
// person or one who is not an apprentice.
nlohmann::json export_person(Database &db, const std::string &person_id);

struct ErasureResult
{
    std::int64_t rows_removed = 0;
    // Helpers' devices that held the case and have not confirmed its purge yet: the server keeps
    // one row (device, case) for each until it does (the purge is sent at every connection).
    std::int64_t purges_owed = 0;
};

// Removes the apprentice and their case from the server in one transaction: records, change
// log, rejected changes, audit events (also the coordinator's about them), care team, the case,
// the person with their devices and invites. Leaves one anonymous row in `erasures` (when, by
// whom, why, how many rows). Throws std::invalid_argument for an unknown person or one who is
// not an apprentice.
ErasureResult erase_person(Database &db, const std::string &person_id, const std::string &by,
                           const std::string &reason);
// The same inside the caller's transaction (the server's retention tick).
ErasureResult erase_person_in_transaction(Database &db, const std::string &person_id,
                                          const std::string &by, const std::string &reason);

} // namespace bro
