#pragma once
// JWS compact serialization (RFC 7515) for ID tokens and client assertions, every signature step
// through OpenSSL 3's EVP interface: RS256, PS256 and ES256; nothing symmetric, nothing "none".
//
// Why not Debian 12's JOSE packages. libjwt-dev 1.10.2 (+deb12u1) verifies against one key the
// caller hands it and takes the algorithm from the token's header (the HS256-with-the-public-key
// confusion was reported against jwt_decode, libjwt #200); it has no JWK set, no kid selection and
// brings a second JSON library (jansson). libcpp-jwt-dev 1.4 has an algorithm allow-list, but
// one secret for all of them (alg confusion when HS and RS are both allowed, cpp-jwt #102), no JWK
// import, and reaches for OpenSSL's EC_KEY calls that OpenSSL 3 deprecates. Either way the key
// choice, the allow-list and the claim rules would still be ours; what they would add is a
// parser we do not control. So parsing (base64url, JSON, three segments) and choosing the key are
// ours, small and tested by forged tokens; every cryptographic step is OpenSSL's.

#include "oidc/jwk.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace bro::oidc {

struct CompactJws
{
    nlohmann::json header;
    nlohmann::json payload;
    std::string signing_input; // base64url(header) "." base64url(payload)
    std::string signature;     // raw bytes
};

// The header's kid without checking anything else, so that a caller can fetch the provider's keys
// again once when a token names a key it does not have yet (rotation). Never trust it further.
std::optional<std::string> peek_kid(std::string_view compact);

// Exactly three segments of valid base64url, header and payload JSON objects. At most 16 KiB.
std::optional<CompactJws> split_jws(std::string_view compact);

// Whether `alg` may sign an ID token or an assertion here.
bool allowed_alg(std::string_view alg);
// The key's type fits the algorithm (RSA for RS256/PS256, EC P-256 for ES256).
bool key_fits(std::string_view alg, EVP_PKEY *key);
bool verify_signature(std::string_view alg, EVP_PKEY *key, std::string_view input,
                      std::string_view signature);

// A private key of ours: for private_key_jwt (HelseID) and for tests that forge tokens.
class SigningKey
{
public:
    static std::optional<SigningKey> load_pem(const std::string &path, std::string kid,
                                              std::string *error);
    static SigningKey generate_ec(std::string kid);
    static SigningKey generate_rsa(std::string kid);

    const std::string &kid() const { return m_kid; }
    const std::string &alg() const { return m_alg; } // RS256 or ES256
    EVP_PKEY *key() const { return m_key.get(); }
    std::string private_pem() const;
    nlohmann::json public_jwk() const; // with kid, alg and use "sig"
    // The compact JWS of `payload`; its header is alg and kid, then header_extra's members (which
    // may name PS256 for an RSA key). Throws for an alg that does not fit the key.
    std::string sign_jws(const nlohmann::json &header_extra, const nlohmann::json &payload) const;
    // Raw JOSE signature bytes over `input` (ES256 as r||s). Throws when alg does not fit.
    std::string sign(std::string_view alg, std::string_view input) const;

private:
    SigningKey(PKey key, std::string kid);
    PKey m_key;
    std::string m_kid;
    std::string m_alg;
};

} // namespace bro::oidc
