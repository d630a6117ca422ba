#include "domain/dates.hpp"

#include "domain/schema.hpp"

#include <chrono>
#include <cstdio>

namespace bro {

std::optional<int> day_number(std::string_view date)
{
    if (!is_valid_date(date))
        return std::nullopt;
    using namespace std::chrono;
    const int y = std::stoi(std::string(date.substr(0, 4)));
    const unsigned m = static_cast<unsigned>(std::stoi(std::string(date.substr(5, 2))));
    const unsigned d = static_cast<unsigned>(std::stoi(std::string(date.substr(8, 2))));
    return static_cast<int>(
        sys_days(year_month_day{year{y}, month{m}, day{d}}).time_since_epoch().count());
}

std::string date_of_day(int n)
{
    using namespace std::chrono;
    const year_month_day ymd{sys_days{days{n}}};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buf;
}

std::optional<int> days_between(std::string_view from, std::string_view to)
{
    auto a = day_number(from), b = day_number(to);
    if (!a || !b)
        return std::nullopt;
    return *b - *a;
}

std::string add_days(const std::string &date, int days)
{
    const auto n = day_number(date);
    return n ? date_of_day(*n + days) : date;
}

std::string today_utc()
{
    using namespace std::chrono;
    return date_of_day(
        static_cast<int>(floor<days>(system_clock::now()).time_since_epoch().count()));
}

} // namespace bro
