#pragma once
// One OpenID provider as this server's confidential client: its discovery document and keys
// (cached; an unknown `kid` fetches the keys again, and such fetches come at most once per
// `jwks_refetch_gap`, so made-up kids cannot make us hammer the provider), the
// authorization request (pushed, PAR, when the provider offers it), and the code exchange with
// our client authentication (client_secret_basic or private_key_jwt). Thread-safe: several
// database threads may sign people in at once.

#include "oidc/client_assertion.hpp"
#include "oidc/id_token.hpp"
#include "oidc/jwk.hpp"
#include "signin/http_fetch.hpp"
#include "signin/sign_in_config.hpp"

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>

namespace bro::signin {

// The provider answered, but not as it should (an error page, a refusal, bad JSON). The
// message is for the server's log; the person is told only that sign-in failed.
class ProviderError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct AuthorizationRequest
{
    std::string redirect_uri; // this server's callback
    std::string state;
    std::string nonce;
    std::string code_challenge; // S256 of our own verifier (PKCE with the provider)
};

class Provider
{
public:
    explicit Provider(ProviderConfig config);

    const ProviderConfig &config() const { return m_config; }

    // The URL the person's browser opens. Throws FetchError / ProviderError.
    std::string authorization_url(const AuthorizationRequest &request);
    // Redeems the code at the token endpoint and returns the ID token, unchecked.
    std::string redeem(const std::string &code, const std::string &code_verifier,
                       const std::string &redirect_uri);
    // Checks the ID token (oidc::validate_id_token) against our keys, refetching them once when
    // the token names a key we do not know (the provider rotated its keys).
    oidc::IdTokenResult check(const std::string &id_token, const std::string &nonce,
                              std::int64_t now);

    std::chrono::seconds metadata_ttl{3600};
    std::chrono::seconds jwks_refetch_gap{10};

private:
    struct Metadata
    {
        std::string authorization_endpoint;
        std::string token_endpoint;
        std::string jwks_uri;
        std::string par_endpoint; // empty: no PAR
        bool par_required = false;
    };
    Metadata metadata();
    nlohmann::json get_json(const std::string &url);
    nlohmann::json post_form(const std::string &url, const Params &form);
    Params client_authentication(const std::string &audience,
                                 std::vector<std::pair<std::string, std::string>> &headers);
    std::optional<oidc::Jwks> keys(bool refetch);

    ProviderConfig m_config;
    FetchOptions m_fetch;
    std::optional<oidc::SigningKey> m_signing_key;
    std::mutex m_mutex;
    std::optional<Metadata> m_metadata;
    std::chrono::steady_clock::time_point m_metadata_at;
    std::optional<oidc::Jwks> m_jwks;
    std::optional<std::chrono::steady_clock::time_point> m_jwks_refetched;
};

} // namespace bro::signin
