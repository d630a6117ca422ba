// pool_published (adding intervals from protected exports) and pool_raw (adding true counts on
// one server). See pooled_figures.hpp for the display rule.

#include "stats/pooled_figures.hpp"

#include "stats/disclosure_audit.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>

namespace bro::stats {

std::string PooledCell::text() const
{
    switch (display) {
    case Display::exact:
        return std::to_string(lo);
    case Display::under_5:
        return "under 5";
    case Display::range:
        break;
    }
    if (!hi)
        return "at least " + std::to_string(lo);
    return std::to_string(lo) + "-" + std::to_string(*hi);
}

const PooledCell *PooledFigures::find(const std::string &id) const
{
    for (const auto &c : cells)
        if (c.id == id)
            return &c;
    return nullptr;
}

PooledFigures pool_published(const std::vector<PooledExport> &exports)
{
    PooledFigures out;
    std::map<std::string, std::size_t> index;
    for (const auto &e : exports) {
        out.programmes.push_back(e.programme);
        const Audit a = audit(e.figures);
        if (!a.consistent)
            throw std::invalid_argument("pool_published: the figures of " + e.programme +
                                        " do not add up");
        for (const auto &c : e.figures.cells) {
            auto [it, fresh] = index.emplace(c.id, out.cells.size());
            if (fresh)
                out.cells.push_back({c.id, 0, 0LL, 0, true, PooledCell::Display::range});
            PooledCell &p = out.cells[it->second];
            ++p.sources;
            p.implicit = p.implicit && c.state == CellState::implicit;
            if (c.state == CellState::shown) {
                p.lo += c.value;
                if (p.hi)
                    *p.hi += c.value;
                continue;
            }
            const CellRange *r = a.range(c.id);
            p.lo += r->min;
            if (p.hi && r->max)
                *p.hi += *r->max;
            else
                p.hi.reset();
        }
    }
    for (auto &p : out.cells) {
        if (p.hi && *p.hi < min_published_count)
            p.display = PooledCell::Display::under_5;
        else if (p.hi && *p.hi == p.lo)
            p.display = PooledCell::Display::exact; // lo == hi >= 5
        else
            p.display = PooledCell::Display::range;
    }
    return out;
}

Figures pool_raw(const std::vector<Figures> &programmes)
{
    Figures out;
    std::map<std::string, std::size_t> index;
    for (const auto &f : programmes) {
        for (const auto &c : f.cells) {
            auto [it, fresh] = index.emplace(c.id, out.cells.size());
            if (fresh)
                out.add(c.id, 0, false);
            Cell &p = out.cells[it->second];
            p.value += c.value;
            p.published = p.published || c.published;
        }
        for (const auto &r : f.relations)
            if (std::find(out.relations.begin(), out.relations.end(), r) == out.relations.end())
                out.relations.push_back(r);
    }
    return out;
}

} // namespace bro::stats
