#pragma once
// Pooling figures across programmes (issue 24, item 4).
//
// Across servers: each programme exports its *already protected* figures (make_export), as
// JSON for another Bro server to import, or as CSV for a spreadsheet. Neither form can hold the
// true count of a cell that is not shown: an export is built from published_view() alone.
//
//   {"format": "bro-pooled-figures", "version": 1, "programme": "okab-air", "name": "…",
//    "exported": "2026-11-24",
//    "cells": {"2025.referred": {"value": 7}, "2025.accepted": {"under_5": true},
//              "2025.started": {"hidden": true}, "2025.not_accepted": {"implicit": true}},
//    "relations": [{"total": "2025.referred", "parts": ["2025.accepted", "2025.not_accepted"]}]}
//
// Adding several exports (pool_published): a programme's cell is known to the pooling server
// only as an interval, the range the auditor finds from that programme's published figures
// (shown: the count; under_5: within [0,4]; hidden: from 5 up to what the relations allow, or
// unbounded). A pooled cell is the sum of its programmes' intervals, which is exact since the
// programmes' counts are independent of each other. It is shown:
//   exact     when the interval is one count of 5 or more;
//   under_5   when the interval lies below 5;
//   range     otherwise: "lo-hi", or "at least lo" when unbounded. A range reveals nothing that
//             the exports did not: anyone holding them can add up the same intervals.
//
// On one server (raw counts of several programmes): pool_raw() adds the true counts cell by
// cell and protect() is then run on the sum, which publishes more than adding intervals can.

#include "stats/disclosure.hpp"
#include "stats/published.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bro::stats {

inline constexpr const char *pooled_format = "bro-pooled-figures";
inline constexpr int pooled_version = 1;
// An import larger than this is refused before it is parsed: real exports are a few KiB.
inline constexpr std::size_t pooled_max_bytes = 1024 * 1024;

struct PooledExport
{
    std::string programme; // the programme's id
    std::string name;      // its name, for people
    std::string exported;  // YYYY-MM-DD
    PublishedFigures figures;

    bool operator==(const PooledExport &) const = default;
};

// From figures protect() has run on; a figure never protected is refused (std::logic_error),
// since its states would all say "shown".
PooledExport make_export(const Figures &protected_figures, std::string programme, std::string name,
                         std::string exported);

std::string to_json_text(const PooledExport &e);
// "cell,shown_value_or_marker" then one line per cell: the count, or under_5, hidden, implicit.
// For spreadsheets: it has no relations, so it cannot be imported for pooling.
std::string to_csv(const PooledExport &e);

// Every problem found, or a whole export: never a half-read one.
struct PooledImport
{
    PooledExport figures; // meaningful only when ok()
    std::vector<std::string> errors;

    bool ok() const { return errors.empty(); }
};

// Strict: the format and version, every field's type, no unknown field, no shown count under 5
// (the export was not protected), no negative count, no relation naming an unknown cell,
// counts that add up, no under_5 cell that can be worked out, no field given twice (JSON would
// silently keep the last), at most pooled_max_bytes.
PooledImport parse_pooled_figures(std::string_view text);

struct PooledCell
{
    enum class Display { exact, under_5, range };

    std::string id;
    long long lo = 0;
    std::optional<long long> hi; // nullopt: unbounded
    int sources = 0;             // how many of the pooled programmes have this cell
    bool implicit = false;       // implicit in every programme: not for display
    Display display = Display::range;

    std::string text() const; // "12", "under 5", "7-12", "at least 7"
};

struct PooledFigures
{
    std::vector<std::string> programmes;
    std::vector<PooledCell> cells; // in the order of first appearance

    const PooledCell *find(const std::string &id) const;
};

// Throws std::invalid_argument for an export whose figures are inconsistent (parse_pooled_figures
// refuses those already).
PooledFigures pool_published(const std::vector<PooledExport> &exports);

// Adds the true counts cell by cell (a cell missing in a programme counts as 0 there), keeps
// every distinct relation; a cell is published if any programme publishes it. The result is not
// protected: call protect() on it.
Figures pool_raw(const std::vector<Figures> &programmes);

} // namespace bro::stats
