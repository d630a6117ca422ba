#include "demo/scale_seed.hpp"

#include "demo/scale_dataset.hpp"
#include "store/directory_store.hpp"
#include "store/server_writer.hpp"
#include "util/time.hpp"

namespace bro {

ScaleCounts seed_scale(Database &db, int apprentices, const std::string &password_hash)
{
    const auto today = today_utc();
    const auto dir = demo::scale_directory(today, apprentices);
    DirectoryStore store(db);
    ScaleCounts counts;
    Transaction tx(db);
    for (const auto &o : dir.organisations)
        store.add_org(o);
    for (const auto &p : dir.people)
        store.add_person(p, password_hash);
    for (const auto &c : dir.cases)
        store.add_case({c.summary.case_id, c.summary.apprentice_id, c.summary.training_office_id,
                        c.summary.clinic_id});
    ServerWriter writer(db, "server-demo");
    // One case at a time: a year of 150 apprentices is ~70 000 records, not all held at once.
    for (int i = 0; i < apprentices; ++i)
        for (const auto &r : demo::scale_records(today, dir, i)) {
            writer.write(r.id, r.kind, r.case_id, r.fields);
            ++counts.records;
        }
    // As in the demo: the teams joined before any device synced.
    for (const auto &c : dir.cases)
        for (const auto &m : c.summary.team)
            store.add_team_member(c.summary.case_id, m.person_id, 0);
    tx.commit();
    counts.apprentices = apprentices;
    counts.adviser_cases = demo::scale_adviser_cases(apprentices);
    return counts;
}

} // namespace bro
