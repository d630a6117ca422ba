#include "admin/admin_cli.hpp"

#include "admin/age_rule.hpp"
#include "admin/case_rights.hpp"
#include "admin/copy_to.hpp"
#include "admin/directory_edits.hpp"
#include "admin/programme_cli.hpp"
#include "auth/accounts.hpp"
#include "auth/password.hpp"
#include "domain/consent_rules.hpp"
#include "domain/dates.hpp"
#include "domain/schema.hpp"
#include "store/directory_store.hpp"
#include "store/pg/pg_backend.hpp"
#include "store/server_schema.hpp"
#include "store/server_writer.hpp"
#include "util/args.hpp"
#include "util/time.hpp"

#include <filesystem>
#include <fstream>
#include <ostream>
#include <set>
#include <sqlite3.h>
#include <stdexcept>
#include <thread>

namespace bro {

namespace {

Role role_arg(const std::string &s)
{
    auto r = parse_role(s);
    if (!r)
        throw UsageError("--role must be apprentice, adviser, clinician or coordinator");
    return *r;
}

OrgKind kind_arg(const std::string &s)
{
    auto k = parse_org_kind(s);
    if (!k)
        throw UsageError("--kind must be training_office, clinic or programme");
    return *k;
}

void need_password_rule(const std::string &password)
{
    if (auto p = password_problem(password); !p.empty())
        throw std::invalid_argument(p);
}

// What the age rule says of an apprentice today, for `admin list`: the status, not the date of
// birth (`admin export` has that, for the person who asks for their data).
std::string age_status(DirectoryStore &dir, const std::string &person_id)
{
    const auto f = age_fields(dir, person_id, today_utc());
    const auto limit = std::to_string(dir.guardian_age_limit(person_id));
    if (f.empty())
        return "age not recorded";
    if (f.value("guardian_needed_until", nlohmann::json()).is_null())
        return limit + " or over";
    if (!f.value("guardian_agreed", nlohmann::json()).is_null())
        return "under " + limit + ", guardian agreed";
    return "under " + limit + ", waiting for the guardian";
}

int run(const std::string &cmd, const std::string &sub, const Args &a, Database &db,
        std::ostream &out)
{
    DirectoryStore dir(db);
    Accounts accounts(db, 0);

    if (cmd == "org" && sub == "add") {
        a.only({"db", "id", "name", "kind", "programme"});
        Transaction tx(db);
        dir.add_org({a.required("id"), a.required("name"), kind_arg(a.required("kind")),
                     a.get("programme").value_or(std::string(builtin_programme_id))});
        tx.commit();
        out << "added organisation " << a.required("id") << "\n";
        return 0;
    }
    if (cmd == "person" && sub == "add") {
        a.only({"db", "id", "name", "role", "org", "username", "password", "programme"});
        Person p{a.required("id"), a.required("name"), role_arg(a.required("role")),
                 a.get("org").value_or(""), a.get("username").value_or("")};
        // A helper is in their organisation's programme; others say which, or are in the pilot.
        const auto org = p.org_id.empty() ? std::nullopt : dir.org(p.org_id);
        p.programme_id = a.get("programme")
                             .value_or(org ? org->programme_id : std::string(builtin_programme_id));
        std::string hash;
        if (a.get("password")) {
            if (p.username.empty())
                throw UsageError("--password needs --username");
            need_password_rule(*a.get("password"));
            hash = hash_password(*a.get("password"));
        }
        Transaction tx(db);
        dir.add_person(p, hash);
        tx.commit();
        out << "added " << to_string(p.role) << " " << p.id << "\n";
        return 0;
    }
    if (cmd == "case" && sub == "add") {
        a.only({"db", "id", "apprentice", "training-office", "clinic", "trade", "phase"});
        NewCase c{{a.required("id"), a.required("apprentice"),
                   a.get("training-office").value_or(""), a.get("clinic").value_or("")},
                  a.get("phase").value_or(""), // the programme's first phase
                  a.get("trade").value_or("")};
        Transaction tx(db);
        open_case(db, dir, c, "server-admin");
        tx.commit();
        out << "added case " << c.row.id << "\n";
        return 0;
    }
    if (cmd == "person" && sub == "birth") {
        a.only({"db", "person", "date"});
        const auto person = a.required("person");
        const auto date = a.required("date");
        Transaction tx(db);
        dir.set_date_of_birth(person, date);
        // What the apprentice's devices are told (never the date itself): until which day a
        // guardian's agreement is needed for health categories; nothing when of age already.
        RecordTable records(db);
        ServerWriter writer(db, "server-admin");
        // A corrected date that makes them of age: their health shares take effect now, and the
        // grantees get them as when the guardian agrees. A date under the limit recorded after
        // sharing began: the shares wait, and what grantee devices already hold of those
        // categories is purged from them as when the apprentice withdraws.
        for (const auto &case_id : write_age_fields(records, writer, dir, person, today_utc()))
            regrant_health_consents(records, writer, case_id);
        const auto needed = age_fields(dir, person, today_utc())["guardian_needed_until"];
        tx.commit();
        out << "recorded the date of birth of " << person;
        if (needed.is_string())
            out << "; under " << dir.guardian_age_limit(person)
                << ": shares of health categories wait for the guardian's agreement (guardian) "
                   "or until "
                << needed.get<std::string>();
        out << "\n";
        return 0;
    }
    if (cmd == "guardian") {
        // The guardian's agreement to sharing health categories (issue 12, the age rule). The
        // apprentice's grants of health categories are written again by the server (same
        // values), so that the grantees' devices get them through the grant path: a snapshot.
        a.only({"db", "person", "guardian", "how", "at", "by"});
        const auto person = a.required("person");
        Transaction tx(db);
        dir.record_guardian_agreement(person, a.required("guardian"), a.required("how"),
                                      a.get("at").value_or(today_utc()), a.required("by"));
        RecordTable records(db);
        ServerWriter writer(db, "server-admin");
        write_age_fields(records, writer, dir, person, today_utc());
        int regranted = 0;
        for (const auto &c : dir.cases())
            if (c.apprentice_id == person)
                regranted += regrant_health_consents(records, writer, c.id);
        tx.commit();
        out << "recorded the guardian's agreement for " << person << "; " << regranted
            << " grant(s) of health categories take effect now\n";
        return 0;
    }
    if (cmd == "team" && sub == "add") {
        a.only({"db", "case", "person"});
        Transaction tx(db);
        join_team(db, dir, a.required("case"), a.required("person"));
        tx.commit();
        out << "added " << a.required("person") << " to the care team of " << a.required("case")
            << "\n";
        return 0;
    }
    if (cmd == "invite") {
        a.only({"db", "person", "days"});
        const auto days = a.integer("days", 14);
        if (days < 1 || days > 90)
            throw UsageError("--days must be between 1 and 90");
        Transaction tx(db);
        const auto invite =
            make_invite(dir, accounts, a.required("person"), static_cast<int>(days));
        tx.commit();
        out << invite.code << "\n";
        return 0;
    }
    if (cmd == "password" && sub == "reset") {
        a.only({"db", "user", "password"});
        auto p = dir.person_by_username(a.required("user"));
        if (!p)
            throw std::invalid_argument("no user '" + a.required("user") + "'");
        need_password_rule(a.required("password"));
        const auto hash = hash_password(a.required("password"));
        Transaction tx(db);
        dir.set_credentials(p->person.id, p->person.username, hash);
        // A reset is what one does after a lost phone: sign every device out too.
        const int n = accounts.revoke_person_devices(p->person.id);
        tx.commit();
        out << "password reset for " << p->person.username << "; " << n
            << " device(s) signed out\n";
        return 0;
    }
    if (cmd == "device" && sub == "revoke") {
        a.only({"db", "device", "user"});
        Transaction tx(db);
        if (auto d = a.get("device")) {
            if (!accounts.revoke_device(*d))
                throw std::invalid_argument("no device '" + *d + "'");
            tx.commit();
            out << "revoked device " << *d << "\n";
            return 0;
        }
        auto p = dir.person_by_username(a.required("user"));
        if (!p)
            throw std::invalid_argument("no user '" + a.required("user") + "'");
        const int n = accounts.revoke_person_devices(p->person.id);
        tx.commit();
        out << "revoked " << n << " device(s) of " << p->person.username << "\n";
        return 0;
    }
    if (cmd == "export") {
        a.only({"db", "person", "to"});
        const auto person = a.required("person");
        const std::filesystem::path dir = a.required("to");
        const auto data = export_person(db, person); // checks the person first
        std::filesystem::create_directories(dir);
        const auto file = dir / ("bro-export-" + person + "-" + today_utc() + ".json");
        if (std::filesystem::exists(file))
            throw std::invalid_argument("'" + file.string() + "' exists; refusing to overwrite it");
        {
            std::ofstream f(file, std::ios::binary);
            f << data.dump(2) << "\n";
            f.flush();
            if (!f)
                throw std::runtime_error("cannot write '" + file.string() + "'");
        }
        const auto &c = data["case"];
        out << "exported " << person << " to " << file.string() << " ("
            << (c.is_null() ? 0 : c["records"].size()) << " records, "
            << (c.is_null() ? 0 : c["change_log"].size()) << " changes, "
            << data["audit_events"].size() << " audit events)\n";
        return 0;
    }
    if (cmd == "erase") {
        a.only({"db", "person", "by", "exported"});
        const auto person = a.required("person");
        const auto by = a.required("by");
        if (!a.flag("exported"))
            throw std::invalid_argument(
                "erasure cannot be undone. Give the apprentice their copy first:\n"
                "  bro-server admin --db DB export --person " +
                person +
                " --to DIR\n"
                "then run erase again with --exported");
        const auto r = erase_person(db, person, by, "request");
        out << "erased " << person << " and their case: " << r.rows_removed << " rows removed";
        if (r.purges_owed > 0)
            out << "; " << r.purges_owed
                << " helper device(s) will be told to delete it at their next connection";
        out << "\n";
        return 0;
    }
    if (cmd == "list") {
        a.only({"db"});
        const std::string what = sub.empty() ? "all" : sub;
        if (what != "all" && what != "orgs" && what != "people" && what != "cases" &&
            what != "devices")
            throw UsageError("list what? orgs, people, cases or devices");
        if (what == "all" || what == "orgs")
            for (const auto &o : dir.orgs())
                out << "org     " << o.id << "  " << to_string(o.kind) << "  " << o.name << "  ("
                    << o.programme_id << ")\n";
        if (what == "all" || what == "people")
            for (const auto &p : dir.people()) {
                out << "person  " << p.person.id << "  " << to_string(p.person.role) << "  "
                    << (p.person.org_id.empty() ? "-" : p.person.org_id) << "  "
                    << (p.person.username.empty() ? "(no account)" : p.person.username) << "  "
                    << p.person.name << "  (" << p.person.programme_id << ")";
                if (p.person.role == Role::apprentice)
                    out << "  [" << age_status(dir, p.person.id) << "]";
                out << "\n";
            }
        if (what == "all" || what == "cases")
            for (const auto &c : dir.cases()) {
                out << "case    " << c.id << "  (" << c.programme_id << ")  apprentice "
                    << c.apprentice_id << "  team";
                for (const auto &m : dir.summary(c.id).team)
                    out << " " << m.person_id;
                out << "\n";
            }
        if (what == "all" || what == "devices")
            for (const auto &d : accounts.devices())
                out << "device  " << d.id << "  " << d.person_id << "  '" << d.name << "'  "
                    << (d.revoked                 ? "revoked"
                        : d.expires <= unix_now() ? "expired"
                                                  : "expires " + iso_datetime(d.expires))
                    << "\n";
        return 0;
    }
    throw UsageError("unknown command '" + cmd + (sub.empty() ? "" : " " + sub) + "'");
}

} // namespace

void admin_usage(std::ostream &out)
{
    out << "usage: bro-server admin --db FILE <command>\n"
           "  org add --id ID --name NAME --kind training_office|clinic|programme\n"
           "          [--programme PROGRAMME]           (default: the built-in okab-air)\n"
           "  person add --id ID --name NAME --role apprentice|adviser|clinician|coordinator\n"
           "             [--org ORG] [--username USER --password PASSWORD]\n"
           "             [--programme PROGRAMME]        (default: the organisation's)\n"
           "  case add --id CASE --apprentice PERSON [--training-office ORG] [--clinic ORG]\n"
           "           [--trade TEXT] [--phase PHASE]\n"
           "  person birth --person PERSON --date YYYY-MM-DD   an apprentice's date of birth\n"
           "  guardian --person PERSON --guardian NAME --how TEXT --by NAME [--at YYYY-MM-DD]\n"
           "                                            the guardian agreed to sharing health\n"
           "                                            categories (under the age limit)\n"
           "  team add --case CASE --person PERSON\n"
           "  invite --person PERSON [--days 14]        prints a one-time invite code\n"
           "  password reset --user USER --password PASSWORD   (signs out the user's devices)\n"
           "  device revoke --device ID | --user USER\n"
           "  backup --to FILE                          online backup, safe while serving\n"
           "  restore --from BACKUP                     a backup into a new database (--db),\n"
           "                                            with a new epoch: devices resend\n"
           "  new-epoch                                 after a restore with pg_restore\n"
           "  copy-to postgresql://…                    move this SQLite office onto PostgreSQL\n"
           "  export --person PERSON --to DIR           a copy of all the server holds about an\n"
           "                                            apprentice (JSON, docs/export.md)\n"
           "  erase --person PERSON --by NAME --exported   erase an apprentice and their case\n"
           "                                            (cannot be undone; export first)\n"
           "  list [orgs|people|cases|devices]\n"
           "  programme check FILE                      check a programme definition and name\n"
           "                                            every problem (no --db needed;\n"
           "                                            docs/programmes.md)\n"
           "  programme load FILE --by NAME             check it and run it on this server, as\n"
           "                                            a new programme or its next revision\n"
           "  programme list                            the programmes and their revisions\n";
}

void backup_database(const std::string &from, const std::string &to)
{
    if (std::filesystem::exists(to))
        throw std::invalid_argument("'" + to + "' exists; refusing to overwrite it");
    Database src(from);
    sqlite3 *dest = nullptr;
    if (sqlite3_open(to.c_str(), &dest) != SQLITE_OK) {
        std::string msg = dest ? sqlite3_errmsg(dest) : "out of memory";
        sqlite3_close(dest);
        throw std::runtime_error("cannot create '" + to + "': " + msg);
    }
    sqlite3_backup *b = sqlite3_backup_init(dest, "main", src.handle(), "main");
    if (!b) {
        std::string msg = sqlite3_errmsg(dest);
        sqlite3_close(dest);
        throw std::runtime_error("backup failed: " + msg);
    }
    int rc = SQLITE_OK;
    // A few hundred pages at a time; a busy or locked source just means the server is writing.
    while ((rc = sqlite3_backup_step(b, 256)) == SQLITE_OK || rc == SQLITE_BUSY ||
           rc == SQLITE_LOCKED)
        if (rc != SQLITE_OK)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    sqlite3_backup_finish(b);
    const int final_rc = sqlite3_errcode(dest);
    sqlite3_close(dest);
    if (rc != SQLITE_DONE || final_rc != SQLITE_OK) {
        std::filesystem::remove(to);
        throw std::runtime_error(std::string("backup failed: ") + sqlite3_errstr(rc));
    }
}

int admin_main(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    try {
        Args a(args, {"exported"});
        const auto &words = a.positional();
        if (words.empty()) {
            admin_usage(err);
            return 2;
        }
        if (words[0] == "programme")
            return programme_main(a, out, err);
        const auto db_path = a.required("db");
        const std::string &cmd = words[0];
        const std::string sub = words.size() > 1 ? words[1] : std::string{};
        if (words.size() > 2)
            throw UsageError("unexpected '" + words[2] + "'");
        if (cmd == "copy-to") {
            a.only({"db"});
            if (words.size() != 2)
                throw UsageError("copy-to needs the target: copy-to postgresql://…");
            out << "copying " << db_path << " to " << sql::redacted_uri(sub) << "\n";
            const auto r = copy_to_postgres(db_path, sub, out);
            out << "copied " << r.rows << " rows in " << r.tables
                << " tables; every table checked row for row\n";
            return 0;
        }
        if (cmd == "backup") {
            a.only({"db", "to"});
            if (sql::is_postgres_uri(db_path))
                throw std::invalid_argument(
                    "on PostgreSQL, take backups with pg_dump (or the database service's own "
                    "backups and point-in-time recovery); see docs/server.md");
            if (!std::filesystem::exists(db_path))
                throw std::invalid_argument("no database '" + db_path + "'");
            backup_database(db_path, a.required("to"));
            out << "backed up " << db_path << " to " << a.required("to") << "\n";
            return 0;
        }
        if (cmd == "restore") {
            a.only({"db", "from"});
            if (sql::is_postgres_uri(db_path))
                throw std::invalid_argument(
                    "on PostgreSQL, restore with pg_restore, then run `admin new-epoch` once "
                    "before the nodes start; see docs/server.md");
            const auto from = a.required("from");
            if (!std::filesystem::exists(from))
                throw std::invalid_argument("no backup '" + from + "'");
            // Never over a database: the operator moves the broken one away first, on purpose.
            backup_database(from, db_path);
            auto db = open_server_database(db_path); // a backup from an older version migrates
            new_store_epoch(db);
            out << "restored " << from << " into " << db_path
                << "; each device sends again what it wrote since the backup when it next "
                   "connects\n";
            return 0;
        }
        if (cmd == "new-epoch") {
            a.only({"db"});
            auto db = open_server_database(db_path);
            const auto epoch = new_store_epoch(db);
            out << "new store epoch " << epoch
                << ": each device sends again what it wrote when it next connects\n";
            return 0;
        }
        // Know the command before touching the file: a typo must not create a database.
        static const std::set<std::pair<std::string, std::string>> known = {
            {"org", "add"},       {"person", "add"}, {"person", "birth"}, {"guardian", ""},
            {"case", "add"},      {"team", "add"},   {"invite", ""},      {"password", "reset"},
            {"device", "revoke"}, {"export", ""},    {"erase", ""}};
        if (cmd != "list" && !known.count({cmd, sub}))
            throw UsageError("unknown command '" + cmd + (sub.empty() ? "" : " " + sub) + "'");
        auto db = open_server_database(db_path);
        return run(cmd, sub, a, db, out);
    } catch (const UsageError &e) {
        err << "bro-server admin: " << e.what() << "\n";
        admin_usage(err);
        return 2;
    } catch (const std::exception &e) {
        err << "bro-server admin: " << e.what() << "\n";
        return 1;
    }
}

} // namespace bro
