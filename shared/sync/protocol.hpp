#pragma once
// Wire protocol: JSON text frames. Every message has "type" and "id". Parsing is strict: a
// malformed message yields a ProtocolError with a code and a clear message, never an exception.
// See docs/protocol.md.
//
// This is the core: the limits, the error codes, the variants of every message and the one parse
// and serialize that dispatch by type. Each message family's structs are in a header of its own,
// included below; which message lives in which file: the table in protocol_families.hpp.

#include "domain/directory.hpp"
#include "domain/enums.hpp"
#include "domain/programme.hpp"
#include "figures/published_programme.hpp"
#include "programme/programme.hpp"
#include "sync/change.hpp"
#include "sync/protocol_audit.hpp"
#include "sync/protocol_common.hpp"
#include "sync/protocol_directory.hpp"
#include "sync/protocol_figures.hpp"
#include "sync/protocol_session.hpp"
#include "sync/protocol_sign_in.hpp"
#include "sync/protocol_sync.hpp"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace bro::protocol {

// version: protocol_common.hpp
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

// ProtocolError: protocol_common.hpp. An error answer, to any request:
struct Error
{
    std::string id;
    std::string code;
    std::string message;
};

using ClientMessage =
    std::variant<Hello, Login, Enrol, Push, Pull, Purged, AuditQuery, ConsentHistoryQuery,
                 ProgrammeQuery, DirectoryQuery, DirectoryEdit, SignInOptionsQuery, SignInStart,
                 SignInFinish, DevicesQuery, DeviceSignOut>;

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

// change_to_json, change_from_json: protocol_sync.hpp.

std::string error_frame(const std::string &id, const std::string &code, const std::string &message);

} // namespace bro::protocol
