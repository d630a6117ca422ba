#pragma once
// A device's store: merged records, the outbox of local changes waiting for the server, the
// changes the server rejected (kept and shown, never dropped), and the pull cursor.
// Every local edit writes its fields and outbox entries in one transaction.

#include "domain/enums.hpp"
#include "domain/record.hpp"
#include "domain/validation.hpp"
#include "store/database.hpp"
#include "store/record_table.hpp"
#include "sync/change.hpp"
#include "sync/hlc.hpp"
#include "sync/protocol.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace bro {

struct WriteResult
{
    Validation error;            // set when the record was refused (nothing written)
    std::vector<Change> changes; // the changes written to the outbox
};

struct RejectedChange
{
    Change change;
    std::string code;
    std::string message;
};

class LocalStore
{
public:
    explicit LocalStore(const std::string &path, HlcClock clock = HlcClock{});

    const std::string &device_id() const { return m_device_id; }

    // Writes the given fields of one record (a partial update: other fields stay). Validates the
    // merged record first. Fields whose value is unchanged are skipped.
    WriteResult write(const std::string &record_id, const std::string &kind,
                      const std::string &case_id, const nlohmann::json &fields);
    WriteResult remove(const std::string &record_id); // tombstone

    // The oldest pending changes, in their order; `after` skips those up to that counter (the
    // ones already sent on this connection and not yet answered).
    std::vector<Change> outbox(std::size_t limit = 1000, std::uint64_t after = 0);
    std::size_t pending_count();
    void accept(const std::vector<protocol::Accepted> &accepted);
    void reject(const std::vector<protocol::Rejected> &rejected);
    std::vector<RejectedChange> rejected();
    void dismiss_rejected(const std::string &op);

    // Remote changes and the new cursor, in one transaction. Returns the ids of records whose
    // visible state changed. Remote HLCs advance our clock.
    std::vector<std::string> apply_remote(const std::vector<Change> &changes, std::int64_t cursor);
    // Deletes a revoked scope. Returns rows removed.
    int purge(const std::string &case_id, const std::vector<Category> &categories);
    std::int64_t cursor();
    // Re-fetch everything on the next pull: drops every field the server already has (local
    // changes waiting in the outbox stay) and sets the cursor to zero.
    void reset_cursor();
    // The server's store epoch from its welcome. When it differs from the one seen before, the
    // server was restored from a backup and may lack what this device wrote after it: every
    // field this device was the last to write goes back in the outbox with its own op (a server
    // that has it answers as for a retry), and the pull starts over (reset_cursor). Returns the
    // changes queued again; the first epoch seen is only remembered.
    std::size_t adopt_server_epoch(const std::string &epoch);

    std::optional<Record> get(const std::string &record_id);
    std::vector<Record> list(const std::string &case_id, const std::string &kind = {});

    std::string meta(const std::string &key, const std::string &fallback = {});
    void set_meta(const std::string &key, const std::string &value);

    Database &database() { return m_db; }

private:
    void write_changes(const std::string &record_id, const std::string &kind,
                       const std::string &case_id, const nlohmann::json &fields,
                       const std::optional<Record> &existing, WriteResult &result);

    Database m_db;
    RecordTable m_records;
    HlcClock m_clock;
    std::string m_device_id;
};

} // namespace bro
