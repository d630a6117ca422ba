#include "admin/directory_edits.hpp"

#include "admin/age_rule.hpp"
#include "domain/schema.hpp"
#include "store/change_log.hpp"
#include "store/server_writer.hpp"
#include "sync/change.hpp"
#include "util/time.hpp"

#include <stdexcept>

namespace bro {

void open_case(Database &db, DirectoryStore &dir, const NewCase &c, const std::string &node)
{
    // The phase is one of the apprentice's programme (issue 14), its first unless one is given.
    const auto programme = dir.programme_of_person(c.row.apprentice_id);
    const std::string phase = c.phase.empty() ? programme->phases.front().id : c.phase;
    if (!programme->phase(phase)) {
        std::string ids;
        for (const auto &p : programme->phases)
            ids += (ids.empty() ? "" : ", ") + p.id;
        throw std::invalid_argument("phase must be one of " + ids);
    }
    dir.add_case(c.row);
    nlohmann::json fields = {
        {"apprentice_id", c.row.apprentice_id}, {"phase", phase}, {"phase_since", today_utc()}};
    if (!c.row.training_office_id.empty())
        fields["training_office_id"] = c.row.training_office_id;
    if (!c.row.clinic_id.empty())
        fields["clinic_id"] = c.row.clinic_id;
    if (!c.trade.empty())
        fields["trade"] = c.trade;
    // A date of birth recorded before the case was opened: the case says what every other case
    // of the apprentice says about the age rule.
    const auto age = age_fields(dir, c.row.apprentice_id, today_utc());
    for (const auto &[field, value] : age.items())
        if (!value.is_null())
            fields[field] = value;
    ServerWriter(db, node).write(c.row.id, kind::case_file, c.row.id, fields);
}

void join_team(Database &db, DirectoryStore &dir, const std::string &case_id,
               const std::string &person_id)
{
    if (dir.on_team(case_id, person_id))
        throw std::invalid_argument("'" + person_id + "' is already on the care team of '" +
                                    case_id + "'");
    dir.add_team_member(case_id, person_id, ChangeLog(db).max_seq());
}

Invite make_invite(DirectoryStore &dir, Accounts &accounts, const std::string &person_id, int days)
{
    if (days < 1 || days > 90)
        throw std::invalid_argument("an invite is valid for 1 to 90 days");
    auto p = dir.person(person_id);
    if (!p)
        throw std::invalid_argument("no person '" + person_id + "'");
    if (!p->password_hash.empty())
        throw std::invalid_argument("'" + p->person.id + "' already has an account");
    Invite out;
    out.code = accounts.create_invite(p->person.id, days);
    out.expires = unix_now() + std::int64_t{days} * 86400;
    return out;
}

std::string new_directory_id(const std::string &prefix)
{
    return prefix + "-" + new_uuid().substr(0, 8);
}

} // namespace bro
