#include "domain/retention.hpp"

#include "domain/dates.hpp"

#include <algorithm>

namespace bro {

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
