#pragma once
// A big caseload for `bro-server demo --scale N` and bench B8 (issue 13): N generated apprentices,
// each with about a year of daily check-ins, absence, goals with steps, notes, messages and
// meetings, followed by care teams across three training offices and three clinics. One adviser,
// Vilde Myhre (`vilde`), is on 40 % of the care teams (60 of 150), and her apprentices share with
// her office what such apprentices typically share, so she sees what an adviser would.
//
// Deterministic: a fixed seed, one generator per apprentice, dates relative to `today` (as the
// normal demo's). The words come from the pilot's world (bokmål), picked from small pools.

#include "demo/demo_dataset.hpp"

#include <string>
#include <vector>

namespace bro::demo {

inline constexpr const char *scale_adviser = "vilde";
inline constexpr const char *scale_adviser_id = "p-scale-vilde";
inline constexpr const char *scale_adviser_org = "org-scale-okab-vest";

// How many of `apprentices` cases have the scale adviser on the care team: 2 of every 5.
int scale_adviser_cases(int apprentices);
// Whether apprentice `index` (0-based) is one of hers.
bool scale_on_advisers_team(int index);

// Organisations, helpers (all with accounts), the apprentices and their cases with care teams;
// `records` and `erased` stay empty (scale_records gives each case's records).
Dataset scale_directory(const std::string &today, int apprentices);

// What the national layout (national_directory.hpp) shares with this one: apprentice `index`'s
// username ("scale-001" …), name, and whether the clinic is on the care team yet (not while the
// case is at referral).
std::string scale_key(int index);
std::string scale_name(int index);
bool scale_clinic_joined(int index);

// Every record of apprentice `index`'s case, in writing order. Independent of the others, so a
// seeder may write one case at a time.
std::vector<Record> scale_records(const std::string &today, const Dataset &directory, int index);

} // namespace bro::demo
