#include "sync/frame_writer.hpp"

#include "domain/schema.hpp"

#include <cstdio>

namespace bro::protocol {

namespace {

// A JSON string as nlohmann's dump(-1, ' ', false, replace) writes it.
void put_string(std::string &out, std::string_view s)
{
    if (!is_valid_utf8(s)) { // rare: let nlohmann do the replacing
        out += nlohmann::json(std::string(s))
                   .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
    }
    out += '"';
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                char buf[7];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
                out += buf;
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

void put_key(std::string &out, const char *key)
{
    out += '"';
    out += key;
    out += "\":";
}

// `"changes":[...]`, each change with the keys of change_to_json() in the order nlohmann keeps
// them (sorted).
void put_changes(std::string &out, const std::vector<Change> &changes)
{
    out += "\"changes\":[";
    bool first = true;
    for (const auto &c : changes) {
        if (!first)
            out += ',';
        first = false;
        out += '{';
        put_key(out, "case_id");
        put_string(out, c.case_id);
        out += ',';
        put_key(out, "counter");
        out += std::to_string(c.counter);
        out += ',';
        put_key(out, "field");
        put_string(out, c.field);
        out += ',';
        put_key(out, "hlc");
        put_string(out, c.hlc.to_string());
        out += ',';
        put_key(out, "kind");
        put_string(out, c.kind);
        out += ',';
        put_key(out, "node");
        put_string(out, c.node);
        out += ',';
        put_key(out, "op");
        put_string(out, c.op);
        out += ',';
        put_key(out, "record_id");
        put_string(out, c.record_id);
        if (c.seq > 0) {
            out += ',';
            put_key(out, "seq");
            out += std::to_string(c.seq);
        }
        out += ',';
        put_key(out, "value");
        out += c.value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        out += '}';
    }
    out += ']';
}

} // namespace

std::string write_changes_frame(const Changes &m)
{
    std::string out;
    out.reserve(64 + m.changes.size() * 320);
    out += '{';
    put_changes(out, m.changes);
    out += ',';
    put_key(out, "cursor");
    out += std::to_string(m.cursor);
    out += ',';
    put_key(out, "id");
    put_string(out, m.id);
    out += ',';
    put_key(out, "more");
    out += m.more ? "true" : "false";
    out += ",\"type\":\"changes\"}";
    return out;
}

std::string write_push_frame(const Push &m)
{
    std::string out;
    out.reserve(64 + m.changes.size() * 320);
    out += '{';
    put_changes(out, m.changes);
    out += ',';
    put_key(out, "id");
    put_string(out, m.id);
    out += ",\"type\":\"push\"}";
    return out;
}

std::string write_ack_frame(const Ack &m)
{
    std::string out;
    out.reserve(64 + m.accepted.size() * 64);
    out += "{\"accepted\":[";
    bool first = true;
    for (const auto &a : m.accepted) {
        if (!first)
            out += ',';
        first = false;
        out += '{';
        put_key(out, "op");
        put_string(out, a.op);
        out += ',';
        put_key(out, "seq");
        out += std::to_string(a.seq);
        out += '}';
    }
    out += "],";
    put_key(out, "id");
    put_string(out, m.id);
    out += ",\"rejected\":[";
    first = true;
    for (const auto &r : m.rejected) {
        if (!first)
            out += ',';
        first = false;
        out += '{';
        put_key(out, "code");
        put_string(out, r.code);
        out += ',';
        put_key(out, "message");
        put_string(out, r.message);
        out += ',';
        put_key(out, "op");
        put_string(out, r.op);
        out += '}';
    }
    out += "],\"type\":\"ack\"}";
    return out;
}

} // namespace bro::protocol
