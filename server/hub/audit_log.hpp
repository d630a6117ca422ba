#pragma once
// Audit events the apprentice can read: who received which of their categories through sync, who
// wrote in their case, who confirmed a purge. Aggregated per message and category ("received your
// check-ins (12)"), so that one sync is one line, not a thousand.

#include "domain/enums.hpp"
#include "hub/peer.hpp"
#include "store/database.hpp"
#include "sync/protocol.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace bro {

class AuditLog
{
public:
    explicit AuditLog(Database &db) : m_db(db) {}

    void record(const std::string &case_id, const PeerIdentity &who, const std::string &action,
                Category category, std::int64_t count);
    // Newest first.
    std::vector<protocol::AuditEvent> list(const std::string &case_id, std::size_t limit);

private:
    Database &m_db;
};

} // namespace bro
