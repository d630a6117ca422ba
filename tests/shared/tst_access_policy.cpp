#include "domain/schema.hpp"
#include "sync/access_policy.hpp"

#include <QtTest>

using namespace bro;

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
    c.phase = Phase::stay;
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

        QVERIFY(!AccessPolicy::check_write(kari, c, change("goal", "status", "paused"), today));
        QVERIFY(AccessPolicy::check_write(ingrid, c, change("goal", "status", "paused"), today));
        QVERIFY(AccessPolicy::check_write(kari, c, change("checkin", "mood", 3), today));
        QVERIFY(AccessPolicy::check_write(emil, c, change("note", "text", "x"), today));
        QVERIFY(
            !AccessPolicy::check_write(ingrid, c, change("message", "text", "Hei Emil"), today));
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
        c.phase = Phase::follow_up;
        QVERIFY(!AccessPolicy::check_write(kari, c, change("case", "phase", "completed"), today));
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
};

QTEST_APPLESS_MAIN(TestAccessPolicy)
#include "tst_access_policy.moc"
