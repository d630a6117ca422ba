#pragma once
// Writes the big caseload of scale_dataset.hpp into a server database through the same path as
// the demo: the directory through DirectoryStore, every record as ordinary changes (node
// "server-demo") through ServerWriter, so that the server serves it exactly as real data.

#include "store/database.hpp"

#include <string>

namespace bro {

struct ScaleCounts
{
    int apprentices = 0;
    int adviser_cases = 0; // cases with the scale adviser on the care team
    long long records = 0;
    int offices = 0, clinics = 0, helpers = 0; // the national layout's (--offices)
};

// Adds `apprentices` generated apprentices to a database that may already hold the demo; every
// account gets `password_hash`. With `offices` > 0, on the national layout of
// national_directory.hpp instead of scale_dataset.hpp's three offices. The directory in one
// transaction, then the records 50 cases a transaction. Throws std::invalid_argument on a clash
// (the scale cohort seeded twice).
ScaleCounts seed_scale(Database &db, int apprentices, const std::string &password_hash,
                       int offices = 0);

} // namespace bro
