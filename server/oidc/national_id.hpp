#pragma once
// The Norwegian national identity number (fødselsnummer, D-number, H-number, and the synthetic
// numbers of the test environments) as sign-in needs it: checked, turned into a keyed hash that
// is all the server keeps, and read for a date of birth where the age rule needs one.

#include <optional>
#include <string>
#include <string_view>

namespace bro::oidc {

// Hex HMAC-SHA256 of the number under the server's key (OpenSSL). Without the key, a copy of the
// database cannot be searched for a number, though there are only some billions of them. Throws
// for an empty key.
std::string identity_hash(std::string_view server_key, std::string_view pid);

// 11 digits whose two mod-11 check digits hold.
bool valid_fnr(std::string_view pid);

// YYYY-MM-DD. D-numbers carry day + 40; H-numbers and NAV's synthetic test people month + 40;
// Skatteetaten's synthetic test people (Tenor, what ID-porten's test environment signs in) month
// + 80. The century comes from the individual number (digits 7-9, the Folkeregister's rules):
// 000-499 1900-1999; 500-749 with year 54-99 1854-1899; 500-999 with year 00-39 2000-2039;
// 900-999 with year 40-99 1940-1999. Nothing for an invalid number or a date that does not exist.
// The date may lie before 1900 or after today: a caller that stores it checks that itself.
std::optional<std::string> birth_date_from_pid(std::string_view pid);

} // namespace bro::oidc
