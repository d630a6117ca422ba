#pragma once
// People and organisations. These are administered on the server (not edited offline) and sent to
// devices in the welcome message, so that the app can say who is responsible by name.

#include "domain/enums.hpp"
#include "domain/validation.hpp"

#include <string>
#include <vector>

namespace bro {

struct Organisation
{
    std::string id;
    std::string name;
    OrgKind kind = OrgKind::training_office;

    Validation validate() const;
};

struct Person
{
    std::string id;
    std::string name;
    Role role = Role::apprentice;
    std::string org_id; // empty for apprentices
    std::string username;

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
