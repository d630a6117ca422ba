#pragma once
// The consent and audit message family: the apprentice asks who has seen their data, and
// anyone on the case asks how its consents changed. docs/protocol.md, "Consent and audit".

#include "domain/enums.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace bro::protocol {

// ---- client -> server ----
struct AuditQuery // the apprentice asks who has seen their data
{
    std::string id;
    std::string case_id;
    std::size_t limit = 200;
};
struct ConsentHistoryQuery
{
    std::string id;
    std::string case_id;
};

// ---- server -> client ----
struct AuditEvent
{
    std::string at; // datetime
    std::string actor_name;
    Role actor_role = Role::adviser;
    std::string org_name;
    std::string device_name;
    std::string action; // "received", "wrote", "purged"
    Category category = Category::goals;
    std::int64_t count = 0;
};
struct Audit
{
    std::string id;
    std::string case_id;
    std::vector<AuditEvent> events;
};
struct ConsentEntry
{
    std::int64_t seq = 0;
    std::string at;
    std::string org_id;
    Category category = Category::goals;
    bool granted = false;
    std::string until; // date or empty
};
struct ConsentHistory
{
    std::string id;
    std::string case_id;
    std::vector<ConsentEntry> entries;
};

} // namespace bro::protocol
