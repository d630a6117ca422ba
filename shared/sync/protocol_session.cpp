// The session family (protocol_session.hpp): hello, login and enrol; welcome and a programme's
// new definition.

#include "sync/protocol_families.hpp"

namespace bro::protocol::detail {

namespace {

// Login and enrol carry the same credentials.
template <typename M> void read_credentials(Reader &r, M &m)
{
    m.user = r.text("user", true, 64);
    m.password = r.text("password", true, 1024);
    m.device_name = r.text("device_name", true, 200);
}

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

bool read_session_client(const std::string &type, const std::string &id, Reader &r,
                         ClientMessage &out)
{
    if (type == "hello") {
        Hello m;
        m.id = id;
        protocol_ok(r);
        m.device_id = r.text("device_id", true, max_id_bytes);
        m.token = r.text("token", true, 256);
        out = std::move(m);
    } else if (type == "login") {
        Login m;
        m.id = id;
        protocol_ok(r);
        read_credentials(r, m);
        out = std::move(m);
    } else if (type == "enrol") {
        Enrol m;
        m.id = id;
        protocol_ok(r);
        m.invite_code = r.text("invite_code", true, 64);
        read_credentials(r, m);
        out = std::move(m);
    } else {
        return false;
    }
    return true;
}

bool read_session_server(const std::string &type, const std::string &id, Reader &r,
                         ServerMessage &out)
{
    ProtocolError &err = r.error();
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
        out = std::move(m);
    } else if (type == "programme_definition") {
        ProgrammeDefinition m;
        m.id = id;
        if (const json *def = r.get("programme", true))
            if (auto p = read_programme_definition(r, *def))
                m.programme = std::move(*p);
        m.revision = r.integer("revision", true, 0, std::numeric_limits<std::int64_t>::max(), 0);
        out = std::move(m);
    } else {
        return false;
    }
    return true;
}

json write(const Hello &m)
{
    return {{"type", "hello"},
            {"id", m.id},
            {"protocol", m.protocol},
            {"device_id", m.device_id},
            {"token", m.token}};
}

json write(const Login &m)
{
    return {{"type", "login"},        {"id", m.id},
            {"protocol", m.protocol}, {"user", m.user},
            {"password", m.password}, {"device_name", m.device_name}};
}

json write(const Enrol &m)
{
    return {{"type", "enrol"},
            {"id", m.id},
            {"protocol", m.protocol},
            {"invite_code", m.invite_code},
            {"user", m.user},
            {"password", m.password},
            {"device_name", m.device_name}};
}

json write(const Welcome &m)
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

json write(const ProgrammeDefinition &m)
{
    return {{"type", "programme_definition"},
            {"id", m.id},
            {"programme", to_json(m.programme)},
            {"revision", m.revision}};
}

} // namespace bro::protocol::detail
