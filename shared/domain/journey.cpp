#include "domain/journey.hpp"

#include <array>

namespace bro {

namespace {

// The collaboration model of the pilot: the training office leads before and after the stay,
// the clinic leads the stay and the return to work.
const std::array<PhaseInfo, 7> &table()
{
    static const std::array<PhaseInfo, 7> phases{{
        {Phase::referral,
         Role::adviser,
         OrgKind::training_office,
         {{"goals_own_words", "Lærlingen har satt egne mål"},
          {"consent_discussed", "Samtykke er gjennomgått med lærlingen"},
          {"referral_sent", "Henvisning er sendt til klinikken"}}},
        {Phase::preparation,
         Role::adviser,
         OrgKind::training_office,
         {{"employer_informed", "Lærebedriften er informert om oppholdet"},
          {"stay_date_set", "Dato for oppholdet er avtalt"},
          {"roles_clear", "Alle vet hvem som gjør hva under oppholdet"}}},
        {Phase::stay,
         Role::clinician,
         OrgKind::clinic,
         {{"return_plan", "Plan for tilbakeføring til arbeid er laget sammen med lærlingen"},
          {"handover_meeting", "Overføringsmøte med opplæringskontoret er holdt"}}},
        {Phase::return_to_work,
         Role::clinician,
         OrgKind::clinic,
         {{"workplace_adapted", "Tilrettelegging på arbeidsplassen er avtalt"},
          {"followup_plan", "Oppfølgingsplan er overlevert opplæringskontoret"}}},
        {Phase::follow_up,
         Role::adviser,
         OrgKind::training_office,
         {{"absence_stable", "Fraværet er fulgt opp"}, {"exam_planned", "Fagprøven er planlagt"}}},
        {Phase::completed, Role::adviser, OrgKind::training_office, {}},
        {Phase::ended, Role::adviser, OrgKind::training_office, {}},
    }};
    return phases;
}

} // namespace

const PhaseInfo &phase_info(Phase p)
{
    for (const auto &info : table())
        if (info.phase == p)
            return info;
    return table().front();
}

std::optional<Phase> next_phase(Phase p)
{
    switch (p) {
    case Phase::referral:
        return Phase::preparation;
    case Phase::preparation:
        return Phase::stay;
    case Phase::stay:
        return Phase::return_to_work;
    case Phase::return_to_work:
        return Phase::follow_up;
    case Phase::follow_up:
        return Phase::completed;
    case Phase::completed:
    case Phase::ended:
        return std::nullopt;
    }
    return std::nullopt;
}

bool is_closed(Phase p)
{
    return p == Phase::completed || p == Phase::ended;
}

bool is_closed(std::string_view phase_id)
{
    return phase_id == "completed" || phase_id == "ended";
}

} // namespace bro
