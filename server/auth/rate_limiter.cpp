#include "auth/rate_limiter.hpp"

#include <algorithm>

namespace bro {

RateLimiter::RateLimiter(Policy policy, Now now) : m_policy(policy), m_now(std::move(now)) {}

std::chrono::milliseconds RateLimiter::wait(const std::string &key)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return std::chrono::milliseconds{0};
    const auto now = m_now();
    if (it->second.locked_until <= now)
        return std::chrono::milliseconds{0};
    return std::chrono::ceil<std::chrono::milliseconds>(it->second.locked_until - now);
}

void RateLimiter::failure(const std::string &key)
{
    if (m_entries.size() >= m_policy.max_keys && !m_entries.count(key))
        evict();
    auto &e = m_entries[key];
    const auto now = m_now();
    e.last = now;
    ++e.failures;
    if (const auto delay = delay_after(m_policy, e.failures); delay.count() > 0)
        e.locked_until = now + delay;
}

std::chrono::milliseconds RateLimiter::delay_after(const Policy &policy, int failures)
{
    const int over = failures - policy.free_failures;
    if (over < 0)
        return std::chrono::milliseconds{0};
    // Doubling, capped; the shift is bounded so that it cannot overflow.
    auto delay = policy.base_delay * (1LL << std::min(over, 20));
    return std::min<std::chrono::milliseconds>(delay, policy.max_delay);
}

void RateLimiter::success(const std::string &key)
{
    m_entries.erase(key);
}

void RateLimiter::evict()
{
    // Forget the key idle longest; a flood of distinct keys cannot grow the map without bound.
    auto oldest = std::min_element(m_entries.begin(), m_entries.end(),
                                   [](auto &a, auto &b) { return a.second.last < b.second.last; });
    if (oldest != m_entries.end())
        m_entries.erase(oldest);
}

} // namespace bro
