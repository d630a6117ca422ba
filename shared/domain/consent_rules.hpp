#pragma once
// Rules about consent that are not about who may read what (issue 12): when a long-running grant
// is brought back to the apprentice for review, and when an under-age apprentice's grant of a
// health category takes effect. Pure functions; the server (AccessPolicy) and the app use them.

#include "domain/enums.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace bro {

// The age limit of the age rule: 16, the health-law age of consent in Norway. The one place it is
// written; everything else (AccessPolicy, the server's DirectoryStore, the programme file's
// default, the app's ConsentModel.guardianAgeLimit that QML reads) takes it from here, so that
// a programme setting can replace this one value later.
inline constexpr int default_guardian_age_limit = 16;

// Programme settings (server options, sent to devices in `welcome` where they need them).
struct ConsentSettings
{
    int review_months = 6; // a grant without end date is brought back after this long
    // below this age, health categories need the guardian's agreement
    int guardian_age_limit = default_guardian_age_limit;
};

// Check-ins, absence and notes: health information under the health-law age rule.
bool is_health_category(Category c);

// Whole years between a date of birth and a day (both YYYY-MM-DD); nullopt for a bad date.
std::optional<int> age_on(std::string_view date_of_birth, std::string_view day);

enum class ConsentEffect {
    effective,        // the grant counts
    awaiting_guardian // under the age limit, a health category, no guardian agreement yet
};

// Whether a grant of `c` by an apprentice born `date_of_birth` ("" = unknown: treated as of age)
// takes effect on `today`, given whether a coordinator has recorded the guardian's agreement.
ConsentEffect consent_effective(Category c, std::string_view date_of_birth, bool guardian_agreed,
                                std::string_view today, int age_limit = default_guardian_age_limit);

// The first day on which someone born `date_of_birth` is `age_limit` years old (29 February
// counts from 1 March in a common year, as age_on does); "" for a bad date.
std::string of_age_on(std::string_view date_of_birth, int age_limit = default_guardian_age_limit);

// The same rule as a device sees it: devices hold no date of birth, only what the server writes
// on the case record (issue 12): `guardian_needed_until`, the day the apprentice reaches the age
// limit ("" when they were of age or their date of birth is unknown), and whether the guardian's
// agreement is recorded (`guardian_agreed`). Agrees with consent_effective day by day.
ConsentEffect consent_effect_on_case(Category c, std::string_view guardian_needed_until,
                                     bool guardian_agreed, std::string_view today);

// Whether to ask the apprentice "You share X with Y. Still OK?" on `today`. Only for the
// apprentice (`is_apprentice`), only for a grant in force without an end date (`until` empty),
// when the grant (`granted_at`, a date or datetime) is at least `months` old, and only once: a
// review of this grant (`reviewed_at` on or after `granted_at`) ends it.
bool review_due(bool is_apprentice, bool granted, std::string_view until,
                std::string_view granted_at, std::string_view reviewed_at, std::string_view today,
                int months = 6);

} // namespace bro
