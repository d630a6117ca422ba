#pragma once
// Slows down password guessing: after `free_failures` failed attempts for one key (an account or
// an address) the key is locked for base_delay, doubling with every further failure up to
// max_delay. A success clears the key. Memory is bounded: the oldest keys are forgotten first.

#include <chrono>
#include <cstddef>
#include <functional>
#include <map>
#include <string>

namespace bro {

class RateLimiter
{
public:
    using Clock = std::chrono::steady_clock;
    using Now = std::function<Clock::time_point()>;

    struct Policy
    {
        int free_failures = 5;
        std::chrono::milliseconds base_delay{1000};
        std::chrono::milliseconds max_delay{15 * 60 * 1000};
        std::size_t max_keys = 100'000;
    };

    explicit RateLimiter(Policy policy, Now now = Clock::now);

    // How long a key is locked after its n-th failure in a row (zero while failures are free).
    static std::chrono::milliseconds delay_after(const Policy &policy, int failures);

    // Zero when the key may try now; otherwise how long it must wait.
    std::chrono::milliseconds wait(const std::string &key);
    void failure(const std::string &key);
    void success(const std::string &key);
    std::size_t size() const { return m_entries.size(); }

private:
    struct Entry
    {
        int failures = 0;
        Clock::time_point locked_until{};
        Clock::time_point last{};
    };
    void evict();

    Policy m_policy;
    Now m_now;
    std::map<std::string, Entry> m_entries;
};

} // namespace bro
