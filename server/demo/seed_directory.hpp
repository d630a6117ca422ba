#pragma once
// What the demo and the big caseload seed alike: the directory of a dataset, and its care teams.
// Both run inside the caller's transaction, with the records written in between, so that a
// seeded database reads as if the teams had formed before any device synced.

#include "demo/demo_dataset.hpp"
#include "store/directory_store.hpp"

#include <string>

namespace bro {

// Organisations, people (every account with `password_hash`) and cases.
void seed_directory(DirectoryStore &store, const demo::Dataset &data,
                    const std::string &password_hash);
// Each case's care team, joined at seq 0 (before the first change a device could pull).
void join_care_teams(DirectoryStore &store, const demo::Dataset &data);

} // namespace bro
