#pragma once
// B9's oracle: the database. After the day has settled, for every device:
//  - lost: a change of the day its person may see (by the server's own AccessPolicy on what
//    the database holds) that is below the device's cursor but never reached it;
//  - extra: a change that reached it that its person may not see;
//  - behind: its cursor is short of the last change it may see;
//  - not once: an op the server acknowledged that is not in the log exactly once.
// All four must be zero.

#include "sim_device.hpp"
#include "store/database.hpp"

#include <memory>
#include <string>
#include <vector>

namespace bro::day {

struct OracleResult
{
    long devices = 0, visible = 0, lost = 0, extra = 0, behind = 0, not_once = 0;
    std::string first_problem;
};

OracleResult check_day(Database &db, const Directory &dir,
                       const std::vector<std::unique_ptr<SimDevice>> &devices,
                       std::int64_t start_seq, const std::string &today);

} // namespace bro::day
