#pragma once
// Who does what in each phase: the responsible role and the handover checklist that must be
// ticked or explained before the next phase starts.

#include "domain/enums.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bro {

struct ChecklistItem
{
    std::string id;   // stable key, stored in handover records
    std::string text; // Norwegian bokmål; the app translates by id
};

struct PhaseInfo
{
    Phase phase;
    Role responsible; // the role that leads the phase and may advance it
    OrgKind responsible_org;
    std::vector<ChecklistItem> handover; // to be done before leaving this phase
};

const PhaseInfo &phase_info(Phase p);
// The next phase on the ordinary path; nullopt from completed or ended.
std::optional<Phase> next_phase(Phase p);
bool is_closed(Phase p);
// The same for a phase id of any programme: every programme ends with `completed` and `ended`.
bool is_closed(std::string_view phase_id);

} // namespace bro
