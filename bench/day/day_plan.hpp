#pragma once
// What happens on one working day of a national programme, made deterministic from a seed: who
// writes what, and when (in seconds after 06:00 on the day's clock). The shape follows the pilot's
// days and `demo --scale`'s year: most apprentices check in between seven and eight in the
// morning, a few report absence before work, some write to their adviser, who answers within
// the hour; advisers and clinicians write notes and meeting minutes through the working day.

#include "domain/enums.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace bro::day {

inline constexpr double day_start_hour = 6.0;
inline constexpr double day_length_s = 12 * 3600.0; // 06:00 to 18:00

struct DayPerson
{
    std::string person_id, username, name, org_id;
    Role role = Role::apprentice;
    std::vector<std::string> cases; // what the person may sync
    // A helper's cases whose apprentice shares notes / the journey (meeting minutes) with the
    // helper's organisation: where the server lets them write those.
    std::vector<std::string> note_cases, minutes_cases;
};

struct CaseTeam
{
    std::string apprentice_id;
    std::vector<std::string> advisers, clinicians; // person ids on the care team
};

struct Directory
{
    std::vector<DayPerson> people; // apprentices, advisers and clinicians: each has a device
    std::map<std::string, CaseTeam> cases;
    std::map<std::string, std::size_t> index_of; // person id -> people[]
    std::size_t apprentices = 0;
};

// Everyone with an account who works on cases (coordinators keep no case data: no device here).
Directory read_directory(Database &db, const std::string &today);

struct PlannedWrite
{
    double at_s = 0; // on the day's clock, seconds after 06:00
    std::size_t person = 0;
    std::string record_id, kind, case_id;
    nlohmann::json fields;
};

// The day's writes, in time order. `tag` keeps record ids of two runs apart.
std::vector<PlannedWrite> plan_day(const Directory &d, const std::string &today,
                                   const std::string &tag, std::uint32_t seed);

// "HH:MM" on the day's clock -> seconds after 06:00.
double clock_seconds(const std::string &hh_mm);

} // namespace bro::day
