#include "sync/change.hpp"

#include <array>
#include <cstdio>
#include <random>

namespace bro {

bool supersedes(Hlc a_hlc, const std::string &a_node, Hlc b_hlc, const std::string &b_node)
{
    if (a_hlc != b_hlc)
        return a_hlc > b_hlc;
    return a_node > b_node;
}

bool supersedes(const Change &a, const Change &b)
{
    return supersedes(a.hlc, a.node, b.hlc, b.node);
}

std::string new_uuid()
{
    // One generator per thread, seeded from the OS: ids must not collide across devices.
    thread_local std::mt19937_64 gen{[] {
        std::random_device rd;
        std::seed_seq seq{rd(), rd(), rd(), rd(), rd(), rd(), rd(), rd()};
        return std::mt19937_64(seq);
    }()};
    std::array<std::uint8_t, 16> b{};
    for (std::size_t i = 0; i < 16; i += 8) {
        const std::uint64_t r = gen();
        for (std::size_t k = 0; k < 8; ++k)
            b[i + k] = static_cast<std::uint8_t>(r >> (8 * k));
    }
    b[6] = static_cast<std::uint8_t>((b[6] & 0x0f) | 0x40);
    b[8] = static_cast<std::uint8_t>((b[8] & 0x3f) | 0x80);
    char out[37];
    std::snprintf(out, sizeof out,
                  "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0],
                  b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13],
                  b[14], b[15]);
    return std::string(out, 36);
}

} // namespace bro
