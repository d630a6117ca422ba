// The sign-in family (protocol_sign_in.hpp): national sign-in and the person's devices.

#include "sync/protocol_families.hpp"

#include <algorithm>

namespace bro::protocol::detail {

namespace {

// PKCE (RFC 7636 §4.1): 43-128 characters of [A-Za-z0-9-._~]; an S256 challenge is 43.
void pkce_text(Reader &r, const char *name, std::string &out)
{
    out = r.text(name, true, 128);
    const bool syntax =
        out.size() >= 43 && std::all_of(out.begin(), out.end(), [](unsigned char c) {
            return std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
        });
    if (r.ok() && !syntax)
        r.fail(code::bad_value,
               std::string("'") + name + "' must be 43-128 characters of A-Z a-z 0-9 - . _ ~");
}

} // namespace

bool read_sign_in_client(const std::string &type, const std::string &id, Reader &r,
                         ClientMessage &out)
{
    if (type == "sign_in_options") {
        out = SignInOptionsQuery{id};
    } else if (type == "sign_in_start") {
        SignInStart m;
        m.id = id;
        protocol_ok(r);
        m.provider = r.text("provider", true, 64);
        pkce_text(r, "code_challenge", m.code_challenge);
        m.redirect_uri = r.text("redirect_uri", true, 512);
        m.state = r.text("state", true, 128);
        m.invite_code = r.text("invite_code", false, 64);
        out = std::move(m);
    } else if (type == "sign_in_finish") {
        SignInFinish m;
        m.id = id;
        protocol_ok(r);
        m.code = r.text("code", true, 128);
        pkce_text(r, "code_verifier", m.code_verifier);
        m.device_name = r.text("device_name", true, 200);
        m.platform = r.text("platform", false, 32);
        out = std::move(m);
    } else if (type == "devices_query") {
        out = DevicesQuery{id};
    } else if (type == "device_sign_out") {
        out = DeviceSignOut{id, r.text("device_id", true, max_id_bytes)};
    } else {
        return false;
    }
    return true;
}

bool read_sign_in_server(const std::string &type, const std::string &id, Reader &r,
                         ServerMessage &out)
{
    if (type == "sign_in_options") {
        SignInOptions m;
        m.id = id;
        if (const json *list = r.array("providers")) {
            for (const auto &pj : *list) {
                if (!pj.is_object()) {
                    r.fail(code::wrong_type, "'providers' items must be objects");
                    break;
                }
                ProtocolError sub_error;
                Reader pr(pj, sub_error, "providers");
                SignInProviderInfo info;
                info.id = pr.text("id", true, 64);
                info.name = pr.text("name", true, 200);
                if (const json *roles = pr.array("roles"))
                    for (const auto &rj : *roles) {
                        const auto role =
                            rj.is_string() ? parse_role(rj.get<std::string>()) : std::nullopt;
                        if (role)
                            info.roles.push_back(*role);
                    }
                if (!pr.ok()) {
                    r.fail(sub_error.code.c_str(), sub_error.message);
                    break;
                }
                m.providers.push_back(std::move(info));
            }
        }
        m.passwords = r.boolean("passwords", true, true);
        out = std::move(m);
    } else if (type == "sign_in_started") {
        out = SignInStarted{id, r.text("authorize_url", true, 8192)};
    } else if (type == "devices") {
        Devices m;
        m.id = id;
        if (const json *list = r.array("devices")) {
            for (const auto &dj : *list) {
                if (!dj.is_object()) {
                    r.fail(code::wrong_type, "'devices' items must be objects");
                    break;
                }
                ProtocolError sub_error;
                Reader dr(dj, sub_error, "devices");
                DeviceInfo d;
                d.device_id = dr.text("device_id", true, max_id_bytes);
                d.name = dr.text("name", true, 200);
                d.platform = dr.text("platform", false, 32);
                d.provider = dr.text("provider", false, 64);
                d.created = dr.text("created", true, 64);
                d.last_seen = dr.text("last_seen", false, 64);
                d.current = dr.boolean("current", false, false);
                d.signed_out = dr.boolean("signed_out", false, false);
                if (!dr.ok()) {
                    r.fail(sub_error.code.c_str(), sub_error.message);
                    break;
                }
                m.devices.push_back(std::move(d));
            }
        }
        out = std::move(m);
    } else {
        return false;
    }
    return true;
}

json write(const SignInOptionsQuery &m)
{
    return {{"type", "sign_in_options"}, {"id", m.id}};
}

json write(const SignInStart &m)
{
    json j = {{"type", "sign_in_start"},
              {"id", m.id},
              {"protocol", version},
              {"provider", m.provider},
              {"code_challenge", m.code_challenge},
              {"redirect_uri", m.redirect_uri},
              {"state", m.state}};
    if (!m.invite_code.empty())
        j["invite_code"] = m.invite_code;
    return j;
}

json write(const SignInFinish &m)
{
    return {{"type", "sign_in_finish"},
            {"id", m.id},
            {"protocol", version},
            {"code", m.code},
            {"code_verifier", m.code_verifier},
            {"device_name", m.device_name},
            {"platform", m.platform}};
}

json write(const DevicesQuery &m)
{
    return {{"type", "devices_query"}, {"id", m.id}};
}

json write(const DeviceSignOut &m)
{
    return {{"type", "device_sign_out"}, {"id", m.id}, {"device_id", m.device_id}};
}

json write(const SignInOptions &m)
{
    json providers = json::array();
    for (const auto &p : m.providers) {
        json roles = json::array();
        for (auto role : p.roles)
            roles.push_back(to_string(role));
        providers.push_back({{"id", p.id}, {"name", p.name}, {"roles", std::move(roles)}});
    }
    return {{"type", "sign_in_options"},
            {"id", m.id},
            {"providers", std::move(providers)},
            {"passwords", m.passwords}};
}

json write(const SignInStarted &m)
{
    return {{"type", "sign_in_started"}, {"id", m.id}, {"authorize_url", m.authorize_url}};
}

json write(const Devices &m)
{
    json devices = json::array();
    for (const auto &d : m.devices)
        devices.push_back({{"device_id", d.device_id},
                           {"name", d.name},
                           {"platform", d.platform},
                           {"provider", d.provider},
                           {"created", d.created},
                           {"last_seen", d.last_seen},
                           {"current", d.current},
                           {"signed_out", d.signed_out}});
    return {{"type", "devices"}, {"id", m.id}, {"devices", std::move(devices)}};
}

} // namespace bro::protocol::detail
