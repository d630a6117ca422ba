#pragma once
// A synced record: an id, its kind, the case it belongs to, and its fields as a JSON object.
// Storage and sync are field-level, so the record is the merged view of its latest fields.

#include <nlohmann/json.hpp>
#include <string>

namespace bro {

struct Record
{
    std::string id;
    std::string kind;
    std::string case_id;
    nlohmann::json fields = nlohmann::json::object();

    bool deleted() const;
    // Typed reads with a fallback when the field is missing or of another type.
    std::string str(const std::string &field, const std::string &fallback = {}) const;
    long long integer(const std::string &field, long long fallback = 0) const;
    bool boolean(const std::string &field, bool fallback = false) const;
};

// Field name that marks a record deleted (a tombstone is just this field set to true).
inline constexpr const char *deleted_field = "_deleted";

} // namespace bro
