#pragma once
// A provider's published signing keys (JWKS, RFC 7517) as OpenSSL keys. Only what an ID token may
// be signed with: RSA of 2048 bits or more, and EC on P-256. A key for encryption, of another
// type or malformed is skipped, not fatal: providers publish more than we use.

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

typedef struct evp_pkey_st EVP_PKEY;

namespace bro::oidc {

using PKey = std::shared_ptr<EVP_PKEY>;

struct JwkKey
{
    std::string kid;
    std::string kty; // "RSA" or "EC"
    std::string alg; // as published; empty when the key does not say
    PKey key;
};

class Jwks
{
public:
    // Nothing (with the reason) when the document is not a key set at all.
    static std::optional<Jwks> parse(const nlohmann::json &doc, std::string *error);

    const JwkKey *find(std::string_view kid) const;
    std::size_t size() const { return m_keys.size(); }
    const std::vector<JwkKey> &keys() const { return m_keys; }

private:
    std::vector<JwkKey> m_keys;
};

// One JWK's public key; nothing when it is not a signing key we accept.
std::optional<JwkKey> import_jwk(const nlohmann::json &jwk);
// The public half of `key` as a JWK (kty and its members; the caller adds kid, alg, use).
nlohmann::json export_public_jwk(EVP_PKEY *key);

} // namespace bro::oidc
