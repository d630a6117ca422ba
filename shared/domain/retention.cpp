#include "domain/retention.hpp"

#include "domain/dates.hpp"

#include <algorithm>
#include <cstdio>

namespace bro {

std::string add_months(const std::string &date, int months)
{
    if (!day_number(date))
        return date;
    int y = std::stoi(date.substr(0, 4)), m = std::stoi(date.substr(5, 2)),
        d = std::stoi(date.substr(8, 2));
    int index = y * 12 + (m - 1) + months;
    y = index / 12;
    m = index % 12 + 1;
    static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    const int last = m == 2 && leap ? 29 : lengths[m - 1];
    char out[11];
    std::snprintf(out, sizeof out, "%04d-%02d-%02d", y, m, std::min(d, last));
    return out;
}

RetentionDecision decide_retention(const std::string &phase, const std::string &closed_on,
                                   const std::string &announced_on, const std::string &today,
                                   const RetentionPolicy &policy)
{
    RetentionDecision r;
    if (policy.months <= 0 || (phase != "completed" && phase != "ended"))
        return r;
    const std::string closed = closed_on.substr(0, 10);
    if (!day_number(closed) || !day_number(today))
        return r; // no date to count from: keep, never guess
    const std::string due = add_months(closed, policy.months);
    std::string announced = announced_on.substr(0, 10);
    if (announced < closed)
        announced.clear(); // a notice from before the case was reopened and closed again
    if (!day_number(announced)) {
        r.erase_on = std::max(due, add_days(today, policy.notice_days));
        if (today >= add_days(due, -policy.notice_days))
            r.step = RetentionStep::announce;
        return r;
    }
    r.erase_on = std::max(due, add_days(announced, policy.notice_days));
    if (today >= r.erase_on)
        r.step = RetentionStep::erase;
    return r;
}

} // namespace bro
