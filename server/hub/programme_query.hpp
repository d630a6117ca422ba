#pragma once
// The coordinator's programme figures, read from the server's case records. Counts only: the
// figures carry no name, no person id and no case id, so the query is not audited.

#include "domain/programme.hpp"
#include "domain/record.hpp"

#include <optional>
#include <vector>

namespace bro {

class DirectoryStore;
class RecordTable;

// The milestones of one case record: its phase, the referral date (phase_history.referral, else
// the earliest date in the history) and, once completed or ended, the date it got there
// (phase_history, else phase_since). Nothing when the record holds no known phase.
std::optional<CaseMilestones> case_milestones(const Record &case_record);

// Every case the server knows, whatever care team it has.
std::vector<CaseMilestones> all_case_milestones(DirectoryStore &directory, RecordTable &records);

} // namespace bro
