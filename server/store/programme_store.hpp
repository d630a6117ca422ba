#pragma once
// The programmes a server runs (issue 14): each loaded definition in its canonical form, with a
// revision that counts its loads. The built-in pilot needs no load: until a file with its id is
// loaded, it is the definition for `builtin_programme_id` at revision 0.
//
// A load is all or nothing. On top of what `programme check` finds, it refuses a consent text
// changed under a version that apprentices may have been shown (receipts point at it). A phase
// left out while cases are in it is not refused (issue 25): in the same transaction each such case
// moves to the nearest phase the new revision keeps, as an ordinary change every device receives,
// with its history kept, and the caller records it in the apprentice's audit trail.

#include "programme/programme.hpp"

#include <cstdint>
#include <functional>
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

// One case moved because its phase was left out of the programme's new revision.
struct PhaseMove
{
    std::string case_id;
    std::string from; // the phase left out
    std::string to;   // the nearest phase kept: the next on the old path, else the one before
};

struct LoadOutcome
{
    std::vector<ProgrammeError> errors; // nothing was stored when not empty
    std::int64_t revision = 0;
    bool changed = false; // false: the same definition was already loaded
    std::vector<PhaseMove> moves;
};

// The phase a case in `from` moves to when `after` leaves `from` out: the first phase after it on
// `before`'s path that `after` keeps, else the nearest before it, else `after`'s first.
std::string nearest_kept_phase(const Programme &before, const Programme &after,
                               const std::string &from);

class ProgrammeStore
{
public:
    explicit ProgrammeStore(Database &db) : m_db(db) {}

    std::optional<StoredProgramme> get(const std::string &id);
    // Every programme the server runs, by id: the loaded ones and the built-in pilot.
    std::map<std::string, StoredProgramme> all();
    // Only the revisions: cheap enough for every tick.
    std::map<std::string, std::int64_t> revisions();

    // Checks `p` against what the server holds and stores it as the next revision. `on_move` is
    // called for each case moved, inside the load's transaction (the audit line goes with it).
    LoadOutcome load(const Programme &p, RecordTable &records, const std::string &loaded_by,
                     const std::function<void(const PhaseMove &)> &on_move = {});

private:
    Database &m_db;
    std::map<std::string, StoredProgramme> m_cache; // by id, at the revision last read
};

} // namespace bro
