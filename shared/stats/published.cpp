// published_view: drops every true value that the reader does not see.

#include "stats/published.hpp"

namespace bro::stats {

const PublishedCell *PublishedFigures::find(const std::string &id) const
{
    for (const auto &c : cells)
        if (c.id == id)
            return &c;
    return nullptr;
}

PublishedFigures published_view(const Figures &f)
{
    PublishedFigures p;
    p.cells.reserve(f.cells.size());
    for (const auto &c : f.cells)
        p.cells.push_back({c.id, c.state, c.state == CellState::shown ? c.value : 0});
    p.relations = f.relations;
    return p;
}

} // namespace bro::stats
