#pragma once
// `bro-server demo --db FILE`: seeds the shared demo dataset (shared/demo) into a server
// database: organisations, people with accounts, cases and care teams, and every record written
// as ordinary changes (node "server-demo") so that devices receive it through sync.

#include <iosfwd>
#include <string>

namespace bro {

// Seeds an empty database. Throws std::runtime_error if it already holds people or records.
void seed_demo(const std::string &db_path);
int demo_main(const std::string &db_path, std::ostream &out, std::ostream &err);

} // namespace bro
