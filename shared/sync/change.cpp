#include "sync/change.hpp"

#include <array>
#include <chrono>
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

namespace {

std::mt19937_64 &generator()
{
    // One generator per thread, seeded from the OS: ids must not collide across devices.
    thread_local std::mt19937_64 gen{[] {
        std::random_device rd;
        std::seed_seq seq{rd(), rd(), rd(), rd(), rd(), rd(), rd(), rd()};
        return std::mt19937_64(seq);
    }()};
    return gen;
}

std::array<std::uint8_t, 16> random_bytes()
{
    std::array<std::uint8_t, 16> b{};
    for (std::size_t i = 0; i < 16; i += 8) {
        const std::uint64_t r = generator()();
        for (std::size_t k = 0; k < 8; ++k)
            b[i + k] = static_cast<std::uint8_t>(r >> (8 * k));
    }
    return b;
}

std::string format_uuid(std::array<std::uint8_t, 16> b, int version)
{
    b[6] = static_cast<std::uint8_t>((b[6] & 0x0f) | (version << 4));
    b[8] = static_cast<std::uint8_t>((b[8] & 0x3f) | 0x80);
    char out[37];
    std::snprintf(out, sizeof out,
                  "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0],
                  b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13],
                  b[14], b[15]);
    return std::string(out, 36);
}

} // namespace

std::string new_uuid()
{
    return format_uuid(random_bytes(), 4);
}

std::string new_op_id()
{
    // RFC 9562 §6.2 method 1: a 12-bit counter after the timestamp keeps ids of one thread in
    // order within a millisecond; it starts at a random value below 2048 each millisecond, and
    // when it runs out the timestamp moves on by one.
    thread_local std::uint64_t last_ms = 0;
    thread_local std::uint32_t counter = 0;
    auto b = random_bytes();
    std::uint64_t ms =
        static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                       std::chrono::system_clock::now().time_since_epoch())
                                       .count());
    if (ms > last_ms) {
        last_ms = ms;
        counter = static_cast<std::uint32_t>(b[6] << 8 | b[7]) & 0x7ff;
    } else if (++counter > 0xfff) {
        ++last_ms; // more than ~2000 ids in one millisecond
        counter = 0;
    }
    ms = last_ms;
    for (int i = 0; i < 6; ++i)
        b[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(ms >> (8 * (5 - i)));
    b[6] = static_cast<std::uint8_t>(counter >> 8);
    b[7] = static_cast<std::uint8_t>(counter);
    return format_uuid(b, 7);
}

} // namespace bro
