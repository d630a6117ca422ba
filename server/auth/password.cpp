#include "auth/password.hpp"

#include "auth/secrets.hpp"
#include "domain/schema.hpp"

#include <sodium.h>
#include <stdexcept>

namespace bro {

std::string hash_password(const std::string &password)
{
    init_sodium();
    char out[crypto_pwhash_STRBYTES];
    // INTERACTIVE costs (64 MiB, 2 passes): the libsodium recommendation for online logins.
    if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return out;
}

bool verify_password(const std::string &hash, const std::string &password)
{
    init_sodium();
    if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string password_problem(const std::string &password)
{
    if (password.size() < 8)
        return "password must be at least 8 characters";
    if (password.size() > 256)
        return "password must be at most 256 bytes";
    if (!is_valid_utf8(password))
        return "password must be valid UTF-8";
    return {};
}

} // namespace bro
