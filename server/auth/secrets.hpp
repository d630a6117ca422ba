#pragma once
// Random secrets and how they are stored: device tokens and invite codes are random, shown once,
// and kept only as SHA-256 hashes, so a copy of the database does not let anyone sign in.

#include <string>

namespace bro {

// libsodium started (once per process, whichever thread asks first); throws if it cannot be.
void init_sodium();

std::string new_token();       // 256 random bits as 64 lower-case hex digits
std::string new_invite_code(); // 60 random bits as "XXXX-XXXX-XXXX" (no 0/O/1/I to misread)
std::string sha256_hex(const std::string &data);
// Invite codes are typed by people: ignore case, spaces and dashes before hashing.
std::string normalise_invite_code(const std::string &code);

} // namespace bro
