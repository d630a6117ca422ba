#pragma once
// The age rule as the server writes it for devices (issue 12; docs/protocol.md "Consent
// receipts, review and the age rule"). The date of birth stays in the server's `apprentice_age`;
// devices learn only what follows from it, as fields of the apprentice's case record. Used by
// `admin person birth`, `admin guardian`, opening a case (CLI and the coordinator's app) and the
// hub's tick, so that every case of an apprentice says the same whenever it was made.

#include "store/directory_store.hpp"
#include "store/record_table.hpp"
#include "store/server_writer.hpp"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace bro {

// The case-record fields for one apprentice on `today`: `guardian_needed_until` (the day they
// reach the age limit, while they are under it) and `guardian_agreed` (the day a guardian
// agreed), null where nothing applies; both for the apprentice's devices only. And
// `awaiting_guardian`, the one thing the care team learns: true while shares of health
// categories wait for the guardian. An empty object when no date of birth is recorded.
nlohmann::json age_fields(DirectoryStore &dir, const std::string &person_id,
                          const std::string &today);

// Writes `wanted` (age_fields) on one case record where a field differs from what is stored.
// Call inside a transaction, with one ServerWriter for it (on PostgreSQL each ChangeLog numbers
// its rows in the transaction). True when the case's health shares waited for the guardian and
// now no longer do (the birthday came, or a guardian's yes or a corrected date was recorded):
// the caller then writes the grants again (regrant_health_consents).
bool write_age_fields_on_case(RecordTable &records, ServerWriter &writer,
                              const std::string &case_id, const nlohmann::json &wanted);
// The same for every case of the apprentice; returns the cases whose shares took effect.
std::vector<std::string> write_age_fields(RecordTable &records, ServerWriter &writer,
                                          DirectoryStore &dir, const std::string &person_id,
                                          const std::string &today);

// Writes the apprentice's granted consents of health categories on one case again, same values,
// so that grantee devices get the category by the ordinary grant path (a snapshot, live or at
// their next pull) once the grant takes effect. The consent history leaves these writes out (no
// choice of the apprentice's). Returns how many grants were written.
int regrant_health_consents(RecordTable &records, ServerWriter &writer, const std::string &case_id);

} // namespace bro
