#pragma once
// PKCE (RFC 7636) with S256: between this server and the provider, and between the app and this
// server, so that an authorization code caught on its way is worth nothing alone.

#include "oidc/base64url.hpp"

#include <string>
#include <string_view>

namespace bro::oidc {

std::string pkce_verifier(); // 32 random bytes: 43 characters
std::string pkce_challenge_s256(std::string_view verifier);
// 43-128 of [A-Za-z0-9-._~], and its S256 equal to `challenge` (compared in constant time).
bool pkce_matches(std::string_view verifier, std::string_view challenge);

} // namespace bro::oidc
