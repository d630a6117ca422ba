#include "sync/hlc.hpp"

#include <chrono>
#include <cstdio>

namespace bro {

namespace {
constexpr std::uint64_t max_millis = (std::uint64_t{1} << 48) - 1;
constexpr std::uint16_t max_counter = 0xffff;
} // namespace

std::string Hlc::to_string() const
{
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(value));
    return std::string(buf, 16);
}

std::optional<Hlc> Hlc::parse(std::string_view s)
{
    if (s.size() != 16)
        return std::nullopt;
    std::uint64_t v = 0;
    for (char c : s) {
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= static_cast<std::uint64_t>(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= static_cast<std::uint64_t>(c - 'a' + 10);
        else
            return std::nullopt;
    }
    return Hlc{v};
}

HlcClock::HlcClock(WallClock wall, std::uint64_t max_drift_ms)
    : m_wall(std::move(wall)), m_max_drift(max_drift_ms)
{
}

std::uint64_t HlcClock::system_millis()
{
    using namespace std::chrono;
    return static_cast<std::uint64_t>(
        duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
}

Hlc HlcClock::now()
{
    const std::uint64_t wall = std::min(m_wall(), max_millis);
    if (wall > m_last.millis()) {
        m_last = Hlc::make(wall, 0);
    } else if (m_last.counter() < max_counter) {
        m_last = Hlc::make(m_last.millis(), static_cast<std::uint16_t>(m_last.counter() + 1));
    } else {
        // Counter exhausted within one millisecond: borrow the next millisecond rather than wrap.
        m_last = Hlc::make(m_last.millis() + 1, 0);
    }
    return m_last;
}

std::optional<Hlc> HlcClock::receive(Hlc remote)
{
    const std::uint64_t wall = std::min(m_wall(), max_millis);
    if (remote.millis() > wall + m_max_drift)
        return std::nullopt;
    const std::uint64_t top = std::max({wall, m_last.millis(), remote.millis()});
    std::uint32_t counter = 0;
    if (top == m_last.millis() && top == remote.millis())
        counter = std::max(m_last.counter(), remote.counter()) + 1u;
    else if (top == m_last.millis())
        counter = m_last.counter() + 1u;
    else if (top == remote.millis())
        counter = remote.counter() + 1u;
    m_last = counter > max_counter ? Hlc::make(top + 1, 0)
                                   : Hlc::make(top, static_cast<std::uint16_t>(counter));
    return m_last;
}

void HlcClock::observe(Hlc seen)
{
    if (seen > m_last)
        m_last = seen;
}

} // namespace bro
