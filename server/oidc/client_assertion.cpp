#include "oidc/client_assertion.hpp"

#include "oidc/base64url.hpp"

#include <algorithm>

namespace bro::oidc {

std::string make_client_assertion(const SigningKey &key, const std::string &client_id,
                                  const std::string &audience, std::int64_t now,
                                  int lifetime_seconds)
{
    const nlohmann::json claims = {{"iss", client_id},
                                   {"sub", client_id},
                                   {"aud", audience},
                                   {"jti", random_token(24)},
                                   {"iat", now},
                                   {"nbf", now},
                                   {"exp", now + std::clamp(lifetime_seconds, 1, 60)}};
    return key.sign_jws({{"typ", "JWT"}}, claims);
}

} // namespace bro::oidc
