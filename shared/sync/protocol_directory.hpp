#pragma once
// The admin message family: the coordinator's directory of organisations, people and cases, and
// the edits to it. docs/protocol.md, "Admin: the directory".

#include "domain/directory.hpp"
#include "domain/enums.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bro::protocol {

// ---- client -> server ----
struct DirectoryQuery // the coordinator asks for organisations, people and cases
{
    std::string id;
};
enum class DirectoryOp {
    add_org,
    add_person,
    add_case,
    add_team_member,
    remove_team_member,
    make_invite,
    sign_out_devices // someone who leaves: every device of theirs signed out
};
std::string_view to_string(DirectoryOp op);
std::optional<DirectoryOp> parse_directory_op(std::string_view s);
inline constexpr int max_invite_days = 90;
// One change to the directory, by the coordinator. Which fields an op reads (and requires) is
// listed in docs/protocol.md; the others stay empty. An empty org_id / person_id / case_id on
// an add means "the server picks one".
struct DirectoryEdit
{
    std::string id;
    DirectoryOp op = DirectoryOp::add_org;
    std::string name;                        // add_org, add_person
    OrgKind kind = OrgKind::training_office; // add_org
    Role role = Role::apprentice;            // add_person
    std::string org_id;                      // add_org (optional), add_person
    std::string person_id;     // add_person (optional), team ops, make_invite, sign_out_devices
    std::string case_id;       // add_case (optional), team ops
    std::string apprentice_id; // add_case
    std::string training_office_id; // add_case
    std::string clinic_id;          // add_case
    int days = 14;                  // make_invite: how long the code is valid
};

// ---- server -> client ----
// A person as the coordinator sees them: never a username, a password hash or a device.
struct DirectoryPerson
{
    std::string id;
    std::string name;
    Role role = Role::apprentice;
    std::string org_id; // empty for apprentices
    bool has_account = false;
};
struct Directory
{
    std::string id;
    std::vector<Organisation> organisations;
    std::vector<DirectoryPerson> people;
    std::vector<CaseSummary> cases; // with their care teams
};
struct DirectoryEdited // the edit was stored (and audited)
{
    std::string id;
    DirectoryOp op = DirectoryOp::add_org;
    std::string subject_id;     // the organisation, person or case added or changed
    std::string invite_code;    // make_invite only: shown once, stored only as a hash
    std::string invite_expires; // make_invite only: datetime
    int devices_signed_out = 0; // sign_out_devices only: how many were still signed in
};

} // namespace bro::protocol
