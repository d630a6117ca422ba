#include "demo/seed_directory.hpp"

namespace bro {

void seed_directory(DirectoryStore &store, const demo::Dataset &data,
                    const std::string &password_hash)
{
    for (const auto &o : data.organisations)
        store.add_org(o);
    for (const auto &p : data.people)
        store.add_person(p, password_hash);
    for (const auto &c : data.cases)
        store.add_case({c.summary.case_id, c.summary.apprentice_id, c.summary.training_office_id,
                        c.summary.clinic_id});
}

void join_care_teams(DirectoryStore &store, const demo::Dataset &data)
{
    for (const auto &c : data.cases)
        for (const auto &m : c.summary.team)
            store.add_team_member(c.summary.case_id, m.person_id, 0);
}

} // namespace bro
