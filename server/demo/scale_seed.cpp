#include "demo/scale_seed.hpp"

#include "demo/national_directory.hpp"
#include "demo/scale_dataset.hpp"
#include "demo/seed_directory.hpp"
#include "store/directory_store.hpp"
#include "store/server_writer.hpp"
#include "util/time.hpp"

#include <algorithm>
#include <vector>

namespace bro {

ScaleCounts seed_scale(Database &db, int apprentices, const std::string &password_hash, int offices)
{
    const auto today = today_utc();
    const auto dir = offices > 0 ? demo::national_directory(apprentices, offices)
                                 : demo::scale_directory(today, apprentices);
    DirectoryStore store(db);
    ScaleCounts counts;
    {
        Transaction tx(db);
        seed_directory(store, dir, password_hash);
        tx.commit();
    }
    ServerWriter writer(db, "server-demo");
    // One case at a time (a year of 4 000 apprentices is millions of records, not all held at
    // once), written set-wise, and a commit every `per_transaction` cases: one transaction of a
    // national year would pass PostgreSQL's 2^20 changes a transaction (ChangeLog).
    constexpr int per_transaction = 50;
    for (int first = 0; first < apprentices; first += per_transaction) {
        Transaction tx(db);
        for (int i = first; i < std::min(apprentices, first + per_transaction); ++i) {
            const auto records = demo::scale_records(today, dir, i);
            writer.write_all(records);
            counts.records += static_cast<long long>(records.size());
        }
        tx.commit();
    }
    {
        Transaction tx(db);
        join_care_teams(store, dir);
        tx.commit();
    }
    counts.apprentices = apprentices;
    if (offices > 0) {
        const auto shape = demo::national_shape(apprentices, offices);
        counts.offices = shape.offices;
        counts.clinics = shape.clinics;
        counts.helpers = shape.helpers();
    } else {
        counts.adviser_cases = demo::scale_adviser_cases(apprentices);
    }
    return counts;
}

} // namespace bro
