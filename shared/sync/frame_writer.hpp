#pragma once
// The two frames the server sends by the thousand (a pull's `changes`, a push's `ack`), written
// straight into a string. Building them as nlohmann::json first cost two thirds of a pull on the
// server (bench B1, callgrind). The output is byte for byte what dumping the json would give:
// keys in order, the same escapes, invalid UTF-8 replaced with U+FFFD.

#include "sync/protocol.hpp"

#include <string>

namespace bro::protocol {

std::string write_changes_frame(const Changes &m);
std::string write_ack_frame(const Ack &m);

} // namespace bro::protocol
