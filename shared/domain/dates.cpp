#include "domain/dates.hpp"

#include "domain/schema.hpp"

#include <algorithm>
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

std::string add_months(const std::string &date, int months)
{
    const auto n = day_number(date);
    if (!n)
        return date;
    using namespace std::chrono;
    const year_month_day from{sys_days{days{*n}}};
    // Months since January of year 0, in 64 bits: no sum of an int and a month count overflows.
    const long long index = static_cast<long long>(static_cast<int>(from.year())) * 12 +
                            (static_cast<unsigned>(from.month()) - 1) + months;
    if (index < 1900LL * 12)
        return "1900-01-01";
    if (index > 9999LL * 12 + 11)
        return "9999-12-31";
    const year_month to{year{static_cast<int>(index / 12)},
                        month{static_cast<unsigned>(index % 12 + 1)}};
    const day last = year_month_day_last{to / std::chrono::last}.day();
    const day d = std::min(from.day(), last);
    return date_of_day(static_cast<int>(sys_days{to / d}.time_since_epoch().count()));
}

std::string today_utc()
{
    using namespace std::chrono;
    return date_of_day(
        static_cast<int>(floor<days>(system_clock::now()).time_since_epoch().count()));
}

} // namespace bro
