#pragma once
// base64url without padding (RFC 7515 §2), as JOSE and PKCE use it. Decoding is strict: padding,
// characters outside the alphabet and non-zero trailing bits are refused, so one token has one
// spelling.

#include <optional>
#include <string>
#include <string_view>

namespace bro::oidc {

std::string b64url_encode(std::string_view bytes);
std::optional<std::string> b64url_decode(std::string_view text);

// `bytes` random bytes from OpenSSL's CSPRNG, base64url-encoded.
std::string random_token(std::size_t bytes);

} // namespace bro::oidc
