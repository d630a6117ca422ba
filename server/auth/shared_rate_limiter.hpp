#pragma once
// The sign-in backoff of RateLimiter, kept in the server's database instead of one process's
// memory, so that it holds however many nodes an attacker spreads their guesses over (and
// survives a restart). Same policy, same numbers; wall-clock milliseconds, since nodes share no
// steady clock. Not thread-safe: the hub calls it under its lock.

#include "auth/rate_limiter.hpp"
#include "store/database.hpp"

#include <chrono>
#include <string>

namespace bro {

class SharedRateLimiter
{
public:
    SharedRateLimiter(Database &db, RateLimiter::Policy policy) : m_db(db), m_policy(policy) {}

    std::chrono::milliseconds wait(const std::string &key);
    void failure(const std::string &key);
    void success(const std::string &key);
    // Forgets keys idle for longer than the longest lock (the table stays small).
    void prune();

private:
    Database &m_db;
    RateLimiter::Policy m_policy;
};

} // namespace bro
