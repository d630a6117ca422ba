// The core of the protocol: the envelope (size, depth, JSON, `type` and `id`), the dispatch to
// the message families (protocol_families.hpp) and the error answer.

#include "sync/protocol.hpp"

#include "sync/frame_writer.hpp"
#include "sync/protocol_families.hpp"

namespace bro::protocol {

using nlohmann::json;

namespace {

using detail::max_id_bytes;
using detail::Reader;

// Bracket depth outside strings, so a hostile "[[[[…" is refused before the parser recurses.
bool nesting_within(std::string_view text, int limit)
{
    int depth = 0;
    bool in_string = false;
    bool escaped = false;
    for (char c : text) {
        if (in_string) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                in_string = false;
            continue;
        }
        if (c == '"')
            in_string = true;
        else if (c == '{' || c == '[') {
            if (++depth > limit)
                return false;
        } else if (c == '}' || c == ']')
            --depth;
    }
    return true;
}

std::optional<json> parse_frame(std::string_view text, ProtocolError &err)
{
    if (text.size() > max_frame_bytes) {
        err = {code::too_large,
               "message is larger than " + std::to_string(max_frame_bytes) + " bytes",
               {}};
        return std::nullopt;
    }
    if (!nesting_within(text, max_depth)) {
        err = {code::too_deep,
               "message nests deeper than " + std::to_string(max_depth) + " levels",
               {}};
        return std::nullopt;
    }
    json j;
    try {
        j = json::parse(text);
    } catch (const json::exception &e) {
        // Not only parse_error: a number too large for a double throws out_of_range (found by
        // fuzzing; regression input tests/fuzz/corpus/protocol/number-overflow).
        err = {code::bad_json, std::string("not valid JSON: ") + e.what(), {}};
        return std::nullopt;
    }
    if (!j.is_object()) {
        err = {code::not_object, "message must be a JSON object", {}};
        return std::nullopt;
    }
    return j;
}

bool read_error(const std::string &type, const std::string &id, Reader &r, ServerMessage &out)
{
    if (type != "error")
        return false;
    Error m;
    m.id = id;
    m.code = r.text("code", true, 64);
    m.message = r.text("message");
    out = std::move(m);
    return true;
}

// Asked in this order; each owns types no other has (protocol_families.hpp).
constexpr detail::ClientFamily client_families[] = {
    detail::read_session_client, detail::read_sign_in_client, detail::read_sync_client,
    detail::read_audit_client,   detail::read_figures_client, detail::read_directory_client,
};
constexpr detail::ServerFamily server_families[] = {
    detail::read_session_server,
    detail::read_sign_in_server,
    detail::read_sync_server,
    detail::read_audit_server,
    detail::read_figures_server,
    detail::read_directory_server,
    read_error,
};

template <typename Message, typename Families>
void read_body(const std::string &type, const std::string &id, Reader &r, Message &msg,
               const Families &families)
{
    for (auto read : families)
        if (read(type, id, r, msg))
            return;
    r.fail(code::unknown_type, "unknown message type '" + type.substr(0, 64) + "'");
}

// The envelope (type and id) first, then the body by the families' table. A refused frame keeps
// the id it could read, so that the answer to it names the request it refuses.
template <typename Message, typename Families>
Parsed<Message> parse_message(std::string_view text, const Families &families)
{
    Parsed<Message> out;
    auto j = parse_frame(text, out.error);
    if (!j)
        return out;
    Reader r(*j, out.error, "");
    const std::string type = r.text("type", true, 64);
    const std::string id = r.text("id", true, max_id_bytes);
    out.type = type;
    if (r.ok()) {
        Message msg;
        read_body(type, id, r, msg, families);
        if (r.ok()) {
            out.message = std::move(msg);
            return out;
        }
    }
    out.error.id = id;
    return out;
}

} // namespace

Parsed<ClientMessage> parse_client(std::string_view text)
{
    return parse_message<ClientMessage>(text, client_families);
}

Parsed<ServerMessage> parse_server(std::string_view text)
{
    return parse_message<ServerMessage>(text, server_families);
}

namespace detail {

json write(const Error &m)
{
    return {{"type", "error"}, {"id", m.id}, {"code", m.code}, {"message", m.message}};
}

} // namespace detail

namespace {

// Every message is written by its family (protocol_families.hpp).
struct Writer
{
    template <typename M> json operator()(const M &m) const { return detail::write(m); }
};

// Invalid UTF-8 in a string we send would make dump() throw; replace it instead.
std::string dump(const json &j)
{
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

} // namespace

std::string serialize(const ClientMessage &m)
{
    if (const auto *p = std::get_if<Push>(&m)) // same bytes without the json tree
        return write_push_frame(*p);
    return dump(std::visit(Writer{}, m));
}

std::string serialize(const ServerMessage &m)
{
    // The frames sent by the thousand skip the json tree (same bytes; see frame_writer.hpp).
    if (const auto *c = std::get_if<Changes>(&m))
        return write_changes_frame(*c);
    if (const auto *a = std::get_if<Ack>(&m))
        return write_ack_frame(*a);
    return dump(std::visit(Writer{}, m));
}

std::string error_frame(const std::string &id, const std::string &code, const std::string &message)
{
    return serialize(ServerMessage{Error{id, code, message}});
}

} // namespace bro::protocol
