#pragma once
// The frames sent by the thousand (a pull's `changes` and a push's `ack` from the server, a
// device's `push`), written straight into a string. Building them as nlohmann::json first cost
// two thirds of a pull on the server (bench B1) and a third of an upload on the device (B2). The
// output is byte for byte what dumping the json would give: keys in order, the same escapes,
// invalid UTF-8 replaced with U+FFFD.

#include "sync/protocol.hpp"

#include <string>

namespace bro::protocol {

std::string write_changes_frame(const Changes &m);
std::string write_ack_frame(const Ack &m);
std::string write_push_frame(const Push &m);

} // namespace bro::protocol
