#include "day_oracle.hpp"

#include "hub/case_access_cache.hpp"
#include "store/directory_store.hpp"
#include "store/record_table.hpp"
#include "sync/access_policy.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace bro::day {

OracleResult check_day(Database &db, const Directory &dir,
                       const std::vector<std::unique_ptr<SimDevice>> &devices,
                       std::int64_t start_seq, const std::string &today)
{
    OracleResult r;
    auto problem = [&r](const std::string &what) {
        if (r.first_problem.empty())
            r.first_problem = what;
    };
    // The day's log, by case and by op.
    std::vector<Change> log;
    std::unordered_map<std::string, std::size_t> by_op;
    std::unordered_map<std::string, long> op_count;
    std::map<std::string, std::vector<std::size_t>> by_case;
    auto s = db.prepare("SELECT seq, op, record_id, kind, case_id, field, node FROM change_log "
                        "WHERE seq > ?1 ORDER BY seq");
    s.bind(1, start_seq);
    while (s.step()) {
        Change c;
        c.seq = s.column_int64(0);
        c.op = s.column_text(1);
        c.record_id = s.column_text(2);
        c.kind = s.column_text(3);
        c.case_id = s.column_text(4);
        c.field = s.column_text(5);
        c.node = s.column_text(6);
        ++op_count[c.op];
        by_op.emplace(c.op, log.size());
        by_case[c.case_id].push_back(log.size());
        log.push_back(std::move(c));
    }
    DirectoryStore store(db);
    RecordTable records(db);
    std::vector<std::string> all_cases;
    for (const auto &[id, team] : dir.cases)
        all_cases.push_back(id);
    CaseAccessCache access(store, records, all_cases);
    for (std::size_t i = 0; i < devices.size(); ++i) {
        const auto &dev = *devices[i];
        const auto &person = dir.people[i];
        const Actor actor{person.person_id, person.role, person.org_id};
        ++r.devices;
        std::int64_t last_visible = start_seq;
        for (const auto &case_id : person.cases) {
            const auto found = by_case.find(case_id);
            if (found == by_case.end())
                continue;
            const auto &a = access.at(case_id);
            for (const auto at : found->second) {
                const auto &c = log[at];
                if (!AccessPolicy::can_receive(actor, a, c, today))
                    continue;
                ++r.visible;
                last_visible = std::max(last_visible, c.seq);
                const bool own = dev.acked.count(c.op) > 0;
                if (!own && c.seq <= dev.cursor && !dev.received.count(c.op)) {
                    ++r.lost;
                    problem(dev.user + " never got " + c.op + " (seq " + std::to_string(c.seq) +
                            ", cursor " + std::to_string(dev.cursor) + ")");
                }
            }
        }
        if (dev.cursor < last_visible) {
            ++r.behind;
            problem(dev.user + " is at " + std::to_string(dev.cursor) + ", short of " +
                    std::to_string(last_visible));
        }
        for (const auto &op : dev.received) {
            const auto it = by_op.find(op);
            if (it == by_op.end())
                continue; // from before the day (a pull may start a little earlier)
            const auto &c = log[it->second];
            const bool on_case = std::find(person.cases.begin(), person.cases.end(), c.case_id) !=
                                 person.cases.end();
            if (!on_case || !AccessPolicy::can_receive(actor, access.at(c.case_id), c, today)) {
                ++r.extra;
                problem(dev.user + " got " + c.kind + " " + c.record_id + " of " + c.case_id);
            }
        }
        for (const auto &[op, seq] : dev.acked) {
            const auto n = op_count.find(op);
            if (n == op_count.end() || n->second != 1) {
                ++r.not_once;
                problem(dev.user + ": acknowledged op " + op + " is in the log " +
                        std::to_string(n == op_count.end() ? 0 : n->second) + " times");
            }
        }
    }
    return r;
}

} // namespace bro::day
