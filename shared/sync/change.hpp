#pragma once
// A change is one field's new value of one record: the unit of sync and of merge.

#include "sync/hlc.hpp"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace bro {

struct Change
{
    std::string op;            // unique id of this change (UUID), for idempotent retries
    std::uint64_t counter = 0; // per-device sequence, increasing
    std::string record_id;
    std::string kind;
    std::string case_id;
    std::string field;
    nlohmann::json value;
    Hlc hlc;
    std::string node;     // device id that made the change
    std::int64_t seq = 0; // server sequence, 0 until the server has accepted it

    bool operator==(const Change &) const = default;
};

// Last-writer-wins order of two changes to the same field: later HLC wins, ties break on node id.
// True when `a` should replace `b`.
bool supersedes(const Change &a, const Change &b);
bool supersedes(Hlc a_hlc, const std::string &a_node, Hlc b_hlc, const std::string &b_node);

std::string new_uuid(); // random version-4 UUID
// A change's `op`: a version-7 UUID (RFC 9562), its first 48 bits the time in milliseconds, then
// a counter within the millisecond and random bits. Ops made later sort later, so the server's
// unique index on them grows at its right edge instead of taking random pages (bench B4). The
// time it shows is already in the change's HLC. Not for other ids: their leading characters
// would repeat for a minute.
std::string new_op_id();

} // namespace bro
