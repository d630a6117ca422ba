#pragma once
// Which message families have a file of their own, and the hooks protocol.cpp calls: each
// family parses the types it owns (returning false for any other type) and writes its messages.
// Families still inside protocol.cpp: session (hello, login, enrol, welcome), sync (push, pull,
// ack, changes, purge), consent and audit, the programme query, admin (directory).
//   sign-in      protocol_sign_in.{hpp,cpp}   national sign-in, my devices
//   figures      protocol_figures.cpp          the coordinator's protected programme figures

#include "sync/protocol.hpp"
#include "sync/protocol_reader.hpp"

namespace bro::protocol::detail {

bool read_sign_in_client(const std::string &type, const std::string &id, Reader &r,
                         ClientMessage &out);
bool read_sign_in_server(const std::string &type, const std::string &id, Reader &r,
                         ServerMessage &out);
json write(const SignInOptionsQuery &m);
json write(const SignInStart &m);
json write(const SignInFinish &m);
json write(const DevicesQuery &m);
json write(const DeviceSignOut &m);
json write(const SignInOptions &m);
json write(const SignInStarted &m);
json write(const Devices &m);

bool read_figures_server(const std::string &type, const std::string &id, Reader &r,
                         ServerMessage &out);
json write(const Programme &m);

} // namespace bro::protocol::detail
