#pragma once
// `bro-server demo --db FILE`: seeds the shared demo dataset (shared/demo) into a server
// database: organisations, people with accounts, cases and care teams, and every record written
// as ordinary changes (node "server-demo") so that devices receive it through sync; with
// `--scale N`, a big caseload besides (bench B8); with `--offices K` too, spread over a national
// programme of K training offices (bench B9).

#include "demo/scale_seed.hpp"

#include <iosfwd>
#include <string>

namespace bro {

// Seeds an empty database. Throws std::runtime_error if it already holds people or records.
// `scale` > 0 adds that many generated apprentices after the demo (`--scale N`, scale_seed.hpp).
ScaleCounts seed_demo(const std::string &db_path, int scale = 0, int offices = 0);
int demo_main(const std::string &db_path, int scale, int offices, std::ostream &out,
              std::ostream &err);

} // namespace bro
