#pragma once
// Wall-clock helpers in UTC. The server's notion of "today" (for consent end dates) is the UTC
// date: one rule on every machine, documented in docs/protocol.md.

#include <cstdint>
#include <string>

namespace bro {

std::int64_t unix_now();                     // seconds since the epoch
std::string iso_datetime(std::int64_t unix); // YYYY-MM-DDTHH:MM:SSZ
std::string iso_date(std::int64_t unix);     // YYYY-MM-DD
std::string today_utc();
// Adds (or subtracts) whole days to a valid YYYY-MM-DD date.
std::string add_days(const std::string &date, int days);

} // namespace bro
