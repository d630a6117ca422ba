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

} // namespace bro
