// The age rule over time (issue 12): on the day an apprentice reaches the age limit their shares
// of health categories take effect without anyone recording anything. The server's tick brings
// the case record up to date (`awaiting_guardian` false, `guardian_needed_until` cleared) and
// writes the granted health consents again, so that grantee devices which pulled past the grant
// while it waited get the category's earlier records as a snapshot — live at this tick, or at
// their next pull — exactly as when a coordinator records the guardian's yes. (The rule is the
// same both ways: were a case's shares to start waiting here, the writes would purge them.)

#include "admin/age_rule.hpp"
#include "hub/sync_hub.hpp"
#include "store/server_schema.hpp"
#include "store/server_writer.hpp"
#include "util/time.hpp"

#include <optional>

namespace bro {

void SyncHub::apply_age_rule()
{
    const auto today = today_utc();
    Transaction tx(m_db);
    if (!claim_job(m_db, job_age_rule))
        return; // another node is on it
    std::optional<ServerWriter> writer;
    for (const auto &c : m_directory.cases()) {
        const auto wanted = age_fields(m_directory, c.apprentice_id, today);
        if (wanted.empty())
            continue; // no date of birth recorded: the rule does not apply
        if (!writer)
            writer.emplace(m_db, "server-admin"); // the consent history leaves its grants out
        if (write_age_fields_on_case(m_records, *writer, c.id, wanted))
            regrant_health_consents(m_records, *writer, c.id);
    }
    if (writer)
        tx.commit(); // (nothing written: an empty commit)
}

} // namespace bro
