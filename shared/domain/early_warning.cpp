#include "domain/early_warning.hpp"

#include "domain/dates.hpp"

namespace bro {

namespace {

int checkins_between(const std::vector<CheckInPoint> &points, int from_day, int to_day)
{
    int n = 0;
    for (const auto &p : points)
        if (const auto d = day_number(p.date); d && *d >= from_day && *d <= to_day)
            ++n;
    return n;
}

// The average of mood and energy over the days [from_day, to_day], and how many check-ins.
double average(const std::vector<CheckInPoint> &points, int from_day, int to_day, int &n)
{
    double sum = 0;
    n = 0;
    for (const auto &p : points) {
        const auto d = day_number(p.date);
        if (d && *d >= from_day && *d <= to_day) {
            sum += (p.mood + p.energy) / 2.0;
            ++n;
        }
    }
    return n ? sum / n : 0.0;
}

} // namespace

std::optional<double> wellbeing_fall(const std::vector<CheckInPoint> &points,
                                     std::string_view today, int window_days)
{
    const auto now = day_number(today);
    if (!now || window_days < 1)
        return std::nullopt;
    int recent_n = 0, earlier_n = 0;
    const double recent = average(points, *now - window_days + 1, *now, recent_n);
    const double earlier =
        average(points, *now - 2 * window_days + 1, *now - window_days, earlier_n);
    if (recent_n < 3 || earlier_n < 3)
        return std::nullopt;
    return earlier - recent;
}

EarlyWarning early_warning(const std::vector<CheckInPoint> &points, std::string_view today,
                           const EarlyWarningRule &rule)
{
    const auto now = day_number(today);
    if (!now)
        return EarlyWarning::none;
    // Stopped: none lately, after at least three in the span before (a habit that broke, not
    // someone who never checked in — they are not nagged).
    const int lately = checkins_between(points, *now - rule.stopped_days + 1, *now);
    const int before = checkins_between(points, *now - rule.stopped_days - rule.falling_days + 1,
                                        *now - rule.stopped_days);
    if (lately == 0 && before >= 3)
        return EarlyWarning::stopped;
    const auto fall = wellbeing_fall(points, today, rule.falling_days);
    if (fall && *fall >= rule.falling_by)
        return EarlyWarning::falling;
    return EarlyWarning::none;
}

} // namespace bro
