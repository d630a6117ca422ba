#include "oidc/pkce.hpp"

#include <algorithm>
#include <openssl/crypto.h>
#include <openssl/sha.h>

namespace bro::oidc {

std::string pkce_verifier()
{
    return random_token(32);
}

std::string pkce_challenge_s256(std::string_view verifier)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(verifier.data()), verifier.size(), digest);
    return b64url_encode(std::string_view(reinterpret_cast<const char *>(digest), sizeof digest));
}

bool pkce_matches(std::string_view verifier, std::string_view challenge)
{
    const bool syntax = verifier.size() >= 43 && verifier.size() <= 128 &&
                        std::all_of(verifier.begin(), verifier.end(), [](char c) {
                            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                   (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
                                   c == '~';
                        });
    if (!syntax)
        return false;
    const std::string computed = pkce_challenge_s256(verifier);
    return computed.size() == challenge.size() &&
           CRYPTO_memcmp(computed.data(), challenge.data(), computed.size()) == 0;
}

} // namespace bro::oidc
