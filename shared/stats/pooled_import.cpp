// parse_pooled_figures: reads every field and collects every problem before deciding, so that
// whoever sends a file learns all that is wrong with it at once.

#include "domain/dates.hpp"
#include "domain/json_kind.hpp"
#include "stats/disclosure_audit.hpp"
#include "stats/pooled_figures.hpp"

#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

namespace bro::stats {

namespace {

using json = nlohmann::ordered_json;

std::string kind_of(const json &v)
{
    return json_kind(v);
}

struct Reader
{
    std::vector<std::string> errors;

    void error(const std::string &where, const std::string &what)
    {
        errors.push_back(where + ": " + what);
    }

    // Fields other than `known` are errors: a misspelt field must not be silently dropped.
    void only(const json &o, const std::string &where, std::initializer_list<const char *> known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool ok = false;
            for (const char *k : known)
                ok = ok || it.key() == k;
            if (!ok)
                error(where, "unknown field \"" + it.key() + "\"");
        }
    }

    std::string text(const json &o, const char *key)
    {
        if (!o.contains(key)) {
            error(key, "missing");
            return {};
        }
        const json &v = o.at(key);
        if (!v.is_string() || v.get_ref<const std::string &>().empty()) {
            error(key, "should be non-empty text, not " + kind_of(v));
            return {};
        }
        return v.get<std::string>();
    }

    // {"value": n} | {"under_5": true} | {"hidden": true} | {"implicit": true}
    std::optional<PublishedCell> cell(const std::string &id, const json &v)
    {
        const std::string where = "cells." + id;
        if (!v.is_object() || v.size() != 1) {
            error(where, "should be an object with exactly one of value, under_5, hidden, "
                         "implicit");
            return std::nullopt;
        }
        // The key and value through the object's own iterator: items() is a temporary proxy.
        const auto first = v.begin();
        const std::string &key = first.key();
        const json &val = first.value();
        if (key == "value") {
            if (!val.is_number_integer()) {
                error(where + ".value", "should be a whole number, not " + kind_of(val));
                return std::nullopt;
            }
            const auto n = val.get<long long>();
            if (n < 0) {
                error(where + ".value", "a negative count (" + std::to_string(n) + ")");
                return std::nullopt;
            }
            if (n < min_published_count) {
                error(where + ".value", "a shown count under 5: the export was not protected");
                return std::nullopt;
            }
            if (n > std::numeric_limits<int>::max()) {
                error(where + ".value", "too large");
                return std::nullopt;
            }
            return PublishedCell{id, CellState::shown, static_cast<int>(n)};
        }
        CellState s;
        if (key == "under_5")
            s = CellState::under_5;
        else if (key == "hidden")
            s = CellState::hidden;
        else if (key == "implicit")
            s = CellState::implicit;
        else {
            error(where, "unknown field \"" + key + "\"");
            return std::nullopt;
        }
        if (!val.is_boolean() || !val.get<bool>()) {
            error(where + "." + key, "should be true, not " +
                                         (val.is_boolean() ? std::string("false") : kind_of(val)));
            return std::nullopt;
        }
        return PublishedCell{id, s, 0};
    }

    std::optional<Relation> relation(std::size_t i, const json &v, const std::set<std::string> &ids)
    {
        const std::string where = "relations[" + std::to_string(i) + "]";
        if (!v.is_object()) {
            error(where, "should be an object, not " + kind_of(v));
            return std::nullopt;
        }
        only(v, where, {"total", "parts"});
        Relation r;
        bool ok = true;
        auto name = [&](const json &n, const std::string &at) -> std::string {
            if (!n.is_string()) {
                error(at, "should be a cell id, not " + kind_of(n));
                ok = false;
                return {};
            }
            const auto id = n.get<std::string>();
            if (!ids.contains(id)) {
                error(at, "unknown cell \"" + id + "\"");
                ok = false;
            }
            return id;
        };
        if (!v.contains("total")) {
            error(where + ".total", "missing");
            ok = false;
        } else {
            r.total = name(v.at("total"), where + ".total");
        }
        if (!v.contains("parts") || !v.at("parts").is_array() || v.at("parts").empty()) {
            error(where + ".parts", "should be a non-empty list of cell ids");
            ok = false;
        } else {
            const json &parts = v.at("parts");
            for (std::size_t p = 0; p < parts.size(); ++p)
                r.parts.push_back(name(parts[p], where + ".parts[" + std::to_string(p) + "]"));
        }
        if (!ok)
            return std::nullopt;
        return r;
    }
};

} // namespace

PooledImport parse_pooled_figures(std::string_view text)
{
    PooledImport out;
    if (text.size() > pooled_max_bytes) {
        out.errors.push_back("the file is larger than 1 MiB (" + std::to_string(text.size()) +
                             " bytes)");
        return out;
    }
    json j;
    // The same key twice in one object: the parser would keep the last one and drop the other,
    // so a cell could be given two values and one of them lost without a word.
    std::vector<std::set<std::string>> keys; // one set per open object
    std::string duplicate;
    const json::parser_callback_t note_keys = [&](int, json::parse_event_t event, json &parsed) {
        if (event == json::parse_event_t::object_start)
            keys.emplace_back();
        else if (event == json::parse_event_t::object_end && !keys.empty())
            keys.pop_back();
        else if (event == json::parse_event_t::key && !keys.empty() &&
                 !keys.back().insert(parsed.get<std::string>()).second && duplicate.empty())
            duplicate = parsed.get<std::string>();
        return true;
    };
    try {
        j = json::parse(text, note_keys);
    } catch (const json::parse_error &e) {
        out.errors.push_back(std::string("not JSON: ") + e.what());
        return out;
    }
    if (!duplicate.empty()) {
        out.errors.push_back("the field \"" + duplicate + "\" is given twice in one object");
        return out;
    }
    if (!j.is_object()) {
        out.errors.push_back("should be a JSON object, not " + kind_of(j));
        return out;
    }
    Reader r;
    if (!j.contains("format") || j.at("format") != pooled_format) {
        // Anything else may mean other things by the same fields: read no further.
        r.error("format", std::string("should be \"") + pooled_format + "\"");
        out.errors = std::move(r.errors);
        return out;
    }
    if (!j.contains("version") || !j.at("version").is_number_integer() ||
        j.at("version").get<long long>() != pooled_version) {
        r.error("version", "this Bro reads version " + std::to_string(pooled_version) + ", not " +
                               (j.contains("version") ? j.at("version").dump() : "none"));
        out.errors = std::move(r.errors);
        return out;
    }
    r.only(j, "the file",
           {"format", "version", "programme", "name", "exported", "cells", "relations"});
    PooledExport e;
    e.programme = r.text(j, "programme");
    e.name = r.text(j, "name");
    e.exported = r.text(j, "exported");
    if (!e.exported.empty() && (e.exported.size() != 10 || !bro::day_number(e.exported)))
        r.error("exported", "should be a date YYYY-MM-DD, not \"" + e.exported + "\"");

    std::set<std::string> ids;
    if (!j.contains("cells") || !j.at("cells").is_object()) {
        r.error("cells", "should be an object of cells");
    } else {
        for (const auto &[id, v] : j.at("cells").items()) {
            ids.insert(id);
            if (auto c = r.cell(id, v))
                e.figures.cells.push_back(std::move(*c));
        }
    }
    if (!j.contains("relations") || !j.at("relations").is_array()) {
        r.error("relations", "should be a list");
    } else {
        const json &rel = j.at("relations");
        for (std::size_t i = 0; i < rel.size(); ++i)
            if (auto x = r.relation(i, rel[i], ids))
                e.figures.relations.push_back(std::move(*x));
    }
    if (r.errors.empty()) {
        // The figures themselves: they must add up, and must protect what they claim to.
        const Audit a = audit(e.figures);
        if (!a.consistent)
            r.error("cells", "the counts do not add up under the relations");
        for (const auto &id : a.recovered)
            // An implicit cell may well be known, if it is 5 or more (accepted 5 of 12 referred).
            if (e.figures.find(id)->state != CellState::implicit ||
                a.range(id)->min < min_published_count)
                r.error("cells." + id, "can be worked out from the others: the export was not "
                                       "protected");
    }
    out.errors = std::move(r.errors);
    if (out.ok())
        out.figures = std::move(e);
    return out;
}

} // namespace bro::stats
