#pragma once
// The handover checklist as stored: each item of a phase's checklist is its own field of the
// phase's handover record ("item:<id>"), so that two helpers ticking different items offline
// both keep their tick when field-level last-writer-wins merges them. Records written before
// this (one object field `items` holding every item) are still read, as a fallback per item.

#include "domain/enums.hpp"

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace bro {

// The field of a handover record that holds one item's state.
std::string handover_item_field(std::string_view item_id);
// The item id named by such a field; empty when the field is not an item field.
std::string_view handover_item_of(std::string_view field);

inline constexpr long long handover_explanation_max = 500; // bytes: a short reason, not a note

// An aggregate, so that {done, explanation, by, at} makes one.
struct HandoverItem
{
    bool done = false;
    std::string explanation; // why the item is not needed, when it is not done
    std::string by;          // person id of who ticked or explained it last; empty in old records
    std::string at;          // UTC time of that, YYYY-MM-DDTHH:MM:SSZ; empty in old records

    // Ticked, or explained instead: the item no longer holds up the next phase.
    bool settled() const;
};

// The stored value of one item field.
nlohmann::json to_json(const HandoverItem &item);

// The fields to write to the phase's handover record (handover_id) to set one item: only that
// item's field (and the phase), never the other items, so nobody else's tick is overwritten.
nlohmann::json handover_tick(std::string_view phase_id, std::string_view item_id,
                             const HandoverItem &item);

// One item's state from a handover record's fields: its own field when present, else the item's
// entry in the old `items` object, else not done. A present own field always wins, so an untick
// of an item that an old record had ticked sticks.
HandoverItem handover_item(const nlohmann::json &fields, std::string_view item_id);

// Every item of the phase's checklist settled (true for a phase without a checklist).
bool handover_complete(Phase p, const nlohmann::json &fields);

} // namespace bro
