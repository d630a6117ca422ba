#pragma once
// Calendar arithmetic on YYYY-MM-DD dates, as day numbers (days since 1970-01-01).

#include <optional>
#include <string>
#include <string_view>

namespace bro {

std::optional<int> day_number(std::string_view date);
std::string date_of_day(int day);
std::optional<int> days_between(std::string_view from, std::string_view to); // to - from
std::string today_utc();
// Adds (or subtracts) whole days; an invalid date is returned unchanged.
std::string add_days(const std::string &date, int days);
// Adds (or subtracts) whole calendar months; the day is clamped to the month's length (31 Jan + 1
// = 28/29 Feb). A result outside the dates Bro accepts (1900 to 9999) is clamped to 1900-01-01 or
// 9999-12-31, so that a very long period means "not yet" rather than a wrapped or garbled date.
// An invalid date is returned unchanged.
std::string add_months(const std::string &date, int months);

} // namespace bro
