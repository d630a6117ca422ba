#include "sync/frame_writer.hpp"

#include "domain/schema.hpp"

#include <cstdint>
#include <cstdio>
#include <string_view>
#include <vector>

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
    // Runs of bytes that need no escape are appended whole (most strings are one run).
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(s, run, i - run);
        run = i + 1;
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
        default: {
            char buf[7];
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
            out += buf;
        }
        }
    }
    out.append(s, run, s.size() - run);
    out += '"';
}

void put_key(std::string &out, const char *key)
{
    out += '"';
    out += key;
    out += "\":";
}

// `,"key":` then the value: every member after an object's first.
void put_text(std::string &out, const char *key, std::string_view value)
{
    out += ',';
    put_key(out, key);
    put_string(out, value);
}

void put_number(std::string &out, const char *key, std::int64_t value)
{
    out += ',';
    put_key(out, key);
    out += std::to_string(value);
}

// `"key":[...]`, each element written by put_item.
template <typename T, typename Put>
void put_array(std::string &out, const char *key, const std::vector<T> &items, Put put_item)
{
    put_key(out, key);
    out += '[';
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ',';
        put_item(items[i]);
    }
    out += ']';
}

// Each change with the keys of change_to_json(), in the order nlohmann keeps them (sorted).
void put_change(std::string &out, const Change &c)
{
    out += '{';
    put_key(out, "case_id");
    put_string(out, c.case_id);
    out += ',';
    put_key(out, "counter");
    out += std::to_string(c.counter);
    put_text(out, "field", c.field);
    put_text(out, "hlc", c.hlc.to_string());
    put_text(out, "kind", c.kind);
    put_text(out, "node", c.node);
    put_text(out, "op", c.op);
    put_text(out, "record_id", c.record_id);
    if (c.seq > 0)
        put_number(out, "seq", c.seq);
    out += ',';
    put_key(out, "value");
    if (c.value.is_string()) // most values: the same bytes without the json serializer
        put_string(out, c.value.get_ref<const std::string &>());
    else
        out += c.value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    out += '}';
}

} // namespace

std::string write_changes_frame(const Changes &m)
{
    std::string out;
    out.reserve(64 + m.changes.size() * 320);
    out += '{';
    put_array(out, "changes", m.changes, [&](const Change &c) { put_change(out, c); });
    put_number(out, "cursor", m.cursor);
    put_text(out, "id", m.id);
    out += ",\"more\":";
    out += m.more ? "true" : "false";
    out += ",\"type\":\"changes\"}";
    return out;
}

std::string write_push_frame(const Push &m)
{
    std::string out;
    out.reserve(64 + m.changes.size() * 320);
    out += '{';
    put_array(out, "changes", m.changes, [&](const Change &c) { put_change(out, c); });
    put_text(out, "id", m.id);
    out += ",\"type\":\"push\"}";
    return out;
}

std::string write_ack_frame(const Ack &m)
{
    std::string out;
    out.reserve(64 + m.accepted.size() * 64);
    out += '{';
    put_array(out, "accepted", m.accepted, [&](const Accepted &a) {
        out += "{\"op\":";
        put_string(out, a.op);
        put_number(out, "seq", a.seq);
        out += '}';
    });
    put_text(out, "id", m.id);
    out += ',';
    put_array(out, "rejected", m.rejected, [&](const Rejected &r) {
        out += "{\"code\":";
        put_string(out, r.code);
        put_text(out, "message", r.message);
        put_text(out, "op", r.op);
        out += '}';
    });
    out += ",\"type\":\"ack\"}";
    return out;
}

} // namespace bro::protocol
