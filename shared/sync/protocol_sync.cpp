// The sync family (protocol_sync.hpp): push, pull and purged; ack, changes and purge; and one
// change as both push and changes carry it. The frames sent by the thousand (push, changes, ack)
// are written without a json tree by frame_writer.cpp, byte for byte what write() here gives.

#include "sync/protocol_families.hpp"

namespace bro::protocol {

using detail::max_id_bytes;
using detail::Reader;
using nlohmann::json;

json change_to_json(const Change &c)
{
    json j{{"op", c.op},       {"counter", c.counter},     {"record_id", c.record_id},
           {"kind", c.kind},   {"case_id", c.case_id},     {"field", c.field},
           {"value", c.value}, {"hlc", c.hlc.to_string()}, {"node", c.node}};
    if (c.seq > 0)
        j["seq"] = c.seq;
    return j;
}

std::optional<Change> change_from_json(const json &j, ProtocolError &error)
{
    if (!j.is_object()) {
        error = {code::wrong_type, "a change must be an object", {}};
        return std::nullopt;
    }
    Reader r(j, error, "");
    Change c;
    c.op = r.text("op", true, max_id_bytes);
    c.counter = static_cast<std::uint64_t>(
        r.integer("counter", false, 0, std::numeric_limits<std::int64_t>::max(), 0));
    c.record_id = r.text("record_id", true, max_id_bytes);
    c.kind = r.text("kind", true, 64);
    c.case_id = r.text("case_id", true, max_id_bytes);
    c.field = r.text("field", true, 64);
    const std::string hlc = r.text("hlc", true, 16);
    c.node = r.text("node", true, max_id_bytes);
    c.seq = r.integer("seq", false, 0, std::numeric_limits<std::int64_t>::max(), 0);
    if (!r.ok())
        return std::nullopt;
    if (!j.contains("value")) {
        r.fail(code::missing_field, "'value' is required (null clears a field)");
        return std::nullopt;
    }
    c.value = j["value"];
    if (c.op.empty() || c.record_id.empty() || c.case_id.empty() || c.node.empty()) {
        r.fail(code::bad_value, "op, record_id, case_id and node must not be empty");
        return std::nullopt;
    }
    auto parsed = Hlc::parse(hlc);
    if (!parsed) {
        r.fail(code::bad_value, "'hlc' must be 16 lower-case hex digits");
        return std::nullopt;
    }
    c.hlc = *parsed;
    return c;
}

} // namespace bro::protocol

namespace bro::protocol::detail {

namespace {

json categories_json(const std::vector<Category> &cs)
{
    json arr = json::array();
    for (auto c : cs)
        arr.push_back(to_string(c));
    return arr;
}

std::vector<Change> read_changes(Reader &r, const json *arr, std::size_t max)
{
    std::vector<Change> out;
    if (!arr)
        return out;
    if (arr->size() > max) {
        r.fail(code::too_large, "at most " + std::to_string(max) + " changes per message");
        return out;
    }
    out.reserve(arr->size());
    for (std::size_t i = 0; i < arr->size(); ++i) {
        ProtocolError item_err;
        auto c = change_from_json((*arr)[i], item_err);
        if (!c) {
            r.fail(item_err.code.c_str(),
                   "changes[" + std::to_string(i) + "]: " + item_err.message);
            return {};
        }
        out.push_back(std::move(*c));
    }
    return out;
}

} // namespace

bool read_sync_client(const std::string &type, const std::string &id, Reader &r, ClientMessage &out)
{
    if (type == "push") {
        Push m;
        m.id = id;
        m.changes = read_changes(r, r.array("changes"), max_changes_per_push);
        out = std::move(m);
    } else if (type == "pull") {
        Pull m;
        m.id = id;
        m.cursor = r.integer("cursor", true, 0, std::numeric_limits<std::int64_t>::max(), 0);
        m.limit = static_cast<std::size_t>(
            r.integer("limit", false, 1, static_cast<std::int64_t>(max_pull_limit), 500));
        m.window = static_cast<std::size_t>(
            r.integer("window", false, 1, static_cast<std::int64_t>(max_pull_window), 1));
        out = std::move(m);
    } else if (type == "purged") {
        Purged m;
        m.id = id;
        m.case_id = r.text("case_id", true, max_id_bytes);
        m.categories = r.categories("categories");
        out = std::move(m);
    } else {
        return false;
    }
    return true;
}

bool read_sync_server(const std::string &type, const std::string &id, Reader &r, ServerMessage &out)
{
    ProtocolError &err = r.error();
    if (type == "ack") {
        Ack m;
        m.id = id;
        if (const json *acc = r.array("accepted")) {
            for (const auto &aj : *acc) {
                if (!aj.is_object()) {
                    r.fail(code::wrong_type, "'accepted' items must be objects");
                    break;
                }
                Reader ar(aj, err, "accepted");
                Accepted a{ar.text("op", true, max_id_bytes),
                           ar.integer("seq", true, 0, std::numeric_limits<std::int64_t>::max(), 0)};
                m.accepted.push_back(a);
            }
        }
        if (const json *rej = r.array("rejected")) {
            for (const auto &rj : *rej) {
                if (!rj.is_object()) {
                    r.fail(code::wrong_type, "'rejected' items must be objects");
                    break;
                }
                Reader rr(rj, err, "rejected");
                Rejected x{rr.text("op", true, max_id_bytes), rr.text("code", true, 64),
                           rr.text("message")};
                m.rejected.push_back(x);
            }
        }
        out = std::move(m);
    } else if (type == "changes") {
        Changes m;
        m.id = id;
        m.changes = read_changes(r, r.array("changes"), max_pull_limit * 20);
        m.cursor = r.integer("cursor", true, 0, std::numeric_limits<std::int64_t>::max(), 0);
        m.more = r.boolean("more", false, false);
        out = std::move(m);
    } else if (type == "purge") {
        Purge m;
        m.id = id;
        m.case_id = r.text("case_id", true, max_id_bytes);
        m.categories = r.categories("categories");
        out = std::move(m);
    } else {
        return false;
    }
    return true;
}

json write(const Push &m)
{
    json changes = json::array();
    for (const auto &c : m.changes)
        changes.push_back(change_to_json(c));
    return {{"type", "push"}, {"id", m.id}, {"changes", std::move(changes)}};
}

json write(const Pull &m)
{
    json j = {{"type", "pull"}, {"id", m.id}, {"cursor", m.cursor}, {"limit", m.limit}};
    if (m.window > 1) // one frame is the default: older servers read the pull unchanged
        j["window"] = m.window;
    return j;
}

json write(const Purged &m)
{
    return {{"type", "purged"},
            {"id", m.id},
            {"case_id", m.case_id},
            {"categories", categories_json(m.categories)}};
}

json write(const Ack &m)
{
    json accepted = json::array();
    for (const auto &a : m.accepted)
        accepted.push_back({{"op", a.op}, {"seq", a.seq}});
    json rejected = json::array();
    for (const auto &r : m.rejected)
        rejected.push_back({{"op", r.op}, {"code", r.code}, {"message", r.message}});
    return {{"type", "ack"},
            {"id", m.id},
            {"accepted", std::move(accepted)},
            {"rejected", std::move(rejected)}};
}

json write(const Changes &m)
{
    json changes = json::array();
    for (const auto &c : m.changes)
        changes.push_back(change_to_json(c));
    return {{"type", "changes"},
            {"id", m.id},
            {"changes", std::move(changes)},
            {"cursor", m.cursor},
            {"more", m.more}};
}

json write(const Purge &m)
{
    return {{"type", "purge"},
            {"id", m.id},
            {"case_id", m.case_id},
            {"categories", categories_json(m.categories)}};
}

} // namespace bro::protocol::detail
