#pragma once
// What a reader of protected figures has: the shown counts, the marks of the others, and the
// relations. The auditor and the pooled export take this and only this, so neither can use
// (or leak) a true value that the table does not show.

#include "stats/disclosure.hpp"

#include <string>
#include <vector>

namespace bro::stats {

struct PublishedCell
{
    std::string id;
    CellState state = CellState::shown;
    int value = 0; // the count when shown; 0 otherwise, whatever the true count

    bool operator==(const PublishedCell &) const = default;
};

struct PublishedFigures
{
    std::vector<PublishedCell> cells;
    std::vector<Relation> relations;

    const PublishedCell *find(const std::string &id) const;
    bool operator==(const PublishedFigures &) const = default;
};

// The reader's view of protected figures (call protect() first).
PublishedFigures published_view(const Figures &f);

} // namespace bro::stats
