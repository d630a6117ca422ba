#pragma once
// The closed vocabularies of Bro: roles, phases of the journey and data categories.
// Stored and sent as lower-case snake_case strings; parse_* return nullopt for anything else.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bro {

enum class Role { apprentice, adviser, clinician, coordinator };

// The journey of one apprentice. `completed` means the trade certificate (fagbrev) was reached;
// `ended` means the case closed early.
enum class Phase { referral, preparation, stay, return_to_work, follow_up, completed, ended };

// What consent is given for. Two are not consentable: `messages` (the apprentice writes to the
// care team) and `core` (the case itself and the consents: who is on the journey, in which phase,
// and what is shared with whom — what every helper needs to know whose turn it is).
// `statistics` (issue 24) is consent to be counted in the programme's figures: nothing is shared
// with anyone, so it is not in the sharing table; its consent names the pseudo-organisation
// `statistics_org` ("the case's own programme").
enum class Category { goals, checkins, absence, notes, journey, messages, core, statistics };

inline constexpr const char *statistics_org = "programme";

enum class OrgKind { training_office, clinic, programme };

std::string_view to_string(Role r);
std::string_view to_string(Phase p);
std::string_view to_string(Category c);
std::string_view to_string(OrgKind k);

std::optional<Role> parse_role(std::string_view s);
std::optional<Phase> parse_phase(std::string_view s);
std::optional<Category> parse_category(std::string_view s);
std::optional<OrgKind> parse_org_kind(std::string_view s);

// The five categories an apprentice can share or withhold, in display order.
const std::vector<Category> &consentable_categories();
// Every category a consent record may name: the five above and `statistics`.
const std::vector<Category> &consent_categories();
const std::vector<Phase> &journey_phases(); // referral .. completed, in order

} // namespace bro
