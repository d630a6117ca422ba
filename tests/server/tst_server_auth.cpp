// Unit tests of the server's auth pieces: Argon2id hashes, tokens stored as hashes with expiry and
// revocation, invite codes, and the login rate limiter (with a fake clock).

#include "auth/accounts.hpp"
#include "auth/password.hpp"
#include "auth/rate_limiter.hpp"
#include "auth/secrets.hpp"
#include "store/directory_store.hpp"
#include "store/server_schema.hpp"
#include "util/time.hpp"

#include <QRegularExpression>
#include <QTest>
#include <set>

using namespace bro;
using namespace std::chrono_literals;

class TestServerAuth : public QObject
{
    Q_OBJECT

private slots:
    void password_hash_verifies_only_the_right_password()
    {
        const auto h = hash_password("demo-passord");
        QVERIFY(h.rfind("$argon2id$", 0) == 0);
        QVERIFY(verify_password(h, "demo-passord"));
        QVERIFY(!verify_password(h, "demo-passord "));
        QVERIFY(!verify_password(h, ""));
        QVERIFY(hash_password("demo-passord") != h); // salted
        QVERIFY(!verify_password("", "demo-passord"));
        QVERIFY(!verify_password("$argon2id$garbage", "demo-passord"));
    }

    void password_rule()
    {
        QVERIFY(!password_problem("kort").empty());
        QVERIFY(password_problem("lang-nok-passord").empty());
        QVERIFY(!password_problem(std::string(300, 'x')).empty());
    }

    void tokens_are_random_and_hashed()
    {
        std::set<std::string> seen;
        for (int i = 0; i < 100; ++i) {
            const auto t = new_token();
            QCOMPARE(t.size(), std::size_t{64});
            QVERIFY(
                QRegularExpression("^[0-9a-f]{64}$").match(QString::fromStdString(t)).hasMatch());
            QVERIFY(seen.insert(t).second);
        }
        QCOMPARE(sha256_hex("abc"),
                 std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void invite_codes()
    {
        const auto c = new_invite_code();
        QVERIFY(QRegularExpression("^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$")
                    .match(QString::fromStdString(c))
                    .hasMatch());
        QCOMPARE(normalise_invite_code("abcd-efgh ijkm"), std::string("ABCDEFGHIJKM"));
    }

    void devices_store_only_the_token_hash()
    {
        auto db = open_server_database(":memory:");
        DirectoryStore dir(db);
        dir.add_org({"org-okab", "Opplæringskontoret for anleggsfag", OrgKind::training_office});
        dir.add_person({"p-kari", "Kari Nordby", Role::adviser, "org-okab", "kari"}, "x");
        Accounts accounts(db, 3600);
        const auto before = unix_now();
        const auto d = accounts.create_device("p-kari", "Karis nettbrett");
        QVERIFY(d.expires >= before + 3600 && d.expires <= unix_now() + 3600);
        auto found = accounts.device_by_token(d.token);
        QVERIFY(found);
        QCOMPARE(found->id, d.id);
        QCOMPARE(found->person_id, std::string("p-kari"));
        QVERIFY(!accounts.device_by_token(new_token()));
        auto s = db.prepare("SELECT token_hash FROM devices WHERE id = ?");
        s.bind(1, d.id);
        QVERIFY(s.step());
        QCOMPARE(s.column_text(0), sha256_hex(d.token));
        QVERIFY(s.column_text(0) != d.token);
        // Per-device revocation.
        const auto other = accounts.create_device("p-kari", "Karis PC");
        QVERIFY(accounts.revoke_device(d.id));
        QVERIFY(accounts.device_by_token(d.token)->revoked);
        QVERIFY(!accounts.device_by_token(other.token)->revoked);
        QVERIFY(!accounts.revoke_device("no-such-device"));
        // Counters only go up.
        accounts.set_last_counter(other.id, 10);
        accounts.set_last_counter(other.id, 4);
        QCOMPARE(accounts.last_counter(other.id), std::int64_t{10});
    }

    void invites_are_single_use_records()
    {
        auto db = open_server_database(":memory:");
        DirectoryStore dir(db);
        dir.add_person({"p-nora", "Nora Dahl", Role::apprentice, "", ""});
        Accounts accounts(db, 3600);
        const auto code = accounts.create_invite("p-nora", 14);
        auto inv = accounts.invite(code);
        QVERIFY(inv && !inv->used && inv->person_id == "p-nora");
        QVERIFY(accounts.invite(QString::fromStdString(code).toLower().toStdString())); // typed
        accounts.use_invite(code);
        QVERIFY(accounts.invite(code)->used);
        QVERIFY(!accounts.invite("AAAA-BBBB-CCCC"));
    }

    void rate_limiter_locks_after_free_failures_and_doubles()
    {
        auto now = RateLimiter::Clock::time_point{} + 1h;
        RateLimiter limiter({3, 1000ms, 8000ms, 100}, [&] { return now; });
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(limiter.wait("user:sara").count(), 0);
            limiter.failure("user:sara");
        }
        QCOMPARE(limiter.wait("user:sara"), 1000ms);
        QCOMPARE(limiter.wait("user:emil"), 0ms); // per key
        now += 1000ms;
        QCOMPARE(limiter.wait("user:sara"), 0ms);
        limiter.failure("user:sara");
        QCOMPARE(limiter.wait("user:sara"), 2000ms);
        limiter.failure("user:sara");
        limiter.failure("user:sara");
        limiter.failure("user:sara");
        QCOMPARE(limiter.wait("user:sara"), 8000ms); // capped
        now += 3000ms;
        QCOMPARE(limiter.wait("user:sara"), 5000ms);
        limiter.success("user:sara");
        QCOMPARE(limiter.wait("user:sara"), 0ms);
    }

    void rate_limiter_memory_is_bounded()
    {
        auto now = RateLimiter::Clock::time_point{} + 1h;
        RateLimiter limiter({1, 1000ms, 8000ms, 50}, [&] { return now; });
        for (int i = 0; i < 1000; ++i) {
            now += 1ms;
            limiter.failure("addr:10.0.0." + std::to_string(i));
        }
        QVERIFY(limiter.size() <= 50);
        QVERIFY(limiter.wait("addr:10.0.0.999").count() > 0); // the newest are kept
    }
};

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_server_auth.moc"
