#pragma once
// The sync message family: a device pushes its changes and pulls everyone else's, and deletes
// what it may no longer hold. docs/protocol.md, "Sync". The limits (max_changes_per_push,
// max_pull_limit, max_pull_window) are in protocol.hpp with the others.

#include "domain/enums.hpp"
#include "sync/change.hpp"
#include "sync/protocol_common.hpp"

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace bro::protocol {

// ---- client -> server ----
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

// ---- server -> client ----
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

// One change as it goes in push and changes.
nlohmann::json change_to_json(const Change &c);
// Strict: every field present with the right type, HLC well formed.
std::optional<Change> change_from_json(const nlohmann::json &j, ProtocolError &error);

} // namespace bro::protocol
