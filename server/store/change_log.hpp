#pragma once
// The append-only change log: every accepted change with its server sequence number (its
// position, commit-ordered on every engine), plus the changes the server refused (kept with their
// reason so a retry gets the same answer). since() and max_seq() see only positions that no
// transaction still running can fall below.

#include "store/database.hpp"
#include "sync/change.hpp"
#include "sync/protocol.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bro {

class ChangeLog
{
public:
    explicit ChangeLog(Database &db) : m_db(db) {}
    ChangeLog(const ChangeLog &) = delete;
    ChangeLog &operator=(const ChangeLog &) = delete;

    // Appends and sets c.seq. Call inside a transaction (with the merge of the same change).
    std::int64_t append(Change &c, const std::string &device_id, const std::string &at);
    std::optional<std::int64_t> seq_of(const std::string &op);

    void reject(const Change &c, const std::string &device_id, const std::string &code,
                const std::string &message, const std::string &at);
    std::optional<protocol::Rejected> rejection(const std::string &op);

    // The same for a whole push at once. On PostgreSQL each is one statement for all the ops
    // (a round trip per change made pushes 3x slower than on SQLite, bench B2 PG); on SQLite,
    // where a statement is a function call, they run the one-change statements in turn.
    // Appends in the given order and sets each change's seq.
    void append_all(std::vector<Change> &cs, const std::string &device_id, const std::string &at);
    // Ops already in the log, with their seq (a retried push).
    std::map<std::string, std::int64_t> seqs_of(const std::vector<std::string> &ops);
    // Ops the server refused before, with the reason it gave.
    std::map<std::string, protocol::Rejected> rejections(const std::vector<std::string> &ops);

    // Changes with seq > after, in seq order, at most limit.
    std::vector<Change> since(std::int64_t after, std::size_t limit);
    // Every change of one kind in one case, in seq order, with the time it was logged.
    std::vector<std::pair<Change, std::string>> of_kind(const std::string &case_id,
                                                        const std::string &kind);
    std::int64_t max_seq();
    Hlc max_hlc();
    std::int64_t count();

private:
    // PostgreSQL: the position of a change is (transaction id << 20) + its rank in the
    // transaction, so that positions follow commit order across nodes (docs/server.md,
    // "Several nodes"). SQLite has one writer, and its seq is already commit-ordered.
    static constexpr std::int64_t max_rank = std::int64_t{1} << 20;
    std::string below_horizon() const;

    Database &m_db;
    // Prepared once: these run for every change of every push, and for every pull.
    std::optional<Statement> m_append, m_seq_of, m_rejection, m_since, m_max_seq;
};

} // namespace bro
