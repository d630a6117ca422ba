#pragma once
// JWS compact serialization (RFC 7515) for ID tokens and client assertions, with signatures
// through OpenSSL's EVP interface: RS256, PS256 and ES256, nothing symmetric, nothing "none".
//
// Why not a JOSE library from Debian 12: libjwt-dev (1.10.2) verifies with one key given by the
// caller and has no JWK set or kid selection, so the key choice and the algorithm allow-list
// would be ours anyway, around a second JSON library (jansson); libcpp-jwt-dev (1.4) takes the
// algorithm from the token's header unless each caller pins it, the very hole (alg confusion)
// this code exists to close, and has no JWK import. What is left for us is parsing (base64url,
// JSON, the three segments) and choosing the key; every cryptographic step is OpenSSL's.

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
    // The compact JWS of `payload`, with `alg` and `kid` in its header (plus header_extra).
    std::string sign_jws(const nlohmann::json &payload,
                         const nlohmann::json &header_extra = nlohmann::json::object()) const;
    // Raw signature bytes over `input` with `alg` (tests sign with PS256 too).
    std::string sign(std::string_view alg, std::string_view input) const;

private:
    SigningKey(PKey key, std::string kid);
    PKey m_key;
    std::string m_kid;
    std::string m_alg;
};

} // namespace bro::oidc
