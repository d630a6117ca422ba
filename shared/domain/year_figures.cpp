#include "domain/year_figures.hpp"

#include "domain/dates.hpp"
#include "domain/schema.hpp"

#include <algorithm>

namespace bro {

namespace {

std::optional<int> year_of(const std::string &date)
{
    if (!is_valid_date(date))
        return std::nullopt;
    return std::stoi(date.substr(0, 4));
}

bool reached(const std::string &date, const std::string &today)
{
    return is_valid_date(date) && date <= today;
}

bool in_training(const CaseFacts &c, const char *point)
{
    const auto it = c.outcomes.find(point);
    return it != c.outcomes.end() &&
           (it->second.status == "in_training" || it->second.status == "certified");
}

bool certified(const CaseFacts &c)
{
    if (c.phase == "completed")
        return true;
    return std::any_of(c.outcomes.begin(), c.outcomes.end(),
                       [](const auto &o) { return o.second.status == "certified"; });
}

} // namespace

CaseFacts case_facts(const Record &case_file, const Record *referral,
                     const std::vector<Record> &outcomes)
{
    CaseFacts f;
    f.phase = case_file.str("phase");
    if (f.phase == "completed" || f.phase == "ended") {
        const auto history = case_file.fields.find("phase_history");
        if (history != case_file.fields.end() && history->is_object())
            if (const auto at = history->find(f.phase);
                at != history->end() && at->is_string() &&
                is_valid_date(at->get_ref<const std::string &>()))
                f.finished = at->get<std::string>();
        if (f.finished.empty())
            f.finished = case_file.str("phase_since");
    }
    if (referral && !referral->deleted()) {
        f.referred_on = referral->str("referred_on");
        f.decision = referral->str("decision");
        f.stay_start = referral->str("stay_start");
        f.stay_end = referral->str("stay_end");
    }
    if (f.referred_on.empty()) { // a case from before referrals were recorded: its first date
        const auto history = case_file.fields.find("phase_history");
        if (history != case_file.fields.end() && history->is_object())
            for (const auto &[phase, date] : history->items())
                if (date.is_string() && is_valid_date(date.get_ref<const std::string &>()) &&
                    (f.referred_on.empty() || date.get<std::string>() < f.referred_on))
                    f.referred_on = date.get<std::string>();
    }
    for (const auto &r : outcomes) {
        if (r.deleted())
            continue;
        OutcomeAnswer a;
        a.status = r.str("status");
        if (const auto w = r.fields.find("work_ability");
            w != r.fields.end() && w->is_number_integer())
            a.work_ability = w->get<int>();
        if (const auto g = r.fields.find("goal_scores");
            g != r.fields.end() && g->is_object() && !g->empty()) {
            double sum = 0;
            int n = 0;
            for (const auto &[goal, score] : g->items())
                if (score.is_number_integer()) {
                    sum += score.get<int>();
                    ++n;
                }
            if (n > 0)
                a.goal_attainment = sum / n;
        }
        f.outcomes[r.str("point")] = a;
    }
    return f;
}

bool counted_in_figures(const std::string &case_id, const std::vector<Record> &consents,
                        const std::string &today)
{
    const auto id = consent_id(case_id, statistics_org, Category::statistics);
    for (const auto &r : consents)
        if (r.id == id && r.kind == kind::consent)
            return !r.deleted() && r.boolean("granted") &&
                   (r.str("until").empty() || r.str("until") >= today);
    return false;
}

std::optional<CaseFacts> counted_case_facts(const std::string &case_id,
                                            const std::vector<Record> &records,
                                            const std::string &today)
{
    if (!counted_in_figures(case_id, records, today))
        return std::nullopt;
    const Record *file = nullptr;
    const Record *referral = nullptr;
    std::vector<Record> outcomes;
    for (const auto &r : records) {
        if (r.case_id != case_id || r.deleted())
            continue;
        if (r.kind == kind::case_file)
            file = &r;
        else if (r.kind == kind::referral)
            referral = &r;
        else if (r.kind == kind::outcome)
            outcomes.push_back(r);
    }
    if (!file)
        return std::nullopt;
    return case_facts(*file, referral, outcomes);
}

YearFigures year_figures(const std::vector<CaseFacts> &cases, int yearly_target,
                         const std::string &today)
{
    YearFigures out;
    const int this_year = year_of(today).value_or(1970);
    int first = this_year;
    for (const auto &c : cases)
        if (const auto y = year_of(c.referred_on); y && *y >= 1970 && *y <= this_year)
            first = std::min(first, *y);
    for (int year = first; year <= this_year; ++year)
        out.funnel.push_back(FunnelYear{year, yearly_target, 0, 0, 0, 0, 0, 0, 0, {}});
    for (const auto &c : cases) {
        const auto y = year_of(c.referred_on);
        if (!y || *y < first || *y > this_year)
            continue; // no referral date, or a wrong one: belongs to no cohort
        auto &row = out.funnel[static_cast<std::size_t>(*y - first)];
        ++row.referred;
        const bool started = reached(c.stay_start, today);
        if (c.decision != "accepted" && !started)
            continue;
        ++row.accepted;
        if (!started)
            continue;
        ++row.stay_started;
        if (const auto d = days_between(c.referred_on, c.stay_start); d && *d >= 0)
            row.waiting_days.push_back(*d);
        if (!reached(c.stay_end, today))
            continue;
        ++row.stay_completed;
        row.in_training_6m += in_training(c, "month_6") ? 1 : 0;
        row.in_training_12m += in_training(c, "month_12") ? 1 : 0;
        row.certified += certified(c) ? 1 : 0;
    }
    for (const auto &point : outcome_points()) {
        if (point == "baseline")
            continue;
        OutcomeChange change{point, {}, {}};
        for (const auto &c : cases) {
            const auto base = c.outcomes.find("baseline");
            const auto at = c.outcomes.find(point);
            if (at == c.outcomes.end())
                continue;
            if (base != c.outcomes.end() && base->second.work_ability && at->second.work_ability)
                change.work_ability_change.push_back(*at->second.work_ability -
                                                     *base->second.work_ability);
            if (at->second.goal_attainment)
                change.goal_attainment.push_back(*at->second.goal_attainment);
        }
        out.outcomes.push_back(std::move(change));
    }
    return out;
}

std::optional<double> median(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const auto mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

} // namespace bro
