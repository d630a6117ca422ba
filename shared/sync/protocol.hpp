#pragma once
// Wire protocol: JSON text frames. Every message has "type" and "id". Parsing is strict: a
// malformed message yields a ProtocolError with a code and a clear message, never an exception.
// See docs/protocol.md.

#include "domain/directory.hpp"
#include "domain/enums.hpp"
#include "domain/programme.hpp"
#include "figures/published_programme.hpp"
#include "programme/programme.hpp"
#include "sync/change.hpp"
#include "sync/protocol_sign_in.hpp"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace bro::protocol {

inline constexpr int version = 1;
inline constexpr std::size_t max_frame_bytes = 1024 * 1024;
inline constexpr std::size_t max_changes_per_push = 1000;
inline constexpr std::size_t max_pull_limit = 1000;
// Frames one pull may ask for (`window`): each is the answer to a pull from the previous frame's
// cursor, so the server scans the next batch while the device stores the last one.
inline constexpr std::size_t max_pull_window = 8;
inline constexpr int max_depth = 16;

// Error codes, sent as strings. Parsing produces the first group; the server adds the second.
namespace code {
inline constexpr const char *too_large = "too_large";
inline constexpr const char *bad_json = "bad_json";
inline constexpr const char *too_deep = "too_deep";
inline constexpr const char *not_object = "not_object";
inline constexpr const char *missing_field = "missing_field";
inline constexpr const char *wrong_type = "wrong_type";
inline constexpr const char *bad_value = "bad_value";
inline constexpr const char *unknown_type = "unknown_type";
inline constexpr const char *unsupported_protocol = "unsupported_protocol";
inline constexpr const char *binary_frame = "binary_frame";

inline constexpr const char *not_authenticated = "not_authenticated";
inline constexpr const char *bad_credentials = "bad_credentials";
inline constexpr const char *token_expired = "token_expired";
inline constexpr const char *token_revoked = "token_revoked";
inline constexpr const char *bad_invite = "bad_invite";
inline constexpr const char *rate_limited = "rate_limited";
inline constexpr const char *forbidden = "forbidden";
inline constexpr const char *invalid_record = "invalid_record";
inline constexpr const char *clock_skew = "clock_skew";
inline constexpr const char *storage_full = "storage_full";
// The server's database cannot be reached right now (PostgreSQL restarting, a failover).
// Nothing was stored; try again shortly.
inline constexpr const char *storage_unavailable = "storage_unavailable";
inline constexpr const char *internal = "internal";
// An earlier push on this connection was not stored as a whole; a later one is refused too, so
// that the server never applies a device's changes out of their order. Reconnect and push again.
inline constexpr const char *push_halted = "push_halted";
// National sign-in: the person is told only that it failed (the reason is in the server's log),
// or that the provider does not answer now.
inline constexpr const char *sign_in_failed = "sign_in_failed";
inline constexpr const char *provider_unavailable = "provider_unavailable";
} // namespace code

struct ProtocolError
{
    std::string code;
    std::string message;
    std::string id; // the offending message's id when it could be read
};

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
struct Push
{
    std::string id;
    std::vector<Change> changes;
};
struct Pull
{
    std::string id;
    std::int64_t cursor = 0;
    std::size_t limit = 500;
    std::size_t window = 1; // frames the server may send for this pull (1..max_pull_window)
};
struct Purged // the device confirms it deleted a purged scope
{
    std::string id;
    std::string case_id;
    std::vector<Category> categories;
};
struct AuditQuery // the apprentice asks who has seen their data
{
    std::string id;
    std::string case_id;
    std::size_t limit = 200;
};
struct ConsentHistoryQuery
{
    std::string id;
    std::string case_id;
};
struct ProgrammeQuery // the coordinator asks for the programme figures of a period
{
    std::string id;
    std::string from; // date, inclusive
    std::string to;   // date, inclusive, not before from
};

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

using ClientMessage =
    std::variant<Hello, Login, Enrol, Push, Pull, Purged, AuditQuery, ConsentHistoryQuery,
                 ProgrammeQuery, DirectoryQuery, DirectoryEdit, SignInOptionsQuery, SignInStart,
                 SignInFinish, DevicesQuery, DeviceSignOut>;

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
struct Accepted
{
    std::string op;
    std::int64_t seq = 0;
};
struct Rejected
{
    std::string op;
    std::string code;
    std::string message;
};
struct Ack
{
    std::string id;
    std::vector<Accepted> accepted;
    std::vector<Rejected> rejected;
};
struct Changes
{
    std::string id; // the pull it answers, or "live-N" for live delivery
    std::vector<Change> changes;
    std::int64_t cursor = 0;
    bool more = false;
};
struct Purge
{
    std::string id;
    std::string case_id;
    std::vector<Category> categories;
};
struct AuditEvent
{
    std::string at; // datetime
    std::string actor_name;
    Role actor_role = Role::adviser;
    std::string org_name;
    std::string device_name;
    std::string action; // "received", "wrote", "purged"
    Category category = Category::goals;
    std::int64_t count = 0;
};
struct Audit
{
    std::string id;
    std::string case_id;
    std::vector<AuditEvent> events;
};
struct ConsentEntry
{
    std::int64_t seq = 0;
    std::string at;
    std::string org_id;
    Category category = Category::goals;
    bool granted = false;
    std::string until; // date or empty
};
struct ConsentHistory
{
    std::string id;
    std::string case_id;
    std::vector<ConsentEntry> entries;
};
// Counts only, and protected (issue 24): a count under 5 is a mark, never a number; cells are
// hidden so none can be worked out; only apprentices who said yes to being counted are in it.
// Every year of the programme is in every answer; from/to are the query's, echoed.
struct Programme
{
    std::string id;
    std::string from;
    std::string to;
    PublishedProgramme published;
};
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
struct Error
{
    std::string id;
    std::string code;
    std::string message;
};

using ServerMessage = std::variant<Welcome, Ack, Changes, Purge, Audit, ConsentHistory, Programme,
                                   Directory, DirectoryEdited, ProgrammeDefinition, Error,
                                   SignInOptions, SignInStarted, Devices>;

template <typename T> struct Parsed
{
    std::optional<T> message;
    ProtocolError error; // meaningful when !message
    std::string type;    // the message's type when it could be read ("" when not)

    explicit operator bool() const { return message.has_value(); }
};

Parsed<ClientMessage> parse_client(std::string_view text);
Parsed<ServerMessage> parse_server(std::string_view text);

std::string serialize(const ClientMessage &m);
std::string serialize(const ServerMessage &m);

nlohmann::json change_to_json(const Change &c);
// Strict: every field present with the right type, HLC well formed.
std::optional<Change> change_from_json(const nlohmann::json &j, ProtocolError &error);

std::string error_frame(const std::string &id, const std::string &code, const std::string &message);

} // namespace bro::protocol
