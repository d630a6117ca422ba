// Collaboration meetings and the graded return to work, through a real server with the demo:
// Ingrid holds Emil's meeting and writes an agreed action for him, which reaches his phone as a
// suggested step; Emil takes the step and marks the minutes agreed, and Ingrid sees that. Sara's
// return plan is drafted by her clinician, answered by Sara and followed by Kari. The meeting
// itself is the team's (core); what is said in it is the journey, and goes only where the
// apprentice shares the journey.

#include "demo_server.hpp"
#include "domain/return_plan.hpp"
#include "domain/schema.hpp"
#include "sync/protocol.hpp"
#include "test_device.hpp"

#include <QDate>
#include <QTest>

using namespace bro;
using namespace bro::test;
using nlohmann::json;

namespace {

std::string type_of(const json &j)
{
    return j.value("type", "");
}

} // namespace

class TestServerMeetings : public QObject
{
    Q_OBJECT

private:
    DemoServer m_server;

    void start_server() { QVERIFY2(m_server.start_fresh(), "bro-server did not start"); }

    // Writes through the device's own store and pushes; the server's ack.
    json write_and_push(TestDevice &d, const std::string &id, const char *kind,
                        const std::string &case_id, const json &fields)
    {
        const auto r = d.write(id, kind, case_id, fields);
        if (r.error)
            qWarning("the device refused %s: %s", id.c_str(), r.error->message.c_str());
        return d.push();
    }

    static void accepted(const json &ack)
    {
        QCOMPARE(type_of(ack), std::string("ack"));
        QVERIFY2(ack["rejected"].empty(), ack.dump().c_str());
        QVERIFY(!ack["accepted"].empty());
    }

    static json fields(TestDevice &d, const std::string &id)
    {
        const auto r = d.store().get(id);
        return r ? r->fields : json();
    }

private slots:
    void initTestCase() { QVERIFY(m_server.seed()); }

    void cleanup()
    {
        QCOMPARE(m_server.bad_frames(), 0);
        m_server.clear_devices();
        m_server.stop();
    }

    // The story of issue #11 part 2, as a new user would walk it with the demo.
    void ingridHoldsAMeetingAndEmilAgrees()
    {
        start_server();
        auto &ingrid = m_server.device("ingrid", true);
        auto &emil = m_server.device("emil", true);
        auto &kari = m_server.device("kari", true);
        const std::string case_id = "case-emil";

        // Emil's phone has the demo meeting, his own items and the minutes.
        QCOMPARE(fields(emil, "meeting-emil-1").value("status", ""), std::string("held"));
        QVERIFY(!fields(emil, "agenda-emil-1-1").value("minutes", "").empty());
        QCOMPARE(fields(emil, "agenda-emil-1-1").value("author_id", ""), std::string("p-emil"));
        // Kari sees them too: Emil shares the journey with the training office.
        QVERIFY(!fields(kari, "agenda-emil-1-2").value("minutes", "").empty());

        // Ingrid writes down an agreed action for Emil: a suggested step in her name and the
        // action that points at it.
        accepted(write_and_push(ingrid, "step-from-meeting", kind::goal_step, case_id,
                                {{"goal_id", "goal-emil-3"},
                                 {"title", "Legge bort telefonen kl. 22"},
                                 {"done", false},
                                 {"state", "suggested"},
                                 {"suggested_by", "Ingrid Solberg"},
                                 {"suggested_by_id", "p-ingrid"},
                                 {"suggestion_why", "Avtalt på samarbeidsmøtet."}}));
        accepted(write_and_push(ingrid, "action-from-meeting", kind::meeting_action, case_id,
                                {{"meeting_id", "meeting-emil-1"},
                                 {"title", "Legge bort telefonen kl. 22"},
                                 {"owner_id", "apprentice"},
                                 {"due", "2026-12-10"},
                                 {"step_id", "step-from-meeting"}}));
        // She also writes minutes on Emil's own item.
        accepted(write_and_push(ingrid, "agenda-emil-1-1", kind::agenda_item, case_id,
                                {{"minutes", "Pause hver time. Ny prat om to uker."},
                                 {"minutes_by", "Ingrid Solberg"}}));

        // Emil sees the action as a suggested step, takes it, and marks the minutes agreed.
        QCOMPARE(emil.pull_all().value("more", true), false);
        QCOMPARE(fields(emil, "action-from-meeting").value("step_id", ""),
                 std::string("step-from-meeting"));
        QCOMPARE(fields(emil, "step-from-meeting").value("state", ""), std::string("suggested"));
        accepted(write_and_push(emil, "step-from-meeting", kind::goal_step, case_id,
                                {{"state", "accepted"}}));
        accepted(write_and_push(emil, meeting_response_id("meeting-emil-1"), kind::meeting_response,
                                case_id,
                                {{"meeting_id", "meeting-emil-1"},
                                 {"answer", "agreed"},
                                 {"at", "2026-11-30T12:00:00Z"}}));
        QCOMPARE(fields(emil, "agenda-emil-1-1").value("minutes", ""),
                 std::string("Pause hver time. Ny prat om to uker."));

        QCOMPARE(ingrid.pull_all().value("more", true), false);
        QCOMPARE(fields(ingrid, meeting_response_id("meeting-emil-1")).value("answer", ""),
                 std::string("agreed"));
        QCOMPARE(fields(ingrid, "step-from-meeting").value("state", ""), std::string("accepted"));

        // Nobody answers for Emil: Kari's answer in his place is refused, and says why.
        const auto ack =
            write_and_push(kari, meeting_response_id("meeting-emil-2"), kind::meeting_response,
                           case_id, {{"meeting_id", "meeting-emil-2"}, {"answer", "agreed"}});
        QCOMPARE(type_of(ack), std::string("ack"));
        QVERIFY(!ack["rejected"].empty());
        QCOMPARE(ack["rejected"][0].value("message", ""),
                 std::string("only the apprentice says whether they agree with the minutes"));
    }

    // The meeting is the team's; the minutes are the journey's. When Sara stops sharing her
    // journey with the training office, Kari still sees that a meeting is planned, and no longer
    // what is said in it.
    void theMinutesFollowTheJourneyConsent()
    {
        start_server();
        auto &sara = m_server.device("sara", true);
        auto &lars = m_server.device("lars", true);
        const std::string case_id = "case-sara";
        accepted(write_and_push(
            sara, consent_id(case_id, "org-okab", Category::journey), kind::consent, case_id,
            {{"org_id", "org-okab"}, {"category", "journey"}, {"granted", false}}));
        accepted(write_and_push(lars, "meeting-sara-1", kind::meeting, case_id,
                                {{"title", "Samarbeidsmøte"},
                                 {"starts", "2026-12-08T10:00:00Z"},
                                 {"status", "planned"}}));
        accepted(write_and_push(sara, "agenda-sara-1", kind::agenda_item, case_id,
                                {{"meeting_id", "meeting-sara-1"},
                                 {"title", "Jeg vil snakke om smertene"},
                                 {"author_id", "p-sara"}}));
        auto &kari = m_server.device("kari", true);
        QVERIFY(!fields(kari, "meeting-sara-1").is_null());
        QVERIFY(fields(kari, "agenda-sara-1").is_null());
        QVERIFY(fields(kari, "plan-sara-week-1").is_null());
        // And she cannot write into it either.
        const auto ack = write_and_push(
            kari, "agenda-sara-2", kind::agenda_item, case_id,
            {{"meeting_id", "meeting-sara-1"}, {"title", "Fagprøven"}, {"author_id", "p-kari"}});
        QVERIFY(!ack["rejected"].empty());
        QCOMPARE(lars.pull_all().value("more", true), false);
        QVERIFY(fields(lars, "agenda-sara-1").is_object());
    }

    // Issue #11 part 3: Sara's return plan, drafted by her clinician (Lars), answered by Sara,
    // followed week by week by Kari; planned against actual from what Kari's device holds.
    void saraFollowsHerReturnPlan()
    {
        start_server();
        auto &lars = m_server.device("lars", true);
        auto &sara = m_server.device("sara", true);
        auto &kari = m_server.device("kari", true);
        const std::string case_id = "case-sara";

        // The demo plan: six weeks, the first with two sick days.
        std::vector<PlanWeek> weeks;
        for (int i = 1; i <= 6; ++i) {
            const auto w = fields(kari, "plan-sara-week-" + std::to_string(i));
            QVERIFY2(w.is_object(), std::to_string(i).c_str());
            weeks.push_back({w.value("week_start", ""), w.value("week_no", 0), w.value("share", 0),
                             w.value("hours", 0), w.value("tasks", ""), w.value("answer", "")});
        }
        // Kari does not see Sara's absence (not shared with the training office); Lars does.
        QVERIFY(fields(kari, "absence-sara-return-1").is_null());
        const auto away = fields(lars, "absence-sara-return-1");
        QVERIFY(away.is_object());
        const auto today = QDate::currentDate().toString(Qt::ISODate).toStdString();
        const auto seen = plan_against_actual(
            weeks, {{away.value("from", ""), away.value("to", ""), true}}, {}, today);
        QCOMPARE(seen[0].planned_days, 2);
        QCOMPARE(seen[0].absent_days, 2);
        QVERIFY(seen[0].behind);
        QVERIFY(!behind_two_weeks_running(seen));

        // Lars drafts a seventh week; Sara asks for a change; Kari can neither draft nor answer.
        accepted(write_and_push(lars, "plan-sara-week-7", kind::return_plan_week, case_id,
                                {{"week_start", "2027-01-11"},
                                 {"week_no", 7},
                                 {"share", 100},
                                 {"tasks", "Full stilling, også nattskift."}}));
        QCOMPARE(sara.pull_all().value("more", true), false);
        QCOMPARE(fields(sara, "plan-sara-week-7").value("share", 0), 100);
        accepted(write_and_push(
            sara, "plan-sara-week-7", kind::return_plan_week, case_id,
            {{"answer", "change_requested"}, {"answer_note", "Ikke nattskift ennå."}}));
        QCOMPARE(kari.pull_all().value("more", true), false);
        QCOMPARE(fields(kari, "plan-sara-week-7").value("answer", ""),
                 std::string("change_requested"));
        const auto ack = write_and_push(kari, "plan-sara-week-7", kind::return_plan_week, case_id,
                                        {{"share", 80}});
        QVERIFY(!ack["rejected"].empty());
        QCOMPARE(ack["rejected"][0].value("message", ""),
                 std::string("the clinic drafts the return plan; only the apprentice answers it"));
    }
};

QTEST_GUILESS_MAIN(TestServerMeetings)
#include "tst_server_meetings.moc"
