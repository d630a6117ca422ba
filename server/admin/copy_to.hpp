#pragma once
// `bro-server admin --db FILE copy-to postgresql://…`: moves an office that started on the
// embedded SQLite store onto PostgreSQL. Copies every table of one consistent snapshot of the
// source into an empty, freshly migrated target in one transaction, then reads both back and
// compares them row for row. Nothing is changed in the source.

#include <ostream>
#include <string>

namespace bro {

struct CopyReport
{
    std::size_t tables = 0;
    std::size_t rows = 0;
};

// Throws std::invalid_argument for a target that is not empty or not PostgreSQL, and
// std::runtime_error (naming the table and row) when the check finds a difference.
CopyReport copy_to_postgres(const std::string &sqlite_path, const std::string &uri,
                            std::ostream &progress);

} // namespace bro
