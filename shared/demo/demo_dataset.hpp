#pragma once
// The demo: a believable pilot in Norwegian bokmål, after the report on the collaboration between
// the training office for the construction trades and AiR UngRehab. One source for the server's
// `demo` command and the app's offline test and screenshot sessions, so both show the same people.

#include "domain/directory.hpp"
#include "domain/record.hpp"

#include <string>
#include <vector>

namespace bro::demo {

inline constexpr const char *password = "demo-passord";

struct DemoCase
{
    CaseSummary summary; // with its care team
};

struct Dataset
{
    std::vector<Organisation> organisations;
    std::vector<Person> people; // helpers, the coordinator and the apprentices
    std::vector<DemoCase> cases;
    std::vector<Record> records; // every synced record of every case, in writing order
};

// Dates are relative to `today` (YYYY-MM-DD), so the demo always looks current. Deterministic.
Dataset dataset(const std::string &today);

const Person *find_person(const Dataset &d, const std::string &username);

} // namespace bro::demo
