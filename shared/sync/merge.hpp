#pragma once
// In-memory field-level last-writer-wins state. The SQLite stores follow the same rule (through
// supersedes()); this type is the reference that the property tests check for convergence.

#include "domain/record.hpp"
#include "sync/change.hpp"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace bro {

class MergedState
{
public:
    // Applies a change; returns true when it became the field's current value.
    bool apply(const Change &c);
    void apply_all(const std::vector<Change> &cs);

    std::vector<Record> records() const; // sorted by id; tombstoned records included
    const Change *field(const std::string &record_id, const std::string &field) const;
    std::size_t size() const { return m_fields.size(); }

    // Same winning (record, field) -> (value, hlc, node) everywhere.
    bool same_as(const MergedState &other) const;

private:
    std::map<std::pair<std::string, std::string>, Change> m_fields;
};

} // namespace bro
