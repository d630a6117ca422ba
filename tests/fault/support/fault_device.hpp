#pragma once
// A device in a fault run: what it was told (each cursor a pull gave, and how much it had
// received by then) and which of its own changes the server acknowledged, so that the oracle
// (oracle.hpp) can hold the server to both. Pushes go out without waiting, so that several are
// in flight while nodes die.

#include "test_device.hpp"

#include <cstdint>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace bro::test {

struct FaultDevice
{
    TestDevice *d = nullptr;
    std::string user;
    std::string case_id; // where it writes
    int node = 0;
    std::vector<std::pair<std::int64_t, std::size_t>> cursors;
    std::set<std::string> own_ops;
};

// Sends the outbox (one push's worth) and returns the request id; empty when nothing is pending.
std::string start_push(TestDevice &d);
// Applies the answer to start_push's request; false when none came (the connection was cut).
bool finish_push(TestDevice &d, const std::string &id, std::set<std::string> &own, int timeout_ms);
bool push_briefly(TestDevice &d, std::set<std::string> &own, int timeout_ms);
// A pull to the end, its cursor noted for the oracle.
void pull_noted(FaultDevice &dev);

} // namespace bro::test
