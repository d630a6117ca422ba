// The admin family (protocol_directory.hpp): the coordinator's directory_query and directory_edit;
// directory and directory_edited. A case with its care team is read and written here for
// `welcome` too (case_json, read_cases).

#include "sync/protocol_families.hpp"

namespace bro::protocol {

namespace {

constexpr std::pair<DirectoryOp, const char *> directory_op_names[] = {
    {DirectoryOp::add_org, "add_org"},
    {DirectoryOp::add_person, "add_person"},
    {DirectoryOp::add_case, "add_case"},
    {DirectoryOp::add_team_member, "add_team_member"},
    {DirectoryOp::remove_team_member, "remove_team_member"},
    {DirectoryOp::make_invite, "make_invite"},
    {DirectoryOp::sign_out_devices, "sign_out_devices"},
};

} // namespace

std::string_view to_string(DirectoryOp op)
{
    for (const auto &[o, name] : directory_op_names)
        if (o == op)
            return name;
    return "add_org";
}

std::optional<DirectoryOp> parse_directory_op(std::string_view s)
{
    for (const auto &[o, name] : directory_op_names)
        if (s == name)
            return o;
    return std::nullopt;
}

} // namespace bro::protocol

namespace bro::protocol::detail {

namespace {

// An id or name that, when present, must not be blank.
std::string non_empty(Reader &r, const char *name, bool required, std::size_t max)
{
    std::string v = r.text(name, required, max);
    if (r.ok() && required && v.empty())
        r.fail(code::bad_value, std::string("'") + name + "' must not be empty");
    return v;
}

DirectoryEdit read_directory_edit(Reader &r, const std::string &id)
{
    DirectoryEdit m;
    m.id = id;
    m.op = r.enumeration("op", parse_directory_op, DirectoryOp::add_org);
    if (!r.ok())
        return m;
    switch (m.op) {
    case DirectoryOp::add_org:
        m.name = non_empty(r, "name", true, 200);
        m.kind = r.enumeration("kind", parse_org_kind, OrgKind::training_office);
        m.org_id = non_empty(r, "org_id", false, max_id_bytes);
        break;
    case DirectoryOp::add_person:
        m.name = non_empty(r, "name", true, 200);
        m.role = r.enumeration("role", parse_role, Role::apprentice);
        m.org_id = non_empty(r, "org_id", r.ok() && m.role != Role::apprentice, max_id_bytes);
        if (r.ok() && m.role == Role::apprentice && !m.org_id.empty())
            r.fail(code::bad_value, "'org_id' must be empty: an apprentice belongs to no "
                                    "organisation");
        m.person_id = non_empty(r, "person_id", false, max_id_bytes);
        break;
    case DirectoryOp::add_case:
        m.case_id = non_empty(r, "case_id", false, max_id_bytes);
        m.apprentice_id = non_empty(r, "apprentice_id", true, max_id_bytes);
        m.training_office_id = non_empty(r, "training_office_id", true, max_id_bytes);
        m.clinic_id = non_empty(r, "clinic_id", true, max_id_bytes);
        break;
    case DirectoryOp::add_team_member:
    case DirectoryOp::remove_team_member:
        m.case_id = non_empty(r, "case_id", true, max_id_bytes);
        m.person_id = non_empty(r, "person_id", true, max_id_bytes);
        break;
    case DirectoryOp::make_invite:
        m.person_id = non_empty(r, "person_id", true, max_id_bytes);
        m.days = static_cast<int>(r.integer("days", false, 1, max_invite_days, 14));
        break;
    case DirectoryOp::sign_out_devices:
        m.person_id = non_empty(r, "person_id", true, max_id_bytes);
        break;
    }
    return m;
}

json team_member_json(const TeamMember &m)
{
    return {{"person_id", m.person_id},
            {"name", m.name},
            {"role", to_string(m.role)},
            {"org_id", m.org_id},
            {"org_name", m.org_name}};
}

template <typename T, typename F>
std::vector<T> read_objects(Reader &r, const char *name, ProtocolError &err, F read_one)
{
    std::vector<T> out;
    const json *arr = r.array(name);
    if (!arr)
        return out;
    for (const auto &item : *arr) {
        if (!item.is_object()) {
            r.fail(code::wrong_type, std::string("'") + name + "' items must be objects");
            return {};
        }
        Reader ir(item, err, name);
        T v = read_one(ir);
        if (!ir.ok())
            return {};
        out.push_back(std::move(v));
    }
    return out;
}

Directory read_directory(Reader &r, const std::string &id, ProtocolError &err)
{
    Directory m;
    m.id = id;
    m.organisations = read_objects<Organisation>(r, "organisations", err, [](Reader &o) {
        return Organisation{o.text("id", true, max_id_bytes), o.text("name", true, 200),
                            o.enumeration("kind", parse_org_kind, OrgKind::training_office)};
    });
    m.people = read_objects<DirectoryPerson>(r, "people", err, [](Reader &p) {
        DirectoryPerson d;
        d.id = p.text("id", true, max_id_bytes);
        d.name = p.text("name", true, 200);
        d.role = p.enumeration("role", parse_role, Role::apprentice);
        d.org_id = p.text("org_id", false, max_id_bytes);
        d.has_account = p.boolean("has_account", true, false);
        return d;
    });
    m.cases = read_cases(r, r.array("cases"), err);
    return m;
}

} // namespace

json case_json(const CaseSummary &c)
{
    json team = json::array();
    for (const auto &m : c.team)
        team.push_back(team_member_json(m));
    return {{"case_id", c.case_id},
            {"apprentice_id", c.apprentice_id},
            {"apprentice_name", c.apprentice_name},
            {"training_office_id", c.training_office_id},
            {"clinic_id", c.clinic_id},
            {"team", team}};
}

std::vector<CaseSummary> read_cases(Reader &r, const json *arr, ProtocolError &err)
{
    std::vector<CaseSummary> out;
    if (!arr)
        return out;
    for (const auto &cj : *arr) {
        if (!cj.is_object()) {
            r.fail(code::wrong_type, "'cases' items must be objects");
            return {};
        }
        Reader cr(cj, err, "cases");
        CaseSummary c;
        c.case_id = cr.text("case_id");
        c.apprentice_id = cr.text("apprentice_id");
        c.apprentice_name = cr.text("apprentice_name");
        c.training_office_id = cr.text("training_office_id", false);
        c.clinic_id = cr.text("clinic_id", false);
        if (const json *team = cr.array("team")) {
            for (const auto &mj : *team) {
                if (!mj.is_object()) {
                    cr.fail(code::wrong_type, "'team' items must be objects");
                    break;
                }
                Reader mr(mj, err, "team");
                TeamMember m;
                m.person_id = mr.text("person_id");
                m.name = mr.text("name");
                m.role = mr.enumeration("role", parse_role, Role::adviser);
                m.org_id = mr.text("org_id", false);
                m.org_name = mr.text("org_name", false);
                c.team.push_back(std::move(m));
            }
        }
        if (!cr.ok())
            return {};
        out.push_back(std::move(c));
    }
    return out;
}

bool read_directory_client(const std::string &type, const std::string &id, Reader &r,
                           ClientMessage &out)
{
    if (type == "directory_query")
        out = DirectoryQuery{id};
    else if (type == "directory_edit")
        out = read_directory_edit(r, id);
    else
        return false;
    return true;
}

bool read_directory_server(const std::string &type, const std::string &id, Reader &r,
                           ServerMessage &out)
{
    if (type == "directory") {
        out = read_directory(r, id, r.error());
    } else if (type == "directory_edited") {
        DirectoryEdited m;
        m.id = id;
        m.op = r.enumeration("op", parse_directory_op, DirectoryOp::add_org);
        m.subject_id = r.text("subject_id", true, max_id_bytes);
        m.invite_code = r.text("invite_code", false, 64);
        m.invite_expires = r.text("invite_expires", false, 64);
        m.devices_signed_out =
            static_cast<int>(r.integer("devices_signed_out", false, 0, 1000000, 0));
        out = std::move(m);
    } else {
        return false;
    }
    return true;
}

json write(const DirectoryQuery &m)
{
    return {{"type", "directory_query"}, {"id", m.id}};
}

json write(const DirectoryEdit &m)
{
    json j{{"type", "directory_edit"}, {"id", m.id}, {"op", to_string(m.op)}};
    auto put = [&j](const char *name, const std::string &v) {
        if (!v.empty())
            j[name] = v;
    };
    switch (m.op) {
    case DirectoryOp::add_org:
        put("name", m.name);
        j["kind"] = to_string(m.kind);
        put("org_id", m.org_id);
        break;
    case DirectoryOp::add_person:
        put("name", m.name);
        j["role"] = to_string(m.role);
        put("org_id", m.org_id);
        put("person_id", m.person_id);
        break;
    case DirectoryOp::add_case:
        put("case_id", m.case_id);
        put("apprentice_id", m.apprentice_id);
        put("training_office_id", m.training_office_id);
        put("clinic_id", m.clinic_id);
        break;
    case DirectoryOp::add_team_member:
    case DirectoryOp::remove_team_member:
        put("case_id", m.case_id);
        put("person_id", m.person_id);
        break;
    case DirectoryOp::make_invite:
        put("person_id", m.person_id);
        j["days"] = m.days;
        break;
    case DirectoryOp::sign_out_devices:
        put("person_id", m.person_id);
        break;
    }
    return j;
}

json write(const Directory &m)
{
    json orgs = json::array();
    for (const auto &o : m.organisations)
        orgs.push_back({{"id", o.id}, {"name", o.name}, {"kind", to_string(o.kind)}});
    json people = json::array();
    for (const auto &p : m.people)
        people.push_back({{"id", p.id},
                          {"name", p.name},
                          {"role", to_string(p.role)},
                          {"org_id", p.org_id},
                          {"has_account", p.has_account}});
    json cases = json::array();
    for (const auto &c : m.cases)
        cases.push_back(case_json(c));
    return {{"type", "directory"},
            {"id", m.id},
            {"organisations", std::move(orgs)},
            {"people", std::move(people)},
            {"cases", std::move(cases)}};
}

json write(const DirectoryEdited &m)
{
    json j{{"type", "directory_edited"},
           {"id", m.id},
           {"op", to_string(m.op)},
           {"subject_id", m.subject_id}};
    if (!m.invite_code.empty()) {
        j["invite_code"] = m.invite_code;
        j["invite_expires"] = m.invite_expires;
    }
    if (m.op == DirectoryOp::sign_out_devices)
        j["devices_signed_out"] = m.devices_signed_out;
    return j;
}

} // namespace bro::protocol::detail
