#pragma once
// The programmes a server runs (issue 14): each loaded definition in its canonical form, with a
// revision that counts its loads. The built-in pilot needs no load: until a file with its id is
// loaded, it is the definition for `builtin_programme_id` at revision 0.
//
// A load is all or nothing. On top of what `programme check` finds, it refuses what would leave a
// case without a consistent state: a phase left out while an open case is in it, and a consent
// text changed under a version that apprentices may have been shown (receipts point at it).

#include "programme/programme.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace bro {

class Database;
class RecordTable;

struct StoredProgramme
{
    std::shared_ptr<const Programme> programme;
    std::int64_t revision = 0; // 0: the built-in definition, never loaded
    std::string loaded_at;     // datetime; empty for the built-in one
};

struct LoadOutcome
{
    std::vector<ProgrammeError> errors; // nothing was stored when not empty
    std::int64_t revision = 0;
    bool changed = false; // false: the same definition was already loaded
};

class ProgrammeStore
{
public:
    explicit ProgrammeStore(Database &db) : m_db(db) {}

    std::optional<StoredProgramme> get(const std::string &id);
    // Every programme the server runs, by id: the loaded ones and the built-in pilot.
    std::map<std::string, StoredProgramme> all();
    // Only the revisions: cheap enough for every tick.
    std::map<std::string, std::int64_t> revisions();

    // Checks `p` against what the server holds and stores it as the next revision.
    LoadOutcome load(const Programme &p, RecordTable &records, const std::string &loaded_by);

private:
    Database &m_db;
    std::map<std::string, StoredProgramme> m_cache; // by id, at the revision last read
};

// Phase ids a server can run today: the pilot's (domain/enums.hpp). A programme may leave some
// out and name each its own way; other ids are refused by `load`, with this list.
bool is_runnable_phase(std::string_view id);

} // namespace bro
