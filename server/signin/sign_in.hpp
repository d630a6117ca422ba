#pragma once
// National sign-in as the hub uses it: the configuration, one Provider per configured provider,
// the key of the identity hash, and where the app may be sent back to.

#include "signin/provider.hpp"
#include "signin/sign_in_config.hpp"
#include "signin/sign_in_store.hpp"

#include <map>
#include <memory>
#include <string>

namespace bro::signin {

class SignIn
{
public:
    // Throws std::runtime_error (a bad key file, a provider's unreadable private key).
    SignIn(SignInConfig config, Database &db);

    const SignInConfig &config() const { return m_config; }
    Provider *provider(const std::string &id);
    SignInStore &store() { return m_store; }
    // HMAC-SHA256 of the national identity number under the server's key: the only form in
    // which the number is kept.
    std::string identity_hash(const std::string &pid) const;

    // RFC 8252: a loopback IP literal with any port over http (§7.3), or a private-use scheme in
    // reverse-domain form (§7.1). Never "localhost", never another host.
    static bool app_redirect_allowed(const std::string &uri);

    static constexpr std::int64_t flow_seconds = 600; // time to sign in at the provider
    static constexpr std::int64_t code_seconds = 120; // time for the app to redeem its code

private:
    SignInConfig m_config;
    SignInStore m_store;
    std::map<std::string, std::unique_ptr<Provider>> m_providers;
    std::string m_identity_key;
};

} // namespace bro::signin
