#pragma once
// The typed reader every message parser uses (protocol.cpp and each message family's file), so
// that all families refuse wrong types, missing fields and oversize texts with the same codes.

#include "domain/schema.hpp"
#include "sync/protocol.hpp"

#include <limits>
#include <nlohmann/json.hpp>
#include <string>

namespace bro::protocol::detail {

using nlohmann::json;

inline constexpr std::size_t max_id_bytes = 128;
inline constexpr std::size_t max_text_bytes = 4096;

// Reads typed fields of one JSON object, keeping the first error. Every getter is a no-op once an
// error is set, so a parser reads straight through and checks ok() once at the end.
class Reader
{
public:
    Reader(const json &j, ProtocolError &err, std::string where)
        : m_j(j), m_err(err), m_where(std::move(where))
    {
    }

    bool ok() const { return m_err.code.empty(); }
    // Where the first error goes: a reader of a nested object shares it with its parent's.
    ProtocolError &error() const { return m_err; }

    const json *get(const char *name, bool required)
    {
        if (!ok())
            return nullptr;
        auto it = m_j.find(name);
        if (it == m_j.end() || it->is_null()) {
            if (required)
                fail(code::missing_field, std::string("'") + name + "' is required");
            return nullptr;
        }
        return &*it;
    }

    std::string text(const char *name, bool required = true, std::size_t max = max_text_bytes)
    {
        const json *v = get(name, required);
        if (!v)
            return {};
        if (!v->is_string()) {
            fail(code::wrong_type, std::string("'") + name + "' must be a string");
            return {};
        }
        const auto &s = v->get_ref<const std::string &>();
        if (s.size() > max) {
            fail(code::bad_value,
                 std::string("'") + name + "' is longer than " + std::to_string(max) + " bytes");
            return {};
        }
        return s;
    }

    std::int64_t integer(const char *name, bool required, std::int64_t min, std::int64_t max,
                         std::int64_t fallback)
    {
        const json *v = get(name, required);
        if (!v)
            return fallback;
        if (!v->is_number_integer()) {
            fail(code::wrong_type, std::string("'") + name + "' must be a whole number");
            return fallback;
        }
        if (v->is_number_unsigned() &&
            v->get<std::uint64_t>() >
                static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
            fail(code::bad_value, std::string("'") + name + "' is out of range");
            return fallback;
        }
        const auto n = v->get<std::int64_t>();
        if (n < min || n > max) {
            fail(code::bad_value, std::string("'") + name + "' must be between " +
                                      std::to_string(min) + " and " + std::to_string(max));
            return fallback;
        }
        return n;
    }

    bool boolean(const char *name, bool required, bool fallback)
    {
        const json *v = get(name, required);
        if (!v)
            return fallback;
        if (!v->is_boolean()) {
            fail(code::wrong_type, std::string("'") + name + "' must be true or false");
            return fallback;
        }
        return v->get<bool>();
    }

    const json *array(const char *name, bool required = true)
    {
        const json *v = get(name, required);
        if (v && !v->is_array()) {
            fail(code::wrong_type, std::string("'") + name + "' must be an array");
            return nullptr;
        }
        return v;
    }

    std::vector<Category> categories(const char *name)
    {
        std::vector<Category> out;
        const json *arr = array(name);
        if (!arr)
            return out;
        for (const auto &item : *arr) {
            auto c = item.is_string() ? parse_category(item.get_ref<const std::string &>())
                                      : std::nullopt;
            if (!c) {
                fail(code::bad_value, std::string("'") + name + "' holds an unknown category");
                return {};
            }
            out.push_back(*c);
        }
        return out;
    }

    // A required YYYY-MM-DD calendar date.
    std::string date(const char *name)
    {
        std::string s = text(name, true, 16);
        if (ok() && !is_valid_date(s)) {
            fail(code::bad_value, std::string("'") + name + "' must be a date (YYYY-MM-DD)");
            return {};
        }
        return s;
    }

    // from and to, both dates, from not after to.
    void period(std::string &from, std::string &to)
    {
        from = date("from");
        to = date("to");
        if (ok() && from > to)
            fail(code::bad_value, "'from' must not be after 'to'");
    }

    template <typename E, typename F> E enumeration(const char *name, F parse, E fallback)
    {
        const std::string s = text(name, true, 64);
        if (!ok())
            return fallback;
        auto e = parse(s);
        if (!e) {
            fail(code::bad_value, std::string("'") + name + "' has an unknown value '" + s + "'");
            return fallback;
        }
        return *e;
    }

    void fail(const char *c, const std::string &message)
    {
        if (ok()) {
            m_err.code = c;
            m_err.message = m_where.empty() ? message : m_where + ": " + message;
        }
    }

private:
    const json &m_j;
    ProtocolError &m_err;
    std::string m_where;
};

} // namespace bro::protocol::detail
