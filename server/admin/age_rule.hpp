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
// its rows in the transaction). True when whether the case's health shares wait for the guardian
// changed: they waited and no longer do (the birthday came, a guardian's yes or a corrected
// date was recorded), or they now wait where they were effective (a date of birth under the
// limit recorded after sharing began). Either way the caller writes the grants again
// (regrant_health_consents), so that grantee devices catch up with what they may hold.
bool write_age_fields_on_case(RecordTable &records, ServerWriter &writer,
                              const std::string &case_id, const nlohmann::json &wanted);
// The same for every case of the apprentice; returns the cases whose health shares changed.
std::vector<std::string> write_age_fields(RecordTable &records, ServerWriter &writer,
                                          DirectoryStore &dir, const std::string &person_id,
                                          const std::string &today);

// Writes the apprentice's granted consents of health categories on one case again, same values.
// A consent change is what makes the hub look again at what a grantee organisation may read
// (delivery.cpp, live and at a device's next pull): a grant that took effect reaches grantee
// devices as a snapshot, one that now waits for the guardian as a purge — the same two paths as
// the apprentice granting and withdrawing, nothing of its own. The consent history leaves these
// writes out (no choice of the apprentice's). Returns how many grants were written.
int regrant_health_consents(RecordTable &records, ServerWriter &writer, const std::string &case_id);

} // namespace bro
