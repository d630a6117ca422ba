// The demo's people and organisations: both programmes' helpers, coordinators and
// apprentices, each apprentice's story written by the builder, then outcomes and past cohorts.

#include "demo/demo_dataset.hpp"

#include "demo/demo_builder.hpp"
#include "demo/demo_outcomes.hpp"

namespace bro::demo {

namespace detail {

Dataset Builder::run()
{
    m_data.organisations = {
        {"org-okab", "Opplæringskontoret for anleggsfag", OrgKind::training_office},
        {"org-air", "AiR UngRehab", OrgKind::clinic},
        {"org-pilot", "Samhandlingspiloten OKAB–AiR", OrgKind::programme},
    };
    m_data.people = {
        {"p-hanne", "Hanne Sørli", Role::coordinator, "org-pilot", "hanne"},
        {"p-kari", "Kari Nordby", Role::adviser, "org-okab", "kari"},
        {"p-per", "Per Haugen", Role::adviser, "org-okab", "per"},
        {"p-ingrid", "Ingrid Solberg", Role::clinician, "org-air", "ingrid"},
        {"p-lars", "Lars Eide", Role::clinician, "org-air", "lars"},
    };

    const std::vector<Category> &all = consentable_categories();
    const std::vector<Apprentice> apprentices = {
        {"emil",
         "Emil Johansen",
         "anleggsmaskinfører",
         Phase::stay,
         12,
         {"p-kari", "p-ingrid"},
         {{"org-okab", {Category::goals, Category::absence, Category::journey}}, {"org-air", all}},
         1,
         3},
        {"sara",
         "Sara Ahmadi",
         "fjell- og bergverksarbeider",
         Phase::return_to_work,
         9,
         {"p-kari", "p-lars"},
         {{"org-okab", {Category::goals, Category::journey}},
          {"org-air", {Category::goals, Category::checkins, Category::absence, Category::journey}}},
         1,
         3},
        {"jonas",
         "Jonas Berg",
         "anleggsgartner",
         Phase::referral,
         5,
         {"p-per"},
         {{"org-okab", {Category::goals, Category::absence, Category::journey}}},
         2,
         2},
        {"ida",
         "Ida Lunde",
         "asfaltør",
         Phase::preparation,
         8,
         {"p-per", "p-ingrid"},
         {{"org-okab", {Category::goals, Category::absence, Category::journey}},
          {"org-air", {Category::goals, Category::checkins, Category::journey}}},
         1,
         3},
        {"mathias",
         "Mathias Strand",
         "anleggsmaskinfører",
         Phase::follow_up,
         20,
         {"p-per", "p-lars"},
         {{"org-okab", all}, {"org-air", all}},
         0,
         4},
    };
    for (const auto &a : apprentices)
        seed_case(a);
    seed_second_programme();
    return std::move(m_data);
}

// Issue 14: another office, trade and clinic on the same server, with its own coordinator
// and (issue 25) a journey of its own: referral, a work-ability assessment that may be
// skipped, day rehabilitation, work training at the company, follow-up towards the trade test.
void Builder::seed_second_programme()
{
    const std::string prog(second_programme_id);
    m_data.programmes.push_back(second_programme_json());
    m_data.organisations.push_back(
        {"org-vestbygg", "Vest-Bygg opplæringskontor", OrgKind::training_office, prog});
    m_data.organisations.push_back(
        {"org-fjord", "Fjordklinikken dagrehabilitering", OrgKind::clinic, prog});
    m_data.organisations.push_back(
        {"org-vestbygg-prog", "Dagrehabiliteringen Vest-Bygg–Fjord", OrgKind::programme, prog});
    m_data.people.push_back(
        {"p-randi", "Randi Moe", Role::coordinator, "org-vestbygg-prog", "randi", prog});
    m_data.people.push_back({"p-tone", "Tone Vik", Role::adviser, "org-vestbygg", "tone", prog});
    m_data.people.push_back(
        {"p-eirik", "Eirik Lunde", Role::clinician, "org-fjord", "eirik", prog});
    const std::vector<Category> &all = consentable_categories();
    Apprentice noah{"noah",
                    "Noah Berge",
                    "tømrer",
                    Phase::stay,
                    10,
                    {"p-tone", "p-eirik"},
                    {{"org-vestbygg", {Category::goals, Category::absence, Category::journey}},
                     {"org-fjord", all}},
                    1,
                    3};
    Apprentice amalie{"amalie",
                      "Amalie Strand",
                      "murer",
                      Phase::referral,
                      4,
                      {"p-tone"},
                      {{"org-vestbygg", {Category::goals, Category::journey}}},
                      1,
                      3};
    noah.falling_lately = true; // shares his check-ins with the clinic only: he decides
    for (auto *a : {&noah, &amalie}) {
        a->office = "org-vestbygg";
        a->clinic = "org-fjord";
        a->programme_id = prog;
        // Noah went straight to day rehabilitation: the assessment may be skipped.
        a->has_preparation = false;
        a->phase_ids = {{Phase::referral, "henvisning"},
                        {Phase::preparation, "kartlegging"},
                        {Phase::stay, "dagrehab"},
                        {Phase::return_to_work, "arbeidstrening"},
                        {Phase::follow_up, "mot_fagprove"}};
        seed_case(*a);
    }
}

} // namespace detail

Dataset dataset(const std::string &today)
{
    auto d = detail::Builder(today).run();
    add_outcomes(d, today); // referrals, outcome points and past cohorts (issue 24)
    // "Vi har i 2022 har 5 lærlinger gjennom piloten vår" (the pilot's report): four of them got
    // their trade certificate, one ended early; each erased a year after their case closed.
    d.erased = {{{2022, CohortOutcome::ended}, "2023-11-07T02:00:00Z"},
                {{2022, CohortOutcome::completed}, "2024-08-29T02:00:00Z"},
                {{2022, CohortOutcome::completed}, "2024-10-03T02:00:00Z"},
                {{2022, CohortOutcome::completed}, "2025-01-16T02:00:00Z"},
                {{2022, CohortOutcome::completed}, "2025-06-12T02:00:00Z"}};
    return d;
}

const Person *find_person(const Dataset &d, const std::string &username)
{
    for (const auto &p : d.people)
        if (p.username == username)
            return &p;
    return nullptr;
}

} // namespace bro::demo
