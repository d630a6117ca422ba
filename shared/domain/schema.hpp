#pragma once
// The record kinds Bro syncs, the fields each may hold and their constraints. The server checks
// every incoming change with validate_field; devices check whole records before writing.

#include "domain/enums.hpp"
#include "domain/validation.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bro {

namespace kind {
inline constexpr const char *case_file = "case";
inline constexpr const char *handover = "handover";
inline constexpr const char *goal = "goal";
inline constexpr const char *goal_step = "goal_step";
inline constexpr const char *goal_comment = "goal_comment";
inline constexpr const char *checkin = "checkin";
inline constexpr const char *absence = "absence";
inline constexpr const char *note = "note";
inline constexpr const char *message = "message";
inline constexpr const char *message_read = "message_read";
inline constexpr const char *consent = "consent";
inline constexpr const char *consent_receipt = "consent_receipt";
inline constexpr const char *meeting = "meeting";
inline constexpr const char *agenda_item = "agenda_item";
inline constexpr const char *meeting_action = "meeting_action";
inline constexpr const char *meeting_response = "meeting_response";
inline constexpr const char *return_plan_week = "return_plan_week";
inline constexpr const char *referral = "referral";
inline constexpr const char *outcome = "outcome";
} // namespace kind

// The five outcome points of a case (issue 24), in order: before the stay, at its end, and 3, 6
// and 12 months after it.
const std::vector<std::string> &outcome_points();
// The apprentice's status in the apprenticeship at an outcome point, set by the adviser.
const std::vector<std::string> &apprenticeship_statuses();

// handover_item: one checklist item's state, {done, explanation, by, at} (domain/handover.hpp).
// `phase_id`: a phase of the case's programme (issue 25): the syntax is checked here, whether the
// programme has it by AccessPolicy, which knows the programme.
enum class FieldType {
    text,
    integer,
    boolean,
    date,
    datetime,
    choice,
    object,
    handover_item,
    phase_id,
    goal_scores // {goal id: -2 … 2}: Goal Attainment Scaling, one score per goal of the apprentice
};

struct FieldSpec
{
    std::string name;
    FieldType type;
    bool required = false;            // a whole record must have it
    long long min = 0;                // text: min length in bytes; integer: min value
    long long max = 0;                // text: max length in bytes; integer: max value
    std::vector<std::string> choices; // for FieldType::choice
};

struct KindSpec
{
    std::string name;
    Category category;
    std::vector<FieldSpec> fields;
};

const std::vector<KindSpec> &all_kinds();
const KindSpec *find_kind(std::string_view name);

// The category a kind belongs to, for consent; nullopt for an unknown kind.
std::optional<Category> category_of(std::string_view kind);

// One field of one record, as a single change carries it. `null` is allowed for optional fields
// (clearing them); the tombstone field `_deleted` takes a boolean on every kind.
Validation validate_field(std::string_view kind, std::string_view field,
                          const nlohmann::json &value);

// A whole record: every field valid, required fields present, cross-field rules
// (an absence ends on or after it starts).
Validation validate_record(std::string_view kind, const nlohmann::json &fields);

bool is_valid_date(std::string_view s);     // YYYY-MM-DD, a real calendar date
bool is_valid_datetime(std::string_view s); // YYYY-MM-DDTHH:MM:SSZ (UTC)
bool is_valid_utf8(std::string_view s);
// A phase id a programme may use: 1 to 40 of a-z, 0-9 and _, starting with a letter.
bool is_phase_id(std::string_view s);

// Deterministic ids, so that the same consent or handover edited on two devices merges.
std::string consent_id(std::string_view case_id, std::string_view org_id, Category c);
// One receipt of one grant: consent_receipt:<case>:<org>:<category>:<unique part>.
std::string consent_receipt_id(std::string_view case_id, std::string_view org_id, Category c,
                               std::string_view unique);
std::string handover_id(std::string_view case_id, Phase p);
std::string handover_id(std::string_view case_id, std::string_view phase_id); // any programme's
// The apprentice's one answer to a meeting's minutes: response:<meeting id>.
std::string meeting_response_id(std::string_view meeting_id);

std::string message_read_id(std::string_view case_id, std::string_view person_id);
// One referral per case (referral:<case>) and one record per outcome point
// (outcome:<case>:<point>).
std::string referral_id(std::string_view case_id);
std::string outcome_id(std::string_view case_id, std::string_view point);

} // namespace bro
