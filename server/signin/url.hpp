#pragma once
// The little URL work sign-in needs: split a provider's URL, build a query or form body, read a
// callback's query. Only what OpenID Connect uses; anything odd is refused, never guessed.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bro::signin {

struct Url
{
    std::string scheme; // "http" or "https"
    std::string host;   // without brackets for IPv6
    std::string port;   // always set: the scheme's default when the URL has none
    std::string target; // path and query, at least "/"
};

// http and https only, no user info, no fragment.
std::optional<Url> parse_url(std::string_view text);
// 127.0.0.1 (any 127/8), ::1: where plain http is allowed.
bool is_loopback_host(std::string_view host);

std::string percent_encode(std::string_view text); // RFC 3986 unreserved kept
std::optional<std::string> percent_decode(std::string_view text, bool plus_is_space);

using Params = std::vector<std::pair<std::string, std::string>>;
std::string form_encode(const Params &params); // application/x-www-form-urlencoded
// A query string or form body; a repeated name or a bad escape refuses the whole.
std::optional<std::map<std::string, std::string>> parse_query(std::string_view query);
// `base` plus params after '?' or '&'.
std::string with_query(const std::string &base, const Params &params);

} // namespace bro::signin
