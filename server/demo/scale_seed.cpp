#include "demo/scale_seed.hpp"

#include "demo/scale_dataset.hpp"
#include "demo/seed_directory.hpp"
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
    seed_directory(store, dir, password_hash);
    ServerWriter writer(db, "server-demo");
    // One case at a time: a year of 150 apprentices is ~70 000 records, not all held at once.
    for (int i = 0; i < apprentices; ++i)
        for (const auto &r : demo::scale_records(today, dir, i)) {
            writer.write(r.id, r.kind, r.case_id, r.fields);
            ++counts.records;
        }
    join_care_teams(store, dir);
    tx.commit();
    counts.apprentices = apprentices;
    counts.adviser_cases = demo::scale_adviser_cases(apprentices);
    return counts;
}

} // namespace bro
