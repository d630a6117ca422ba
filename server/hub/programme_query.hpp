#pragma once
// The coordinator's programme figures, read from the server's case records. Counts only: the
// figures carry no name, no person id and no case id, so the query is not audited.

#include "domain/programme.hpp"
#include "domain/record.hpp"
#include "domain/year_figures.hpp"

#include <optional>
#include <string>
#include <vector>

namespace bro {

class Database;
class DirectoryStore;
class RecordTable;

// Every counted case of one programme, whatever care team it has, as the facts the figures
// need (referral, stay, outcome points): only those whose apprentice said yes to being counted.
std::vector<CaseFacts> all_case_facts(DirectoryStore &directory, RecordTable &records,
                                      const std::string &programme_id, const std::string &today);

// What an erasure keeps of a case so that it still counts in its cohort: the year it started and
// where it was. Nothing when the case has no record or no start date (it would count nowhere),
// or when the apprentice never said yes to being counted.
std::optional<ErasedCase> erased_case_of(RecordTable &records, const std::string &case_id);

// The erased cases of one programme from the `erasures` rows that carry a cohort (schema step 9
// on; an erasure before step 10 was in the built-in pilot, the only programme there was).
std::vector<ErasedCase> erased_cases(Database &db, const std::string &programme_id);

} // namespace bro
