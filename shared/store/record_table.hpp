#pragma once
// The merged field state, shared by devices and the server: one row per (record, field) holding
// the winning value under last-writer-wins. Same table on both sides, so merge is one code path.

#include "domain/enums.hpp"
#include "domain/record.hpp"
#include "store/database.hpp"
#include "sync/change.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bro {

class RecordTable
{
public:
    // The CREATE statements, for a migration ladder.
    static const char *schema_sql();

    // A stored value's text back to json, as json::parse(text, nullptr, false) gives it (invalid
    // text: a discarded value), but a plain string (most values) without running the parser.
    static nlohmann::json value_from_text(std::string_view text);

    explicit RecordTable(Database &db) : m_db(db) {}
    RecordTable(const RecordTable &) = delete;
    RecordTable &operator=(const RecordTable &) = delete;

    // Applies the change if it supersedes the stored field (or the field is new).
    // Returns true when it became the current value. Call inside a transaction.
    bool merge(const Change &c);

    std::optional<Record> get(const std::string &record_id);

    // merge() and get() for a whole push. On PostgreSQL each is one statement (a round trip per
    // change made the server's pushes 3x slower than on SQLite, bench B2 PG); on SQLite, where a
    // statement is a function call, the one-change statements run in turn. merge_all applies
    // changes in the given order, so of two changes to one field the same one wins as with
    // merge() called for each.
    void merge_all(const std::vector<Change> &cs);
    std::map<std::string, Record> get_all(const std::vector<std::string> &record_ids);
    // Live records (not tombstoned) of a case; all kinds when kind is empty.
    std::vector<Record> list(const std::string &case_id, const std::string &kind = {});
    // The stored change behind one field (for tests and the server's snapshots).
    std::optional<Change> field(const std::string &record_id, const std::string &field);
    // Every current field of a case in the given category, as changes (for a consent snapshot).
    std::vector<Change> scope(const std::string &case_id, Category category);
    // Deletes every row of a case in the given categories; returns the number of rows removed.
    int purge(const std::string &case_id, Category category);
    std::int64_t count();

    // The kind and case a record was first written with: a change must not move a record to
    // another case or kind.
    std::optional<std::pair<std::string, std::string>> identity(const std::string &record_id);

private:
    // Statements prepared once per table and SQL text: every sync reads and merges through here.
    // The returned statement is reset; ResetOnExit resets it again so no read stays open.
    Statement &cached(std::string_view sql);

    Database &m_db;
    std::map<std::string, Statement, std::less<>> m_statements;
};

} // namespace bro
