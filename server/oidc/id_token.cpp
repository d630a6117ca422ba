#include "oidc/id_token.hpp"

#include "oidc/jws.hpp"

#include <algorithm>

namespace bro::oidc {

const char *refusal_code(Refusal r)
{
    switch (r) {
    case Refusal::none:
        return "none";
    case Refusal::malformed:
        return "malformed";
    case Refusal::alg_not_allowed:
        return "alg_not_allowed";
    case Refusal::unknown_kid:
        return "unknown_kid";
    case Refusal::bad_signature:
        return "bad_signature";
    case Refusal::wrong_issuer:
        return "wrong_issuer";
    case Refusal::wrong_audience:
        return "wrong_audience";
    case Refusal::wrong_azp:
        return "wrong_azp";
    case Refusal::expired:
        return "expired";
    case Refusal::not_yet_valid:
        return "not_yet_valid";
    case Refusal::issued_in_future:
        return "issued_in_future";
    case Refusal::too_old:
        return "too_old";
    case Refusal::nonce_mismatch:
        return "nonce_mismatch";
    case Refusal::acr_too_low:
        return "acr_too_low";
    case Refusal::missing_claim:
        return "missing_claim";
    }
    return "?";
}

namespace {

IdTokenResult refuse(Refusal r, std::string why)
{
    IdTokenResult out;
    out.reason = r;
    out.reason_text = std::move(why);
    return out;
}

// A NumericDate claim (seconds); nothing when absent or not a number.
std::optional<std::int64_t> seconds(const nlohmann::json &claims, const char *name)
{
    const auto it = claims.find(name);
    if (it == claims.end() || !it->is_number())
        return std::nullopt;
    return static_cast<std::int64_t>(it->get<double>());
}

std::optional<std::string> text(const nlohmann::json &claims, const char *name)
{
    const auto it = claims.find(name);
    if (it == claims.end() || !it->is_string())
        return std::nullopt;
    return it->get<std::string>();
}

} // namespace

IdTokenResult validate_id_token(std::string_view compact, const Jwks &keys,
                                const IdTokenExpectations &expect)
{
    auto jws = split_jws(compact);
    if (!jws)
        return refuse(Refusal::malformed, "not a compact JWS of three base64url JSON segments");
    const auto &h = jws->header;
    const std::string alg = h.value("alg", std::string());
    if (!allowed_alg(alg))
        return refuse(Refusal::alg_not_allowed,
                      "algorithm '" + alg.substr(0, 16) + "' is not RS256, PS256 or ES256");
    if (h.contains("crit"))
        return refuse(Refusal::malformed, "the header has 'crit', which we do not understand");
    if (const auto typ = h.find("typ"); typ != h.end()) {
        std::string t = typ->is_string() ? typ->get<std::string>() : "";
        std::transform(t.begin(), t.end(), t.begin(), ::toupper);
        if (t != "JWT")
            return refuse(Refusal::malformed, "typ is not JWT");
    }
    const auto kid_it = h.find("kid");
    const std::string kid =
        kid_it != h.end() && kid_it->is_string() ? kid_it->get<std::string>() : std::string();
    const JwkKey *key = nullptr;
    if (!kid.empty())
        key = keys.find(kid);
    else if (keys.size() == 1) // one key: a token may leave kid out (Core §10.1)
        key = &keys.keys().front();
    if (!key)
        return refuse(Refusal::unknown_kid, kid.empty() ? "no kid, and the provider has several "
                                                          "keys"
                                                        : "no key '" + kid.substr(0, 64) + "'");
    if ((!key->alg.empty() && key->alg != alg) || !key_fits(alg, key->key.get()))
        return refuse(Refusal::alg_not_allowed,
                      "key '" + key->kid.substr(0, 64) + "' is not for " + alg);
    if (!verify_signature(alg, key->key.get(), jws->signing_input, jws->signature))
        return refuse(Refusal::bad_signature, "the signature does not verify");

    // Signed by the provider: now its claims can be read.
    const auto &c = jws->payload;
    if (text(c, "iss") != expect.issuer)
        return refuse(Refusal::wrong_issuer, "iss is not the configured issuer");
    const auto aud = c.find("aud");
    std::vector<std::string> audiences;
    if (aud != c.end() && aud->is_string())
        audiences.push_back(aud->get<std::string>());
    else if (aud != c.end() && aud->is_array())
        for (const auto &a : *aud)
            if (a.is_string())
                audiences.push_back(a.get<std::string>());
    if (std::find(audiences.begin(), audiences.end(), expect.client_id) == audiences.end())
        return refuse(Refusal::wrong_audience, "aud does not name this client");
    const auto azp = text(c, "azp");
    if ((audiences.size() > 1 && !azp) || (azp && *azp != expect.client_id))
        return refuse(Refusal::wrong_azp, "azp is missing or names another client");

    const std::int64_t skew = std::clamp(expect.skew_seconds, 0, 120);
    const auto exp = seconds(c, "exp"), iat = seconds(c, "iat"), nbf = seconds(c, "nbf");
    if (!exp || !iat)
        return refuse(Refusal::missing_claim, "exp or iat is missing");
    if (*exp <= expect.now - skew)
        return refuse(Refusal::expired, "the token has expired");
    if (nbf && *nbf > expect.now + skew)
        return refuse(Refusal::not_yet_valid, "the token is not valid yet (nbf)");
    if (*iat > expect.now + skew)
        return refuse(Refusal::issued_in_future, "the token was issued in the future (iat)");
    if (*iat < expect.now - expect.max_age_seconds - skew)
        return refuse(Refusal::too_old, "the token was issued too long ago (iat)");
    if (!expect.nonce.empty() && text(c, "nonce") != expect.nonce)
        return refuse(Refusal::nonce_mismatch, "nonce is missing or not this sign-in's");
    if (!expect.min_acr.empty()) {
        const auto acr = text(c, "acr");
        const auto &levels = expect.acr_levels;
        const auto have = acr ? std::find(levels.begin(), levels.end(), *acr) : levels.end();
        const auto need = std::find(levels.begin(), levels.end(), expect.min_acr);
        if (have == levels.end() || need == levels.end() || have < need)
            return refuse(Refusal::acr_too_low, "the sign-in's level is below the one required");
    }
    if (!text(c, "sub"))
        return refuse(Refusal::missing_claim, "sub is missing");
    IdTokenResult ok;
    ok.ok = true;
    ok.claims = c;
    ok.kid = key->kid;
    return ok;
}

} // namespace bro::oidc
