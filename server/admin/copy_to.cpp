#include "admin/copy_to.hpp"

#include "store/database.hpp"
#include "store/pg/pg_backend.hpp"
#include "store/server_schema.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <stdexcept>
#include <vector>

namespace bro {

namespace {

struct Table
{
    std::string name;
    std::vector<std::string> columns;
};

std::vector<Table> tables_of(Database &sqlite)
{
    std::vector<Table> out;
    auto names = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                "NOT LIKE 'sqlite_%' ORDER BY name");
    while (names.step())
        out.push_back({names.column_text(0), {}});
    std::map<std::string, std::set<std::string>> refers; // table -> tables it references
    for (auto &t : out) {
        auto cols = sqlite.prepare("SELECT name FROM pragma_table_info(?) ORDER BY cid");
        cols.bind(1, t.name);
        while (cols.step())
            t.columns.push_back(cols.column_text(0));
        auto fks = sqlite.prepare("SELECT \"table\" FROM pragma_foreign_key_list(?)");
        fks.bind(1, t.name);
        while (fks.step())
            if (fks.column_text(0) != t.name)
                refers[t.name].insert(fks.column_text(0));
    }
    // Referenced tables first, so that every foreign key finds its row.
    std::vector<Table> ordered;
    std::set<std::string> placed;
    while (ordered.size() < out.size()) {
        const auto before = ordered.size();
        for (auto &t : out)
            if (!placed.count(t.name) &&
                std::all_of(refers[t.name].begin(), refers[t.name].end(),
                            [&](const std::string &r) { return placed.count(r) > 0; })) {
                placed.insert(t.name);
                ordered.push_back(t);
            }
        if (ordered.size() == before)
            throw std::runtime_error("copy-to: the tables' foreign keys form a cycle");
    }
    return ordered;
}

std::string joined(const std::vector<std::string> &v, const std::string &sep)
{
    std::string out;
    for (const auto &s : v)
        out += (out.empty() ? "" : sep) + s;
    return out;
}

// Every row as text, in one order both engines agree on (the target's text compares byte-wise,
// COLLATE "C", as SQLite's does).
std::string select_all(const Table &t)
{
    std::vector<std::string> order;
    for (std::size_t i = 1; i <= t.columns.size(); ++i)
        order.push_back(std::to_string(i));
    return "SELECT " + joined(t.columns, ", ") + " FROM " + t.name + " ORDER BY " +
           joined(order, ", ");
}

std::size_t count_rows(Database &db, const std::string &table)
{
    auto s = db.prepare("SELECT count(*) FROM " + table);
    s.step();
    return static_cast<std::size_t>(s.column_int64(0));
}

} // namespace

CopyReport copy_to_postgres(const std::string &sqlite_path, const std::string &uri,
                            std::ostream &progress)
{
    if (!sql::is_postgres_uri(uri))
        throw std::invalid_argument("copy-to needs a postgresql:// URI, not '" + uri + "'");
    if (sql::is_postgres_uri(sqlite_path) || !std::filesystem::exists(sqlite_path))
        throw std::invalid_argument("--db must name an existing SQLite file to copy from");
    Database source = open_server_database(sqlite_path); // at the current schema version
    Database target = open_server_database(uri);
    const auto tables = tables_of(source);
    for (const auto &t : tables)
        if (count_rows(target, t.name) != 0)
            throw std::invalid_argument("the target database is not empty (" + t.name +
                                        " has rows); copy into a new database");

    CopyReport report;
    {
        // One snapshot of the source (a server may still be writing it) and one transaction on
        // the target: a copy is whole or not at all.
        Transaction read(source, Transaction::Mode::deferred);
        Transaction write(target);
        for (const auto &t : tables) {
            std::vector<std::string> marks;
            for (std::size_t i = 1; i <= t.columns.size(); ++i)
                marks.push_back("?" + std::to_string(i));
            auto insert = target.prepare("INSERT INTO " + t.name + " (" + joined(t.columns, ", ") +
                                         ") VALUES (" + joined(marks, ", ") + ")");
            auto rows = source.prepare("SELECT " + joined(t.columns, ", ") + " FROM " + t.name);
            std::size_t n = 0;
            while (rows.step()) {
                insert.reset();
                for (int i = 0; i < static_cast<int>(t.columns.size()); ++i) {
                    if (rows.column_is_null(i))
                        insert.bind(i + 1, nullptr);
                    else
                        insert.bind(i + 1, rows.column_text(i));
                }
                insert.step();
                ++n;
            }
            progress << "  " << t.name << ": " << n << " rows\n";
            report.rows += n;
            ++report.tables;
        }
        // Identity columns continue after the copied ids.
        auto ids =
            target.prepare("SELECT table_name, column_name FROM information_schema.columns WHERE "
                           "table_schema = current_schema() AND is_identity = 'YES'");
        std::vector<std::pair<std::string, std::string>> identity;
        while (ids.step())
            identity.emplace_back(ids.column_text(0), ids.column_text(1));
        for (const auto &[table, column] : identity)
            target.exec("SELECT setval(pg_get_serial_sequence('" + table + "', '" + column +
                        "'), greatest(1, (SELECT coalesce(max(" + column + "), 0) FROM " + table +
                        ")))");
        // New positions (transaction id << 20) must lie above the copied ones, or devices would
        // skip what is written next.
        auto head = target.prepare("SELECT (SELECT coalesce(max(seq), 0) FROM change_log) < "
                                   "(pg_current_xact_id()::text::bigint << 20)");
        if (!head.step() || head.column_int64(0) != 1)
            throw std::runtime_error("the copied change log's positions are beyond what this "
                                     "PostgreSQL would assign next; nothing was copied");
        write.commit();
    }

    // The check: both sides read back in one order, compared row for row.
    for (const auto &t : tables) {
        auto a = source.prepare(select_all(t));
        auto b = target.prepare(select_all(t));
        std::size_t row = 0;
        while (true) {
            const bool more_a = a.step(), more_b = b.step();
            if (more_a != more_b)
                throw std::runtime_error("copy check: " + t.name +
                                         " has a different number of "
                                         "rows in the copy");
            if (!more_a)
                break;
            ++row;
            for (int i = 0; i < static_cast<int>(t.columns.size()); ++i)
                if (a.column_is_null(i) != b.column_is_null(i) ||
                    a.column_text(i) != b.column_text(i))
                    throw std::runtime_error("copy check: " + t.name + " row " +
                                             std::to_string(row) + " differs in " +
                                             t.columns[static_cast<std::size_t>(i)]);
        }
    }
    return report;
}

} // namespace bro
