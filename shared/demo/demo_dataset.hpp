#pragma once
// The demo: a believable pilot in Norwegian bokmål, after the report on the collaboration between
// the training office for the construction trades and AiR UngRehab. One source for the server's
// `demo` command and the app's offline test and screenshot sessions, so both show the same people.

#include "domain/directory.hpp"
#include "domain/programme.hpp"
#include "domain/record.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace bro::demo {

inline constexpr const char *password = "demo-passord";

struct DemoCase
{
    CaseSummary summary; // with its care team
};

// A case of the pilot's past that retention has erased: all the server keeps of it is one
// anonymous `erasures` row with its cohort and outcome (docs/server.md, "Export and erasure").
struct ErasedHistory
{
    ErasedCase counted;
    std::string erased_at; // when retention erased it (YYYY-MM-DDTHH:MM:SSZ)
};

struct Dataset
{
    std::vector<Organisation> organisations;
    std::vector<Person> people; // helpers, the coordinator and the apprentices
    std::vector<DemoCase> cases;
    std::vector<Record> records; // every synced record of every case, in writing order
    // The pilot's first year as history: 2022, five apprentices against a target of ten.
    std::vector<ErasedHistory> erased;
    // Programme files to load before anything else (the built-in pilot needs none): the second
    // programme, another office, trade and clinic (issue 14).
    std::vector<std::string_view> programmes;
};

// The second programme's file, demo/vestbygg-dagrehab.json, compiled in.
std::string_view second_programme_json();
inline constexpr std::string_view second_programme_id = "vestbygg-dagrehab";

// Dates are relative to `today` (YYYY-MM-DD), so the demo always looks current. Deterministic.
Dataset dataset(const std::string &today);

const Person *find_person(const Dataset &d, const std::string &username);

} // namespace bro::demo
