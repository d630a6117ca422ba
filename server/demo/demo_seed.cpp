#include "demo/demo_seed.hpp"

#include "auth/password.hpp"
#include "demo/demo_dataset.hpp"
#include "demo/scale_dataset.hpp"
#include "demo/scale_seed.hpp"
#include "demo/seed_directory.hpp"
#include "store/change_log.hpp"
#include "store/directory_store.hpp"
#include "store/record_table.hpp"
#include "store/server_schema.hpp"
#include "store/server_writer.hpp"
#include "util/time.hpp"

#include <ostream>
#include <stdexcept>

namespace bro {

ScaleCounts seed_demo(const std::string &db_path, int scale, int offices)
{
    auto db = open_server_database(db_path);
    DirectoryStore dir(db);
    if (!dir.people().empty() || ChangeLog(db).count() > 0)
        throw std::runtime_error("'" + db_path +
                                 "' already has data; the demo needs an empty database");
    const auto data = demo::dataset(today_utc());
    // One Argon2id hash for every demo account: they share one published password, and a single
    // run keeps seeding quick. Real accounts get their own salt (`admin person add`, enrolment).
    const auto hash = hash_password(demo::password);

    RecordTable records(db);
    for (const auto &text : data.programmes) {
        const auto parsed = parse_programme_text(text);
        if (!parsed.ok())
            throw std::logic_error("the demo's programme is not valid: " +
                                   to_string(parsed.errors.front()));
        const auto loaded = dir.programmes().load(parsed.programme, records, "Bro demo");
        if (!loaded.errors.empty())
            throw std::logic_error("the demo's programme did not load: " +
                                   to_string(loaded.errors.front()));
    }
    Transaction tx(db);
    seed_directory(dir, data, hash);
    ServerWriter writer(db, "server-demo");
    for (const auto &r : data.records)
        writer.write(r.id, r.kind, r.case_id, r.fields);
    join_care_teams(dir, data);
    // The pilot's first year as what retention leaves of it: anonymous rows that still count.
    for (const auto &e : data.erased) {
        auto s = db.prepare("INSERT INTO erasures (at, erased_by, reason, rows_removed, cohort, "
                            "outcome) VALUES (?,?,?,?,?,?)");
        s.bind(1, e.erased_at)
            .bind(2, "Bro (oppbevaringstid)")
            .bind(3, "retention")
            .bind(4, 2400)
            .bind(5, e.counted.cohort)
            .bind(6, std::string(to_string(e.counted.outcome)));
        s.step();
    }
    tx.commit();
    // The big caseload comes after the demo, so the demo's people and cases keep their place in
    // the change log and the demo accounts work on a scaled database as on a plain one.
    return scale > 0 ? seed_scale(db, scale, hash, offices) : ScaleCounts{};
}

int demo_main(const std::string &db_path, int scale, int offices, std::ostream &out,
              std::ostream &err)
{
    try {
        const auto counts = seed_demo(db_path, scale, offices);
        out << "demo seeded in " << db_path << "\n"
            << "accounts (password '" << demo::password << "'):\n"
            << "  hanne (coordinator); kari, per (advisers, Opplæringskontoret for anleggsfag);\n"
            << "  ingrid, lars (clinicians, AiR UngRehab);\n"
            << "  emil, sara, jonas, ida, mathias (apprentices; cases case-emil, case-sara …)\n"
            << "a second programme, " << demo::second_programme_id
            << " (day rehabilitation; no preparation phase):\n"
            << "  randi (coordinator); tone (adviser, Vest-Bygg opplæringskontor);\n"
            << "  eirik (clinician, Fjordklinikken); noah, amalie (apprentices)\n"
            << "history: the pilot's first year, 2022 (" << demo::dataset(today_utc()).erased.size()
            << " apprentices, erased; counted in the figures)\n";
        if (scale > 0 && offices > 0)
            out << "scale: " << counts.apprentices << " more apprentices (scale-001 …), "
                << counts.records << " records, on a national programme of " << counts.offices
                << (counts.offices == 1 ? " training office and " : " training offices and ")
                << counts.clinics << (counts.clinics == 1 ? " clinic with " : " clinics with ")
                << counts.helpers << " advisers and clinicians (nat-a-001-01 …, nat-c-01-01 …)\n";
        else if (scale > 0)
            out << "scale: " << counts.apprentices << " more apprentices (scale-001 …), "
                << counts.records << " records; adviser '" << demo::scale_adviser << "' on "
                << counts.adviser_cases << " of their care teams\n";
        return 0;
    } catch (const std::exception &e) {
        err << "bro-server demo: " << e.what() << "\n";
        return 1;
    }
}

} // namespace bro
