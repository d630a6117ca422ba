#pragma once
// private_key_jwt (RFC 7523 §2.2, OpenID Connect Core §9): the client proves who it is with a
// short-lived JWT signed by its own key. HelseID requires it: exp at most 60 s ahead, a unique jti.

#include "oidc/jws.hpp"

#include <cstdint>
#include <string>

namespace bro::oidc {

std::string make_client_assertion(const SigningKey &key, const std::string &client_id,
                                  const std::string &audience, std::int64_t now,
                                  int lifetime_seconds = 60);

} // namespace bro::oidc
