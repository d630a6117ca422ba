#pragma once
// Wall-clock helpers in UTC. The server's notion of "today" (for consent end dates) is the UTC
// date: one rule on every machine, documented in docs/protocol.md.

#include "domain/dates.hpp" // today_utc(), add_days(): the calendar lives in the shared core

#include <cstdint>
#include <string>

namespace bro {

std::int64_t unix_now();                     // seconds since the epoch
std::string iso_datetime(std::int64_t unix); // YYYY-MM-DDTHH:MM:SSZ
std::string iso_date(std::int64_t unix);     // YYYY-MM-DD

} // namespace bro
