// The apprentice's rights against a real server and a real database (SQLite, and PostgreSQL in
// the _pg variant): `admin export` holds every record, change, audit event and rejected change
// the server had for the case; `admin erase` refuses without a copy first, then removes the
// case in one go: after it no table holds the case id, the person id or the name, one anonymous
// row records the erasure, a connected adviser device is purged at the next tick, an offline one
// at its next connection, and the apprentice's own device is signed out. Retention: a case closed
// over 12 months ago is announced to the apprentice by the server's tick, and erased once the
// month's notice has passed.

#include "demo_server.hpp"
#include "domain/dates.hpp"
#include "domain/schema.hpp"
#include "store/record_table.hpp"
#include "store/server_writer.hpp"
#include "test_db.hpp"
#include "test_device.hpp"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <map>
#include <memory>
#include <optional>
#include <set>

using namespace bro::test;
using nlohmann::json;

namespace {

// Every table of the server schema with its text columns.
const std::map<std::string, std::vector<std::string>> text_columns = {
    {"fields", {"record_id", "field", "kind", "case_id", "category", "value", "node", "op"}},
    {"change_log",
     {"op", "device_id", "record_id", "kind", "case_id", "field", "value", "hlc", "node", "at"}},
    {"rejected_changes", {"op", "device_id", "change", "code", "message", "at"}},
    {"organisations", {"id", "name", "kind"}},
    {"people", {"id", "name", "role", "org_id", "username", "password_hash", "created"}},
    {"cases", {"id", "apprentice_id", "training_office_id", "clinic_id", "created"}},
    {"care_team", {"case_id", "person_id"}},
    {"devices", {"id", "person_id", "name", "token_hash", "created", "last_seen"}},
    {"invites", {"code_hash", "person_id", "used_at"}},
    {"audit_events",
     {"case_id", "at", "person_id", "actor_name", "actor_role", "org_name", "device_name", "action",
      "category"}},
    {"device_cases", {"device_id", "case_id"}},
    {"erasures", {"at", "erased_by", "reason"}},
    {"sign_in_failures", {"key"}},
    {"apprentice_age",
     {"person_id", "date_of_birth", "guardian_name", "guardian_how", "guardian_at", "recorded_by"}},
};

// Tables (with a count) where any text column contains `needle`.
std::map<std::string, std::int64_t> tables_holding(bro::Database &db, const std::string &needle)
{
    std::map<std::string, std::int64_t> out;
    for (const auto &[table, columns] : text_columns) {
        std::string sql = "SELECT COUNT(*) FROM " + table + " WHERE ";
        for (std::size_t i = 0; i < columns.size(); ++i)
            sql += (i ? " OR " : "") + columns[i] + " LIKE ?1";
        auto s = db.prepare(sql);
        s.bind(1, "%" + needle + "%");
        s.step();
        if (s.column_int64(0) > 0)
            out[table] = s.column_int64(0);
    }
    return out;
}

std::int64_t count(bro::Database &db, const std::string &sql, const std::string &arg = {})
{
    auto s = db.prepare(sql);
    if (!arg.empty())
        s.bind(1, arg);
    s.step();
    return s.column_int64(0);
}

QString describe(const std::map<std::string, std::int64_t> &m)
{
    QString out;
    for (const auto &[t, n] : m)
        out += QString::fromStdString(t) + "=" + QString::number(n) + " ";
    return out;
}

} // namespace

class TestServerRights : public QObject
{
    Q_OBJECT

private:
    DemoServer m_server{QStringList{"--tick-seconds", "1"}, "rights.db"};

    TestDevice *signed_in(const std::string &user) { return m_server.sign_in(user); }

    static std::size_t rows_of(TestDevice &d, const std::string &case_id)
    {
        return static_cast<std::size_t>(
            count(d.store().database(), "SELECT COUNT(*) FROM fields WHERE case_id = ?", case_id));
    }

    CliResult admin(QStringList args) { return m_server.admin(args); }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), "bro-server did not start"); }

    void exportHoldsEverythingTheServerHadForTheCase()
    {
        // Traffic first, so that every kind of row exists: the adviser's device reads (audit
        // events), tries to change the apprentice's consent (a rejected change), Emil signs in.
        auto *kari = signed_in("kari");
        QVERIFY(kari);
        QCOMPARE(kari->pull_all().value("more", true), false);
        QVERIFY(rows_of(*kari, "case-emil") > 0);
        kari->write("consent:case-emil:org-okab:checkins", "consent", "case-emil",
                    {{"org_id", "org-okab"}, {"category", "checkins"}, {"granted", true}});
        auto ack = kari->push();
        const auto rejected = ack["rejected"].size(); // one per field
        QVERIFY(rejected >= 1);
        QCOMPARE(ack["accepted"].size(), std::size_t(0));
        auto *emil = signed_in("emil");
        QVERIFY(emil);
        emil->pull_all();
        // Signed out now: a live device would be sent the admin edits below at the server's next
        // tick, and the audit event of that send could land between the export and the count.
        kari->disconnect();
        emil->disconnect();
        // The age rule's record (issue 12) belongs to the copy too.
        auto r = admin({"person", "birth", "--person", "p-emil", "--date", "2011-03-02"});
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));
        r = admin({"guardian", "--person", "p-emil", "--guardian", "Anne Johansen (mor)", "--how",
                   "signert skjema", "--by", "Hanne Sørli", "--at", "2026-01-15"});
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));

        const QString out = m_server.path("export");
        r = admin({"export", "--person", "p-emil", "--to", out});
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));
        const auto files = QDir(out).entryList({"bro-export-p-emil-*.json"}, QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile f(QDir(out).filePath(files.front()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const json e = json::parse(bytes.toStdString());
        QCOMPARE(e.value("format", ""), std::string("bro-export"));
        QCOMPARE(e.value("source", ""), std::string("server"));
        QCOMPARE(e["person"].value("name", ""), std::string("Emil Johansen"));
        QCOMPARE(e["person"].value("date_of_birth", ""), std::string("2011-03-02"));
        QCOMPARE(e["person"]["guardian_agreement"].value("how", ""), std::string("signert skjema"));
        QCOMPARE(e["person"]["guardian_agreement"].value("at", ""), std::string("2026-01-15"));
        const json &c = e["case"];
        QCOMPARE(c.value("case_id", ""), std::string("case-emil"));
        std::set<std::string> team;
        for (const auto &m : c["team"])
            team.insert(m.value("name", ""));
        QVERIFY(team.count("Kari Nordby") && team.count("Ingrid Solberg"));

        // Compare with the database itself: every record and field, every logged change.
        auto db = open_server_db(m_server.db());
        std::set<std::string> db_records;
        {
            auto s = db.prepare("SELECT DISTINCT record_id FROM fields WHERE case_id = ?");
            s.bind(1, "case-emil");
            while (s.step())
                db_records.insert(s.column_text(0));
        }
        std::set<std::string> exported_records;
        std::int64_t exported_fields = 0;
        for (const auto &rec : c["records"]) {
            exported_records.insert(rec.value("id", ""));
            exported_fields += static_cast<std::int64_t>(rec["fields"].size()) +
                               (rec.value("deleted", false) ? 1 : 0);
        }
        QVERIFY(!db_records.empty());
        QVERIFY(exported_records == db_records);
        const auto db_fields =
            count(db, "SELECT COUNT(*) FROM fields WHERE case_id = ? AND field <> '_deleted'",
                  "case-emil");
        const auto db_deleted =
            count(db, "SELECT COUNT(*) FROM fields WHERE case_id = ? AND field = '_deleted'",
                  "case-emil");
        QVERIFY(exported_fields >= db_fields && exported_fields <= db_fields + db_deleted);
        std::set<std::int64_t> db_seqs, exported_seqs;
        {
            auto s = db.prepare("SELECT seq FROM change_log WHERE case_id = ?");
            s.bind(1, "case-emil");
            while (s.step())
                db_seqs.insert(s.column_int64(0));
        }
        for (const auto &ch : c["change_log"])
            exported_seqs.insert(ch.value("seq", std::int64_t{0}));
        QVERIFY(!db_seqs.empty());
        QVERIFY(exported_seqs == db_seqs);
        QCOMPARE(static_cast<std::int64_t>(e["audit_events"].size()),
                 count(db, "SELECT COUNT(*) FROM audit_events WHERE case_id = ?", "case-emil") +
                     count(db, "SELECT COUNT(*) FROM audit_events WHERE case_id LIKE "
                               "'directory:%' AND (case_id LIKE '%case-emil%' OR case_id LIKE "
                               "'%p-emil%')"));
        QVERIFY(e["audit_events"].size() > 0);
        QCOMPARE(e["rejected_changes"].size(), rejected);
        QVERIFY(!c["consent_history"].empty());
        QCOMPARE(e["devices"].size(), std::size_t(1));
        // No secrets in the copy.
        for (const char *secret : {"argon2", "token_hash", "password_hash", "code_hash"})
            QVERIFY2(!bytes.contains(secret), secret);

        // A second export the same day does not overwrite the first.
        QCOMPARE(admin({"export", "--person", "p-emil", "--to", out}).exit_code, 1);

        // Back online, as the erasure test expects every adviser device of the run to be.
        for (auto *d : {kari, emil}) {
            QVERIFY(d->connect(m_server.url()));
            QCOMPARE(d->hello().value("type", ""), std::string("welcome"));
            d->pull_all();
        }
    }

    void badRequestsAreRefusedAndChangeNothing()
    {
        auto db = open_server_db(m_server.db());
        const auto before = count(db, "SELECT COUNT(*) FROM fields");
        auto r = admin({"export", "--person", "p-nobody", "--to", m_server.path("x")});
        QCOMPARE(r.exit_code, 1);
        QVERIFY(r.err.contains("no person"));
        r = admin({"export", "--person", "p-kari", "--to", m_server.path("x")});
        QCOMPARE(r.exit_code, 1);
        QVERIFY(r.err.contains("not an apprentice"));
        QCOMPARE(admin({"export", "--person", "p-emil"}).exit_code, 2);
        QCOMPARE(admin({"erase", "--person", "p-emil"}).exit_code, 2); // no --by
        r = admin({"erase", "--person", "p-emil", "--by", "Hanne Sørli"});
        QCOMPARE(r.exit_code, 1);
        QVERIFY(r.err.contains("export --person p-emil"));
        QCOMPARE(admin({"erase", "--person", "p-kari", "--by", "H", "--exported"}).exit_code, 1);
        QCOMPARE(admin({"erase", "--person", "p-x", "--by", "H", "--exported"}).exit_code, 1);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM fields"), before);
        // (The demo's erasures rows are its history, the pilot's first year.)
        QCOMPARE(count(db, "SELECT COUNT(*) FROM erasures WHERE reason <> 'retention'"),
                 std::int64_t(0));
    }

    void eraseLeavesNoTraceAndPurgesEveryDevice()
    {
        auto *online = signed_in("kari");
        auto *offline = signed_in("kari");
        auto *emil = signed_in("emil");
        QVERIFY(online && offline && emil);
        online->pull_all();
        offline->pull_all();
        emil->pull_all();
        QVERIFY(rows_of(*online, "case-emil") > 0);
        QVERIFY(rows_of(*offline, "case-emil") > 0);
        const auto sara_before = rows_of(*online, "case-sara");
        QVERIFY(sara_before > 0);
        offline->disconnect();
        {
            // A mistyped password leaves the username in the sign-in backoff: it goes too.
            TestDevice guess(m_server.dir().path(), "guess");
            QVERIFY(guess.connect(m_server.url()));
            QCOMPARE(guess.login("emil", "feil-passord").value("code", ""),
                     std::string("bad_credentials"));
        }

        // Emil's changes are the newest in the log when his case goes.
        QVERIFY(!emil->write("goal-last-before-erase", "goal", "case-emil",
                             {{"title", "Fullføre fagbrevet"}, {"status", "active"}})
                     .error);
        QVERIFY(emil->push()["rejected"].empty());
        auto db_before = open_server_db(m_server.db());
        const auto head_before = count(db_before, "SELECT MAX(seq) FROM change_log");

        auto r = admin({"erase", "--person", "p-emil", "--by", "Hanne Sørli", "--exported"});
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("erased p-emil"), qPrintable(r.out));

        // The connected adviser device: purged at the server's next tick (1 s here).
        QElapsedTimer t;
        t.start();
        while (rows_of(*online, "case-emil") > 0 && t.elapsed() < 15000)
            online->pump(200);
        QCOMPARE(rows_of(*online, "case-emil"), std::size_t(0));
        QCOMPARE(rows_of(*online, "case-sara"), sara_before); // nothing else went
        // Emil's own device is signed out: it no longer exists on the server.
        t.restart();
        bool signed_out = false;
        while (!signed_out && t.elapsed() < 10000) {
            emil->pump(200);
            for (const auto &e : emil->errors)
                signed_out |= e.value("code", "") == "token_revoked";
        }
        QVERIFY(signed_out);

        // The offline one: at its next connection.
        QVERIFY(offline->connect(m_server.url()));
        auto w = offline->hello();
        QCOMPARE(w.value("type", ""), std::string("welcome"));
        for (const auto &c : w["cases"])
            QVERIFY(c.value("case_id", "") != "case-emil");
        offline->pull_all();
        offline->pump(300);
        QCOMPARE(rows_of(*offline, "case-emil"), std::size_t(0));

        // The log's positions are never used twice: the erased rows were the newest, and the
        // devices' cursors are past them. A new change still reaches the adviser, live and by pull
        // (SQLite reused the freed positions, and both devices skipped it).
        auto *sara = signed_in("sara");
        QVERIFY(sara);
        sara->pull_all();
        QVERIFY(!sara->write("msg-after-erase", "message", "case-sara",
                             {{"author_id", "p-sara"},
                              {"text", "Hei Kari, jeg er tilbake på jobb mandag."},
                              {"sent", "2026-11-30T10:00:00Z"}})
                     .error);
        QVERIFY(sara->push()["rejected"].empty());
        QVERIFY(count(db_before, "SELECT MAX(seq) FROM change_log") > head_before);
        t.restart();
        while (!online->store().get("msg-after-erase") && t.elapsed() < 10000)
            online->pump(100);
        QVERIFY2(online->store().get("msg-after-erase"), "not delivered live");
        offline->pull_all();
        QVERIFY2(offline->store().get("msg-after-erase"), "not in the pull");

        // Once both devices confirmed, no table holds the case, the person or the name.
        auto db = open_server_db(m_server.db());
        t.restart();
        std::map<std::string, std::int64_t> left;
        do {
            for (auto &d : m_server.devices()) // every adviser device of this run answers its purge
                if (d->connected())
                    d->pump(50);
            left.clear();
            for (const char *needle : {"case-emil", "p-emil", "Emil Johansen", "user:emil"})
                for (const auto &[table, n] : tables_holding(db, needle))
                    left[table + ":" + needle] += n;
        } while (!left.empty() && t.elapsed() < 10000);
        QVERIFY2(left.empty(), qPrintable(describe(left)));

        // One anonymous row says an erasure was done, when and by whom (the demo's other rows are
        // its history: the pilot's first year, erased by retention).
        auto s = db.prepare("SELECT at, erased_by, reason, rows_removed FROM erasures "
                            "WHERE reason <> 'retention'");
        QVERIFY(s.step());
        QCOMPARE(QString::fromStdString(s.column_text(1)), QString("Hanne Sørli"));
        QCOMPARE(s.column_text(2), std::string("request"));
        QVERIFY(s.column_int64(3) > 100);
        QVERIFY(!s.step());
        // Other apprentices are untouched.
        QVERIFY(count(db, "SELECT COUNT(*) FROM fields WHERE case_id = ?", "case-sara") > 0);
        QVERIFY(count(db, "SELECT COUNT(*) FROM people WHERE id = ?", "p-sara") == 1);
        // Erasing again: the person is gone.
        QCOMPARE(admin({"erase", "--person", "p-emil", "--by", "H", "--exported"}).exit_code, 1);
    }

    void retentionAnnouncesThenErasesAClosedCase()
    {
        // Ida's case closed 400 days ago (as an admin or a device would write it).
        {
            auto db = open_server_db(m_server.db());
            bro::Transaction tx(db);
            bro::RecordTable records(db);
            auto file = records.get("case-ida");
            QVERIFY(file);
            auto fields = file->fields; // the schema checks the whole record
            auto history = fields.value("phase_history", json::object());
            const auto closed = bro::add_days(bro::today_utc(), -400);
            history["completed"] = closed;
            fields["phase"] = "completed";
            fields["phase_since"] = closed;
            fields["phase_history"] = history;
            bro::ServerWriter(db, "server-admin")
                .write("case-ida", bro::kind::case_file, "case-ida", fields);
            tx.commit();
        }
        auto *ida = signed_in("ida");
        auto *per = signed_in("per");
        QVERIFY(ida && per);
        ida->pull_all();
        per->pull_all();
        QVERIFY(rows_of(*per, "case-ida") > 0);

        // The next tick tells Ida, in a message, when her data goes; nothing is erased yet.
        QElapsedTimer t;
        t.start();
        std::optional<bro::Record> notice;
        while (!notice && t.elapsed() < 15000) {
            ida->pump(200);
            notice = ida->store().get("retention-notice:case-ida");
        }
        QVERIFY(notice);
        const auto text = QString::fromStdString(notice->str("text"));
        QVERIFY2(text.contains("slettes") && text.contains("Lagre en kopi"), qPrintable(text));
        per->pump(2500); // two more ticks: still there
        QVERIFY(rows_of(*per, "case-ida") > 0);
        auto db = open_server_db(m_server.db());
        QCOMPARE(count(db, "SELECT COUNT(*) FROM cases WHERE id = ?", "case-ida"), std::int64_t(1));

        // A month later (the notice dated back 31 days): erased at the next tick.
        {
            bro::Transaction tx(db);
            auto fields = notice->fields;
            fields["sent"] = bro::add_days(bro::today_utc(), -31) + "T08:00:00Z";
            bro::ServerWriter(db, "server-admin")
                .write("retention-notice:case-ida", bro::kind::message, "case-ida", fields);
            tx.commit();
        }
        t.restart();
        while (rows_of(*per, "case-ida") > 0 && t.elapsed() < 15000)
            per->pump(200);
        QCOMPARE(rows_of(*per, "case-ida"), std::size_t(0));
        std::map<std::string, std::int64_t> left;
        t.restart();
        do {
            per->pump(100);
            left.clear();
            for (const char *needle : {"case-ida", "p-ida", "Ida Lunde"})
                for (const auto &[table, n] : tables_holding(db, needle))
                    left[table + ":" + needle] += n;
        } while (!left.empty() && t.elapsed() < 10000);
        QVERIFY2(left.empty(), qPrintable(describe(left)));
        // The newest row is Ida's (the demo's older ones are its 2022 history); she still counts
        // in her cohort as completed (tst_server_programme).
        auto s = db.prepare("SELECT erased_by, reason, outcome FROM erasures WHERE reason = "
                            "'retention' ORDER BY id DESC");
        QVERIFY(s.step());
        QCOMPARE(QString::fromStdString(s.column_text(0)), QString("Bro (oppbevaringstid)"));
        QCOMPARE(s.column_text(2), std::string("completed"));
        // Open cases stay, however long they have run.
        QVERIFY(count(db, "SELECT COUNT(*) FROM fields WHERE case_id = ?", "case-jonas") > 0);
    }

    void cleanup() { QCOMPARE(m_server.bad_frames(), 0); }
};

QTEST_GUILESS_MAIN(TestServerRights)
#include "tst_server_rights.moc"
