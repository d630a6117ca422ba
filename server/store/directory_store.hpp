#pragma once
// The directory the server administers: organisations, people, cases and care teams, and what
// AccessPolicy needs to know about one case (team + current consents, read from the merged
// consent records so that consent stays ordinary synced data).

#include "domain/consent_rules.hpp"
#include "domain/directory.hpp"
#include "store/database.hpp"
#include "store/programme_store.hpp"
#include "store/record_table.hpp"
#include "sync/access_policy.hpp"

#include <optional>
#include <string>
#include <vector>

namespace bro {

struct PersonRow
{
    Person person;
    std::string password_hash; // empty until the person has an account
};

struct CaseRow
{
    std::string id;
    std::string apprentice_id;
    std::string training_office_id;
    std::string clinic_id;
    std::string programme_id = std::string(builtin_programme_id); // the apprentice's
};

class DirectoryStore
{
public:
    explicit DirectoryStore(Database &db) : m_db(db) {}

    // Every list below is the whole server's; the coordinator's views filter them by programme.

    // add_* throw std::invalid_argument with a clear message for bad or duplicate input.
    void add_org(const Organisation &o);
    void add_person(const Person &p, const std::string &password_hash = {});
    void add_case(const CaseRow &c);
    void add_team_member(const std::string &case_id, const std::string &person_id,
                         std::int64_t joined_seq);
    // Throws std::invalid_argument when the person is not on the case's care team.
    void remove_team_member(const std::string &case_id, const std::string &person_id);
    bool on_team(const std::string &case_id, const std::string &person_id);

    std::optional<Organisation> org(const std::string &id);
    std::vector<Organisation> orgs();
    std::optional<PersonRow> person(const std::string &id);
    std::optional<PersonRow> person_by_username(const std::string &username);
    std::vector<PersonRow> people();
    std::optional<CaseRow> case_row(const std::string &id);
    std::vector<CaseRow> cases();
    void set_credentials(const std::string &person_id, const std::string &username,
                         const std::string &password_hash);

    // Cases this person may sync: an apprentice's own, a helper's care-team cases.
    std::vector<std::string> cases_for(const Actor &a);
    std::int64_t joined_seq(const std::string &case_id, const std::string &person_id);
    CaseAccess access(const std::string &case_id, RecordTable &records);
    CaseSummary summary(const std::string &case_id);
    Actor actor(const PersonRow &p) const;

    // The age rule (issue 12). An apprentice's date of birth; the guardian's agreement to sharing
    // health categories (who, how, when, recorded by whom). Both throw std::invalid_argument for
    // an unknown apprentice or a bad date; the agreement needs the date of birth first.
    struct AgeRecord
    {
        std::string date_of_birth, guardian_name, guardian_how, guardian_at, recorded_by;
    };
    void set_date_of_birth(const std::string &person_id, const std::string &date_of_birth);
    void record_guardian_agreement(const std::string &person_id, const std::string &name,
                                   const std::string &how, const std::string &at,
                                   const std::string &recorded_by);
    std::optional<AgeRecord> age_record(const std::string &person_id);
    // The age limit of the person's programme (its consent.guardian_age_limit).
    int guardian_age_limit(const std::string &person_id);

    // The definitions of the programmes (issue 14), for the rules that depend on them.
    ProgrammeStore &programmes() { return m_programmes; }
    // The programme of a person; the built-in pilot for someone unknown.
    std::shared_ptr<const Programme> programme_of_person(const std::string &person_id);

private:
    Database &m_db;
    ProgrammeStore m_programmes{m_db};
};

} // namespace bro
