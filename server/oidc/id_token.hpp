#pragma once
// ID token validation as OpenID Connect Core §3.1.3.7 says. The classic holes are each closed
// before anything else is trusted: `alg: none` and symmetric algorithms (HS256 with the public
// key as secret), a `kid` that names another key or none, a key of the wrong type, an unchecked
// `aud`, `nonce` or `acr`. Every refusal has a code and a reason for the server's log; neither
// ever carries a claim's value (an identity number) or the token.

#include "oidc/jwk.hpp"
#include "oidc/jws.hpp" // peek_kid, for a caller that refetches keys on unknown_kid

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace bro::oidc {

enum class Refusal {
    none,
    malformed,
    alg_not_allowed,
    unknown_kid,
    bad_signature,
    wrong_issuer,
    wrong_audience,
    wrong_azp,
    expired,
    not_yet_valid,
    issued_in_future,
    too_old,
    nonce_mismatch,
    acr_too_low,
    missing_claim,
};
const char *refusal_code(Refusal r);

struct IdTokenExpectations
{
    std::string issuer;
    std::string client_id;
    std::string nonce;
    std::vector<std::string> acr_levels; // weakest first
    std::string min_acr;                 // empty: no level asked for
    std::int64_t now = 0;                // unix seconds
    int skew_seconds = 30;               // clocks differ; bounded to 0..120 whatever is asked
    int max_age_seconds = 600;           // iat older than now - this: refused (a replayed token)
};

struct IdTokenResult
{
    bool ok = false;
    Refusal reason = Refusal::none;
    std::string reason_text; // English, for the server's log: never a claim's value or the token
    nlohmann::json claims;
    std::string kid;
};

IdTokenResult validate_id_token(std::string_view compact, const Jwks &keys,
                                const IdTokenExpectations &expect);

} // namespace bro::oidc
