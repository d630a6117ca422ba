// The demo's meetings (Emil's, with their agenda and minutes) and Sara's graded return to
// work: the plan Lars drafted and the meeting to look at it together.

#include "demo/demo_builder.hpp"

namespace bro::demo::detail {

// Emil's collaboration meeting last week: his own agenda items first, minutes by Ingrid and
// Kari, three agreed actions (one for Emil, also a suggested step), and his answer still to
// come; and the next meeting, with what he wants to talk about already on the agenda.
void Builder::seed_meetings(const Apprentice &a, const std::string &case_id, const std::string &me)
{
    const json people = {me, "p-kari", "p-ingrid"};
    write(
        "meeting-emil-1", kind::meeting, case_id,
        {{"title", "Samarbeidsmøte etter første uke tilbake"},
         {"starts", dt(add_days(m_today, -6), 11)},
         {"minutes_long", 60},
         {"place", "AiR, møterom 2"},
         {"participants", {{"people", people}, {"guests", {"Ole Hansen, instruktør i bedriften"}}}},
         {"status", "held"}});
    struct Item
    {
        const char *author_id, *author_name, *title, *minutes_by, *minutes;
    };
    const std::vector<Item> items = {
        {"p-emil", "Emil Johansen", "Hvordan det går i maskinen etter oppholdet", "Ingrid Solberg",
         "Emil forteller at dagene i maskinen går bedre, men at ryggen er sliten etter fire "
         "timer. Vi ble enige om en kort pause hver time."},
        {"p-emil", "Emil Johansen", "Jeg vil snakke om fagprøven", "Kari Nordby",
         "Emil er usikker på om han rekker fagprøven i vår. Datoen flyttes ikke nå; Kari "
         "sjekker med prøvenemnda hva som er mulig."},
        {"p-kari", "Kari Nordby", "Tilrettelegging i bedriften", "Kari Nordby",
         "Ole kan gi Emil lettere oppgaver på fredager fram til jul."},
    };
    for (std::size_t i = 0; i < items.size(); ++i)
        write("agenda-emil-1-" + std::to_string(i + 1), kind::agenda_item, case_id,
              {{"meeting_id", "meeting-emil-1"},
               {"title", items[i].title},
               {"author_id", items[i].author_id},
               {"author_name", items[i].author_name},
               {"position", static_cast<int>(i)},
               {"created", dt(add_days(m_today, -9), 8 + static_cast<int>(i))},
               {"minutes", items[i].minutes},
               {"minutes_by", items[i].minutes_by}});
    const auto step = std::string("goal-emil-2-step-meeting-1");
    write(step, kind::goal_step, case_id,
          {{"goal_id", "goal-emil-2"},
           {"title", "Ta en kort pause hver time i maskinen"},
           {"done", false},
           {"position", 10},
           {"state", "suggested"},
           {"suggested_by", "Ingrid Solberg"},
           {"suggested_by_id", "p-ingrid"},
           {"suggestion_why", "Avtalt på samarbeidsmøtet: ryggen trenger pauser."}});
    write("action-emil-1-1", kind::meeting_action, case_id,
          {{"meeting_id", "meeting-emil-1"},
           {"title", "Ta en kort pause hver time i maskinen"},
           {"owner_id", "apprentice"},
           {"due", add_days(m_today, 8)},
           {"step_id", step}});
    write("action-emil-1-2", kind::meeting_action, case_id,
          {{"meeting_id", "meeting-emil-1"},
           {"title", "Sjekke datoen for fagprøven med prøvenemnda"},
           {"owner_id", "p-kari"},
           {"owner_name", "Kari Nordby"},
           {"due", add_days(m_today, 4)}});
    write("action-emil-1-3", kind::meeting_action, case_id,
          {{"meeting_id", "meeting-emil-1"},
           {"title", "Lettere oppgaver på fredager fram til jul"},
           {"owner_name", "Ole Hansen, instruktør i bedriften"},
           {"due", add_days(m_today, 1)}});

    write("meeting-emil-2", kind::meeting, case_id,
          {{"title", "Samarbeidsmøte: hvordan pausene går"},
           {"starts", dt(add_days(m_today, 8), 12)},
           {"minutes_long", 45},
           {"video_link", "https://video.example.no/bro-emil"},
           {"participants", {{"people", people}, {"guests", json::array()}}},
           {"status", "planned"}});
    write("agenda-emil-2-1", kind::agenda_item, case_id,
          {{"meeting_id", "meeting-emil-2"},
           {"title", "Hvordan pausene har fungert"},
           {"author_id", me},
           {"author_name", a.name},
           {"position", 0},
           {"created", dt(add_days(m_today, -1), 20)}});
}

// Sara, Kari and Lars meet in a few days to look at the return plan together.
void Builder::seed_return_plan_meeting(const std::string &case_id, const std::string &me)
{
    write("meeting-sara-return-plan", kind::meeting, case_id,
          {{"title", "Samarbeidsmøte om opptrappingsplanen"},
           {"starts", dt(add_days(m_today, 3), 9)},
           {"minutes_long", 45},
           {"place", "OKAB, Leira"},
           {"participants",
            {{"people", {me, "p-kari", "p-lars"}},
             {"guests", {"Nina Bakke, instruktør i bedriften"}}}},
           {"status", "planned"}});
}

// Sara's graded return to work, drafted by Lars: six weeks from 40 % to full time. The first
// week had two sick days (behind, one week: no flag yet); she asked to take 80 % slower.
void Builder::seed_return_plan(const Apprentice &a, const std::string &case_id)
{
    const int since = *day_number(m_today) - a.phase_days;
    const int monday = since - ((since + 3) % 7); // day 0, 1970-01-01, was a Thursday
    struct Week
    {
        int share, hours;
        const char *tasks, *answer, *note;
    };
    const std::vector<Week> weeks = {
        {40, 15, "Lett arbeid i verkstedet. Ingen tunge løft.", "accepted", ""},
        {40, 15, "Verkstedet, og en halv dag ute med laget.", "accepted", ""},
        {60, 22, "Ute med laget tre dager. Boring med pauser.", "accepted", ""},
        {60, 22, "Som uka før.", "accepted", ""},
        {80, 30, "Vanlige oppgaver, men ikke nattskift.", "change_requested",
         "Kan vi ta 80 % i to uker? Jeg er redd for å gå for fort fram."},
        {100, 37, "Full stilling.", "", ""},
    };
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        json f = {{"week_start", date_of_day(monday + 7 * static_cast<int>(i))},
                  {"week_no", static_cast<int>(i + 1)},
                  {"share", weeks[i].share},
                  {"hours", weeks[i].hours},
                  {"tasks", weeks[i].tasks}};
        if (*weeks[i].answer)
            f["answer"] = weeks[i].answer;
        if (*weeks[i].note)
            f["answer_note"] = weeks[i].note;
        write("plan-sara-week-" + std::to_string(i + 1), kind::return_plan_week, case_id, f);
    }
    // Two sick days in the first week (Tuesday and Wednesday).
    write("absence-sara-return-1", kind::absence, case_id,
          {{"from", date_of_day(monday + 1)},
           {"to", date_of_day(monday + 2)},
           {"kind", "sick"},
           {"health_related", true},
           {"note", "Forkjølet."}});
}

} // namespace bro::demo::detail
