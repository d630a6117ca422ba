#include "sync/protocol.hpp"

#include "domain/schema.hpp"
#include "sync/frame_writer.hpp"
#include "sync/protocol_families.hpp"

namespace bro::protocol {

using nlohmann::json;

namespace {

using detail::max_id_bytes;
using detail::max_text_bytes;
using detail::Reader;

// Bracket depth outside strings, so a hostile "[[[[…" is refused before the parser recurses.
bool nesting_within(std::string_view text, int limit)
{
    int depth = 0;
    bool in_string = false;
    bool escaped = false;
    for (char c : text) {
        if (in_string) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                in_string = false;
            continue;
        }
        if (c == '"')
            in_string = true;
        else if (c == '{' || c == '[') {
            if (++depth > limit)
                return false;
        } else if (c == '}' || c == ']')
            --depth;
    }
    return true;
}

std::optional<json> parse_frame(std::string_view text, ProtocolError &err)
{
    if (text.size() > max_frame_bytes) {
        err = {code::too_large,
               "message is larger than " + std::to_string(max_frame_bytes) + " bytes",
               {}};
        return std::nullopt;
    }
    if (!nesting_within(text, max_depth)) {
        err = {code::too_deep,
               "message nests deeper than " + std::to_string(max_depth) + " levels",
               {}};
        return std::nullopt;
    }
    json j;
    try {
        j = json::parse(text);
    } catch (const json::exception &e) {
        // Not only parse_error: a number too large for a double throws out_of_range (found by
        // fuzzing; regression input tests/fuzz/corpus/protocol/number-overflow).
        err = {code::bad_json, std::string("not valid JSON: ") + e.what(), {}};
        return std::nullopt;
    }
    if (!j.is_object()) {
        err = {code::not_object, "message must be a JSON object", {}};
        return std::nullopt;
    }
    return j;
}

json categories_json(const std::vector<Category> &cs)
{
    json arr = json::array();
    for (auto c : cs)
        arr.push_back(to_string(c));
    return arr;
}

std::vector<Change> read_changes(Reader &r, const json *arr, std::size_t max)
{
    std::vector<Change> out;
    if (!arr)
        return out;
    if (arr->size() > max) {
        r.fail(code::too_large, "at most " + std::to_string(max) + " changes per message");
        return out;
    }
    out.reserve(arr->size());
    for (std::size_t i = 0; i < arr->size(); ++i) {
        ProtocolError item_err;
        auto c = change_from_json((*arr)[i], item_err);
        if (!c) {
            r.fail(item_err.code.c_str(),
                   "changes[" + std::to_string(i) + "]: " + item_err.message);
            return {};
        }
        out.push_back(std::move(*c));
    }
    return out;
}

json team_member_json(const TeamMember &m)
{
    return {{"person_id", m.person_id},
            {"name", m.name},
            {"role", to_string(m.role)},
            {"org_id", m.org_id},
            {"org_name", m.org_name}};
}

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

} // namespace

json change_to_json(const Change &c)
{
    json j{{"op", c.op},       {"counter", c.counter},     {"record_id", c.record_id},
           {"kind", c.kind},   {"case_id", c.case_id},     {"field", c.field},
           {"value", c.value}, {"hlc", c.hlc.to_string()}, {"node", c.node}};
    if (c.seq > 0)
        j["seq"] = c.seq;
    return j;
}

std::optional<Change> change_from_json(const json &j, ProtocolError &error)
{
    if (!j.is_object()) {
        error = {code::wrong_type, "a change must be an object", {}};
        return std::nullopt;
    }
    Reader r(j, error, "");
    Change c;
    c.op = r.text("op", true, max_id_bytes);
    c.counter = static_cast<std::uint64_t>(
        r.integer("counter", false, 0, std::numeric_limits<std::int64_t>::max(), 0));
    c.record_id = r.text("record_id", true, max_id_bytes);
    c.kind = r.text("kind", true, 64);
    c.case_id = r.text("case_id", true, max_id_bytes);
    c.field = r.text("field", true, 64);
    const std::string hlc = r.text("hlc", true, 16);
    c.node = r.text("node", true, max_id_bytes);
    c.seq = r.integer("seq", false, 0, std::numeric_limits<std::int64_t>::max(), 0);
    if (!r.ok())
        return std::nullopt;
    if (!j.contains("value")) {
        r.fail(code::missing_field, "'value' is required (null clears a field)");
        return std::nullopt;
    }
    c.value = j["value"];
    if (c.op.empty() || c.record_id.empty() || c.case_id.empty() || c.node.empty()) {
        r.fail(code::bad_value, "op, record_id, case_id and node must not be empty");
        return std::nullopt;
    }
    auto parsed = Hlc::parse(hlc);
    if (!parsed) {
        r.fail(code::bad_value, "'hlc' must be 16 lower-case hex digits");
        return std::nullopt;
    }
    c.hlc = *parsed;
    return c;
}

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

// Login and enrol carry the same credentials.
template <typename M> void read_credentials(Reader &r, M &m)
{
    m.user = r.text("user", true, 64);
    m.password = r.text("password", true, 1024);
    m.device_name = r.text("device_name", true, 200);
}

} // namespace

Parsed<ClientMessage> parse_client(std::string_view text)
{
    Parsed<ClientMessage> out;
    auto j = parse_frame(text, out.error);
    if (!j)
        return out;
    Reader r(*j, out.error, "");
    const std::string type = r.text("type", true, 64);
    const std::string id = r.text("id", true, max_id_bytes);
    out.type = type;
    if (!r.ok()) {
        out.error.id = id;
        return out;
    }
    auto protocol_ok = [&](Reader &rd) {
        const auto v = rd.integer("protocol", true, 0, 1'000'000, 0);
        if (rd.ok() && v != version)
            rd.fail(code::unsupported_protocol, "this server speaks protocol " +
                                                    std::to_string(version) + ", not " +
                                                    std::to_string(v));
    };
    ClientMessage msg;
    if (type == "hello") {
        Hello m;
        m.id = id;
        protocol_ok(r);
        m.device_id = r.text("device_id", true, max_id_bytes);
        m.token = r.text("token", true, 256);
        msg = m;
    } else if (type == "login") {
        Login m;
        m.id = id;
        protocol_ok(r);
        read_credentials(r, m);
        msg = m;
    } else if (type == "enrol") {
        Enrol m;
        m.id = id;
        protocol_ok(r);
        m.invite_code = r.text("invite_code", true, 64);
        read_credentials(r, m);
        msg = m;
    } else if (type == "push") {
        Push m;
        m.id = id;
        m.changes = read_changes(r, r.array("changes"), max_changes_per_push);
        msg = std::move(m);
    } else if (type == "pull") {
        Pull m;
        m.id = id;
        m.cursor = r.integer("cursor", true, 0, std::numeric_limits<std::int64_t>::max(), 0);
        m.limit = static_cast<std::size_t>(
            r.integer("limit", false, 1, static_cast<std::int64_t>(max_pull_limit), 500));
        m.window = static_cast<std::size_t>(
            r.integer("window", false, 1, static_cast<std::int64_t>(max_pull_window), 1));
        msg = m;
    } else if (type == "purged") {
        Purged m;
        m.id = id;
        m.case_id = r.text("case_id", true, max_id_bytes);
        m.categories = r.categories("categories");
        msg = m;
    } else if (type == "audit_query") {
        AuditQuery m;
        m.id = id;
        m.case_id = r.text("case_id", true, max_id_bytes);
        m.limit = static_cast<std::size_t>(r.integer("limit", false, 1, 1000, 200));
        msg = m;
    } else if (type == "consent_history_query") {
        ConsentHistoryQuery m;
        m.id = id;
        m.case_id = r.text("case_id", true, max_id_bytes);
        msg = m;
    } else if (type == "programme_query") {
        ProgrammeQuery m;
        m.id = id;
        r.period(m.from, m.to);
        msg = m;
    } else if (type == "directory_query") {
        msg = DirectoryQuery{id};
    } else if (type == "directory_edit") {
        msg = read_directory_edit(r, id);
    } else if (detail::read_sign_in_client(type, id, r, msg)) {
    } else {
        r.fail(code::unknown_type, "unknown message type '" + type.substr(0, 64) + "'");
    }
    if (!r.ok()) {
        out.error.id = id;
        return out;
    }
    out.message = std::move(msg);
    return out;
}

namespace {

UserInfo read_user(Reader &r, const json *j, ProtocolError &err)
{
    UserInfo u;
    if (!j)
        return u;
    if (!j->is_object()) {
        r.fail(code::wrong_type, "'user' must be an object");
        return u;
    }
    Reader ur(*j, err, "user");
    u.id = ur.text("id");
    u.name = ur.text("name");
    u.role = ur.enumeration("role", parse_role, Role::apprentice);
    u.org_id = ur.text("org_id", false);
    u.org_name = ur.text("org_name", false);
    return u;
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

// A definition is checked as strictly as `bro-server admin programme check` does: a device never
// renders half a programme. The first problem, with its path, is the error.
std::optional<bro::Programme> read_programme_definition(Reader &r, const json &def)
{
    auto parsed = parse_programme(def);
    if (!parsed.ok()) {
        r.fail(code::bad_value, "'programme' is not a valid programme definition: " +
                                    to_string(parsed.errors.front()));
        return std::nullopt;
    }
    return std::move(parsed.programme);
}

} // namespace

Parsed<ServerMessage> parse_server(std::string_view text)
{
    Parsed<ServerMessage> out;
    auto j = parse_frame(text, out.error);
    if (!j)
        return out;
    ProtocolError &err = out.error;
    Reader r(*j, err, "");
    const std::string type = r.text("type", true, 64);
    const std::string id = r.text("id", true, max_id_bytes);
    if (!r.ok())
        return out;
    ServerMessage msg;
    if (type == "welcome") {
        Welcome m;
        m.id = id;
        m.protocol = static_cast<int>(r.integer("protocol", true, 0, 1'000'000, 0));
        m.user = read_user(r, r.get("user", true), err);
        m.device_id = r.text("device_id", true, max_id_bytes);
        m.token = r.text("token", false, 256);
        m.token_expires = r.text("token_expires", false, 64);
        m.cases = read_cases(r, r.array("cases"), err);
        m.server_time = r.text("server_time", false, 64);
        m.provider = r.text("provider", false, 64);
        m.store_epoch = r.text("store_epoch", false, 64);
        if (const json *def = r.get("programme", false)) {
            m.programme = read_programme_definition(r, *def);
            m.programme_revision = r.integer("programme_revision", true, 0,
                                             std::numeric_limits<std::int64_t>::max(), 0);
        }
        msg = std::move(m);
    } else if (type == "programme_definition") {
        ProgrammeDefinition m;
        m.id = id;
        if (const json *def = r.get("programme", true))
            if (auto p = read_programme_definition(r, *def))
                m.programme = std::move(*p);
        m.revision = r.integer("revision", true, 0, std::numeric_limits<std::int64_t>::max(), 0);
        msg = std::move(m);
    } else if (type == "ack") {
        Ack m;
        m.id = id;
        if (const json *acc = r.array("accepted")) {
            for (const auto &aj : *acc) {
                if (!aj.is_object()) {
                    r.fail(code::wrong_type, "'accepted' items must be objects");
                    break;
                }
                Reader ar(aj, err, "accepted");
                Accepted a{ar.text("op", true, max_id_bytes),
                           ar.integer("seq", true, 0, std::numeric_limits<std::int64_t>::max(), 0)};
                m.accepted.push_back(a);
            }
        }
        if (const json *rej = r.array("rejected")) {
            for (const auto &rj : *rej) {
                if (!rj.is_object()) {
                    r.fail(code::wrong_type, "'rejected' items must be objects");
                    break;
                }
                Reader rr(rj, err, "rejected");
                Rejected x{rr.text("op", true, max_id_bytes), rr.text("code", true, 64),
                           rr.text("message")};
                m.rejected.push_back(x);
            }
        }
        msg = std::move(m);
    } else if (type == "changes") {
        Changes m;
        m.id = id;
        m.changes = read_changes(r, r.array("changes"), max_pull_limit * 20);
        m.cursor = r.integer("cursor", true, 0, std::numeric_limits<std::int64_t>::max(), 0);
        m.more = r.boolean("more", false, false);
        msg = std::move(m);
    } else if (type == "purge") {
        Purge m;
        m.id = id;
        m.case_id = r.text("case_id", true, max_id_bytes);
        m.categories = r.categories("categories");
        msg = m;
    } else if (type == "audit") {
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
        msg = std::move(m);
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
        msg = std::move(m);
    } else if (detail::read_figures_server(type, id, r, msg)) {
    } else if (type == "directory") {
        msg = read_directory(r, id, err);
    } else if (type == "directory_edited") {
        DirectoryEdited m;
        m.id = id;
        m.op = r.enumeration("op", parse_directory_op, DirectoryOp::add_org);
        m.subject_id = r.text("subject_id", true, max_id_bytes);
        m.invite_code = r.text("invite_code", false, 64);
        m.invite_expires = r.text("invite_expires", false, 64);
        m.devices_signed_out =
            static_cast<int>(r.integer("devices_signed_out", false, 0, 1000000, 0));
        msg = m;
    } else if (type == "error") {
        Error m;
        m.id = id;
        m.code = r.text("code", true, 64);
        m.message = r.text("message");
        msg = m;
    } else if (detail::read_sign_in_server(type, id, r, msg)) {
    } else {
        r.fail(code::unknown_type, "unknown message type '" + type.substr(0, 64) + "'");
    }
    if (!r.ok()) {
        out.error.id = id;
        return out;
    }
    out.message = std::move(msg);
    return out;
}

namespace {

struct ClientWriter
{
    // Families in files of their own (protocol_families.hpp).
    template <typename M> json operator()(const M &m) const { return detail::write(m); }
    json operator()(const Hello &m) const
    {
        return {{"type", "hello"},
                {"id", m.id},
                {"protocol", m.protocol},
                {"device_id", m.device_id},
                {"token", m.token}};
    }
    json operator()(const Login &m) const
    {
        return {{"type", "login"},        {"id", m.id},
                {"protocol", m.protocol}, {"user", m.user},
                {"password", m.password}, {"device_name", m.device_name}};
    }
    json operator()(const Enrol &m) const
    {
        return {{"type", "enrol"},
                {"id", m.id},
                {"protocol", m.protocol},
                {"invite_code", m.invite_code},
                {"user", m.user},
                {"password", m.password},
                {"device_name", m.device_name}};
    }
    json operator()(const Push &m) const
    {
        json changes = json::array();
        for (const auto &c : m.changes)
            changes.push_back(change_to_json(c));
        return {{"type", "push"}, {"id", m.id}, {"changes", std::move(changes)}};
    }
    json operator()(const Pull &m) const
    {
        json j = {{"type", "pull"}, {"id", m.id}, {"cursor", m.cursor}, {"limit", m.limit}};
        if (m.window > 1) // one frame is the default: older servers read the pull unchanged
            j["window"] = m.window;
        return j;
    }
    json operator()(const Purged &m) const
    {
        return {{"type", "purged"},
                {"id", m.id},
                {"case_id", m.case_id},
                {"categories", categories_json(m.categories)}};
    }
    json operator()(const AuditQuery &m) const
    {
        return {{"type", "audit_query"}, {"id", m.id}, {"case_id", m.case_id}, {"limit", m.limit}};
    }
    json operator()(const ConsentHistoryQuery &m) const
    {
        return {{"type", "consent_history_query"}, {"id", m.id}, {"case_id", m.case_id}};
    }
    json operator()(const ProgrammeQuery &m) const
    {
        return {{"type", "programme_query"}, {"id", m.id}, {"from", m.from}, {"to", m.to}};
    }
    json operator()(const DirectoryQuery &m) const
    {
        return {{"type", "directory_query"}, {"id", m.id}};
    }
    json operator()(const DirectoryEdit &m) const
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
};

struct ServerWriter
{
    json operator()(const Welcome &m) const
    {
        json cases = json::array();
        for (const auto &c : m.cases)
            cases.push_back(case_json(c));
        json j = {{"type", "welcome"},
                  {"id", m.id},
                  {"protocol", m.protocol},
                  {"user",
                   {{"id", m.user.id},
                    {"name", m.user.name},
                    {"role", to_string(m.user.role)},
                    {"org_id", m.user.org_id},
                    {"org_name", m.user.org_name}}},
                  {"device_id", m.device_id},
                  {"token", m.token},
                  {"token_expires", m.token_expires},
                  {"cases", std::move(cases)},
                  {"server_time", m.server_time}};
        if (m.programme) {
            j["programme"] = to_json(*m.programme);
            j["programme_revision"] = m.programme_revision;
        }
        if (!m.provider.empty())
            j["provider"] = m.provider;
        if (!m.store_epoch.empty())
            j["store_epoch"] = m.store_epoch;
        return j;
    }
    json operator()(const Ack &m) const
    {
        json accepted = json::array();
        for (const auto &a : m.accepted)
            accepted.push_back({{"op", a.op}, {"seq", a.seq}});
        json rejected = json::array();
        for (const auto &r : m.rejected)
            rejected.push_back({{"op", r.op}, {"code", r.code}, {"message", r.message}});
        return {{"type", "ack"},
                {"id", m.id},
                {"accepted", std::move(accepted)},
                {"rejected", std::move(rejected)}};
    }
    json operator()(const Changes &m) const
    {
        json changes = json::array();
        for (const auto &c : m.changes)
            changes.push_back(change_to_json(c));
        return {{"type", "changes"},
                {"id", m.id},
                {"changes", std::move(changes)},
                {"cursor", m.cursor},
                {"more", m.more}};
    }
    json operator()(const Purge &m) const
    {
        return {{"type", "purge"},
                {"id", m.id},
                {"case_id", m.case_id},
                {"categories", categories_json(m.categories)}};
    }
    json operator()(const Audit &m) const
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
        return {
            {"type", "audit"}, {"id", m.id}, {"case_id", m.case_id}, {"events", std::move(events)}};
    }
    json operator()(const ConsentHistory &m) const
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
    json operator()(const Directory &m) const
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
    json operator()(const DirectoryEdited &m) const
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
    json operator()(const ProgrammeDefinition &m) const
    {
        return {{"type", "programme_definition"},
                {"id", m.id},
                {"programme", to_json(m.programme)},
                {"revision", m.revision}};
    }
    json operator()(const Error &m) const
    {
        return {{"type", "error"}, {"id", m.id}, {"code", m.code}, {"message", m.message}};
    }
    template <typename M> json operator()(const M &m) const { return detail::write(m); }
};

// Invalid UTF-8 in a string we send would make dump() throw; replace it instead.
std::string dump(const json &j)
{
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

} // namespace

std::string serialize(const ClientMessage &m)
{
    if (const auto *p = std::get_if<Push>(&m)) // same bytes without the json tree
        return write_push_frame(*p);
    return dump(std::visit(ClientWriter{}, m));
}

std::string serialize(const ServerMessage &m)
{
    // The frames sent by the thousand skip the json tree (same bytes; see frame_writer.hpp).
    if (const auto *c = std::get_if<Changes>(&m))
        return write_changes_frame(*c);
    if (const auto *a = std::get_if<Ack>(&m))
        return write_ack_frame(*a);
    return dump(std::visit(ServerWriter{}, m));
}

std::string error_frame(const std::string &id, const std::string &code, const std::string &message)
{
    return serialize(ServerMessage{Error{id, code, message}});
}

} // namespace bro::protocol
