#include "store/directory_store.hpp"

#include "domain/dates.hpp"
#include "domain/schema.hpp"
#include "store/pg/pg_doorbell.hpp"
#include "store/server_schema.hpp"
#include "util/time.hpp"

#include <stdexcept>

namespace bro {

namespace {

PersonRow read_person(Statement &s)
{
    PersonRow r;
    r.person.id = s.column_text(0);
    r.person.name = s.column_text(1);
    r.person.role = parse_role(s.column_text(2)).value_or(Role::apprentice);
    r.person.org_id = s.column_is_null(3) ? std::string{} : s.column_text(3);
    r.person.username = s.column_is_null(4) ? std::string{} : s.column_text(4);
    r.password_hash = s.column_is_null(5) ? std::string{} : s.column_text(5);
    r.person.programme_id = s.column_text(6);
    return r;
}

constexpr const char *person_columns =
    "id, name, role, org_id, username, password_hash, programme_id";
constexpr const char *case_columns =
    "id, apprentice_id, training_office_id, clinic_id, programme_id";

CaseRow read_case(Statement &s)
{
    return CaseRow{s.column_text(0), s.column_text(1),
                   s.column_is_null(2) ? std::string{} : s.column_text(2),
                   s.column_is_null(3) ? std::string{} : s.column_text(3), s.column_text(4)};
}

Organisation read_org(Statement &s)
{
    return Organisation{s.column_text(0), s.column_text(1),
                        parse_org_kind(s.column_text(2)).value_or(OrgKind::training_office),
                        s.column_text(3)};
}

void check_programme(DirectoryStore &dir, const std::string &programme_id)
{
    if (!dir.programmes().get(programme_id))
        throw std::invalid_argument("no programme '" + programme_id +
                                    "' (load it first: admin programme load FILE)");
}

std::optional<std::string> nullable(const std::string &s)
{
    if (s.empty())
        return std::nullopt;
    return s;
}

} // namespace

void DirectoryStore::add_org(const Organisation &o)
{
    if (auto e = o.validate())
        throw std::invalid_argument("organisation " + e->field + " " + e->message);
    if (org(o.id))
        throw std::invalid_argument("organisation '" + o.id + "' already exists");
    check_programme(*this, o.programme_id);
    auto s =
        m_db.prepare("INSERT INTO organisations (id, name, kind, programme_id) VALUES (?,?,?,?)");
    s.bind(1, o.id).bind(2, o.name).bind(3, std::string(to_string(o.kind))).bind(4, o.programme_id);
    s.step();
}

void DirectoryStore::add_person(const Person &p, const std::string &password_hash)
{
    Person check = p;
    if (check.username.empty())
        check.username = "placeholder"; // an invited apprentice chooses a username at enrolment
    if (auto e = check.validate())
        throw std::invalid_argument("person " + e->field + " " + e->message);
    if (person(p.id))
        throw std::invalid_argument("person '" + p.id + "' already exists");
    if (!p.username.empty() && person_by_username(p.username))
        throw std::invalid_argument("username '" + p.username + "' is taken");
    if (p.role == Role::apprentice && !p.org_id.empty())
        throw std::invalid_argument("an apprentice belongs to no organisation");
    if (!p.org_id.empty()) {
        auto o = org(p.org_id);
        if (!o)
            throw std::invalid_argument("no organisation '" + p.org_id + "'");
        // Access follows the organisation's kind: an adviser reads what was shared with a
        // training office, a clinician what was shared with a clinic.
        const auto needed = p.role == Role::adviser     ? OrgKind::training_office
                            : p.role == Role::clinician ? OrgKind::clinic
                                                        : OrgKind::programme;
        if (o->kind != needed)
            throw std::invalid_argument(std::string(p.role == Role::adviser ? "an " : "a ") +
                                        std::string(to_string(p.role)) + " belongs to a " +
                                        std::string(to_string(needed)) + ", and '" + p.org_id +
                                        "' is a " + std::string(to_string(o->kind)));
        if (o->programme_id != p.programme_id)
            throw std::invalid_argument("'" + p.org_id + "' takes part in programme '" +
                                        o->programme_id + "', not '" + p.programme_id + "'");
    }
    check_programme(*this, p.programme_id);
    auto s = m_db.prepare("INSERT INTO people (id, name, role, org_id, username, password_hash, "
                          "created, programme_id) VALUES (?,?,?,?,?,?,?,?)");
    s.bind(1, p.id)
        .bind(2, p.name)
        .bind(3, std::string(to_string(p.role)))
        .bind(4, nullable(p.org_id))
        .bind(5, nullable(p.username))
        .bind(6, nullable(password_hash))
        .bind(7, iso_datetime(unix_now()))
        .bind(8, p.programme_id);
    s.step();
}

void DirectoryStore::add_case(const CaseRow &c)
{
    if (c.id.empty() || c.id.size() > 128)
        throw std::invalid_argument("case id must be 1-128 characters");
    if (case_row(c.id))
        throw std::invalid_argument("case '" + c.id + "' already exists");
    auto p = person(c.apprentice_id);
    if (!p || p->person.role != Role::apprentice)
        throw std::invalid_argument("'" + c.apprentice_id + "' is not an apprentice");
    for (const auto &[id, kind] : {std::pair{c.training_office_id, OrgKind::training_office},
                                   std::pair{c.clinic_id, OrgKind::clinic}}) {
        if (id.empty())
            continue;
        auto o = org(id);
        if (!o)
            throw std::invalid_argument("no organisation '" + id + "'");
        if (o->kind != kind)
            throw std::invalid_argument("organisation '" + id + "' is not a " +
                                        std::string(to_string(kind)));
        if (o->programme_id != p->person.programme_id)
            throw std::invalid_argument("organisation '" + id + "' takes part in programme '" +
                                        o->programme_id + "', and the apprentice in '" +
                                        p->person.programme_id + "'");
    }
    {
        auto s = m_db.prepare("SELECT id FROM cases WHERE apprentice_id = ?");
        s.bind(1, c.apprentice_id);
        if (s.step())
            throw std::invalid_argument("'" + c.apprentice_id + "' already has case '" +
                                        s.column_text(0) + "'");
    }
    // A case is in its apprentice's programme, whatever the caller said.
    auto s = m_db.prepare("INSERT INTO cases (id, apprentice_id, training_office_id, clinic_id, "
                          "created, programme_id) VALUES (?,?,?,?,?,?)");
    s.bind(1, c.id)
        .bind(2, c.apprentice_id)
        .bind(3, nullable(c.training_office_id))
        .bind(4, nullable(c.clinic_id))
        .bind(5, iso_datetime(unix_now()))
        .bind(6, p->person.programme_id);
    s.step();
}

void DirectoryStore::add_team_member(const std::string &case_id, const std::string &person_id,
                                     std::int64_t joined_seq)
{
    auto c = case_row(case_id);
    if (!c)
        throw std::invalid_argument("no case '" + case_id + "'");
    auto p = person(person_id);
    if (!p)
        throw std::invalid_argument("no person '" + person_id + "'");
    if (p->person.role != Role::adviser && p->person.role != Role::clinician)
        throw std::invalid_argument("only advisers and clinicians join a care team");
    if (p->person.org_id != c->training_office_id && p->person.org_id != c->clinic_id)
        throw std::invalid_argument(
            "'" + person_id + "' works for neither the case's training office nor its clinic");
    if (p->person.programme_id != c->programme_id) // never across programmes, whatever the org
        throw std::invalid_argument("'" + person_id + "' is in programme '" +
                                    p->person.programme_id + "', the case in '" + c->programme_id +
                                    "'");
    auto s = m_db.prepare("INSERT INTO care_team (case_id, person_id, joined_seq) VALUES (?,?,?) "
                          "ON CONFLICT DO NOTHING");
    s.bind(1, case_id).bind(2, person_id).bind(3, joined_seq);
    s.step();
    ring(m_db, teams_channel); // the member's devices may be connected to another node
}

void DirectoryStore::remove_team_member(const std::string &case_id, const std::string &person_id)
{
    if (!case_row(case_id))
        throw std::invalid_argument("no case '" + case_id + "'");
    auto s = m_db.prepare("DELETE FROM care_team WHERE case_id = ? AND person_id = ?");
    s.bind(1, case_id).bind(2, person_id);
    s.step();
    if (m_db.changes() == 0)
        throw std::invalid_argument("'" + person_id + "' is not on the care team of '" + case_id +
                                    "'");
    ring(m_db, teams_channel);
}

bool DirectoryStore::on_team(const std::string &case_id, const std::string &person_id)
{
    auto s = m_db.prepare("SELECT 1 FROM care_team WHERE case_id = ? AND person_id = ?");
    s.bind(1, case_id).bind(2, person_id);
    return s.step();
}

std::optional<Organisation> DirectoryStore::org(const std::string &id)
{
    auto s = m_db.prepare("SELECT id, name, kind, programme_id FROM organisations WHERE id = ?");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return read_org(s);
}

std::vector<Organisation> DirectoryStore::orgs()
{
    auto s = m_db.prepare("SELECT id, name, kind, programme_id FROM organisations ORDER BY id");
    std::vector<Organisation> out;
    while (s.step())
        out.push_back(read_org(s));
    return out;
}

std::optional<PersonRow> DirectoryStore::person(const std::string &id)
{
    auto s = m_db.prepare(std::string("SELECT ") + person_columns + " FROM people WHERE id = ?");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return read_person(s);
}

std::optional<PersonRow> DirectoryStore::person_by_username(const std::string &username)
{
    auto s =
        m_db.prepare(std::string("SELECT ") + person_columns + " FROM people WHERE username = ?");
    s.bind(1, username);
    if (!s.step())
        return std::nullopt;
    return read_person(s);
}

std::vector<PersonRow> DirectoryStore::people()
{
    auto s = m_db.prepare(std::string("SELECT ") + person_columns + " FROM people ORDER BY id");
    std::vector<PersonRow> out;
    while (s.step())
        out.push_back(read_person(s));
    return out;
}

std::optional<CaseRow> DirectoryStore::case_row(const std::string &id)
{
    auto s = m_db.prepare(std::string("SELECT ") + case_columns + " FROM cases WHERE id = ?");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return read_case(s);
}

std::vector<CaseRow> DirectoryStore::cases()
{
    auto s = m_db.prepare(std::string("SELECT ") + case_columns + " FROM cases ORDER BY id");
    std::vector<CaseRow> out;
    while (s.step())
        out.push_back(read_case(s));
    return out;
}

void DirectoryStore::set_credentials(const std::string &person_id, const std::string &username,
                                     const std::string &password_hash)
{
    auto s = m_db.prepare("UPDATE people SET username = ?, password_hash = ? WHERE id = ?");
    s.bind(1, username).bind(2, password_hash).bind(3, person_id);
    s.step();
}

std::vector<std::string> DirectoryStore::cases_for(const Actor &a)
{
    std::vector<std::string> out;
    if (a.role == Role::coordinator)
        return out; // aggregate figures only, never a case
    auto s =
        a.role == Role::apprentice
            ? m_db.prepare("SELECT id FROM cases WHERE apprentice_id = ? ORDER BY id")
            : m_db.prepare("SELECT case_id FROM care_team WHERE person_id = ? ORDER BY case_id");
    s.bind(1, a.person_id);
    while (s.step())
        out.push_back(s.column_text(0));
    return out;
}

std::int64_t DirectoryStore::joined_seq(const std::string &case_id, const std::string &person_id)
{
    auto s = m_db.prepare("SELECT joined_seq FROM care_team WHERE case_id = ? AND person_id = ?");
    s.bind(1, case_id).bind(2, person_id);
    return s.step() ? s.column_int64(0) : 0;
}

CaseAccess DirectoryStore::access(const std::string &case_id, RecordTable &records)
{
    CaseAccess a;
    a.case_id = case_id;
    auto c = case_row(case_id);
    if (!c)
        return a; // unknown case: nobody is on it, so AccessPolicy refuses everything
    a.apprentice_id = c->apprentice_id;
    auto s = m_db.prepare("SELECT person_id FROM care_team WHERE case_id = ?");
    s.bind(1, case_id);
    while (s.step())
        a.team.insert(s.column_text(0));
    for (const auto &r : records.list(case_id, kind::consent)) {
        if (!r.boolean("granted"))
            continue;
        auto cat = parse_category(r.str("category"));
        if (!cat)
            continue;
        a.grants.insert(ConsentGrant{r.str("org_id"), *cat, r.str("until")});
    }
    if (auto rec = records.get(case_id))
        a.phase = rec->str("phase", "referral");
    auto age =
        m_db.prepare("SELECT date_of_birth, guardian_at FROM apprentice_age WHERE person_id = ?");
    age.bind(1, a.apprentice_id);
    if (age.step()) {
        a.apprentice_birth_date = age.column_text(0);
        a.guardian_agreed = !age.column_is_null(1) && !age.column_text(1).empty();
    }
    if (auto stored = m_programmes.get(c->programme_id))
        a.programme = stored->programme;
    a.guardian_age_limit =
        a.programme ? a.programme->consent.guardian_age_limit : default_guardian_age_limit;
    return a;
}

std::shared_ptr<const Programme> DirectoryStore::programme_of_person(const std::string &person_id)
{
    const auto p = person(person_id);
    if (auto stored =
            m_programmes.get(p ? p->person.programme_id : std::string(builtin_programme_id)))
        return stored->programme;
    return m_programmes.get(std::string(builtin_programme_id))->programme;
}

int DirectoryStore::guardian_age_limit(const std::string &person_id)
{
    return programme_of_person(person_id)->consent.guardian_age_limit;
}

void DirectoryStore::set_date_of_birth(const std::string &person_id,
                                       const std::string &date_of_birth)
{
    auto p = person(person_id);
    if (!p || p->person.role != Role::apprentice)
        throw std::invalid_argument("no apprentice with id '" + person_id + "'");
    if (!is_valid_date(date_of_birth) || date_of_birth > today_utc())
        throw std::invalid_argument(
            "the date of birth must be a date (YYYY-MM-DD), not after today");
    auto ins = m_db.prepare("INSERT INTO apprentice_age (person_id, date_of_birth) VALUES (?, ?) "
                            "ON CONFLICT DO NOTHING");
    ins.bind(1, person_id);
    ins.bind(2, date_of_birth);
    ins.step();
    auto up = m_db.prepare("UPDATE apprentice_age SET date_of_birth = ? WHERE person_id = ?");
    up.bind(1, date_of_birth);
    up.bind(2, person_id);
    up.step();
}

void DirectoryStore::record_guardian_agreement(const std::string &person_id,
                                               const std::string &name, const std::string &how,
                                               const std::string &at,
                                               const std::string &recorded_by)
{
    if (!age_record(person_id))
        throw std::invalid_argument("record the apprentice's date of birth first (person birth)");
    if (name.empty() || how.empty() || recorded_by.empty())
        throw std::invalid_argument("say who the guardian is (--guardian), how they agreed (--how) "
                                    "and who records it (--by)");
    if (!is_valid_date(at) || at > today_utc())
        throw std::invalid_argument("--at must be a date (YYYY-MM-DD), not after today");
    auto s = m_db.prepare("UPDATE apprentice_age SET guardian_name = ?, guardian_how = ?, "
                          "guardian_at = ?, recorded_by = ? WHERE person_id = ?");
    s.bind(1, name);
    s.bind(2, how);
    s.bind(3, at);
    s.bind(4, recorded_by);
    s.bind(5, person_id);
    s.step();
}

std::optional<DirectoryStore::AgeRecord> DirectoryStore::age_record(const std::string &person_id)
{
    auto s = m_db.prepare("SELECT date_of_birth, guardian_name, guardian_how, guardian_at, "
                          "recorded_by FROM apprentice_age WHERE person_id = ?");
    s.bind(1, person_id);
    if (!s.step())
        return std::nullopt;
    const auto text = [&s](int col) {
        return s.column_is_null(col) ? std::string{} : s.column_text(col);
    };
    return AgeRecord{text(0), text(1), text(2), text(3), text(4)};
}

CaseSummary DirectoryStore::summary(const std::string &case_id)
{
    CaseSummary out;
    auto c = case_row(case_id);
    if (!c)
        return out;
    out.case_id = c->id;
    out.apprentice_id = c->apprentice_id;
    if (auto p = person(c->apprentice_id))
        out.apprentice_name = p->person.name;
    out.training_office_id = c->training_office_id;
    out.clinic_id = c->clinic_id;
    auto s = m_db.prepare("SELECT p.id, p.name, p.role, p.org_id, o.name FROM care_team t "
                          "JOIN people p ON p.id = t.person_id "
                          "LEFT JOIN organisations o ON o.id = p.org_id "
                          "WHERE t.case_id = ? ORDER BY p.role, p.name");
    s.bind(1, case_id);
    while (s.step())
        out.team.push_back(TeamMember{s.column_text(0), s.column_text(1),
                                      parse_role(s.column_text(2)).value_or(Role::adviser),
                                      s.column_is_null(3) ? std::string{} : s.column_text(3),
                                      s.column_is_null(4) ? std::string{} : s.column_text(4)});
    return out;
}

Actor DirectoryStore::actor(const PersonRow &p) const
{
    return Actor{p.person.id, p.person.role, p.person.org_id};
}

} // namespace bro
