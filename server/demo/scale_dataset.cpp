#include "demo/scale_dataset.hpp"

#include "demo/checkin_fields.hpp"
#include "domain/dates.hpp"
#include "domain/journey.hpp"
#include "domain/schema.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <random>
#include <stdexcept>

namespace bro::demo {

namespace {

using nlohmann::json;

constexpr std::uint32_t seed = 20261130;

struct Helper
{
    const char *id, *name, *username, *org;
    Role role;
};

// Three training offices and three clinics; Vilde's office is the first.
const std::array<Organisation, 6> &orgs()
{
    static const std::array<Organisation, 6> o = {{
        {scale_adviser_org, "Opplæringskontoret for anleggsfag Vest", OrgKind::training_office},
        {"org-scale-ok-innlandet", "Opplæringskontoret for bygg og anlegg Innlandet",
         OrgKind::training_office},
        {"org-scale-ok-nord", "Opplæringskontoret for anleggsfag Nord", OrgKind::training_office},
        {"org-scale-ungrehab-sor", "UngRehab Sør", OrgKind::clinic},
        {"org-scale-rehab-vest", "Arbeidsrettet rehabilitering Vest", OrgKind::clinic},
        {"org-scale-rehab-ost", "Rehabiliteringssenteret Øst", OrgKind::clinic},
    }};
    return o;
}

// Advisers: [0] Vilde, [1] her colleague, then two per other office. Clinicians: two per clinic.
const std::array<Helper, 6> advisers = {{
    {scale_adviser_id, "Vilde Myhre", scale_adviser, scale_adviser_org, Role::adviser},
    {"p-scale-arne", "Arne Lie", "arne", scale_adviser_org, Role::adviser},
    {"p-scale-silje", "Silje Bakken", "silje", "org-scale-ok-innlandet", Role::adviser},
    {"p-scale-odd", "Odd Rønning", "odd", "org-scale-ok-innlandet", Role::adviser},
    {"p-scale-marit", "Marit Holm", "marit", "org-scale-ok-nord", Role::adviser},
    {"p-scale-geir", "Geir Vik", "geir", "org-scale-ok-nord", Role::adviser},
}};
const std::array<Helper, 6> clinicians = {{
    {"p-scale-anette", "Anette Lund", "anette", "org-scale-ungrehab-sor", Role::clinician},
    {"p-scale-trond", "Trond Aune", "trond", "org-scale-ungrehab-sor", Role::clinician},
    {"p-scale-heidi", "Heidi Moe", "heidi", "org-scale-rehab-vest", Role::clinician},
    {"p-scale-nils", "Nils Dahl", "nils", "org-scale-rehab-vest", Role::clinician},
    {"p-scale-eva", "Eva Strøm", "eva", "org-scale-rehab-ost", Role::clinician},
    {"p-scale-rune", "Rune Foss", "rune", "org-scale-rehab-ost", Role::clinician},
}};

const std::array<const char *, 20> first_names = {
    "Emil",     "Sara",   "Jonas", "Ida",    "Mathias", "Nora",   "Sander",
    "Ingrid",   "Magnus", "Thea",  "Tobias", "Emma",    "Henrik", "Maja",
    "Kristian", "Amalie", "Elias", "Julie",  "Aksel",   "Hedda"};
const std::array<const char *, 15> last_names = {
    "Hansen", "Johansen", "Olsen",   "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
    "Jensen", "Karlsen",  "Johnsen", "Berg",   "Haugen",   "Hagen",    "Eriksen"};
const std::array<const char *, 8> trades = {
    "anleggsmaskinfører", "fjell- og bergverksarbeider", "anleggsgartner", "asfaltør",
    "betongfaget",        "vei- og anleggsfaget",        "tømrer",         "rørlegger"};

struct GoalTemplate
{
    const char *title, *why;
    std::array<const char *, 5> steps;
};
const std::array<GoalTemplate, 6> goal_pool = {{
    {"Bestå fagprøven og få fagbrev",
     "Jeg vil fullføre lærlingetiden og stå på egne bein i bransjen.",
     {"Gå gjennom læreplanen med veileder i bedriften", "Føre logg over arbeidsoppgaver hver uke",
      "Ta teoriprøven", "Melde meg opp til fagprøven", "Øve på prøveoppgaver med instruktøren"}},
    {"Komme tilbake i full stilling",
     "Trappe opp gradvis uten at det går ut over helsa.",
     {"Avtale plan for opptrapping med arbeidsgiver", "Jobbe 50 % i to uker",
      "Jobbe 80 % i to uker", "Full stilling", nullptr}},
    {"Bedre søvn og faste rutiner",
     "Når jeg sover dårlig, orker jeg ikke å dra på jobb.",
     {"Legge meg før kl. 23 på hverdager", "Gå tur etter jobb tre dager i uka",
      "Legge bort mobilen en time før jeg legger meg", nullptr, nullptr}},
    {"Mindre vondt i ryggen",
     "Jeg vil kunne sitte i maskinen en hel dag uten å bli helt ødelagt.",
     {"Gjøre øvelsene fra fysioterapeuten hver morgen", "Ta en kort pause hver time i maskinen",
      "Si fra til faglig leder når det blir for mye", nullptr, nullptr}},
    {"Tørre å si fra på jobb",
     "Det er lettere å stå i det når folk vet hvordan jeg har det.",
     {"Fortelle faglig leder om planen min", "Be om lettere oppgaver på dårlige dager",
      "Ta opp arbeidstiden på neste samarbeidsmøte", nullptr, nullptr}},
    {"Trene fast én dag i uka",
     "Jeg sover bedre de dagene jeg har trent.",
     {"Finne et treningstilbud nær hjemmet", "Trene sammen med en kamerat",
      "Holde det gående i en måned", nullptr, nullptr}},
}};

const std::array<const char *, 10> checkin_notes = {
    "Lang dag i grøfta, men det gikk greit.",
    "Vondt i ryggen etter å ha sittet i maskinen hele dagen.",
    "Sov dårlig. Tunge tanker om kvelden.",
    "God dag! Fikk kjøre gravemaskin alene.",
    "Sliten, men stolt.",
    "Grudde meg til å dra på jobb i dag.",
    "Fin samtale med veilederen min.",
    "Regn hele dagen. Fikk lite gjort.",
    "Lettere oppgaver i dag, det hjalp.",
    "Fikk ros av instruktøren.",
};
const std::array<const char *, 8> adviser_notes = {
    "Samtale med %s og faglig leder. Fraværet har økt siste måned; vi tok opp helse direkte.",
    "%s er fornøyd med lettere oppgaver på fredager. Følger opp om to uker.",
    "Ringte %s etter to sykedager. Avtalte å snakke med fastlegen.",
    "Gjennomgang av læreplanen med %s. Ligger litt bak på teorien.",
    "%s forteller at ryggen er bedre etter øvelsene. Bedriften er positiv.",
    "Møte med bedriften: de vil gjerne beholde %s og legger til rette.",
    "%s vil vente med fagprøven til høsten. Sjekker med prøvenemnda.",
    "Kort prat med %s på byggeplassen. Virker i bedre form.",
};
const std::array<const char *, 6> clinician_notes = {
    "Kartleggingssamtale med %s gjennomført. Felles mål: fullføre lærlingetiden.",
    "%s har fulgt opptreningen godt. Søvnen er fortsatt ustabil.",
    "Samtale med %s om smerter og belastning i maskinen.",
    "%s og jeg gikk gjennom opptrappingsplanen. Holder tempoet.",
    "Oppsummering etter oppholdet: %s har verktøy for pauser og søvn.",
    "Telefonoppfølging: %s beskriver bedre energi, men uro før fagprøven.",
};
const std::array<const char *, 8> adviser_lines = {
    "Hei! Hvordan gikk det på jobb denne uka?",
    "Husk samarbeidsmøtet på torsdag.",
    "Så bra å høre! Si fra hvis det blir tungt igjen.",
    "Har du fått snakket med faglig leder om oppgavene?",
    "Jeg har sendt deg datoene for teoriprøven.",
    "God helg! Ta vare på deg selv.",
    "Hvordan gikk det hos fastlegen?",
    "Vil du at jeg blir med på neste møte med bedriften?",
};
const std::array<const char *, 8> apprentice_lines = {
    "Bedre enn forrige uke.",
    "Takk, jeg kommer.",
    "Litt tungt, men det går.",
    "Ja, vi tok det i går. Han var grei.",
    "Ryggen er vond igjen, jeg blir hjemme i dag.",
    "Fikk være med på sprengning i dag!",
    "Kan vi flytte møtet en time?",
    "Det gikk fint hos legen.",
};

std::string dt(const std::string &date, int hour, int minute = 0)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "T%02d:%02d:00Z", hour, minute);
    return date + buf;
}

std::string key_of(int index)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "scale-%03d", index + 1);
    return buf;
}

std::string fill(const char *pattern, const std::string &name)
{
    std::string out = pattern;
    const auto at = out.find("%s");
    return at == std::string::npos ? out : out.replace(at, 2, name);
}

const Helper &adviser_of(int index)
{
    const int slot = index % 5; // 0, 1: Vilde; 2: her colleague; 3, 4: the other offices
    if (slot < 2)
        return advisers[0];
    if (slot == 2)
        return advisers[1];
    const int other = (index / 5) % 2;
    return advisers[static_cast<std::size_t>(slot == 3 ? 2 + other : 4 + other)];
}

const Helper &clinician_of(int index)
{
    return clinicians[static_cast<std::size_t>(index % 6)];
}

// The phase mix of a year's caseload: most are well into the journey.
Phase phase_of(int index)
{
    static const std::array<Phase, 10> mix = {
        Phase::referral,  Phase::preparation,    Phase::preparation,    Phase::stay,
        Phase::stay,      Phase::return_to_work, Phase::return_to_work, Phase::return_to_work,
        Phase::follow_up, Phase::follow_up};
    return mix[static_cast<std::size_t>((index * 7) % 10)];
}

std::string name_of(int index)
{
    const auto f = static_cast<std::size_t>(index) % first_names.size();
    const auto l = (static_cast<std::size_t>(index) / first_names.size() + f) % last_names.size();
    return std::string(first_names[f]) + " " + last_names[l];
}

TeamMember member(const Helper &h)
{
    for (const auto &o : orgs())
        if (o.id == h.org)
            return {h.id, h.name, h.role, h.org, o.name};
    throw std::logic_error("scale: no organisation " + std::string(h.org));
}

class CaseWriter
{
public:
    CaseWriter(const std::string &today, const DemoCase &c, int index)
        : m_today(today), m_case(c.summary), m_index(index),
          m_rng(seed + static_cast<std::uint32_t>(index) * 7919u),
          m_first(m_case.apprentice_name.substr(0, m_case.apprentice_name.find(' ')))
    {
    }

    std::vector<Record> run()
    {
        const Phase phase = phase_of(m_index);
        const int start_ago = roll(330, 400);
        const int phase_days = roll(3, 60);
        // Earlier phases share the time between the start and the current phase.
        std::vector<Phase> before;
        for (Phase p : journey_phases()) {
            if (p == phase)
                break;
            before.push_back(p);
        }
        json history = json::object();
        const int span = start_ago - phase_days;
        for (std::size_t i = 0; i < before.size(); ++i)
            history[std::string(to_string(before[i]))] =
                day(start_ago - span * static_cast<int>(i) / static_cast<int>(before.size()));
        history[std::string(to_string(phase))] = day(phase_days);
        write(m_case.case_id, kind::case_file,
              {{"apprentice_id", m_case.apprentice_id},
               {"training_office_id", m_case.training_office_id},
               {"clinic_id", m_case.clinic_id},
               {"trade", trades[static_cast<std::size_t>(m_index) % trades.size()]},
               {"phase", std::string(to_string(phase))},
               {"phase_since", day(phase_days)},
               {"phase_history", history}});
        goals(phase, start_ago);
        checkins(start_ago);
        absences(start_ago);
        notes(start_ago);
        messages(start_ago);
        meetings();
        consents(start_ago);
        return std::move(m_out);
    }

private:
    int roll(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    std::string day(int ago) const { return add_days(m_today, -ago); }
    const TeamMember &adviser() const { return m_case.team.front(); }
    const TeamMember *clinician() const
    {
        return m_case.team.size() > 1 ? &m_case.team[1] : nullptr;
    }

    void write(const std::string &id, const char *kind, json fields)
    {
        m_out.push_back(Record{id, kind, m_case.case_id, std::move(fields)});
    }

    void goals(Phase phase, int start_ago)
    {
        const int count = roll(3, 5);
        const int first = roll(0, static_cast<int>(goal_pool.size()) - 1);
        const int progress = static_cast<int>(phase); // further along, more steps done
        for (int g = 0; g < count; ++g) {
            const auto &t = goal_pool[static_cast<std::size_t>(g == 0 ? 0 : (first + g) % 6)];
            const auto goal_id = "goal-" + key() + "-" + std::to_string(g + 1);
            write(goal_id, kind::goal,
                  {{"title", t.title},
                   {"why", t.why},
                   {"status", g == 1 && phase == Phase::follow_up ? "achieved" : "active"},
                   {"position", g},
                   {"is_fagbrev", g == 0},
                   {"created", dt(day(start_ago - 7 * g), 9)}});
            int s = 0;
            for (const char *step : t.steps) {
                if (!step)
                    break;
                write(goal_id + "-step-" + std::to_string(s + 1), kind::goal_step,
                      {{"goal_id", goal_id},
                       {"title", step},
                       {"done", s < progress + roll(-1, 1)},
                       {"position", s},
                       {"state", "accepted"}});
                ++s;
            }
        }
        if (roll(0, 1) == 0) // a step the adviser suggested, waiting for an answer
            write("goal-" + key() + "-1-step-sugg", kind::goal_step,
                  {{"goal_id", "goal-" + key() + "-1"},
                   {"title", "Snakke med faglig leder om hvilke maskiner jeg trenger mer øving på"},
                   {"done", false},
                   {"position", 9},
                   {"state", "suggested"},
                   {"suggested_by", adviser().name},
                   {"suggested_by_id", adviser().person_id},
                   {"suggestion_why", "Du sa på møtet at du vil bli tryggere før fagprøven."}});
    }

    // Most days, mood drifting; one in ten has stopped checking in a few weeks ago.
    void checkins(int start_ago)
    {
        const int last = m_index % 10 == 7 ? roll(15, 30) : 1;
        int mood = roll(2, 4);
        const int skip = roll(1, 4); // of 10 days
        for (int d = std::min(start_ago, 365); d >= last; --d) {
            if (roll(0, 9) < skip)
                continue;
            mood = std::clamp(mood + roll(-1, 1) * (roll(0, 3) == 0 ? 1 : 0), 1, 5);
            const auto date = day(d);
            auto f = checkin_fields(date, mood, [this](int lo, int hi) { return roll(lo, hi); });
            if (roll(0, 4) == 0)
                f["note"] = checkin_notes[static_cast<std::size_t>(
                    roll(0, static_cast<int>(checkin_notes.size()) - 1))];
            write("checkin-" + key() + "-" + date, kind::checkin, std::move(f));
        }
    }

    // A few episodes a year for most; repeated short ones lately for one in four.
    void absences(int start_ago)
    {
        static const std::array<const char *, 5> kinds = {"sick", "sick", "appointment",
                                                          "sick_child", "other"};
        static const std::array<const char *, 5> notes = {
            "Migrene.", "Time hos fastlegen.", "Syk.", "Lillebror syk, måtte hente i barnehagen.",
            "Forsov meg."};
        const bool repeated = m_index % 4 == 1;
        const int episodes = roll(4, 12);
        std::vector<int> starts;
        for (int e = 0; e < episodes; ++e)
            starts.push_back(roll(40, std::min(start_ago, 365)));
        if (repeated)
            for (int ago = roll(3, 6); ago < 40; ago += roll(5, 9))
                starts.push_back(ago);
        std::sort(starts.begin(), starts.end(), std::greater<>());
        int n = 0;
        for (int ago : starts) {
            const int k = roll(0, static_cast<int>(kinds.size()) - 1);
            const int length = roll(1, 3);
            json f = {{"from", day(ago)},
                      {"to", day(std::max(0, ago - length + 1))},
                      {"kind", kinds[static_cast<std::size_t>(k)]},
                      {"health_related", k < 3}};
            if (roll(0, 2) > 0)
                f["note"] = notes[static_cast<std::size_t>(k)];
            write("absence-" + key() + "-" + std::to_string(++n), kind::absence, std::move(f));
        }
    }

    // The adviser writes every two to three weeks; the clinician, when there is one, in between.
    void notes(int start_ago)
    {
        int n = 0;
        for (int ago = start_ago - roll(3, 10); ago > 0; ago -= roll(12, 20)) {
            const bool by_clinic = clinician() && (n % 2 == 1);
            const TeamMember &by = by_clinic ? *clinician() : adviser();
            const char *pattern =
                by_clinic
                    ? clinician_notes[static_cast<std::size_t>(n / 2) % clinician_notes.size()]
                    : adviser_notes[static_cast<std::size_t>(roll(0, 7))];
            write("note-" + key() + "-" + std::to_string(++n), kind::note,
                  {{"author_id", by.person_id},
                   {"author_name", by.name},
                   {"text", fill(pattern, m_first)},
                   {"created", dt(day(ago), roll(8, 15), roll(0, 59))}});
        }
    }

    // About two messages a week between the apprentice and the adviser.
    void messages(int start_ago)
    {
        int n = 0;
        for (int ago = start_ago - 2; ago > 0; ago -= roll(2, 5)) {
            const bool mine = n % 2 == 1;
            const auto &lines = mine ? apprentice_lines : adviser_lines;
            ++n;
            write("message-" + key() + "-" + std::to_string(n), kind::message,
                  {{"author_id", mine ? m_case.apprentice_id : adviser().person_id},
                   {"author_name", mine ? m_case.apprentice_name : adviser().name},
                   {"text", lines[static_cast<std::size_t>(roll(0, 7))]},
                   {"sent", dt(day(ago), roll(7, 21), roll(0, 59))}});
        }
    }

    // The last collaboration meeting and the next one (the caseload page lists those ahead).
    void meetings()
    {
        json people = {m_case.apprentice_id, adviser().person_id};
        if (clinician())
            people.push_back(clinician()->person_id);
        write("meeting-" + key() + "-1", kind::meeting,
              {{"title", "Samarbeidsmøte"},
               {"starts", dt(day(roll(20, 40)), 10)},
               {"minutes_long", 60},
               {"place", "Opplæringskontoret"},
               {"participants", {{"people", people}, {"guests", json::array()}}},
               {"status", "held"}});
        write("meeting-" + key() + "-2", kind::meeting,
              {{"title", "Samarbeidsmøte: hvordan går det nå?"},
               {"starts", dt(day(-roll(2, 30)), 12)},
               {"minutes_long", 45},
               {"participants", {{"people", people}, {"guests", json::array()}}},
               {"status", "planned"}});
    }

    // The training office sees goals and the journey; most share absence, about half their
    // check-ins and notes (messages go to the whole team without consent). A clinic on the team
    // sees everything. One in twenty has lately withdrawn check-ins from the office.
    void consents(int start_ago)
    {
        const auto granted_at = dt(day(start_ago), 9);
        auto grant = [&](const std::string &org, Category c, bool granted) {
            json f = {
                {"org_id", org}, {"category", std::string(to_string(c))}, {"granted", granted}};
            if (granted)
                f["granted_at"] = granted_at;
            write(consent_id(m_case.case_id, org, c), kind::consent, std::move(f));
        };
        const auto &office = m_case.training_office_id;
        grant(office, Category::goals, true);
        grant(office, Category::journey, true);
        if (roll(0, 19) > 2)
            grant(office, Category::absence, true);
        if (roll(0, 1) == 0)
            grant(office, Category::notes, true);
        if (m_index % 20 == 13)
            grant(office, Category::checkins, false);
        else if (roll(0, 9) > 4)
            grant(office, Category::checkins, true);
        if (clinician())
            for (Category c : consentable_categories())
                grant(clinician()->org_id, c, true);
    }

    std::string key() const { return key_of(m_index); }

    std::string m_today;
    const CaseSummary &m_case;
    int m_index;
    std::mt19937 m_rng;
    std::string m_first;
    std::vector<Record> m_out;
};

} // namespace

int scale_adviser_cases(int apprentices)
{
    int n = 0;
    for (int i = 0; i < apprentices; ++i)
        n += scale_on_advisers_team(i) ? 1 : 0;
    return n;
}

bool scale_on_advisers_team(int index)
{
    return index % 5 < 2;
}

Dataset scale_directory(const std::string &, int apprentices)
{
    Dataset d;
    d.organisations.assign(orgs().begin(), orgs().end());
    for (const auto &h : advisers)
        d.people.push_back({h.id, h.name, h.role, h.org, h.username});
    for (const auto &h : clinicians)
        d.people.push_back({h.id, h.name, h.role, h.org, h.username});
    for (int i = 0; i < apprentices; ++i) {
        const auto key = key_of(i);
        const auto name = name_of(i);
        const auto &adv = adviser_of(i);
        const auto &cli = clinician_of(i);
        d.people.push_back({"p-" + key, name, Role::apprentice, "", key});
        DemoCase c;
        c.summary = {"case-" + key, "p-" + key, name, adv.org, cli.org, {member(adv)}};
        if (phase_of(i) != Phase::referral) // the clinic joins once the stay is being prepared
            c.summary.team.push_back(member(cli));
        d.cases.push_back(std::move(c));
    }
    return d;
}

std::string scale_key(int index)
{
    return key_of(index);
}

std::string scale_name(int index)
{
    return name_of(index);
}

bool scale_clinic_joined(int index)
{
    return phase_of(index) != Phase::referral;
}

std::vector<Record> scale_records(const std::string &today, const Dataset &directory, int index)
{
    return CaseWriter(today, directory.cases.at(static_cast<std::size_t>(index)), index).run();
}

} // namespace bro::demo
