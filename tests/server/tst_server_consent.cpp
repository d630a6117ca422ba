// Issue 12 against a real bro-server and a real database (SQLite, and PostgreSQL in the _pg
// variant). Consent receipts: a grant's receipt is stored with the text that was shown, reaches
// the grantee organisation (and nobody else on the team), is refused when its text is not the
// text of the version it names, and an old version's receipt stays valid after a text changed.
// The age rule: an under-age apprentice's grant of a health category is not effective (the
// grantee receives nothing of it) until a coordinator records the guardian's agreement; a
// 16-year-old's is effective at once; a case opened after the date of birth says the same; the
// care team learns only that shares wait (never a date); on the birthday the waiting records
// reach a helper's live and offline devices; and a date of birth recorded after sharing began
// purges those categories from helpers' devices until the guardian's yes.

#include "demo_server.hpp"
#include "domain/consent_rules.hpp"
#include "domain/consent_texts.hpp"
#include "domain/dates.hpp"
#include "domain/schema.hpp"
#include "test_db.hpp"
#include "test_device.hpp"

#include <QTest>
#include <memory>

using namespace bro;
using namespace bro::test;
using nlohmann::json;

namespace {

const std::string case_id = "case-emil";

int count_kind(const std::vector<Change> &changes, const std::string &kind)
{
    return static_cast<int>(std::count_if(changes.begin(), changes.end(), [&](const Change &c) {
        return c.case_id == case_id && c.kind == kind;
    }));
}

json receipt(const ConsentText &t, const std::string &language, const std::string &org)
{
    return json{{"consent_id", consent_id(case_id, org, t.category)},
                {"org_id", org},
                {"category", std::string(to_string(t.category))},
                {"text_version", t.version},
                {"text", consent_text_in(t, language)},
                {"language", language},
                {"device", "Emils telefon"},
                {"shown_at", today_utc() + "T09:00:00Z"}};
}

} // namespace

class TestServerConsent : public QObject
{
    Q_OBJECT

private:
    // Ticks every second: what `admin guardian` writes reaches live devices at the next tick.
    DemoServer m_server{QStringList{"--tick-seconds", "1"}, "consent.db"};

    TestDevice *signed_in(const std::string &user) { return m_server.sign_in(user); }
    CliResult admin(QStringList args) { return m_server.admin(args); }
    static std::string accepted_all(const json &ack)
    {
        if (ack.value("type", "") != "ack")
            return "no ack: " + ack.dump();
        if (!ack["rejected"].empty())
            return ack["rejected"].dump();
        return {};
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), "bro-server did not start"); }

    void aGrantCarriesItsReceiptToTheGranteeOnly()
    {
        auto *emil = signed_in("emil");
        auto *ingrid = signed_in("ingrid");
        auto *kari = signed_in("kari");
        QVERIFY(emil && ingrid && kari);
        ingrid->pull_all();
        kari->pull_all();
        const auto *t = current_consent_text(Category::goals);
        const auto rid = consent_receipt_id(case_id, "org-air", Category::goals, "r-goals-1");
        QVERIFY(!emil->write(consent_id(case_id, "org-air", Category::goals), kind::consent,
                             case_id,
                             {{"org_id", "org-air"},
                              {"category", "goals"},
                              {"granted", true},
                              {"granted_at", today_utc() + "T09:00:00Z"}})
                     .error);
        QVERIFY(
            !emil->write(rid, kind::consent_receipt, case_id, receipt(*t, "nb", "org-air")).error);
        const auto ack = emil->push();
        QVERIFY2(accepted_all(ack).empty(), accepted_all(ack).c_str());

        ingrid->pull_all();
        kari->pull_all();
        QVERIFY(count_kind(ingrid->received, kind::consent_receipt) > 0);
        QCOMPARE(count_kind(kari->received, kind::consent_receipt), 0); // not the grantee
        const auto stored = ingrid->store().get(rid);
        QVERIFY(stored);
        QCOMPARE(stored->str("text"), t->nb);
        QCOMPARE(stored->fields.value("text_version", 0), t->version);
        QCOMPARE(stored->str("org_id"), std::string("org-air"));
        QCOMPARE(stored->str("device"), std::string("Emils telefon"));
        // And the goals now reach the clinic: the grant itself worked.
        QVERIFY(count_kind(ingrid->received, kind::goal) > 0);
    }

    void aReceiptWhoseTextWasNotShownIsRefused()
    {
        auto *emil = signed_in("emil");
        QVERIFY(emil);
        const auto *t = current_consent_text(Category::journey);
        auto wrong = receipt(*t, "nb", "org-okab");
        wrong["text"] = "De kan se alt om deg.";
        QVERIFY(!emil->write(consent_receipt_id(case_id, "org-okab", Category::journey, "bad"),
                             kind::consent_receipt, case_id, wrong)
                     .error);
        const auto ack = emil->push();
        QCOMPARE(ack.value("type", ""), std::string("ack"));
        QVERIFY(!ack["rejected"].empty());
        QCOMPARE(ack["rejected"][0].value("code", ""), std::string("invalid_record"));
        QVERIFY2(ack["rejected"][0].value("message", "").find("text") != std::string::npos,
                 ack.dump().c_str());
    }

    void anOldVersionsReceiptKeepsItsText()
    {
        // Check-ins' explanation has changed once: version 1 was shown before, version 2 now.
        const auto *v1 = consent_text(Category::checkins, 1);
        const auto *now = current_consent_text(Category::checkins);
        QVERIFY(v1 && now);
        QVERIFY(now->version > 1);
        QVERIFY(v1->nb != now->nb);
        auto *emil = signed_in("emil");
        QVERIFY(emil);
        const auto old_id = consent_receipt_id(case_id, "org-air", Category::checkins, "old");
        const auto new_id = consent_receipt_id(case_id, "org-air", Category::checkins, "new");
        QVERIFY(!emil->write(old_id, kind::consent_receipt, case_id, receipt(*v1, "en", "org-air"))
                     .error);
        QVERIFY(!emil->write(new_id, kind::consent_receipt, case_id, receipt(*now, "nb", "org-air"))
                     .error);
        const auto ack = emil->push();
        QVERIFY2(accepted_all(ack).empty(), accepted_all(ack).c_str());
        auto *ingrid = signed_in("ingrid");
        QVERIFY(ingrid);
        ingrid->pull_all();
        QCOMPARE(ingrid->store().get(old_id)->str("text"), v1->en);
        QCOMPARE(ingrid->store().get(old_id)->fields.value("text_version", 0), 1);
        QCOMPARE(ingrid->store().get(new_id)->str("text"), now->nb);
        // A receipt is never changed afterwards: not to the new text, not at all.
        QVERIFY(!emil->write(old_id, kind::consent_receipt, case_id,
                             {{"text_version", now->version}, {"text", now->en}})
                     .error);
        const auto again = emil->push();
        QVERIFY(!again["rejected"].empty());
    }

    void aSixteenYearOldsGrantIsEffective()
    {
        // Emil shares absence with the training office (demo data).
        const auto dob = add_days(today_utc(), -(16 * 365 + 100));
        auto r =
            admin({"person", "birth", "--person", "p-emil", "--date", QString::fromStdString(dob)});
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));
        auto *kari = signed_in("kari");
        QVERIFY(kari);
        kari->pull_all();
        QVERIFY(count_kind(kari->received, kind::absence) > 0);
        // Of age: the case record says nothing about a guardian.
        auto *emil = signed_in("emil");
        QVERIFY(emil);
        emil->pull_all();
        QVERIFY(emil->store().get(case_id));
        QCOMPARE(emil->store().get(case_id)->str("guardian_needed_until"), std::string());
    }

    void aFifteenYearOldsHealthGrantWaitsForTheGuardian()
    {
        const auto dob = add_days(today_utc(), -(15 * 365 + 100));
        auto r =
            admin({"person", "birth", "--person", "p-emil", "--date", QString::fromStdString(dob)});
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));
        auto *kari = signed_in("kari");
        QVERIFY(kari);
        kari->pull_all();
        QCOMPARE(count_kind(kari->received, kind::absence), 0); // pending: health
        QVERIFY(count_kind(kari->received, kind::goal) > 0);    // not health: effective
        // Emil's devices are told until when a guardian's yes is needed (the Sharing page says
        // why his share waits), never his date of birth.
        auto *emil = signed_in("emil");
        QVERIFY(emil);
        emil->pull_all();
        const auto file = emil->store().get(case_id);
        QVERIFY(file);
        QCOMPARE(file->str("guardian_needed_until"), of_age_on(dob, default_guardian_age_limit));
        QVERIFY(file->str("guardian_needed_until") > today_utc());
        QCOMPARE(file->str("guardian_agreed"), std::string());
        QVERIFY(file->fields.dump().find(dob) == std::string::npos);

        // A helper's laptop that pulled before the guardian step and then went offline.
        auto *laptop = signed_in("kari");
        QVERIFY(laptop);
        laptop->pull_all();
        QCOMPARE(count_kind(laptop->received, kind::absence), 0);
        laptop->disconnect();

        const auto entries_before = emil->request({{"type", "consent_history_query"},
                                                   {"id", emil->next_id()},
                                                   {"case_id", case_id}})["entries"]
                                        .size();
        QVERIFY(entries_before > 0);
        // Without all of who, how and by whom, nothing is recorded.
        r = admin({"guardian", "--person", "p-emil", "--guardian", "Mor"});
        QVERIFY(r.exit_code != 0);
        r = admin({"guardian", "--person", "p-emil", "--guardian", "Anne Johansen (mor)", "--how",
                   "signert skjema på møtet", "--by", "Hanne Koordinator"});
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("take effect")), qPrintable(r.out));
        // The server's re-written grants are no choice of Emil's: his consent history is as it was.
        const auto history = [&] {
            return emil
                ->request({{"type", "consent_history_query"},
                           {"id", emil->next_id()},
                           {"case_id", case_id}})["entries"]
                .size();
        };
        // What the admin command wrote reaches connected devices at the server's next tick (or
        // through the doorbell on PostgreSQL): Emil's phone learns that nothing waits any more,
        QTRY_VERIFY_WITH_TIMEOUT(
            (emil->pump(100), emil->store().get(case_id)->str("guardian_agreed") == today_utc()),
            10000);
        QCOMPARE(history(), entries_before);
        // and Kari's connected device, which had pulled past the grant, gets the absence as a
        // snapshot through the re-written grant.
        QTRY_VERIFY_WITH_TIMEOUT((kari->pump(100), count_kind(kari->received, kind::absence) > 0),
                                 10000);
        // A device that pulls from the start receives it too,
        auto *fresh = signed_in("kari");
        QVERIFY(fresh);
        fresh->pull_all();
        QVERIFY(count_kind(fresh->received, kind::absence) > 0);
        // and so does the laptop that was offline, when it comes back with its old cursor.
        QVERIFY(laptop->connect(m_server.url()));
        QCOMPARE(laptop->hello().value("type", ""), std::string("welcome"));
        laptop->pull_all();
        QVERIFY(count_kind(laptop->received, kind::absence) > 0);
    }

    // A case opened after `person birth` (or after `guardian`) says what a case opened before it
    // says: the age rule follows the person, not the order the coordinator typed things in. (The
    // server's own decision reads the person's `apprentice_age` row, whatever the case.)
    void aCaseOpenedAfterTheBirthDateSaysTheSame()
    {
        const auto dob = QString::fromStdString(add_days(today_utc(), -(15 * 365 + 40)));
        const auto add = [&](const QString &who) {
            return QStringList{"person",     "add", "--id",       "p-" + who,
                               "--name",     who,   "--role",     "apprentice",
                               "--username", who,   "--password", "demo-passord"};
        };
        const auto open = [](const QString &who) {
            return QStringList{"case",
                               "add",
                               "--id",
                               "case-" + who,
                               "--apprentice",
                               "p-" + who,
                               "--training-office",
                               "org-okab"};
        };
        const auto birth = [&](const QString &who) {
            return QStringList{"person", "birth", "--person", "p-" + who, "--date", dob};
        };
        const QStringList guardian{"guardian", "--person",   "p-mia", "--guardian",       "Far",
                                   "--how",    "på telefon", "--by",  "Hanne Koordinator"};
        // Tuva's case before her date of birth; Ola's after; Mia's after the guardian's yes too.
        for (const QStringList &cmd :
             {add("tuva"), open("tuva"), birth("tuva"), add("ola"), birth("ola"), open("ola"),
              add("mia"), birth("mia"), guardian, open("mia")}) {
            const auto r = admin(cmd);
            QVERIFY2(r.exit_code == 0, qPrintable(cmd.join(' ') + ": " + r.err));
        }
        const auto case_file = [&](const std::string &who) {
            auto *d = signed_in(who);
            if (d)
                d->pull_all();
            return d ? d->store().get("case-" + who) : std::nullopt;
        };
        const auto tuva = case_file("tuva");
        const auto ola = case_file("ola");
        const auto mia = case_file("mia");
        QVERIFY(tuva && ola && mia);
        const auto until = of_age_on(dob.toStdString(), default_guardian_age_limit);
        QCOMPARE(tuva->str("guardian_needed_until"), until);
        QCOMPARE(ola->str("guardian_needed_until"), until);
        QCOMPARE(ola->str("guardian_agreed"), std::string());
        QCOMPARE(mia->str("guardian_needed_until"), until);
        QCOMPARE(mia->str("guardian_agreed"), today_utc());
        QVERIFY(ola->fields.dump().find(dob.toStdString()) == std::string::npos);
    }

    // The care team learns one thing of the age rule: that shares of health categories wait for
    // a guardian (`awaiting_guardian`), so that their screens can say so instead of "not shared".
    // Nothing from which the date of birth could be worked out reaches them.
    void aHelperLearnsOnlyThatAGuardianIsAwaited()
    {
        // Jonas shares absence with the training office (Per's) in the demo.
        const auto dob = add_days(today_utc(), -(15 * 365 + 100));
        const auto r = admin(
            {"person", "birth", "--person", "p-jonas", "--date", QString::fromStdString(dob)});
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));
        auto *per = signed_in("per");
        auto *jonas = signed_in("jonas");
        QVERIFY(per && jonas);
        per->pull_all();
        jonas->pull_all();
        const auto helper_file = per->store().get("case-jonas");
        QVERIFY(helper_file);
        QCOMPARE(helper_file->boolean("awaiting_guardian"), true);
        QVERIFY(!helper_file->fields.contains("guardian_needed_until"));
        QVERIFY(!helper_file->fields.contains("guardian_agreed"));
        const auto until = of_age_on(dob, default_guardian_age_limit);
        for (const auto &c : per->received)
            QVERIFY2(c.value.dump().find(until) == std::string::npos &&
                         c.value.dump().find(dob) == std::string::npos,
                     c.value.dump().c_str());
        QCOMPARE(static_cast<int>(std::count_if(per->received.begin(), per->received.end(),
                                                [](const Change &c) {
                                                    return c.case_id == "case-jonas" &&
                                                           c.kind == kind::absence;
                                                })),
                 0);
        // Jonas's own devices keep the day itself (his Sharing page says when he decides alone).
        const auto own_file = jonas->store().get("case-jonas");
        QVERIFY(own_file);
        QCOMPARE(own_file->str("guardian_needed_until"), until);
        QCOMPARE(own_file->boolean("awaiting_guardian"), true);
    }

    // On his birthday Jonas's share of absence takes effect with nobody recording anything. Per's
    // devices pulled past the grant while it waited; at the server's next tick the live one gets
    // the earlier absence records as a snapshot, the offline one when it comes back.
    void theBirthdayBringsWhatWaited()
    {
        const auto absence_rows = [](TestDevice &d) {
            return std::count_if(d.received.begin(), d.received.end(), [](const Change &c) {
                return c.case_id == "case-jonas" && c.kind == kind::absence;
            });
        };
        auto *live = signed_in("per");
        auto *offline = signed_in("per");
        auto *jonas = signed_in("jonas");
        QVERIFY(live && offline && jonas);
        live->pull_all();
        offline->pull_all();
        jonas->pull_all(); // a device gets live changes once it has pulled
        QCOMPARE(absence_rows(*live), 0);
        QCOMPARE(absence_rows(*offline), 0);
        offline->disconnect();
        const auto jonas_case = [](TestDevice &d) {
            return d.store().get("case-jonas").value_or(Record{});
        };
        const auto history = [&] {
            return jonas
                ->request({{"type", "consent_history_query"},
                           {"id", jonas->next_id()},
                           {"case_id", "case-jonas"}})["entries"]
                .size();
        };
        const auto entries_before = history();

        // The day comes: the server's record now makes him 16 (as the calendar would), while the
        // case record still says that shares wait.
        {
            auto db = open_server_db(m_server.db());
            auto s = db.prepare("UPDATE apprentice_age SET date_of_birth = ? WHERE person_id = ?");
            s.bind(1, add_days(today_utc(), -(16 * 365 + 10))).bind(2, std::string("p-jonas"));
            s.step();
        }
        QTRY_VERIFY_WITH_TIMEOUT((live->pump(100), absence_rows(*live) > 0), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            (live->pump(100), !jonas_case(*live).boolean("awaiting_guardian", true)), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            (jonas->pump(100), jonas_case(*jonas).id == "case-jonas" &&
                                   jonas_case(*jonas).str("guardian_needed_until").empty()),
            10000);
        QCOMPARE(history(), entries_before); // no choice of Jonas's: his history is as it was

        QVERIFY(offline->connect(m_server.url()));
        QCOMPARE(offline->hello().value("type", ""), std::string("welcome"));
        offline->pull_all();
        QVERIFY(absence_rows(*offline) > 0);
        QCOMPARE(offline->store().get("case-jonas")->boolean("awaiting_guardian"), false);
    }

    // A date of birth under the limit recorded after Mathias began sharing: his shares of
    // check-ins, absence and notes wait for the guardian, and what helper devices already hold of
    // them goes, as when he withdraws — a connected device at the server's next tick, an offline
    // one when it comes back. His own phone keeps everything. The guardian's yes brings it back.
    void aBirthDateAfterSharingBeganPurgesHelperDevices()
    {
        const std::string mathias_case = "case-mathias";
        const auto health_rows = [&](TestDevice &d) {
            std::size_t n = 0;
            for (const char *k : {kind::checkin, kind::absence, kind::note})
                n += d.store().list(mathias_case, k).size();
            return n;
        };
        const auto goal_rows = [&](TestDevice &d) {
            return d.store().list(mathias_case, kind::goal).size();
        };
        auto *per = signed_in("per");    // training office: shares everything
        auto *lars = signed_in("lars");  // clinic: shares everything
        auto *laptop = signed_in("per"); // offline while it happens
        auto *mathias = signed_in("mathias");
        QVERIFY(per && lars && laptop && mathias);
        for (auto *d : {per, lars, laptop, mathias})
            d->pull_all();
        for (auto *d : {per, lars, laptop}) {
            QVERIFY(d->store().list(mathias_case, kind::checkin).size() > 0);
            QVERIFY(d->store().list(mathias_case, kind::absence).size() > 0);
            QVERIFY(d->store().list(mathias_case, kind::note).size() > 0);
        }
        const auto goals = goal_rows(*per);
        QVERIFY(goals > 0);
        const auto own_health = health_rows(*mathias);
        QCOMPARE(own_health, health_rows(*per));
        laptop->disconnect();
        const auto history = [&] {
            return mathias
                ->request({{"type", "consent_history_query"},
                           {"id", mathias->next_id()},
                           {"case_id", mathias_case}})["entries"]
                .size();
        };
        const auto entries_before = history();

        const auto dob = add_days(today_utc(), -(15 * 365 + 100));
        auto r = admin(
            {"person", "birth", "--person", "p-mathias", "--date", QString::fromStdString(dob)});
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));

        QTRY_VERIFY_WITH_TIMEOUT((per->pump(100), health_rows(*per) == 0), 10000);
        QTRY_VERIFY_WITH_TIMEOUT((lars->pump(100), health_rows(*lars) == 0), 10000);
        QCOMPARE(goal_rows(*per), goals); // not health: still shared
        QTRY_VERIFY_WITH_TIMEOUT(
            (per->pump(100),
             per->store().get(mathias_case).value_or(Record{}).boolean("awaiting_guardian")),
            10000);
        mathias->pump(1000);
        QCOMPARE(health_rows(*mathias), own_health);
        QVERIFY(mathias->purges.empty());
        QCOMPARE(history(), entries_before); // no choice of Mathias's

        QVERIFY(laptop->connect(m_server.url()));
        QCOMPARE(laptop->hello().value("type", ""), std::string("welcome"));
        laptop->pull_all();
        QCOMPARE(health_rows(*laptop), std::size_t(0));
        QCOMPARE(goal_rows(*laptop), goals);
        laptop->disconnect();

        r = admin({"guardian", "--person", "p-mathias", "--guardian", "Tone Strand (mor)", "--how",
                   "signert skjema", "--by", "Hanne Koordinator"});
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));
        QTRY_VERIFY_WITH_TIMEOUT((per->pump(100), health_rows(*per) == own_health), 10000);
        QTRY_VERIFY_WITH_TIMEOUT((lars->pump(100), health_rows(*lars) == own_health), 10000);
        QVERIFY(laptop->connect(m_server.url()));
        QCOMPARE(laptop->hello().value("type", ""), std::string("welcome"));
        laptop->pull_all();
        QCOMPARE(health_rows(*laptop), own_health);
        QCOMPARE(health_rows(*mathias), own_health);
    }
};

QTEST_GUILESS_MAIN(TestServerConsent)
#include "tst_server_consent.moc"
