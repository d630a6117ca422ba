// make_export, to_json_text, to_csv: the forms a programme hands to others. Every one is built
// from a PublishedFigures, which has no true count for a cell that is not shown.

#include "stats/pooled_figures.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace bro::stats {

namespace {

const char *marker(CellState s)
{
    switch (s) {
    case CellState::under_5:
        return "under_5";
    case CellState::hidden:
        return "hidden";
    case CellState::implicit:
        return "implicit";
    case CellState::shown:
        break;
    }
    return "";
}

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
std::string csv_field(const std::string &s)
{
    if (s.find_first_of(",\"\r\n") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

} // namespace

PooledExport make_export(const Figures &protected_figures, std::string programme, std::string name,
                         std::string exported)
{
    // protect() leaves no published count under 5 shown; one here means it never ran.
    for (const auto &c : protected_figures.cells)
        if (c.state == CellState::shown && (c.value < min_published_count || !c.published))
            throw std::logic_error("make_export: the figures are not protected (" + c.id + ")");
    // Cells by id: the order a JSON object keeps them in, so that what is read back equals what
    // was exported, whichever JSON reader carried it.
    auto view = published_view(protected_figures);
    std::sort(view.cells.begin(), view.cells.end(),
              [](const PublishedCell &a, const PublishedCell &b) { return a.id < b.id; });
    return {std::move(programme), std::move(name), std::move(exported), std::move(view)};
}

std::string to_json_text(const PooledExport &e)
{
    nlohmann::ordered_json cells = nlohmann::ordered_json::object();
    for (const auto &c : e.figures.cells) {
        nlohmann::ordered_json v = nlohmann::ordered_json::object();
        if (c.state == CellState::shown)
            v["value"] = c.value;
        else
            v[marker(c.state)] = true;
        cells[c.id] = std::move(v);
    }
    nlohmann::ordered_json relations = nlohmann::ordered_json::array();
    for (const auto &r : e.figures.relations)
        relations.push_back({{"total", r.total}, {"parts", r.parts}});
    const nlohmann::ordered_json j = {
        {"format", pooled_format},          {"version", pooled_version},
        {"programme", e.programme},         {"name", e.name},
        {"exported", e.exported},           {"cells", std::move(cells)},
        {"relations", std::move(relations)}};
    return j.dump(2) + "\n";
}

std::string to_csv(const PooledExport &e)
{
    std::string out = "cell,shown_value_or_marker\n";
    for (const auto &c : e.figures.cells) {
        out += csv_field(c.id);
        out += ',';
        out += c.state == CellState::shown ? std::to_string(c.value) : marker(c.state);
        out += '\n';
    }
    return out;
}

} // namespace bro::stats
