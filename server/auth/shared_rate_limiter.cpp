#include "auth/shared_rate_limiter.hpp"

namespace bro {

namespace {

std::int64_t now_ms()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

std::chrono::milliseconds SharedRateLimiter::wait(const std::string &key)
{
    auto s = m_db.prepare("SELECT locked_until FROM sign_in_failures WHERE key = ?");
    s.bind(1, key);
    if (!s.step())
        return std::chrono::milliseconds{0};
    return std::chrono::milliseconds{std::max<std::int64_t>(0, s.column_int64(0) - now_ms())};
}

void SharedRateLimiter::failure(const std::string &key)
{
    const auto now = now_ms();
    // One statement, so that two nodes counting failures of one key at once both count.
    auto s = m_db.prepare("INSERT INTO sign_in_failures (key, failures, locked_until, last) "
                          "VALUES (?1, 1, 0, ?2) ON CONFLICT (key) DO UPDATE SET failures = "
                          "sign_in_failures.failures + 1, last = ?2 RETURNING failures");
    s.bind(1, key).bind(2, now);
    if (!s.step())
        return;
    const auto delay = RateLimiter::delay_after(m_policy, static_cast<int>(s.column_int64(0)));
    s.reset();
    if (delay.count() == 0)
        return;
    auto lock = m_db.prepare("UPDATE sign_in_failures SET locked_until = ?1 WHERE key = ?2");
    lock.bind(1, now + delay.count()).bind(2, key);
    lock.step();
}

void SharedRateLimiter::success(const std::string &key)
{
    auto s = m_db.prepare("DELETE FROM sign_in_failures WHERE key = ?");
    s.bind(1, key);
    s.step();
}

void SharedRateLimiter::prune()
{
    auto s = m_db.prepare("DELETE FROM sign_in_failures WHERE last < ? AND locked_until < ?");
    const auto now = now_ms();
    s.bind(1, now - 2 * m_policy.max_delay.count()).bind(2, now);
    s.step();
}

} // namespace bro
