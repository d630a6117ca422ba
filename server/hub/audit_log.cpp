#include "hub/audit_log.hpp"

#include "util/time.hpp"

namespace bro {

void AuditLog::record(const std::string &case_id, const PeerIdentity &who,
                      const std::string &action, Category category, std::int64_t count)
{
    auto s = m_db.prepare("INSERT INTO audit_events (case_id, at, person_id, actor_name, "
                          "actor_role, org_name, device_name, action, category, count) "
                          "VALUES (?,?,?,?,?,?,?,?,?,?)");
    s.bind(1, case_id)
        .bind(2, iso_datetime(unix_now()))
        .bind(3, who.actor.person_id)
        .bind(4, who.person_name)
        .bind(5, std::string(to_string(who.actor.role)))
        .bind(6, who.org_name)
        .bind(7, who.device_name)
        .bind(8, action)
        .bind(9, std::string(to_string(category)))
        .bind(10, count);
    s.step();
}

std::vector<protocol::AuditEvent> AuditLog::list(const std::string &case_id, std::size_t limit)
{
    auto s = m_db.prepare("SELECT at, actor_name, actor_role, org_name, device_name, action, "
                          "category, count FROM audit_events WHERE case_id = ? "
                          "ORDER BY id DESC LIMIT ?");
    s.bind(1, case_id).bind(2, static_cast<std::int64_t>(limit));
    std::vector<protocol::AuditEvent> out;
    while (s.step()) {
        protocol::AuditEvent e;
        e.at = s.column_text(0);
        e.actor_name = s.column_text(1);
        e.actor_role = parse_role(s.column_text(2)).value_or(Role::adviser);
        e.org_name = s.column_text(3);
        e.device_name = s.column_text(4);
        e.action = s.column_text(5);
        e.category = parse_category(s.column_text(6)).value_or(Category::goals);
        e.count = s.column_int64(7);
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace bro
