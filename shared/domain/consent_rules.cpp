#include "domain/consent_rules.hpp"

#include "domain/dates.hpp"

#include <cstdio>

namespace bro {

bool is_health_category(Category c)
{
    return c == Category::checkins || c == Category::absence || c == Category::notes;
}

std::optional<int> age_on(std::string_view date_of_birth, std::string_view day)
{
    if (date_of_birth.size() < 10 || day.size() < 10)
        return std::nullopt;
    const auto dob = date_of_birth.substr(0, 10);
    const auto d = day.substr(0, 10);
    if (!day_number(dob) || !day_number(d))
        return std::nullopt;
    const int years =
        std::stoi(std::string(d.substr(0, 4))) - std::stoi(std::string(dob.substr(0, 4)));
    // Not yet had this year's birthday (MM-DD compared as text; 29 February counts from 1 March).
    const bool before_birthday = d.substr(5) < dob.substr(5);
    const int age = years - (before_birthday ? 1 : 0);
    return age < 0 ? std::nullopt : std::optional<int>(age);
}

ConsentEffect consent_effective(Category c, std::string_view date_of_birth, bool guardian_agreed,
                                std::string_view today, int age_limit)
{
    if (!is_health_category(c) || guardian_agreed || date_of_birth.empty())
        return ConsentEffect::effective;
    const auto age = age_on(date_of_birth, today);
    if (age && *age >= age_limit)
        return ConsentEffect::effective;
    return ConsentEffect::awaiting_guardian;
}

std::string of_age_on(std::string_view date_of_birth, int age_limit)
{
    if (date_of_birth.size() < 10 || !day_number(date_of_birth.substr(0, 10)))
        return {};
    const int year = std::stoi(std::string(date_of_birth.substr(0, 4))) + age_limit;
    std::string month_day(date_of_birth.substr(4, 6)); // "-MM-DD"
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (month_day == "-02-29" && !leap)
        month_day = "-03-01";
    char y[8];
    std::snprintf(y, sizeof y, "%04d", year);
    return std::string(y) + month_day;
}

ConsentEffect consent_effect_on_case(Category c, std::string_view guardian_needed_until,
                                     bool guardian_agreed, std::string_view today)
{
    if (!is_health_category(c) || guardian_agreed || guardian_needed_until.empty())
        return ConsentEffect::effective;
    return today.substr(0, 10) < guardian_needed_until.substr(0, 10)
               ? ConsentEffect::awaiting_guardian
               : ConsentEffect::effective;
}

bool review_due(bool is_apprentice, bool granted, std::string_view until,
                std::string_view granted_at, std::string_view reviewed_at, std::string_view today,
                int months)
{
    if (!is_apprentice || !granted || !until.empty() || granted_at.size() < 10 || months <= 0)
        return false;
    if (!reviewed_at.empty() && reviewed_at >= granted_at)
        return false; // asked once for this grant, and answered
    const std::string since(granted_at.substr(0, 10));
    if (!day_number(since))
        return false;
    return add_months(since, months) <= std::string(today.substr(0, 10));
}

} // namespace bro
