// `bro-server demo --scale N --offices K` (bench B9): the national layout at a small size on a
// real database. The offices, clinics and helpers are as many as the formula in
// national_directory.hpp says, every apprentice's adviser works at the apprentice's own office
// (and the clinician, once there is one, at the office's clinic), the same N and K give the same
// people and records, and a real server serves an adviser exactly the cases the layout gives her.
// Its _pg variant seeds the same on PostgreSQL, where the records go in set-wise, in several
// transactions.

#include "demo/national_directory.hpp"
#include "demo/scale_dataset.hpp"
#include "demo_server.hpp"
#include "test_db.hpp"
#include "util/time.hpp"

#include <QTest>
#include <cstdio>
#include <set>

using namespace bro;
using namespace bro::test;

namespace {

// 60 apprentices over 4 offices: 15 an office, round(0.15 * 60 / 4) = 2 advisers each; one
// clinic, round(0.05 * 60) = 3 clinicians.
constexpr int apprentices = 60;
constexpr int offices = 4;

std::int64_t count(Database &db, const std::string &sql)
{
    auto s = db.prepare(sql);
    return s.step() ? s.column_int64(0) : -1;
}

} // namespace

class TestServerNational : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.dir().isValid());
        m_db = server_db(m_server.dir(), "national.db");
        const auto r = run_cli({"demo", "--db", m_db, "--scale", QString::number(apprentices),
                                "--offices", QString::number(offices)},
                               240000);
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("4 training offices and 1 clinic with 11 advisers and clinicians"),
                 qPrintable(r.out));
    }

    void shape_follows_the_formula()
    {
        const auto s = demo::national_shape(apprentices, offices);
        QCOMPARE(s.clinics, 1);
        QCOMPARE(s.advisers_per_office, 2);
        QCOMPARE(s.clinicians_per_clinic, 3);
        // B9's size: one helper for every five apprentices.
        const auto b9 = demo::national_shape(4000, 40);
        QCOMPARE(b9.clinics, 10);
        QCOMPARE(b9.advisers_per_office, 15);
        QCOMPARE(b9.clinicians_per_clinic, 20);
        QCOMPARE(b9.helpers(), 800);
        QCOMPARE(demo::scale_key(4999), std::string("scale-5000"));
    }

    void counts_in_the_database()
    {
        Database db = open_server_db(m_db);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM organisations WHERE id LIKE 'org-nat-ok-%' AND "
                           "kind = 'training_office'"),
                 std::int64_t{offices});
        QCOMPARE(count(db, "SELECT COUNT(*) FROM organisations WHERE id LIKE 'org-nat-clinic-%' "
                           "AND kind = 'clinic'"),
                 std::int64_t{1});
        QCOMPARE(count(db, "SELECT COUNT(*) FROM people WHERE username LIKE 'nat-a-%' AND role = "
                           "'adviser' AND id = 'p-' || username AND password_hash <> ''"),
                 std::int64_t{offices * 2});
        QCOMPARE(count(db, "SELECT COUNT(*) FROM people WHERE username LIKE 'nat-c-%' AND role = "
                           "'clinician' AND id = 'p-' || username AND password_hash <> ''"),
                 std::int64_t{3});
        QCOMPARE(count(db, "SELECT COUNT(*) FROM cases WHERE id LIKE 'case-scale-%'"),
                 std::int64_t{apprentices});
        // A year each, from the --scale generator.
        QVERIFY(count(db, "SELECT COUNT(*) FROM change_log WHERE case_id = 'case-scale-060'") >
                1000);
    }

    // Apprentice i is at office i % K; the one adviser on the team is of that office, the
    // clinician (not yet at referral) of the office's clinic; each adviser has a fair share.
    void advisers_of_their_own_office()
    {
        Database db = open_server_db(m_db);
        for (int i = 0; i < apprentices; ++i) {
            char office[32];
            std::snprintf(office, sizeof office, "org-nat-ok-%03d", i % offices + 1);
            QCOMPARE(count(db, "SELECT COUNT(*) FROM cases WHERE id = 'case-" + demo::scale_key(i) +
                                   "' AND training_office_id = '" + office +
                                   "' AND clinic_id = 'org-nat-clinic-01'"),
                     std::int64_t{1});
        }
        const std::string team = "FROM care_team t JOIN people p ON p.id = t.person_id JOIN cases "
                                 "c ON c.id = t.case_id WHERE c.id LIKE 'case-scale-%' ";
        QCOMPARE(count(db, "SELECT COUNT(*) " + team + "AND p.role = 'adviser'"),
                 std::int64_t{apprentices});
        QCOMPARE(count(db, "SELECT COUNT(DISTINCT c.id) " + team + "AND p.role = 'adviser'"),
                 std::int64_t{apprentices});
        QCOMPARE(count(db, "SELECT COUNT(*) " + team +
                               "AND p.role = 'adviser' AND p.org_id <> c.training_office_id"),
                 std::int64_t{0});
        QCOMPARE(count(db, "SELECT COUNT(*) " + team +
                               "AND p.role = 'clinician' AND p.org_id <> c.clinic_id"),
                 std::int64_t{0});
        int clinic_joined = 0;
        for (int i = 0; i < apprentices; ++i)
            clinic_joined += demo::scale_clinic_joined(i) ? 1 : 0;
        QCOMPARE(count(db, "SELECT COUNT(*) " + team + "AND p.role = 'clinician'"),
                 std::int64_t{clinic_joined});
        // 15 an office over 2 advisers: 8 and 7.
        QCOMPARE(count(db, "SELECT MAX(n) FROM (SELECT COUNT(*) AS n " + team +
                               "AND p.role = 'adviser' GROUP BY p.id) x"),
                 std::int64_t{8});
        QCOMPARE(count(db, "SELECT MIN(n) FROM (SELECT COUNT(*) AS n " + team +
                               "AND p.role = 'adviser' GROUP BY p.id) x"),
                 std::int64_t{7});
    }

    // The generator on its own: the same N and K, the same directory and records.
    void same_size_same_records()
    {
        const auto today = today_utc();
        const auto a = demo::national_directory(apprentices, offices);
        const auto b = demo::national_directory(apprentices, offices);
        QCOMPARE(a.organisations.size(), b.organisations.size());
        for (std::size_t i = 0; i < a.organisations.size(); ++i) {
            QCOMPARE(a.organisations[i].id, b.organisations[i].id);
            QCOMPARE(a.organisations[i].name, b.organisations[i].name);
        }
        QCOMPARE(a.people.size(), b.people.size());
        std::set<std::string> usernames;
        for (std::size_t i = 0; i < a.people.size(); ++i) {
            QCOMPARE(a.people[i].id, b.people[i].id);
            QCOMPARE(a.people[i].name, b.people[i].name);
            QCOMPARE(a.people[i].username, b.people[i].username);
            usernames.insert(a.people[i].username);
        }
        QCOMPARE(usernames.size(), a.people.size());
        QCOMPARE(a.cases.size(), b.cases.size());
        for (int i = 0; i < apprentices; ++i) {
            const auto &ca = a.cases[static_cast<std::size_t>(i)].summary;
            const auto &cb = b.cases[static_cast<std::size_t>(i)].summary;
            QCOMPARE(ca.team.size(), cb.team.size());
            for (std::size_t m = 0; m < ca.team.size(); ++m)
                QCOMPARE(ca.team[m].person_id, cb.team[m].person_id);
            const auto ra = demo::scale_records(today, a, i);
            const auto rb = demo::scale_records(today, b, i);
            QCOMPARE(ra.size(), rb.size());
            for (std::size_t r = 0; r < ra.size(); ++r) {
                QCOMPARE(ra[r].id, rb[r].id);
                QCOMPARE(ra[r].fields.dump(), rb[r].fields.dump());
            }
        }
    }

    void offices_need_scale()
    {
        const auto r =
            run_cli({"demo", "--db", server_db(m_server.dir(), "alone.db"), "--offices", "4"});
        QVERIFY(r.exit_code != 0);
        QVERIFY(r.err.contains("--scale"));
    }

    // Signed in on a device, the second office's first adviser receives her cases (i % 4 == 1,
    // (i / 4) % 2 == 0: scale-002, -010, …, -058) and nothing of anyone else's.
    void served_to_an_adviser()
    {
        QVERIFY(m_server.start_on(m_db));
        auto *adviser = m_server.sign_in("nat-a-002-01");
        QVERIFY(adviser);
        std::set<std::string> expected;
        for (int i = 1; i < apprentices; i += 8)
            expected.insert("case-" + demo::scale_key(i));
        QCOMPARE(adviser->welcome["cases"].size(), expected.size());
        QCOMPARE(adviser->pull_all().value("more", true), false);
        std::set<std::string> seen;
        for (const auto &ch : adviser->received)
            seen.insert(ch.case_id);
        QCOMPARE(seen, expected);
    }

private:
    DemoServer m_server;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestServerNational)
#include "tst_server_national.moc"
