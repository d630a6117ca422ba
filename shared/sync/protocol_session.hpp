#pragma once
// The session message family: signing in with a device token, a password or an invite, and what
// the server says about the person and their programme once they are in. docs/protocol.md,
// "Session and sign-in". National sign-in and the device list: protocol_sign_in.hpp.

#include "domain/directory.hpp"
#include "domain/enums.hpp"
#include "programme/programme.hpp"
#include "sync/protocol_common.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bro::protocol {

// ---- client -> server ----
struct Hello
{
    std::string id;
    int protocol = version;
    std::string device_id;
    std::string token;
};
struct Login
{
    std::string id;
    int protocol = version;
    std::string user;
    std::string password;
    std::string device_name;
};
struct Enrol
{
    std::string id;
    int protocol = version;
    std::string invite_code;
    std::string user;
    std::string password;
    std::string device_name;
};

// ---- server -> client ----
struct UserInfo
{
    std::string id;
    std::string name;
    Role role = Role::apprentice;
    std::string org_id;
    std::string org_name;
};
struct Welcome
{
    std::string id; // id of the hello/login/enrol it answers
    int protocol = version;
    UserInfo user;
    std::string device_id;
    std::string token;         // set after login/enrol, empty after hello
    std::string token_expires; // datetime
    std::vector<CaseSummary> cases;
    std::string server_time; // datetime
    // The definition of the programme the person belongs to (issue 14): the device renders
    // phases, checklists, consent texts and thresholds from it. Absent from a server before
    // programmes; the device then keeps what it had, or the built-in pilot.
    std::optional<bro::Programme> programme;
    std::int64_t programme_revision = 0; // the server's count of loads of that programme
    // The provider of a national sign-in ("idporten"); empty after a password. The app asks
    // for a PIN after a national sign-in.
    std::string provider;
    // The server store's epoch: new after a restore from a backup (LocalStore::
    // adopt_server_epoch). Empty from a server before epochs.
    std::string store_epoch;
};
// A programme's definition changed on the server while the device was connected (an office
// loaded a new revision): sent to every signed-in device of that programme.
struct ProgrammeDefinition
{
    std::string id; // "live-programme-<revision>"
    bro::Programme programme;
    std::int64_t revision = 0;
};

} // namespace bro::protocol
