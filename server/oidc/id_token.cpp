#include "oidc/id_token.hpp"

#include "oidc/jws.hpp"

#include <algorithm>
#include <cstdint>

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

std::optional<std::string> text(const nlohmann::json &j, const char *name)
{
    const auto it = j.find(name);
    if (it == j.end() || !it->is_string())
        return std::nullopt;
    return it->get<std::string>();
}

// A header value fit for the log: the token's sender chooses it, so only a short run of plain
// characters (no line breaks to forge log lines with).
std::string shown(std::string_view s)
{
    std::string out;
    for (const char c : s.substr(0, 16))
        out += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c : '?';
    return out;
}

// NumericDate (RFC 7519 §2): seconds, possibly with a fraction. Beyond the year 9999 or below
// zero it is no date, and a cast of such a double to an integer would be undefined.
enum class Date { absent, bad, ok };
Date seconds(const nlohmann::json &claims, const char *name, std::int64_t &out)
{
    constexpr double last = 253402300799.0; // 9999-12-31T23:59:59Z
    const auto it = claims.find(name);
    if (it == claims.end())
        return Date::absent;
    if (!it->is_number())
        return Date::bad;
    const double v = it->is_number_float()      ? it->get<double>()
                     : it->is_number_unsigned() ? static_cast<double>(it->get<std::uint64_t>())
                                                : static_cast<double>(it->get<std::int64_t>());
    if (!(v >= 0.0 && v <= last))
        return Date::bad;
    out = static_cast<std::int64_t>(v);
    return Date::ok;
}

} // namespace

IdTokenResult validate_id_token(std::string_view compact, const Jwks &keys,
                                const IdTokenExpectations &expect)
{
    auto jws = split_jws(compact);
    if (!jws)
        return refuse(Refusal::malformed, "not a compact JWS of three base64url JSON segments");
    const auto &h = jws->header;
    // The allow-list comes first: no key is looked up for a token that names none or HS256.
    const auto alg = text(h, "alg");
    if (!alg || !allowed_alg(*alg))
        return refuse(Refusal::alg_not_allowed,
                      "algorithm '" + shown(alg.value_or("")) + "' is not RS256, PS256 or ES256");
    // RFC 7515 §4.1.11: an extension we do not understand must not be ignored.
    if (h.contains("crit"))
        return refuse(Refusal::malformed, "the header has 'crit'");
    if (h.contains("typ")) {
        std::string t = text(h, "typ").value_or("");
        for (char &c : t) // ASCII only: a locale must not decide what "JWT" is
            if (c >= 'a' && c <= 'z')
                c = static_cast<char>(c - 'a' + 'A');
        if (t != "JWT")
            return refuse(Refusal::malformed, "typ is not JWT");
    }
    // jku, x5u, jwk and x5c in the header are never read: keys come only from the provider's set.
    if (h.contains("kid") && !text(h, "kid"))
        return refuse(Refusal::malformed, "kid is not text");
    const std::string kid = text(h, "kid").value_or("");
    if (kid.empty() && keys.size() != 1) // one key: a token may leave kid out (Core §10.1)
        return refuse(Refusal::unknown_kid, "no kid, and the provider has several keys");
    // A provider may publish an RSA and an EC key under one kid: take the one that fits the alg,
    // never another type.
    const JwkKey *key = nullptr;
    bool named = false;
    for (const auto &k : keys.keys()) {
        if (!kid.empty() && k.kid != kid)
            continue;
        named = true;
        if ((k.alg.empty() || k.alg == *alg) && key_fits(*alg, k.key.get())) {
            key = &k;
            break;
        }
    }
    if (!named)
        return refuse(Refusal::unknown_kid, "the token's kid names no key in the provider's set");
    if (!key)
        return refuse(Refusal::alg_not_allowed, "the named key is not for " + *alg);
    if (!verify_signature(*alg, key->key.get(), jws->signing_input, jws->signature))
        return refuse(Refusal::bad_signature, "the signature does not verify");

    // Signed by the provider: now its claims can be read.
    const auto &c = jws->payload;
    if (expect.issuer.empty() || text(c, "iss") != expect.issuer)
        return refuse(Refusal::wrong_issuer, "iss is not the configured issuer");
    const auto aud = c.find("aud");
    std::vector<std::string> audiences;
    if (aud != c.end() && aud->is_string())
        audiences.push_back(aud->get<std::string>());
    else if (aud != c.end() && aud->is_array())
        for (const auto &a : *aud) {
            if (!a.is_string())
                return refuse(Refusal::wrong_audience, "aud holds something other than text");
            audiences.push_back(a.get<std::string>());
        }
    if (expect.client_id.empty() ||
        std::find(audiences.begin(), audiences.end(), expect.client_id) == audiences.end())
        return refuse(Refusal::wrong_audience, "aud does not name this client");
    const auto azp = text(c, "azp");
    if (c.contains("azp") && azp != expect.client_id)
        return refuse(Refusal::wrong_azp, "azp names another client");
    if (audiences.size() > 1 && !azp)
        return refuse(Refusal::wrong_azp, "several audiences and no azp");

    const std::int64_t skew = std::clamp(expect.skew_seconds, 0, 120);
    const std::int64_t max_age = std::max(expect.max_age_seconds, 0);
    std::int64_t exp = 0, iat = 0, nbf = 0;
    const Date has_exp = seconds(c, "exp", exp), has_iat = seconds(c, "iat", iat),
               has_nbf = seconds(c, "nbf", nbf);
    if (has_exp == Date::bad || has_iat == Date::bad || has_nbf == Date::bad)
        return refuse(Refusal::malformed, "exp, iat or nbf is not a time in seconds");
    if (has_exp == Date::absent || has_iat == Date::absent)
        return refuse(Refusal::missing_claim, "exp or iat is missing");
    if (exp <= expect.now - skew)
        return refuse(Refusal::expired, "the token has expired");
    if (has_nbf == Date::ok && nbf > expect.now + skew)
        return refuse(Refusal::not_yet_valid, "the token is not valid yet (nbf)");
    if (iat > expect.now + skew)
        return refuse(Refusal::issued_in_future, "the token was issued in the future (iat)");
    if (iat < expect.now - max_age)
        return refuse(Refusal::too_old, "the token was issued too long ago (iat)");
    if (!expect.nonce.empty() && text(c, "nonce") != expect.nonce)
        return refuse(Refusal::nonce_mismatch, "nonce is missing or not this sign-in's");
    if (!expect.min_acr.empty()) {
        const auto &levels = expect.acr_levels;
        const auto need = std::find(levels.begin(), levels.end(), expect.min_acr);
        if (need == levels.end())
            return refuse(Refusal::acr_too_low, "the required level is not among the known ones");
        const auto acr = text(c, "acr");
        if (!acr)
            return refuse(Refusal::acr_too_low, "acr is missing");
        // An unknown level counts as below every known one: a provider's new name is configured
        // before it is trusted.
        const auto have = std::find(levels.begin(), levels.end(), *acr);
        if (have == levels.end() || have < need)
            return refuse(Refusal::acr_too_low, "the sign-in's level is below the one required");
    }
    if (text(c, "sub").value_or("").empty())
        return refuse(Refusal::missing_claim, "sub is missing");
    IdTokenResult ok;
    ok.ok = true;
    ok.claims = c;
    ok.kid = key->kid;
    return ok;
}

} // namespace bro::oidc
