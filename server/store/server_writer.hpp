#pragma once
// Writes records from the server side (admin commands, the demo, nothing else) as ordinary
// changes: change log + merged fields, so that devices receive them by the same sync path.

#include "domain/record.hpp"
#include "store/change_log.hpp"
#include "store/database.hpp"
#include "store/record_table.hpp"
#include "sync/hlc.hpp"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace bro {

class ServerWriter
{
public:
    ServerWriter(Database &db, std::string node);

    // One change per field. Throws std::invalid_argument naming a bad field. Call inside a
    // transaction.
    void write(const std::string &record_id, const std::string &kind, const std::string &case_id,
               const nlohmann::json &fields);
    // Many records at once, each checked as write() checks it, their changes logged in the given
    // order: on PostgreSQL one statement per table for all of them (seeding a year of 4 000
    // apprentices one field at a time is millions of round trips). Call inside a transaction,
    // and keep a transaction under 2^20 changes (ChangeLog::append_all).
    void write_all(const std::vector<Record> &records);
    // Changes some fields of a record the server holds: each field checked on its own (the
    // stored record has the rest).
    void update(const std::string &record_id, const std::string &kind, const std::string &case_id,
                const nlohmann::json &fields);
    std::int64_t max_seq() { return m_log.max_seq(); }

private:
    void append(const std::string &record_id, const std::string &kind, const std::string &case_id,
                const nlohmann::json &fields);
    void changes_of(const std::string &record_id, const std::string &kind,
                    const std::string &case_id, const nlohmann::json &fields,
                    std::vector<Change> &out);
    RecordTable m_records;
    ChangeLog m_log;
    HlcClock m_clock;
    std::string m_node;
};

} // namespace bro
