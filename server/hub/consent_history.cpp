#include "hub/consent_history.hpp"

#include "domain/schema.hpp"
#include "sync/access_policy.hpp"

#include <map>
#include <set>

namespace bro {

std::vector<protocol::ConsentEntry> consent_history(ChangeLog &log, const std::string &case_id,
                                                    const std::string &org_filter)
{
    struct State
    {
        bool granted = false;
        std::string until;
    };
    std::map<std::string, State> state;
    std::vector<protocol::ConsentEntry> out;
    // The edit being read: one device's consecutive changes to one consent record.
    std::string edit_record, edit_node;
    std::int64_t edit_last_seq = -1;
    bool edit_has_entry = false;
    std::set<std::string> edit_fields; // a field seen twice means a second edit (withdraw, grant)

    for (const auto &[c, at] : log.of_kind(case_id, kind::consent)) {
        auto parsed = AccessPolicy::parse_consent_id(c.record_id);
        if (!parsed || (!org_filter.empty() && parsed->first != org_filter))
            continue;
        const bool same_edit = c.record_id == edit_record && c.node == edit_node &&
                               c.seq == edit_last_seq + 1 && !edit_fields.count(c.field);
        if (!same_edit) {
            edit_record = c.record_id;
            edit_node = c.node;
            edit_has_entry = false;
            edit_fields.clear();
        }
        edit_fields.insert(c.field);
        edit_last_seq = c.seq;

        auto &s = state[c.record_id];
        // `admin guardian` writes the apprentice's granted health consents again, unchanged, so
        // that grantees get their snapshot (the age rule): no choice of theirs, no entry.
        if (c.node == "server-admin" && c.field == "granted" &&
            c.value == nlohmann::json(s.granted))
            continue;
        if (c.field == "granted" && c.value.is_boolean())
            s.granted = c.value.get<bool>();
        else if (c.field == "until")
            s.until = c.value.is_string() ? c.value.get<std::string>() : std::string{};
        else
            continue; // org_id and category repeat what the id says

        if (!edit_has_entry)
            out.push_back({});
        edit_has_entry = true;
        auto &e = out.back();
        e.seq = c.seq;
        e.at = at;
        e.org_id = parsed->first;
        e.category = parsed->second;
        e.granted = s.granted;
        e.until = s.until;
    }
    return out;
}

} // namespace bro
