#pragma once
// Password hashing with Argon2id through libsodium's crypto_pwhash_str: the string carries its
// own salt and cost parameters, so old hashes keep verifying if the costs are raised later.

#include <string>

namespace bro {

// Throws std::runtime_error if libsodium cannot initialise or runs out of memory.
std::string hash_password(const std::string &password);
// Constant-time; false for a wrong password and for a malformed or empty hash.
bool verify_password(const std::string &hash, const std::string &password);
// The rule for a new password; returns an empty string when acceptable, else why not.
std::string password_problem(const std::string &password);

} // namespace bro
