#include "store/programme_store.hpp"

#include "domain/directory.hpp"
#include "domain/enums.hpp"
#include "domain/schema.hpp"
#include "programme/builtin.hpp"
#include "store/database.hpp"
#include "store/record_table.hpp"
#include "store/server_writer.hpp"
#include "util/time.hpp"

#include <algorithm>
#include <stdexcept>

namespace bro {

namespace {

std::string in_quotes(std::string_view s)
{
    return "\"" + std::string(s) + "\"";
}

StoredProgramme builtin_stored()
{
    static const auto builtin = std::make_shared<const Programme>(builtin_programme());
    return {builtin, 0, {}};
}

StoredProgramme read_row(Statement &s)
{
    auto parsed = parse_programme_text(s.column_text(2));
    // Only `load` writes this table, and only what parsed: a row that does not parse is a
    // damaged database, not input to explain.
    if (!parsed.ok())
        throw std::runtime_error(
            "programme '" + s.column_text(0) +
            "' in the database is not valid: " + to_string(parsed.errors.front()));
    return {std::make_shared<const Programme>(std::move(parsed.programme)), s.column_int64(1),
            s.column_text(3)};
}

// Cases in a phase the new revision leaves out, each with where it goes.
std::vector<PhaseMove> planned_moves(Database &db, RecordTable &records, const Programme &before,
                                     const Programme &after)
{
    std::vector<PhaseMove> out;
    auto s = db.prepare("SELECT id FROM cases WHERE programme_id = ? ORDER BY id");
    s.bind(1, after.id);
    while (s.step())
        if (auto rec = records.get(s.column_text(0))) {
            const auto phase = rec->str("phase");
            if (!phase.empty() && !after.phase(phase))
                out.push_back({rec->id, phase, nearest_kept_phase(before, after, phase)});
        }
    return out;
}

void move_case(Database &db, RecordTable &records, const PhaseMove &m)
{
    const auto rec = records.get(m.case_id);
    auto history = rec ? rec->fields.value("phase_history", nlohmann::json::object())
                       : nlohmann::json::object();
    if (!history.is_object())
        history = nlohmann::json::object();
    const auto today = today_utc();
    // The date the case entered the phase left out stays in its history: nothing is lost.
    if (!history.contains(m.to))
        history[m.to] = today;
    ServerWriter(db, "server-programme")
        .update(m.case_id, kind::case_file, m.case_id,
                {{"phase", m.to}, {"phase_since", today}, {"phase_history", history}});
}

// Receipts name a text by category and version; a version once loaded keeps its words.
void check_kept_texts(const Programme &before, const Programme &p,
                      std::vector<ProgrammeError> &errors)
{
    for (const auto &old : before.consent_texts) {
        bool found = false;
        for (std::size_t i = 0; i < p.consent_texts.size(); ++i) {
            const auto &t = p.consent_texts[i];
            if (t.category != old.category || t.version != old.version)
                continue;
            found = true;
            if (t.text != old.text)
                errors.push_back({"consent_texts[" + std::to_string(i) + "].text",
                                  "version " + std::to_string(old.version) + " of " +
                                      in_quotes(old.category) +
                                      " was worded differently, and apprentices may have been "
                                      "shown it; add a new version instead"});
        }
        if (!found)
            errors.push_back({"consent_texts", "version " + std::to_string(old.version) + " of " +
                                                   in_quotes(old.category) +
                                                   " is missing; a text once shown stays"});
    }
}

} // namespace

std::string nearest_kept_phase(const Programme &before, const Programme &after,
                               const std::string &from)
{
    const auto &path = before.phases;
    const auto at = std::find_if(path.begin(), path.end(),
                                 [&from](const ProgrammePhase &p) { return p.id == from; });
    if (at != path.end()) {
        for (auto it = at + 1; it != path.end(); ++it)
            if (after.phase(it->id) && !is_closed_phase(it->id))
                return it->id;
        for (auto it = at; it != path.begin();)
            if (--it; after.phase(it->id))
                return it->id;
    }
    return after.phases.front().id;
}

std::optional<StoredProgramme> ProgrammeStore::get(const std::string &id)
{
    // Asked for every write a device pushes: the revision is one small lookup, and a definition
    // is parsed again only when another process (admin, another node) has loaded a new one.
    auto rev = m_db.prepare("SELECT revision FROM programmes WHERE id = ?");
    rev.bind(1, id);
    if (!rev.step())
        return id == builtin_programme_id ? std::optional(builtin_stored()) : std::nullopt;
    const auto revision = rev.column_int64(0);
    if (auto hit = m_cache.find(id); hit != m_cache.end() && hit->second.revision == revision)
        return hit->second;
    auto s =
        m_db.prepare("SELECT id, revision, definition, loaded_at FROM programmes WHERE id = ?");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt; // gone between the two reads (never deleted today)
    auto row = read_row(s);
    m_cache[id] = row;
    return row;
}

std::map<std::string, StoredProgramme> ProgrammeStore::all()
{
    std::map<std::string, StoredProgramme> out;
    auto s = m_db.prepare("SELECT id, revision, definition, loaded_at FROM programmes");
    while (s.step())
        out.emplace(s.column_text(0), read_row(s));
    out.try_emplace(std::string(builtin_programme_id), builtin_stored());
    return out;
}

std::map<std::string, std::int64_t> ProgrammeStore::revisions()
{
    std::map<std::string, std::int64_t> out;
    auto s = m_db.prepare("SELECT id, revision FROM programmes");
    while (s.step())
        out.emplace(s.column_text(0), s.column_int64(1));
    out.try_emplace(std::string(builtin_programme_id), 0);
    return out;
}

LoadOutcome ProgrammeStore::load(const Programme &p, RecordTable &records,
                                 const std::string &loaded_by,
                                 const std::function<void(const PhaseMove &)> &on_move)
{
    LoadOutcome out;
    Transaction tx(m_db);
    const auto before = get(p.id);
    if (before)
        check_kept_texts(*before->programme, p, out.errors);
    if (!out.errors.empty())
        return out; // the transaction rolls back: nothing stored
    const std::string definition = to_json(p).dump();
    out.revision = before ? before->revision : 0;
    if (before && before->revision > 0 && *before->programme == p)
        return out; // the same file again: nothing to send anyone
    out.revision += 1;
    out.changed = true;
    auto s = m_db.prepare(
        "INSERT INTO programmes (id, revision, definition, loaded_at, loaded_by) "
        "VALUES (?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, "
        "definition = excluded.definition, loaded_at = excluded.loaded_at, "
        "loaded_by = excluded.loaded_by");
    s.bind(1, p.id)
        .bind(2, out.revision)
        .bind(3, definition)
        .bind(4, iso_datetime(unix_now()))
        .bind(5, loaded_by);
    s.step();
    out.moves = planned_moves(m_db, records, before ? *before->programme : p, p);
    for (const auto &m : out.moves) {
        move_case(m_db, records, m);
        if (on_move)
            on_move(m);
    }
    tx.commit();
    return out;
}

} // namespace bro
