#pragma once
// Hybrid logical clock: 48 bits of Unix milliseconds and a 16-bit counter in one 64-bit value.
// It never goes backwards when the wall clock does, and refuses a remote time too far ahead.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace bro {

struct Hlc
{
    std::uint64_t value = 0;

    std::uint64_t millis() const { return value >> 16; }
    std::uint16_t counter() const { return static_cast<std::uint16_t>(value & 0xffff); }
    static Hlc make(std::uint64_t millis, std::uint16_t counter)
    {
        return Hlc{(millis << 16) | counter};
    }

    // 16 lower-case hex digits: fixed width, so text order is time order.
    std::string to_string() const;
    static std::optional<Hlc> parse(std::string_view s);

    auto operator<=>(const Hlc &) const = default;
};

class HlcClock
{
public:
    using WallClock = std::function<std::uint64_t()>; // Unix milliseconds

    // Remote times more than max_drift_ms ahead of our wall clock are refused.
    explicit HlcClock(WallClock wall = system_millis, std::uint64_t max_drift_ms = 60'000);

    Hlc now();                              // for a local event
    std::optional<Hlc> receive(Hlc remote); // nullopt: too far ahead, clock unchanged
    void observe(Hlc seen);                 // restore after restart (last HLC we issued)
    Hlc last() const { return m_last; }

    static std::uint64_t system_millis();

private:
    WallClock m_wall;
    std::uint64_t m_max_drift;
    Hlc m_last;
};

} // namespace bro
