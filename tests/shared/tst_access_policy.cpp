#include "domain/consent_texts.hpp"
#include "domain/record.hpp"
#include "domain/schema.hpp"
#include "sync/access_policy.hpp"

#include <QFile>
#include <QRegularExpression>
#include <QtTest>
#include <map>
#include <tuple>

using namespace bro;
using nlohmann::json;

namespace {

const std::string today = "2026-11-24";

CaseAccess emil_case()
{
    CaseAccess c;
    c.case_id = "case-emil";
    c.apprentice_id = "p-emil";
    c.team = {"p-kari", "p-ingrid"};
    c.grants = {{"org-okab", Category::goals, ""},
                {"org-air", Category::checkins, "2026-12-31"},
                {"org-air", Category::notes, "2026-11-01"}}; // lapsed
    c.phase = "stay";
    return c;
}

const Actor emil{"p-emil", Role::apprentice, ""};
const Actor kari{"p-kari", Role::adviser, "org-okab"};
const Actor ingrid{"p-ingrid", Role::clinician, "org-air"};
const Actor stranger{"p-per", Role::adviser, "org-okab"}; // same office, not on the team
const Actor hanne{"p-hanne", Role::coordinator, "org-okab"};

Change change(const std::string &kind, const std::string &field, nlohmann::json value,
              std::string record_id = "r-1")
{
    return Change{"op",        1,     std::move(record_id), kind,
                  "case-emil", field, std::move(value),     Hlc::make(1, 0),
                  "n",         0};
}

} // namespace

class TestAccessPolicy : public QObject
{
    Q_OBJECT

private slots:
    void apprenticeSeesEverything()
    {
        for (auto cat : consentable_categories())
            QVERIFY(AccessPolicy::can_read(emil, emil_case(), cat, today));
    }

    void helpersSeeOnlyWhatIsShared()
    {
        const auto c = emil_case();
        QVERIFY(AccessPolicy::can_read(kari, c, Category::goals, today));
        QVERIFY(!AccessPolicy::can_read(kari, c, Category::checkins, today));
        QVERIFY(!AccessPolicy::can_read(kari, c, Category::absence, today));
        QVERIFY(AccessPolicy::can_read(ingrid, c, Category::checkins, today));
        QVERIFY(!AccessPolicy::can_read(ingrid, c, Category::goals, today));
        QVERIFY(AccessPolicy::can_read(kari, c, Category::messages, today));
        QVERIFY(AccessPolicy::can_read(kari, c, Category::core, today));
    }

    void consentLapsesAfterItsDate()
    {
        const auto c = emil_case();
        QVERIFY(!AccessPolicy::can_read(ingrid, c, Category::notes, today));
        QVERIFY(AccessPolicy::can_read(ingrid, c, Category::checkins, "2026-12-31"));
        QVERIFY(!AccessPolicy::can_read(ingrid, c, Category::checkins, "2027-01-01"));
    }

    void outsidersSeeNothing()
    {
        const auto c = emil_case();
        for (auto cat : {Category::goals, Category::messages, Category::core}) {
            QVERIFY(!AccessPolicy::can_read(stranger, c, cat, today));
            QVERIFY(!AccessPolicy::can_read(hanne, c, cat, today));
        }
        QVERIFY(!AccessPolicy::can_receive(stranger, c, change("case", "phase", "stay"), today));
    }

    void consentRecordsGoOnlyToTheOrganisationTheyName()
    {
        const auto c = emil_case();
        const auto air =
            change("consent", "granted", true, consent_id("case-emil", "org-air", Category::goals));
        QVERIFY(AccessPolicy::can_receive(ingrid, c, air, today));
        QVERIFY(!AccessPolicy::can_receive(kari, c, air, today));
        QVERIFY(AccessPolicy::can_receive(emil, c, air, today));
    }

    void changesOfAnotherCaseAreNeverReceived()
    {
        auto ch = change("goal", "title", "x");
        ch.case_id = "case-sara";
        QVERIFY(!AccessPolicy::can_receive(emil, emil_case(), ch, today));
    }

    void writeRules()
    {
        const auto c = emil_case();
        const auto consent = change("consent", "granted", true,
                                    consent_id("case-emil", "org-okab", Category::absence));
        QVERIFY(!AccessPolicy::check_write(emil, c, consent, today));
        auto denied = AccessPolicy::check_write(kari, c, consent, today);
        QVERIFY(denied);
        QCOMPARE(denied->code, std::string("forbidden"));

        const json kari_suggests = {
            {"title", "x"}, {"state", "suggested"}, {"suggested_by_id", "p-kari"}};
        QVERIFY(!AccessPolicy::check_write(kari, c, change("goal", "status", "paused"), today,
                                           kari_suggests));
        QVERIFY(AccessPolicy::check_write(ingrid, c, change("goal", "status", "paused"), today,
                                          {{"title", "x"},
                                           {"state", "suggested"},
                                           {"suggested_by_id", "p-ingrid"}})); // not shared
        QVERIFY(AccessPolicy::check_write(kari, c, change("checkin", "mood", 3), today));
        QVERIFY(AccessPolicy::check_write(emil, c, change("note", "text", "x"), today));
        QVERIFY(!AccessPolicy::check_write(ingrid, c, change("message", "text", "Hei Emil"), today,
                                           {{"author_id", "p-ingrid"}}));
        QVERIFY(AccessPolicy::check_write(ingrid, c, change("message", "text", "Hei Emil"), today,
                                          {{"author_id", "p-emil"}}));
        QVERIFY(
            AccessPolicy::check_write(ingrid, c, change("message", "author_id", "p-kari"), today));
        QVERIFY(AccessPolicy::check_write(stranger, c, change("message", "text", "x"), today));
    }

    void phaseIsMovedOnByTheResponsibleRole()
    {
        auto c = emil_case(); // in the stay: the clinic leads
        QVERIFY(!AccessPolicy::check_write(ingrid, c, change("case", "phase", "return_to_work"),
                                           today));
        QVERIFY(
            AccessPolicy::check_write(kari, c, change("case", "phase", "return_to_work"), today));
        QVERIFY(
            AccessPolicy::check_write(emil, c, change("case", "phase", "return_to_work"), today));
        QVERIFY(
            AccessPolicy::check_write(ingrid, c, change("case", "apprentice_id", "p-x"), today));
        c.phase = "follow_up";
        QVERIFY(!AccessPolicy::check_write(kari, c, change("case", "phase", "completed"), today));
    }

    // Every field of every kind (and its tombstone) has a row: nothing is writable by accident.
    void theTableCoversEveryField()
    {
        for (const auto &k : all_kinds()) {
            QVERIFY2(AccessPolicy::rule_for(k.name, deleted_field), k.name.c_str());
            for (const auto &f : k.fields)
                QVERIFY2(AccessPolicy::rule_for(k.name, f.name), (k.name + "." + f.name).c_str());
        }
        for (const auto &r : AccessPolicy::write_table())
            QVERIFY2(find_kind(r.kind), std::string(r.kind).c_str());
        QVERIFY(!AccessPolicy::rule_for("nonsense", "title"));
    }

    // docs/protocol.md "Who writes what" says exactly what write_table() says, cell by cell.
    void theDocumentedTableIsTheTable()
    {
        QFile f(QStringLiteral(BRO_SOURCE_DIR "/docs/protocol.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString doc = QString::fromUtf8(f.readAll());
        const auto start = doc.indexOf(QStringLiteral("## Who writes what"));
        QVERIFY(start >= 0);
        const auto end = doc.indexOf(QStringLiteral("\n## "), start + 5);
        const QString section = doc.mid(start, end - start);
        // kind -> field ("*" for "every (other) field") -> (apprentice, adviser, clinician)
        std::map<std::string,
                 std::map<std::string, std::tuple<std::string, std::string, std::string>>>
            documented;
        static const QRegularExpression row(
            QStringLiteral("^\\| `(\\w+)` \\| (.+?) \\| (\\w+) \\| (\\w+) \\| (\\w+) \\|$"),
            QRegularExpression::MultilineOption);
        static const QRegularExpression name(QStringLiteral("`(\\w+)`"));
        int rows = 0;
        for (auto m = row.globalMatch(section); m.hasNext();) {
            const auto r = m.next();
            ++rows;
            const std::string kind = r.captured(1).toStdString();
            const auto cells =
                std::make_tuple(r.captured(3).toStdString(), r.captured(4).toStdString(),
                                r.captured(5).toStdString());
            const QString fields = r.captured(2);
            if (fields.startsWith(QStringLiteral("every")))
                documented[kind]["*"] = cells;
            for (auto n = name.globalMatch(fields); n.hasNext();) {
                const auto field = n.next().captured(1).toStdString();
                if (!fields.startsWith(QStringLiteral("every")))
                    documented[kind][field] = cells;
            }
        }
        QVERIFY(rows > 10);
        for (const auto &rule : AccessPolicy::write_table()) {
            const std::string kind(rule.kind), field(rule.field);
            const auto k = documented.find(kind);
            QVERIFY2(k != documented.end(), kind.c_str());
            const auto cell = k->second.find(field);
            QVERIFY2(cell != k->second.end(), (kind + "." + field + " is not in the doc").c_str());
            QCOMPARE(std::get<0>(cell->second), std::string(to_string(rule.apprentice)));
            QCOMPARE(std::get<1>(cell->second), std::string(to_string(rule.adviser)));
            QCOMPARE(std::get<2>(cell->second), std::string(to_string(rule.clinician)));
            k->second.erase(cell);
        }
        for (const auto &[kind, fields] : documented)
            QVERIFY2(fields.empty(), (kind + " has documented fields the table lacks").c_str());
    }

    // The apprentice's own words: a helper can neither reword nor remove them.
    void helpersCannotChangeTheApprenticesGoalsOrSteps()
    {
        const auto c = emil_case();
        const json goal = {{"title", "Få fagbrev"}, {"status", "active"}};
        const json step = {{"goal_id", "g-1"}, {"title", "Ta teoriprøven"}, {"state", "accepted"}};
        for (const auto &[kind, record] : {std::pair{"goal", goal}, std::pair{"goal_step", step}})
            for (const auto &[field, value] :
                 std::vector<std::pair<std::string, json>>{{"title", "Noe annet"},
                                                           {"why", "x"},
                                                           {"status", "dropped"},
                                                           {"done", true},
                                                           {"_deleted", true},
                                                           {"state", "suggested"}}) {
                if (!validate_field(kind, field, value) || field == "_deleted") {
                    auto d = AccessPolicy::check_write(kari, c, change(kind, field, value), today,
                                                       record);
                    QVERIFY2(d, (std::string(kind) + "." + field).c_str());
                    QCOMPARE(d->code, std::string("forbidden"));
                    QVERIFY2(d->message.find("apprentice's own") != std::string::npos,
                             d->message.c_str());
                    QVERIFY(!AccessPolicy::check_write(emil, c, change(kind, field, value), today,
                                                       record));
                }
            }
        // A declined suggestion is kept as it is: the helper cannot rework or remove it.
        const json declined = {
            {"title", "x"}, {"state", "declined"}, {"suggested_by_id", "p-kari"}};
        QVERIFY(AccessPolicy::check_write(kari, c, change("goal_step", "_deleted", true), today,
                                          declined));
    }

    void aHelperSuggestsAndTheApprenticeAnswers()
    {
        const auto c = emil_case();
        // New to the server: the fields of this push make it Kari's suggestion.
        const json fresh = {{"goal_id", "g-1"},
                            {"title", "Øve på gravemaskin"},
                            {"state", "suggested"},
                            {"suggested_by", "Kari Nordby"},
                            {"suggested_by_id", "p-kari"},
                            {"suggestion_why", "Du sa at du vil bli tryggere"}};
        for (const auto &[field, value] : fresh.items())
            QVERIFY2(!AccessPolicy::check_write(kari, c, change("goal_step", field, value), today,
                                                fresh),
                     field.c_str());
        // ...but not in someone else's name, and not accepted on the apprentice's behalf.
        QVERIFY(AccessPolicy::check_write(kari, c, change("goal_step", "suggested_by_id", "p-per"),
                                          today, fresh));
        QVERIFY(AccessPolicy::check_write(kari, c, change("goal_step", "state", "accepted"), today,
                                          fresh));
        // A new step that is not a suggestion in her name is refused.
        QVERIFY(AccessPolicy::check_write(kari, c, change("goal_step", "title", "x"), today,
                                          {{"title", "x"}, {"state", "accepted"}}));
        QVERIFY(AccessPolicy::check_write(kari, c, change("goal", "title", "x"), today,
                                          {{"title", "x"}}));
        // Ingrid cannot touch Kari's suggestion (and goals are not shared with the clinic).
        QVERIFY(
            AccessPolicy::check_write(ingrid, c, change("goal_step", "title", "y"), today, fresh));
        // Emil may edit it first, then accept or decline; he cannot rewrite who suggested it.
        QVERIFY(!AccessPolicy::check_write(emil, c, change("goal_step", "title", "Mine ord"), today,
                                           fresh));
        QVERIFY(!AccessPolicy::check_write(emil, c, change("goal_step", "state", "accepted"), today,
                                           fresh));
        QVERIFY(!AccessPolicy::check_write(emil, c, change("goal_step", "state", "declined"), today,
                                           fresh));
        QVERIFY(AccessPolicy::check_write(emil, c, change("goal_step", "suggested_by_id", "p-emil"),
                                          today, fresh));
        // Once accepted it is Emil's: Kari can no longer change it.
        auto accepted = fresh;
        accepted["state"] = "accepted";
        QCOMPARE(AccessPolicy::owner_of("goal_step", accepted, c), std::string("p-emil"));
        QCOMPARE(AccessPolicy::owner_of("goal_step", fresh, c), std::string("p-kari"));
        QVERIFY(
            AccessPolicy::check_write(kari, c, change("goal_step", "title", "z"), today, accepted));
    }

    void checkinsAndAbsenceAreTheApprenticesOwn()
    {
        auto c = emil_case();
        c.grants.insert({"org-okab", Category::absence, ""});
        c.grants.insert({"org-air", Category::absence, ""});
        const json absence = {{"from", "2026-11-20"}, {"to", "2026-11-20"}};
        for (const auto &a : {kari, ingrid}) {
            for (const auto &[field, value] : std::vector<std::pair<std::string, json>>{
                     {"note", "x"}, {"kind", "other"}, {"_deleted", true}}) {
                auto d = AccessPolicy::check_write(a, c, change("absence", field, value), today,
                                                   absence);
                QVERIFY(d);
                QCOMPARE(d->message, std::string("absence notes are the apprentice's own"));
            }
            QVERIFY(AccessPolicy::check_write(a, c, change("checkin", "_deleted", true), today,
                                              {{"mood", 1}}));
        }
        QVERIFY(!AccessPolicy::check_write(emil, c, change("absence", "_deleted", true), today,
                                           absence));
    }

    void notesAreChangedOnlyByTheirAuthor()
    {
        auto c = emil_case();
        c.grants.insert({"org-okab", Category::notes, ""});
        c.grants.insert({"org-air", Category::notes, ""});
        const json karis = {{"author_id", "p-kari"}, {"text", "x"}};
        QVERIFY(!AccessPolicy::check_write(kari, c, change("note", "text", "y"), today, karis));
        QVERIFY(AccessPolicy::check_write(ingrid, c, change("note", "text", "y"), today, karis));
        QVERIFY(
            AccessPolicy::check_write(ingrid, c, change("note", "_deleted", true), today, karis));
    }

    void consentIdsAreStrict()
    {
        QVERIFY(AccessPolicy::parse_consent_id("consent:case-emil:org-air:checkins"));
        QVERIFY(!AccessPolicy::parse_consent_id("consent:case-emil:org-air:messages"));
        QVERIFY(!AccessPolicy::parse_consent_id("consent:case-emil:org-air"));
        QVERIFY(!AccessPolicy::parse_consent_id("consent:case-emil::goals"));
        QVERIFY(!AccessPolicy::parse_consent_id("consent:a:b:c:goals"));
        const auto c = emil_case();
        auto other_case = change("consent", "granted", true, "consent:case-sara:org-air:goals");
        QVERIFY(AccessPolicy::check_write(emil, c, other_case, today));
        auto mismatched =
            change("consent", "org_id", "org-okab", "consent:case-emil:org-air:goals");
        QVERIFY(AccessPolicy::check_write(emil, c, mismatched, today));
    }

    // Issue 24: being counted is a consent of its own, to the case's programme and nobody else.
    void statisticsIsConsentToTheProgrammeOnly()
    {
        const auto c = emil_case();
        const auto counted = consent_id("case-emil", statistics_org, Category::statistics);
        QCOMPARE(counted, std::string("consent:case-emil:programme:statistics"));
        QVERIFY(AccessPolicy::parse_consent_id(counted));
        QVERIFY(!AccessPolicy::check_write(emil, c, change("consent", "granted", true, counted),
                                           today));
        // Only the apprentice says yes; no helper, not even for them.
        QVERIFY(
            AccessPolicy::check_write(kari, c, change("consent", "granted", true, counted), today));
        // Statistics names the programme; the programme is never given a share of data.
        QVERIFY(!AccessPolicy::parse_consent_id("consent:case-emil:org-okab:statistics"));
        QVERIFY(!AccessPolicy::parse_consent_id("consent:case-emil:programme:goals"));
        const auto wrong = AccessPolicy::check_write(
            emil, c, change("consent", "granted", true, "consent:case-emil:org-okab:statistics"),
            today);
        QVERIFY(wrong);
        QCOMPARE(wrong->code, std::string("invalid_record"));
        // The yes goes to the apprentice alone: no helper learns who said no.
        const auto ch = change("consent", "granted", true, counted);
        QVERIFY(AccessPolicy::can_receive(emil, c, ch, today));
        QVERIFY(!AccessPolicy::can_receive(kari, c, ch, today));
        QVERIFY(!AccessPolicy::can_receive(ingrid, c, ch, today));
        QVERIFY(!AccessPolicy::can_receive(hanne, c, ch, today));
        // Its receipt quotes the programme's statistics text, like every other receipt.
        QVERIFY(AccessPolicy::parse_receipt_id(
            consent_receipt_id("case-emil", statistics_org, Category::statistics, "u1")));
        QVERIFY(current_consent_text(Category::statistics));
    }

    // Issue 12: a receipt of what the apprentice was shown, checked against the versioned text.
    void receiptsGoToTheApprenticeAndTheGranteeOnly()
    {
        const auto c = emil_case();
        const auto id = consent_receipt_id("case-emil", "org-air", Category::checkins, "u1");
        const auto r = change("consent_receipt", "text_version", 1, id);
        QVERIFY(AccessPolicy::can_receive(emil, c, r, today));
        QVERIFY(AccessPolicy::can_receive(ingrid, c, r, today));
        QVERIFY(!AccessPolicy::can_receive(kari, c, r, today));
        QVERIFY(!AccessPolicy::can_receive(stranger, c, r, today));
        QVERIFY(!AccessPolicy::can_receive(hanne, c, r, today));
    }
    void receiptTextMustBeTheVersionsText()
    {
        const auto c = emil_case();
        const auto id = consent_receipt_id("case-emil", "org-air", Category::checkins, "u1");
        const auto *t = current_consent_text(Category::checkins);
        json record{{"consent_id", consent_id("case-emil", "org-air", Category::checkins)},
                    {"org_id", "org-air"},
                    {"category", "checkins"},
                    {"text_version", t->version},
                    {"text", t->nb},
                    {"language", "nb"},
                    {"shown_at", "2026-11-24T09:00:00Z"}};
        for (const auto &[field, value] : record.items())
            QVERIFY2(!AccessPolicy::check_write(
                         emil, c, change("consent_receipt", field, value, id), today, record),
                     field.c_str());
        // Only the apprentice writes one.
        QVERIFY(AccessPolicy::check_write(ingrid, c, change("consent_receipt", "text", t->nb, id),
                                          today, record));
        // Another text, or the English text under "nb", or an unknown version: refused.
        auto wrong = record;
        wrong["text"] = "De kan se alt.";
        auto d = AccessPolicy::check_write(
            emil, c, change("consent_receipt", "text", "De kan se alt.", id), today, wrong);
        QVERIFY(d);
        QCOMPARE(d->code, std::string("invalid_record"));
        wrong = record;
        wrong["text"] = t->en;
        QVERIFY(AccessPolicy::check_write(emil, c, change("consent_receipt", "text", t->en, id),
                                          today, wrong));
        wrong = record;
        wrong["text_version"] = 999;
        QVERIFY(AccessPolicy::check_write(
            emil, c, change("consent_receipt", "text_version", 999, id), today, wrong));
        // Never changed once stored, never deleted; fields match the id.
        QVERIFY(AccessPolicy::check_write(emil, c,
                                          change("consent_receipt", "until", "2027-01-01", id),
                                          today, json{{"until", "2026-12-31"}}));
        QVERIFY(AccessPolicy::check_write(emil, c, change("consent_receipt", "_deleted", true, id),
                                          today, record));
        QVERIFY(AccessPolicy::check_write(
            emil, c, change("consent_receipt", "org_id", "org-okab", id), today, json::object()));
        QVERIFY(AccessPolicy::check_write(
            emil, c,
            change("consent_receipt", "org_id", "org-air",
                   consent_receipt_id("case-sara", "org-air", Category::checkins, "u1")),
            today, json::object()));
        QVERIFY(!AccessPolicy::parse_receipt_id("consent_receipt:case-emil:org-air:checkins"));
        QVERIFY(!AccessPolicy::parse_receipt_id("consent_receipt:case-emil:org-air:messages:u"));
        QVERIFY(AccessPolicy::parse_receipt_id("consent_receipt:case-emil:org-air:notes:u"));
    }

    // Issue 12, the age rule: under the limit, a health category waits for the guardian.
    void underAgeHealthGrantsWaitForTheGuardian()
    {
        auto c = emil_case();                   // org-air has checkins until 2026-12-31
        c.apprentice_birth_date = "2011-06-01"; // 15 on `today`
        QVERIFY(!AccessPolicy::can_read(ingrid, c, Category::checkins, today));
        QVERIFY(!AccessPolicy::can_receive(ingrid, c, change("checkin", "mood", 3), today));
        QVERIFY(AccessPolicy::can_read(kari, c, Category::goals, today)); // not health
        c.guardian_agreed = true;
        QVERIFY(AccessPolicy::can_read(ingrid, c, Category::checkins, today));
        c.guardian_agreed = false;
        c.apprentice_birth_date = "2010-06-01"; // 16
        QVERIFY(AccessPolicy::can_read(ingrid, c, Category::checkins, today));
        c.guardian_age_limit = 18;
        QVERIFY(!AccessPolicy::can_read(ingrid, c, Category::checkins, today));
    }

    // The age rule's dates on the case record give the date of birth away: the apprentice's
    // own. The care team gets only whether shares wait for the guardian.
    void theAgeRulesDatesStayWithTheApprentice()
    {
        const auto c = emil_case();
        for (const char *field : {"guardian_needed_until", "guardian_agreed"}) {
            const auto ch = change(kind::case_file, field, "2027-06-01");
            QVERIFY2(AccessPolicy::can_receive(emil, c, ch, today), field);
            QVERIFY2(!AccessPolicy::can_receive(kari, c, ch, today), field);
            QVERIFY2(!AccessPolicy::can_receive(ingrid, c, ch, today), field);
        }
        const auto status = change(kind::case_file, "awaiting_guardian", true);
        QVERIFY(AccessPolicy::can_receive(emil, c, status, today));
        QVERIFY(AccessPolicy::can_receive(kari, c, status, today));
        QVERIFY(AccessPolicy::can_receive(ingrid, c, status, today));
        QVERIFY(
            AccessPolicy::can_receive(kari, c, change(kind::case_file, "phase", "stay"), today));
    }
};

QTEST_APPLESS_MAIN(TestAccessPolicy)
#include "tst_access_policy.moc"
