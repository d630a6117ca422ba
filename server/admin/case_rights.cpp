#include "admin/case_rights.hpp"

#include "auth/accounts.hpp"
#include "hub/consent_history.hpp"
#include "hub/programme_query.hpp"
#include "store/change_log.hpp"
#include "store/directory_store.hpp"
#include "store/record_table.hpp"
#include "sync/protocol.hpp"
#include "util/time.hpp"

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <vector>

namespace bro {

namespace {

using nlohmann::json;

struct Subject
{
    PersonRow person;
    std::optional<CaseRow> case_row;
};

Subject subject(Database &db, const std::string &person_id)
{
    DirectoryStore dir(db);
    auto p = dir.person(person_id);
    if (!p)
        throw std::invalid_argument("no person '" + person_id + "'");
    if (p->person.role != Role::apprentice)
        throw std::invalid_argument("'" + person_id + "' is a " +
                                    std::string(to_string(p->person.role)) +
                                    ", not an apprentice; export and erasure are for apprentices");
    Subject s{*p, std::nullopt};
    for (const auto &c : dir.cases())
        if (c.apprentice_id == person_id)
            s.case_row = c;
    return s;
}

// The audit scopes that name the apprentice or their case: the case's own events, and the
// coordinator's directory edits about them (directory:<case>, directory:<case>:<member>,
// directory:<person>).
// (The prefix as a range of text, not substr() or LIKE: portable, and the ids' own `_` and `%`
// mean nothing there. Both engines compare text bytewise here: SQLite's BINARY, PostgreSQL's
// COLLATE "C".)
const char *audit_scope_sql = "(case_id = ?1 OR case_id = ?2 OR (case_id > ?3 AND case_id < ?4) "
                              "OR case_id = ?5)";

void bind_audit_scope(Statement &s, const std::string &case_id, const std::string &person_id)
{
    const std::string prefix = "directory:" + case_id + ":";
    std::string after = prefix;
    after.back() = ';'; // the next character after ':'
    s.bind(1, case_id.empty() ? std::string("\x01") : case_id)
        .bind(2, "directory:" + case_id)
        .bind(3, prefix)
        .bind(4, after)
        .bind(5, "directory:" + person_id);
}

// Ops of rejected changes about the case or made by the person's devices.
std::vector<std::pair<std::string, json>> rejected_of(Database &db, const std::string &case_id,
                                                      const std::set<std::string> &devices)
{
    std::vector<std::pair<std::string, json>> out;
    auto s = db.prepare("SELECT op, device_id, change, code, message, at FROM rejected_changes "
                        "ORDER BY at, op");
    while (s.step()) {
        json change = json::parse(s.column_text(2), nullptr, false);
        const bool about_case = !case_id.empty() && change.is_object() &&
                                change.value("case_id", std::string()) == case_id;
        if (!about_case && !devices.count(s.column_text(1)))
            continue;
        out.push_back({s.column_text(0),
                       {{"op", s.column_text(0)},
                        {"device_id", s.column_text(1)},
                        {"change", change.is_discarded() ? json(nullptr) : change},
                        {"code", s.column_text(3)},
                        {"message", s.column_text(4)},
                        {"at", s.column_text(5)}}});
    }
    return out;
}

std::set<std::string> device_ids(Database &db, const std::string &person_id)
{
    std::set<std::string> out;
    auto s = db.prepare("SELECT id FROM devices WHERE person_id = ?");
    s.bind(1, person_id);
    while (s.step())
        out.insert(s.column_text(0));
    return out;
}

} // namespace

json export_person(Database &db, const std::string &person_id)
{
    Transaction tx(db, Transaction::Mode::deferred); // one consistent view:
    if (db.dialect() == Dialect::postgres) // (SQLite's read transaction is one snapshot already)
        db.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
    const auto who = subject(db, person_id);
    DirectoryStore dir(db);
    const std::string case_id = who.case_row ? who.case_row->id : std::string();

    json out;
    out["format"] = "bro-export";
    out["format_version"] = 1;
    out["source"] = "server";
    out["exported_at"] = iso_datetime(unix_now());
    {
        auto s = db.prepare("SELECT created FROM people WHERE id = ?");
        s.bind(1, person_id);
        const std::string created = s.step() ? s.column_text(0) : std::string();
        out["person"] = {{"id", who.person.person.id},
                         {"name", who.person.person.name},
                         {"role", std::string(to_string(who.person.person.role))},
                         {"username", who.person.person.username},
                         {"has_account", !who.person.password_hash.empty()},
                         {"created", created}};
        // The age rule (issue 12): the date of birth and the guardian's agreement, if recorded.
        if (const auto age = dir.age_record(person_id)) {
            out["person"]["date_of_birth"] = age->date_of_birth;
            if (!age->guardian_at.empty())
                out["person"]["guardian_agreement"] = {{"guardian", age->guardian_name},
                                                       {"how", age->guardian_how},
                                                       {"at", age->guardian_at},
                                                       {"recorded_by", age->recorded_by}};
        }
    }

    json c = nullptr;
    if (who.case_row) {
        const auto summary = dir.summary(case_id);
        json team = json::array();
        for (const auto &m : summary.team)
            team.push_back({{"person_id", m.person_id},
                            {"name", m.name},
                            {"role", std::string(to_string(m.role))},
                            {"org_id", m.org_id},
                            {"org_name", m.org_name},
                            {"joined_seq", dir.joined_seq(case_id, m.person_id)}});
        auto org_name = [&](const std::string &id) {
            auto o = id.empty() ? std::nullopt : dir.org(id);
            return o ? o->name : std::string();
        };
        std::string created;
        {
            auto s = db.prepare("SELECT created FROM cases WHERE id = ?");
            s.bind(1, case_id);
            if (s.step())
                created = s.column_text(0);
        }
        c = {{"case_id", case_id},
             {"apprentice_id", person_id},
             {"training_office_id", who.case_row->training_office_id},
             {"training_office_name", org_name(who.case_row->training_office_id)},
             {"clinic_id", who.case_row->clinic_id},
             {"clinic_name", org_name(who.case_row->clinic_id)},
             {"created", created},
             {"team", team}};

        // Every stored field, grouped by record (deleted records too: `deleted` true).
        std::map<std::string, json> records;
        auto f = db.prepare("SELECT record_id, kind, field, value, node, seq FROM fields "
                            "WHERE case_id = ? ORDER BY record_id, field");
        f.bind(1, case_id);
        while (f.step()) {
            auto &r = records[f.column_text(0)];
            if (r.is_null())
                r = {{"id", f.column_text(0)},
                     {"kind", f.column_text(1)},
                     {"deleted", false},
                     {"fields", json::object()}};
            const auto field = f.column_text(2);
            const auto value = RecordTable::value_from_text(f.column_text(3));
            if (field == "_deleted")
                r["deleted"] = value == json(true);
            else
                r["fields"][field] = value.is_discarded() ? json(nullptr) : value;
        }
        json rows = json::array();
        for (auto &[id, r] : records)
            rows.push_back(std::move(r));
        c["records"] = rows;

        json log = json::array();
        auto l = db.prepare("SELECT seq, op, device_id, counter, record_id, kind, field, value, "
                            "hlc, node, at FROM change_log WHERE case_id = ? ORDER BY seq");
        l.bind(1, case_id);
        while (l.step()) {
            const auto value = RecordTable::value_from_text(l.column_text(7));
            log.push_back({{"seq", l.column_int64(0)},
                           {"op", l.column_text(1)},
                           {"device_id", l.column_text(2)},
                           {"counter", l.column_int64(3)},
                           {"record_id", l.column_text(4)},
                           {"kind", l.column_text(5)},
                           {"field", l.column_text(6)},
                           {"value", value.is_discarded() ? json(nullptr) : value},
                           {"hlc", l.column_text(8)},
                           {"node", l.column_text(9)},
                           {"at", l.column_text(10)}});
        }
        c["change_log"] = log;

        ChangeLog change_log(db);
        protocol::ConsentHistory h;
        h.id = "export";
        h.case_id = case_id;
        h.entries = consent_history(change_log, case_id);
        c["consent_history"] = json::parse(protocol::serialize(h))["entries"];
    }
    out["case"] = c;

    json audit = json::array();
    {
        auto s = db.prepare(std::string("SELECT id, case_id, at, person_id, actor_name, "
                                        "actor_role, org_name, device_name, action, category, "
                                        "count FROM audit_events WHERE ") +
                            audit_scope_sql + " ORDER BY id");
        bind_audit_scope(s, case_id, person_id);
        while (s.step())
            audit.push_back({{"id", s.column_int64(0)},
                             {"scope", s.column_text(1)},
                             {"at", s.column_text(2)},
                             {"person_id", s.column_text(3)},
                             {"actor_name", s.column_text(4)},
                             {"actor_role", s.column_text(5)},
                             {"org_name", s.column_text(6)},
                             {"device_name", s.column_text(7)},
                             {"action", s.column_text(8)},
                             {"category", s.column_text(9)},
                             {"count", s.column_int64(10)}});
    }
    out["audit_events"] = audit;

    const auto devices = device_ids(db, person_id);
    json rejected = json::array();
    for (auto &[op, r] : rejected_of(db, case_id, devices))
        rejected.push_back(std::move(r));
    out["rejected_changes"] = rejected;

    json devs = json::array();
    {
        auto s = db.prepare("SELECT id, name, created, last_seen, expires, revoked FROM devices "
                            "WHERE person_id = ? ORDER BY created, id");
        s.bind(1, person_id);
        while (s.step())
            devs.push_back(
                {{"id", s.column_text(0)},
                 {"name", s.column_text(1)},
                 {"created", s.column_text(2)},
                 {"last_seen", s.column_is_null(3) ? json(nullptr) : json(s.column_text(3))},
                 {"expires", iso_datetime(s.column_int64(4))},
                 {"revoked", s.column_int64(5) != 0}});
    }
    out["devices"] = devs;
    json invites = json::array();
    {
        auto s = db.prepare("SELECT expires, used_at FROM invites WHERE person_id = ? "
                            "ORDER BY expires");
        s.bind(1, person_id);
        while (s.step())
            invites.push_back(
                {{"expires", iso_datetime(s.column_int64(0))},
                 {"used_at", s.column_is_null(1) ? json(nullptr) : json(s.column_text(1))}});
    }
    out["invites"] = invites;
    tx.commit();
    return out;
}

ErasureResult erase_person(Database &db, const std::string &person_id, const std::string &by,
                           const std::string &reason)
{
    Transaction tx(db);
    auto r = erase_person_in_transaction(db, person_id, by, reason);
    tx.commit();
    return r;
}

ErasureResult erase_person_in_transaction(Database &db, const std::string &person_id,
                                          const std::string &by, const std::string &reason)
{
    if (by.empty())
        throw std::invalid_argument("say who erases (--by NAME)");
    const auto who = subject(db, person_id);
    const std::string case_id = who.case_row ? who.case_row->id : std::string();
    const auto devices = device_ids(db, person_id);
    ErasureResult result;
    auto run = [&](const std::string &sql, auto &&bind) {
        auto s = db.prepare(sql);
        bind(s);
        s.step();
        result.rows_removed += db.changes();
    };
    auto by_case = [&](Statement &s) { s.bind(1, case_id); };
    // Read before the records go: the case keeps counting in its cohort (programme figures).
    std::optional<ErasedCase> counted;
    if (!case_id.empty()) {
        RecordTable records(db);
        counted = erased_case_of(records, case_id);
    }
    auto by_person = [&](Statement &s) { s.bind(1, person_id); };

    for (const auto &rejected : rejected_of(db, case_id, devices)) {
        const std::string &op = rejected.first;
        run("DELETE FROM rejected_changes WHERE op = ?", [&](Statement &s) { s.bind(1, op); });
    }
    run(std::string("DELETE FROM audit_events WHERE ") + audit_scope_sql,
        [&](Statement &s) { bind_audit_scope(s, case_id, person_id); });
    for (const auto &d : devices)
        run("DELETE FROM device_cases WHERE device_id = ?", [&](Statement &s) { s.bind(1, d); });
    if (!case_id.empty()) {
        run("DELETE FROM fields WHERE case_id = ?", by_case);
        run("DELETE FROM change_log WHERE case_id = ?", by_case);
        run("DELETE FROM care_team WHERE case_id = ?", by_case);
        run("DELETE FROM cases WHERE id = ?", by_case);
        // Helpers' devices that hold the case keep a (device, case) row until they confirm the
        // purge the server now sends them; a device that can no longer sign in never will.
        run("DELETE FROM device_cases WHERE case_id = ?1 AND device_id IN (SELECT id FROM "
            "devices WHERE revoked <> 0 OR expires <= ?2)",
            [&](Statement &s) { s.bind(1, case_id).bind(2, unix_now()); });
        auto owed = db.prepare("SELECT COUNT(*) FROM device_cases WHERE case_id = ?");
        owed.bind(1, case_id);
        owed.step();
        result.purges_owed = owed.column_int64(0);
    }
    if (!who.person.person.username.empty()) // the sign-in backoff keyed by the username
        run("DELETE FROM sign_in_failures WHERE key = ?",
            [&](Statement &s) { s.bind(1, "user:" + who.person.person.username); });
    run("DELETE FROM invites WHERE person_id = ?", by_person);
    run("DELETE FROM apprentice_age WHERE person_id = ?", by_person);
    run("DELETE FROM devices WHERE person_id = ?", by_person);
    run("DELETE FROM people WHERE id = ?", by_person);

    // The anonymous trace. The cohort year and the outcome are what the coordinator's counts are
    // made of, nothing more: no name, no person or case id, no date of the case (docs/server.md,
    // "Export and erasure").
    // The programme (never personal) keeps the counts with their own programme's figures.
    auto t = db.prepare("INSERT INTO erasures (at, erased_by, reason, rows_removed, cohort, "
                        "outcome, programme_id) VALUES (?,?,?,?,?,?,?)");
    t.bind(1, iso_datetime(unix_now())).bind(2, by).bind(3, reason).bind(4, result.rows_removed);
    t.bind(7, who.person.person.programme_id);
    if (counted)
        t.bind(5, counted->cohort).bind(6, std::string(to_string(counted->outcome)));
    else
        t.bind(5, nullptr).bind(6, nullptr);
    t.step();
    return result;
}

} // namespace bro
