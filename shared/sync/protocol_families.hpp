#pragma once
// The message families: where each message's struct and its JSON mapping live, and the hooks
// protocol.cpp calls. protocol.cpp reads the envelope (`type`, `id`) and asks each family in turn;
// a family reads the types it owns (returning false for any other type) and writes its messages.
// docs/protocol.md follows the same order.
//
//   family         structs / parse and write        client -> server; server -> client
//   session        protocol_session.{hpp,cpp}       hello, login, enrol; welcome,
//                                                   programme_definition
//   sign-in        protocol_sign_in.{hpp,cpp}       sign_in_options, sign_in_start,
//                                                   sign_in_finish, devices_query,
//                                                   device_sign_out; sign_in_options,
//                                                   sign_in_started, devices
//   sync           protocol_sync.{hpp,cpp}          push, pull, purged; ack, changes, purge;
//                                                   one change (change_to_json/_from_json)
//   consent/audit  protocol_audit.{hpp,cpp}         audit_query, consent_history_query; audit,
//                                                   consent_history
//   figures        protocol_figures.{hpp,cpp}       programme_query; programme
//   admin          protocol_directory.{hpp,cpp}     directory_query, directory_edit; directory,
//                                                   directory_edited
//   core           protocol.{hpp,cpp},              error; the envelope and dispatch, the limits,
//                  protocol_common.hpp              the error codes, the variants
// Every family parses with the Reader of protocol_reader.hpp.

#include "sync/protocol.hpp"
#include "sync/protocol_reader.hpp"

#include <string>
#include <vector>

namespace bro::protocol::detail {

// A family's parser for the types it owns: false for any other type (then `out` is untouched).
using ClientFamily = bool (*)(const std::string &type, const std::string &id, Reader &r,
                              ClientMessage &out);
using ServerFamily = bool (*)(const std::string &type, const std::string &id, Reader &r,
                              ServerMessage &out);

// hello, login, enrol, sign_in_start and sign_in_finish carry the protocol's version.
inline bool protocol_ok(Reader &r)
{
    const auto v = r.integer("protocol", true, 0, 1'000'000, 0);
    if (r.ok() && v != version)
        r.fail(code::unsupported_protocol, "this server speaks protocol " +
                                               std::to_string(version) + ", not " +
                                               std::to_string(v));
    return r.ok();
}

// session: protocol_session.cpp
bool read_session_client(const std::string &type, const std::string &id, Reader &r,
                         ClientMessage &out);
bool read_session_server(const std::string &type, const std::string &id, Reader &r,
                         ServerMessage &out);
json write(const Hello &m);
json write(const Login &m);
json write(const Enrol &m);
json write(const Welcome &m);
json write(const ProgrammeDefinition &m);

// sign-in: protocol_sign_in.cpp
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

// sync: protocol_sync.cpp (push, changes and ack are written by frame_writer.cpp when sent)
bool read_sync_client(const std::string &type, const std::string &id, Reader &r,
                      ClientMessage &out);
bool read_sync_server(const std::string &type, const std::string &id, Reader &r,
                      ServerMessage &out);
json write(const Push &m);
json write(const Pull &m);
json write(const Purged &m);
json write(const Ack &m);
json write(const Changes &m);
json write(const Purge &m);

// consent and audit: protocol_audit.cpp
bool read_audit_client(const std::string &type, const std::string &id, Reader &r,
                       ClientMessage &out);
bool read_audit_server(const std::string &type, const std::string &id, Reader &r,
                       ServerMessage &out);
json write(const AuditQuery &m);
json write(const ConsentHistoryQuery &m);
json write(const Audit &m);
json write(const ConsentHistory &m);

// figures: protocol_figures.cpp
bool read_figures_client(const std::string &type, const std::string &id, Reader &r,
                         ClientMessage &out);
bool read_figures_server(const std::string &type, const std::string &id, Reader &r,
                         ServerMessage &out);
json write(const ProgrammeQuery &m);
json write(const Programme &m);

// admin: protocol_directory.cpp
bool read_directory_client(const std::string &type, const std::string &id, Reader &r,
                           ClientMessage &out);
bool read_directory_server(const std::string &type, const std::string &id, Reader &r,
                           ServerMessage &out);
json write(const DirectoryQuery &m);
json write(const DirectoryEdit &m);
json write(const Directory &m);
json write(const DirectoryEdited &m);
// A case with its care team, as `welcome` and `directory` both carry it.
json case_json(const CaseSummary &c);
std::vector<CaseSummary> read_cases(Reader &r, const json *arr, ProtocolError &err);

// core: protocol.cpp
json write(const Error &m);

} // namespace bro::protocol::detail
