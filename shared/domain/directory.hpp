#pragma once
// People and organisations. These are administered on the server (not edited offline) and sent to
// devices in the welcome message, so that the app can say who is responsible by name.

#include "domain/enums.hpp"
#include "domain/validation.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace bro {

// The built-in OKAB–AiR pilot (shared/programme/okab-air.json): the programme of everything a
// server held before it could hold several.
inline constexpr std::string_view builtin_programme_id = "okab-air";

struct Organisation
{
    std::string id;
    std::string name;
    OrgKind kind = OrgKind::training_office;
    // The programme the organisation takes part in (issue 14; one each: an office or clinic in
    // two programmes is two organisations, so that no directory crosses programmes).
    std::string programme_id = std::string(builtin_programme_id);

    Validation validate() const;
};

struct Person
{
    std::string id;
    std::string name;
    Role role = Role::apprentice;
    std::string org_id; // empty for apprentices
    std::string username;
    // The programme the person belongs to: a helper's is their organisation's; an apprentice's
    // is their case's; a coordinator manages only theirs.
    std::string programme_id = std::string(builtin_programme_id);

    Validation validate() const;
};

// A helper on an apprentice's care team.
struct TeamMember
{
    std::string person_id;
    std::string name;
    Role role = Role::adviser;
    std::string org_id;
    std::string org_name;
};

struct CaseSummary
{
    std::string case_id;
    std::string apprentice_id;
    std::string apprentice_name;
    std::string training_office_id;
    std::string clinic_id;
    std::vector<TeamMember> team;
};

} // namespace bro
