#pragma once
// The history of an apprentice's consents, rebuilt from the change log: every grant, revoke,
// change of end date and lapse, with the seq at which it took effect.

#include "store/change_log.hpp"
#include "sync/protocol.hpp"

#include <string>
#include <vector>

namespace bro {

// Changes to one consent record made by one device in one go (consecutive seqs) form one entry.
// When org_filter is set, only entries about that organisation are returned.
std::vector<protocol::ConsentEntry> consent_history(ChangeLog &log, const std::string &case_id,
                                                    const std::string &org_filter = {});

} // namespace bro
