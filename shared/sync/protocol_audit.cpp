// The consent and audit family (protocol_audit.hpp): audit_query and audit, who has seen the
// apprentice's data; consent_history_query and consent_history, how a case's consents changed.

#include "sync/protocol_families.hpp"

namespace bro::protocol::detail {

bool read_audit_client(const std::string &type, const std::string &id, Reader &r,
                       ClientMessage &out)
{
    if (type == "audit_query") {
        AuditQuery m;
        m.id = id;
        m.case_id = r.text("case_id", true, max_id_bytes);
        m.limit = static_cast<std::size_t>(r.integer("limit", false, 1, 1000, 200));
        out = std::move(m);
    } else if (type == "consent_history_query") {
        ConsentHistoryQuery m;
        m.id = id;
        m.case_id = r.text("case_id", true, max_id_bytes);
        out = std::move(m);
    } else {
        return false;
    }
    return true;
}

bool read_audit_server(const std::string &type, const std::string &id, Reader &r,
                       ServerMessage &out)
{
    ProtocolError &err = r.error();
    if (type == "audit") {
        Audit m;
        m.id = id;
        m.case_id = r.text("case_id", true, max_id_bytes);
        if (const json *events = r.array("events")) {
            for (const auto &ej : *events) {
                if (!ej.is_object()) {
                    r.fail(code::wrong_type, "'events' items must be objects");
                    break;
                }
                Reader er(ej, err, "events");
                AuditEvent e;
                e.at = er.text("at");
                e.actor_name = er.text("actor_name");
                e.actor_role = er.enumeration("actor_role", parse_role, Role::adviser);
                e.org_name = er.text("org_name", false);
                e.device_name = er.text("device_name", false);
                e.action = er.text("action", true, 32);
                e.category = er.enumeration("category", parse_category, Category::goals);
                e.count =
                    er.integer("count", false, 0, std::numeric_limits<std::int64_t>::max(), 0);
                m.events.push_back(std::move(e));
            }
        }
        out = std::move(m);
    } else if (type == "consent_history") {
        ConsentHistory m;
        m.id = id;
        m.case_id = r.text("case_id", true, max_id_bytes);
        if (const json *entries = r.array("entries")) {
            for (const auto &ej : *entries) {
                if (!ej.is_object()) {
                    r.fail(code::wrong_type, "'entries' items must be objects");
                    break;
                }
                Reader er(ej, err, "entries");
                ConsentEntry e;
                e.seq = er.integer("seq", true, 0, std::numeric_limits<std::int64_t>::max(), 0);
                e.at = er.text("at", false);
                e.org_id = er.text("org_id");
                e.category = er.enumeration("category", parse_category, Category::goals);
                e.granted = er.boolean("granted", true, false);
                e.until = er.text("until", false, 16);
                m.entries.push_back(std::move(e));
            }
        }
        out = std::move(m);
    } else {
        return false;
    }
    return true;
}

json write(const AuditQuery &m)
{
    return {{"type", "audit_query"}, {"id", m.id}, {"case_id", m.case_id}, {"limit", m.limit}};
}

json write(const ConsentHistoryQuery &m)
{
    return {{"type", "consent_history_query"}, {"id", m.id}, {"case_id", m.case_id}};
}

json write(const Audit &m)
{
    json events = json::array();
    for (const auto &e : m.events)
        events.push_back({{"at", e.at},
                          {"actor_name", e.actor_name},
                          {"actor_role", to_string(e.actor_role)},
                          {"org_name", e.org_name},
                          {"device_name", e.device_name},
                          {"action", e.action},
                          {"category", to_string(e.category)},
                          {"count", e.count}});
    return {{"type", "audit"}, {"id", m.id}, {"case_id", m.case_id}, {"events", std::move(events)}};
}

json write(const ConsentHistory &m)
{
    json entries = json::array();
    for (const auto &e : m.entries)
        entries.push_back({{"seq", e.seq},
                           {"at", e.at},
                           {"org_id", e.org_id},
                           {"category", to_string(e.category)},
                           {"granted", e.granted},
                           {"until", e.until}});
    return {{"type", "consent_history"},
            {"id", m.id},
            {"case_id", m.case_id},
            {"entries", std::move(entries)}};
}

} // namespace bro::protocol::detail
