#include "domain/return_plan.hpp"

#include "domain/dates.hpp"

#include <algorithm>
#include <cmath>

namespace bro {

std::vector<PlanWeekActual> plan_against_actual(std::vector<PlanWeek> weeks,
                                                const std::vector<AbsenceEpisode> &absences,
                                                const std::vector<WorkCheckIn> &checkins,
                                                std::string_view today)
{
    std::sort(weeks.begin(), weeks.end(), [](const PlanWeek &a, const PlanWeek &b) {
        return a.week_no != b.week_no ? a.week_no < b.week_no : a.week_start < b.week_start;
    });
    const auto now = day_number(today);
    std::vector<PlanWeekActual> out;
    for (auto &w : weeks) {
        PlanWeekActual a;
        a.planned_days = static_cast<int>(std::lround(std::clamp(w.share, 0, 100) * 5 / 100.0));
        const auto first = day_number(w.week_start);
        if (first) {
            for (int d = *first; d < *first + 5; ++d) {
                const auto date = date_of_day(d);
                const bool away = std::any_of(absences.begin(), absences.end(), [&](const auto &e) {
                    return e.from <= date && date <= e.to;
                });
                a.absent_days += away ? 1 : 0;
            }
            int sum = 0;
            for (const auto &c : checkins) {
                const auto d = day_number(c.date);
                if (d && *d >= *first && *d < *first + 7 && c.work >= 1 && c.work <= 5) {
                    ++a.work_checkins;
                    sum += c.work;
                }
            }
            a.work_average = a.work_checkins ? double(sum) / a.work_checkins : 0.0;
            a.over = now && *first + 6 < *now;
        }
        a.worked_days = std::max(0, a.planned_days - a.absent_days);
        a.behind = a.over && a.worked_days < a.planned_days;
        a.plan = std::move(w);
        out.push_back(std::move(a));
    }
    return out;
}

bool behind_two_weeks_running(const std::vector<PlanWeekActual> &weeks)
{
    for (std::size_t i = 1; i < weeks.size(); ++i)
        if (weeks[i - 1].behind && weeks[i].behind &&
            weeks[i].plan.week_no == weeks[i - 1].plan.week_no + 1)
            return true;
    return false;
}

} // namespace bro
