// protect(): primary suppression by the count rule, then secondary suppression driven by the
// auditor (disclosure_audit.hpp): as long as the auditor can work out a sensitive cell, hide one
// more shown cell next to it. Each round hides one cell, so it ends.

#include "stats/disclosure.hpp"

#include "stats/disclosure_audit.hpp"
#include "stats/published.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <tuple>
#include <utility>

namespace bro::stats {

const char *to_string(CellState s)
{
    switch (s) {
    case CellState::shown:
        return "shown";
    case CellState::under_5:
        return "under_5";
    case CellState::hidden:
        return "hidden";
    case CellState::implicit:
        return "implicit";
    }
    return "?";
}

Cell &Figures::add(std::string id, int value, bool published)
{
    cells.push_back({std::move(id), value, published, CellState::shown});
    return cells.back();
}

void Figures::relate(std::string total, std::vector<std::string> parts)
{
    relations.push_back({std::move(total), std::move(parts)});
}

const Cell *Figures::find(const std::string &id) const
{
    for (const auto &c : cells)
        if (c.id == id)
            return &c;
    return nullptr;
}

Cell *Figures::find(const std::string &id)
{
    return const_cast<Cell *>(std::as_const(*this).find(id));
}

void validate(const Figures &f)
{
    std::map<std::string, long long> value;
    for (const auto &c : f.cells) {
        if (c.id.empty())
            throw std::invalid_argument("a cell without an id");
        if (c.value < 0)
            throw std::invalid_argument("a negative count: " + c.id);
        if (!value.emplace(c.id, c.value).second)
            throw std::invalid_argument("two cells with the id " + c.id);
    }
    auto of = [&](const std::string &id) {
        const auto it = value.find(id);
        if (it == value.end())
            throw std::invalid_argument("a relation names an unknown cell: " + id);
        return it->second;
    };
    for (const auto &r : f.relations) {
        long long sum = 0;
        for (const auto &p : r.parts)
            sum += of(p);
        if (of(r.total) != sum)
            throw std::invalid_argument("the parts of " + r.total + " do not add up to it");
    }
}

namespace {

// Cells whose value a reader must not be able to work out: every count under 5 (published or
// not) and every cell hidden to protect one, since a hidden cell that can be worked out
// protects nothing.
bool sensitive(const Cell &c)
{
    return c.value < min_published_count || c.state == CellState::hidden;
}

// The shown cell to hide next: the nearest to an exposed cell through the relations (normally a
// neighbour in one of its relations; further out only when every neighbour is already not
// shown), a part before a total (hiding a total loses the most, and a total is usually
// recoverable from the rest), then the smallest count, then the id, so that the result does not
// depend on the order of the input.
Cell *next_to_hide(Figures &f, const std::vector<std::string> &exposed)
{
    std::map<std::string, std::vector<const Relation *>> in;
    for (const auto &r : f.relations) {
        in[r.total].push_back(&r);
        for (const auto &p : r.parts)
            in[p].push_back(&r);
    }
    std::set<std::string> seen(exposed.begin(), exposed.end());
    std::vector<std::string> frontier = exposed;
    while (!frontier.empty()) {
        using Key = std::tuple<int, int, std::string>; // is a total, count, id
        std::optional<Key> best;
        std::vector<std::string> next;
        for (const auto &u : frontier) {
            for (const Relation *r : in[u]) {
                auto consider = [&](const std::string &id, bool is_total) {
                    if (id == u)
                        return;
                    const Cell *c = f.find(id);
                    if (c->state == CellState::shown) {
                        const Key key{is_total ? 1 : 0, c->value, id};
                        if (!best || key < *best)
                            best = key;
                    } else if (seen.insert(id).second) {
                        next.push_back(id);
                    }
                };
                consider(r->total, true);
                for (const auto &p : r->parts)
                    consider(p, false);
            }
        }
        if (best)
            return f.find(std::get<2>(*best));
        frontier = std::move(next);
    }
    return nullptr;
}

} // namespace

Protection protect(Figures &f)
{
    validate(f);
    for (auto &c : f.cells) {
        if (!c.published)
            c.state = CellState::implicit;
        else
            c.state = c.value < min_published_count ? CellState::under_5 : CellState::shown;
    }
    Protection result;
    for (;;) {
        const Audit a = audit(published_view(f));
        if (!a.consistent) // validate() has checked the true counts satisfy every relation
            throw std::logic_error("protect: published figures inconsistent");
        std::vector<std::string> exposed;
        for (const auto &id : a.recovered)
            if (sensitive(*f.find(id)))
                exposed.push_back(id);
        if (exposed.empty())
            return result;
        Cell *hide = next_to_hide(f, exposed);
        if (!hide) {
            result.ok = false;
            result.exposed = std::move(exposed);
            return result;
        }
        hide->state = CellState::hidden;
        ++result.secondary;
    }
}

std::optional<int> published_value(const Figures &f, const std::string &id)
{
    const Cell *c = f.find(id);
    if (!c || c->state != CellState::shown)
        return std::nullopt;
    return c->value;
}

Mean mean_of(const std::vector<double> &values)
{
    Mean m;
    m.n = static_cast<int>(values.size());
    if (m.n < min_published_count)
        return m;
    double sum = 0.0;
    for (double v : values)
        sum += v;
    m.value = sum / m.n;
    m.shown = true;
    return m;
}

} // namespace bro::stats
