#include "signin/sign_in_config.hpp"

#include "signin/url.hpp"

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <stdexcept>

namespace bro::signin {

using nlohmann::json;

namespace {

class ConfigReader
{
public:
    ConfigReader(std::string file) : m_file(std::move(file)) {}

    [[noreturn]] void fail(const std::string &where, const std::string &what) const
    {
        throw std::runtime_error(m_file + ": " + where + ": " + what);
    }

    void only(const json &object, const std::string &where, std::set<std::string> known) const
    {
        if (!object.is_object())
            fail(where.empty() ? "(top)" : where, "must be an object");
        for (const auto &[key, value] : object.items())
            if (!known.count(key))
                fail(where.empty() ? key : where + "." + key, "unknown key");
    }

    std::string text(const json &object, const std::string &where, const char *key, bool required,
                     const std::string &fallback = {}) const
    {
        const auto it = object.find(key);
        const std::string path = where.empty() ? key : where + "." + key;
        if (it == object.end()) {
            if (required)
                fail(path, "is required");
            return fallback;
        }
        if (!it->is_string() || it->get_ref<const std::string &>().empty())
            fail(path, "must be a non-empty string");
        return it->get<std::string>();
    }

    std::vector<std::string> texts(const json &object, const std::string &where,
                                   const char *key) const
    {
        std::vector<std::string> out;
        const auto it = object.find(key);
        if (it == object.end())
            return out;
        const std::string path = where + "." + key;
        if (!it->is_array())
            fail(path, "must be a list of strings");
        for (const auto &v : *it) {
            if (!v.is_string() || v.get_ref<const std::string &>().empty())
                fail(path, "must be a list of non-empty strings");
            out.push_back(v.get<std::string>());
        }
        return out;
    }

private:
    std::string m_file;
};

std::string read_file(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(path + ": cannot be read");
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A secret may stand in its own file (kept out of the configuration, readable by the service).
std::string secret_from(const std::string &path, const std::string &where)
{
    std::string s = read_file(path);
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' '))
        s.pop_back();
    if (s.empty())
        throw std::runtime_error(path + ": " + where + ": the file is empty");
    return s;
}

ProviderConfig read_provider(const ConfigReader &r, const json &p, const std::string &where)
{
    r.only(p, where,
           {"id", "name", "issuer", "client_id", "client_secret_file", "private_key_file", "key_id",
            "scope", "acr", "acr_levels", "pid_claim", "roles", "ca_file", "timeout_ms"});
    ProviderConfig c;
    c.id = r.text(p, where, "id", true);
    c.name = r.text(p, where, "name", true);
    c.issuer = r.text(p, where, "issuer", true);
    const auto issuer = parse_url(c.issuer);
    if (!issuer || (issuer->scheme == "http" && !is_loopback_host(issuer->host)))
        r.fail(where + ".issuer", "must be an https URL (plain http only on loopback)");
    c.client_id = r.text(p, where, "client_id", true);
    const auto secret_file = r.text(p, where, "client_secret_file", false);
    c.private_key_file = r.text(p, where, "private_key_file", false);
    if (secret_file.empty() == c.private_key_file.empty())
        r.fail(where, "give exactly one of client_secret_file (client_secret_basic) and "
                      "private_key_file (private_key_jwt)");
    if (!secret_file.empty())
        c.client_secret = secret_from(secret_file, where + ".client_secret_file");
    c.key_id = r.text(p, where, "key_id", !c.private_key_file.empty());
    c.scope = r.text(p, where, "scope", false, c.scope);
    if ((" " + c.scope + " ").find(" openid ") == std::string::npos)
        r.fail(where + ".scope", "must include openid");
    c.acr_levels = r.texts(p, where, "acr_levels");
    c.acr = r.text(p, where, "acr", false);
    if (!c.acr.empty() &&
        std::find(c.acr_levels.begin(), c.acr_levels.end(), c.acr) == c.acr_levels.end())
        r.fail(where + ".acr", "'" + c.acr + "' is not one of acr_levels");
    c.pid_claim = r.text(p, where, "pid_claim", false, c.pid_claim);
    for (const auto &name : r.texts(p, where, "roles")) {
        const auto role = parse_role(name);
        if (!role)
            r.fail(where + ".roles", "'" + name + "' is not a role");
        c.roles.push_back(*role);
    }
    if (c.roles.empty())
        r.fail(where + ".roles", "name at least one role that signs in here");
    c.ca_file = r.text(p, where, "ca_file", false);
    if (const auto t = p.find("timeout_ms"); t != p.end()) {
        if (!t->is_number_integer() || *t < 500 || *t > 60000)
            r.fail(where + ".timeout_ms", "must be a whole number from 500 to 60000");
        c.timeout_ms = t->get<int>();
    }
    return c;
}

} // namespace

const ProviderConfig *SignInConfig::provider(const std::string &id) const
{
    for (const auto &p : providers)
        if (p.id == id)
            return &p;
    return nullptr;
}

SignInConfig load_sign_in_config(const std::string &path)
{
    const ConfigReader r(path);
    json j;
    try {
        j = json::parse(read_file(path));
    } catch (const json::parse_error &e) {
        throw std::runtime_error(path + ": not valid JSON: " + e.what());
    }
    r.only(j, "", {"callback_url", "identity_key_file", "passwords", "providers"});
    SignInConfig c;
    c.callback_url = r.text(j, "", "callback_url", true);
    const auto callback = parse_url(c.callback_url);
    if (!callback || (callback->scheme == "http" && !is_loopback_host(callback->host)))
        r.fail("callback_url", "must be an https URL (plain http only on loopback)");
    c.identity_key_file = r.text(j, "", "identity_key_file", true);
    if (const auto pw = j.find("passwords"); pw != j.end()) {
        if (!pw->is_boolean())
            r.fail("passwords", "must be true or false");
        c.passwords = pw->get<bool>();
    }
    const auto providers = j.find("providers");
    if (providers == j.end() || !providers->is_array() || providers->empty())
        r.fail("providers", "must list at least one provider");
    std::set<std::string> ids;
    for (std::size_t i = 0; i < providers->size(); ++i) {
        const std::string where = "providers[" + std::to_string(i) + "]";
        auto p = read_provider(r, (*providers)[i], where);
        if (!ids.insert(p.id).second)
            r.fail(where + ".id", "'" + p.id + "' is used twice");
        c.providers.push_back(std::move(p));
    }
    return c;
}

} // namespace bro::signin
