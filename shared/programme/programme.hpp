#pragma once
// A programme definition (issue 14): what makes the OKAB–AiR pilot the pilot — its phases and who
// leads each, the handover checklists, the consent texts, the rules' thresholds, retention,
// review and age settings, and the yearly target — as one versioned JSON file
// (docs/programmes.md), so that another office, trade or clinic needs no programmer.
//
// The definition and its checking live here. The server loads definitions (ProgrammeStore) and
// sends each device its programme's; both run phases, checklists, consent texts and thresholds
// from it. The compiled-in tables (domain/journey.cpp, consent_texts.cpp, the rule structs'
// defaults) remain the pilot's values, and tst_programme proves okab-air.json equals them.

#include "domain/consent_rules.hpp"

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace bro {

// The version of the file format this code reads and writes (the file's "version").
inline constexpr int programme_format_version = 1;

struct Texts
{
    std::string nb; // bokmål
    std::string en; // English

    bool operator==(const Texts &) const = default;
};

struct ProgrammeChecklistItem
{
    std::string id; // stable key, stored in handover records ("item:<id>")
    Texts text;

    bool operator==(const ProgrammeChecklistItem &) const = default;
};

struct ProgrammePhase
{
    std::string id; // stored in case records; the pilot's ids are domain/enums.hpp's Phase names
    Texts name;
    Texts description;        // may be empty (a closed phase needs none)
    std::string responsible;  // role that leads the phase and may advance it
    std::string organisation; // kind of organisation that leads it
    int typical_days = 0;     // typical length; a handover is due near its end (0: no end)
    bool skippable = false;   // a case may move past it (the one before leads that move)
    std::vector<ProgrammeChecklistItem> handover; // to settle before leaving the phase

    bool operator==(const ProgrammePhase &) const = default;
};

// One version of the text shown before sharing a category (domain/consent_texts.hpp).
struct ProgrammeConsentText
{
    std::string category;
    int version = 0;
    Texts text;

    bool operator==(const ProgrammeConsentText &) const = default;
};

// The fields below mirror domain/absence_pattern.hpp (AbsenceRule), wellbeing.hpp (HelpRule),
// caseload.hpp (CaseloadRule), consent_rules.hpp (ConsentSettings) and retention.hpp
// (RetentionPolicy); their defaults are the pilot's values.
struct ProgrammeAbsenceRule
{
    int window_days = 30;
    int min_episodes = 3;
    int min_days = 5;

    bool operator==(const ProgrammeAbsenceRule &) const = default;
};

struct ProgrammeLowCheckinRule
{
    int lowest = 1;
    int low = 2;
    int severe_pain = 8;
    int days_in_row = 3;
    int row_window_days = 7;

    bool operator==(const ProgrammeLowCheckinRule &) const = default;
};

struct ProgrammeCaseloadRule
{
    int checkins_missing_after_days = 7;
    int checkins_trend_days = 14;
    double checkins_falling_by = 0.75;
    int consent_withdrawn_days = 30;
    int handover_due_days = 7; // before the end of the phase's typical length

    bool operator==(const ProgrammeCaseloadRule &) const = default;
};

struct ProgrammeConsent
{
    int review_months = 6;
    int guardian_age_limit = default_guardian_age_limit;

    bool operator==(const ProgrammeConsent &) const = default;
};

struct ProgrammeRetention
{
    int months = 12;
    int notice_days = 30;

    bool operator==(const ProgrammeRetention &) const = default;
};

// How soon a device asks for its PIN again after being in the background (issue 21).
struct ProgrammeAppLock
{
    int minutes = 5;

    bool operator==(const ProgrammeAppLock &) const = default;
};

// When Bro asks the apprentice whether to tell their adviser (domain/early_warning.hpp).
struct ProgrammeEarlyWarning
{
    int falling_days = 14;
    double falling_by = 0.75;
    int stopped_days = 10;
    int ask_again_days = 14;

    bool operator==(const ProgrammeEarlyWarning &) const = default;
};

struct Programme
{
    int version = programme_format_version;
    std::string id;
    Texts name;
    int yearly_target = 0;              // apprentices to start each year; 0: no target set
    std::vector<ProgrammePhase> phases; // the ordinary path in order, then `completed`, `ended`
    std::vector<ProgrammeConsentText> consent_texts; // every version, oldest first per category
    ProgrammeAbsenceRule absence_rule;
    ProgrammeLowCheckinRule low_checkin_rule;
    ProgrammeCaseloadRule caseload;
    ProgrammeConsent consent;
    ProgrammeRetention retention;
    ProgrammeAppLock app_lock;
    ProgrammeEarlyWarning early_warning;

    bool operator==(const Programme &) const = default;

    const ProgrammePhase *phase(std::string_view id) const;
    std::vector<std::string> open_phase_ids() const; // in order, without completed and ended
    // The phase after `id` on the ordinary path: the next open phase, or `completed` after the
    // last open one. Nothing after a closed phase or for an id the programme does not have.
    const ProgrammePhase *next_phase(std::string_view id) const;
    // A move from `from` to `to` that jumps over a phase which may not be skipped: that phase.
    // Nothing for the next phase, a move back (a correction), `ended` (closing early) or a jump
    // over skippable phases only.
    const ProgrammePhase *unskippable_between(std::string_view from, std::string_view to) const;
    // The checklist item with this id in any phase (ids are unique across the programme).
    const ProgrammeChecklistItem *checklist_item(std::string_view id) const;
    // The newest text of a category (what a device shows), or nothing.
    const ProgrammeConsentText *consent_text(std::string_view category) const;
};

// `completed` and `ended`: every programme ends with these two, in that order.
bool is_closed_phase(std::string_view id);

// One problem, named by where it is: `phases[3].responsible` and what is wrong there. An empty
// path means the file as a whole (it is not JSON, or not an object).
struct ProgrammeError
{
    std::string path;
    std::string message;
    int line = 0; // where the path is in the file's text (parse_programme_text); 0: unknown

    bool operator==(const ProgrammeError &) const = default;
};

std::string to_string(const ProgrammeError &e); // "path: message", or the message alone

// Either a whole programme or every problem found: never a half-read one.
struct ProgrammeResult
{
    Programme programme; // meaningful only when ok()
    std::vector<ProgrammeError> errors;

    bool ok() const { return errors.empty(); }
};

ProgrammeResult parse_programme(const nlohmann::json &json);
// The text of a file; a syntax error is one error with the place nlohmann reports.
ProgrammeResult parse_programme_text(std::string_view text);

// The file form; parse_programme(to_json(p)) gives p back for any valid p.
nlohmann::json to_json(const Programme &p);

} // namespace bro
