#include "auth/secrets.hpp"

#include <cctype>
#include <sodium.h>
#include <stdexcept>

namespace bro {

void init_sodium()
{
    static const int ok = sodium_init();
    if (ok < 0)
        throw std::runtime_error("libsodium failed to initialise");
}

namespace {

std::string hex(const unsigned char *data, std::size_t n)
{
    std::string out(n * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), data, n);
    out.pop_back();
    return out;
}

constexpr const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // 32 symbols

} // namespace

std::string new_token()
{
    init_sodium();
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    return hex(bytes, sizeof bytes);
}

std::string new_invite_code()
{
    init_sodium();
    std::string out;
    for (int i = 0; i < 12; ++i) {
        if (i && i % 4 == 0)
            out += '-';
        out += alphabet[randombytes_uniform(32)];
    }
    return out;
}

std::string sha256_hex(const std::string &data)
{
    init_sodium();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(data.data()), data.size());
    return hex(digest, sizeof digest);
}

std::string normalise_invite_code(const std::string &code)
{
    std::string out;
    for (char c : code) {
        if (c == '-' || std::isspace(static_cast<unsigned char>(c)))
            continue;
        out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return out;
}

} // namespace bro
