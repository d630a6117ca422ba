#pragma once
// `bro-server demo --db FILE`: a believable pilot, in Norwegian bokmål, after the report on the
// collaboration between the training office for the construction trades (OKAB) and AiR UngRehab.
// Every record is written as ordinary changes (node "server-demo") so devices sync it.

#include <iosfwd>
#include <string>

namespace bro {

inline constexpr const char *demo_password = "demo-passord";

// Seeds an empty database. Throws std::runtime_error if it already holds people or records.
void seed_demo(const std::string &db_path);
int demo_main(const std::string &db_path, std::ostream &out, std::ostream &err);

} // namespace bro
