#include "store/programme_store.hpp"

#include "domain/directory.hpp"
#include "domain/enums.hpp"
#include "programme/builtin.hpp"
#include "store/database.hpp"
#include "store/record_table.hpp"
#include "util/time.hpp"

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

// A case stays in its phase when a definition changes, so its phase must stay in the programme.
void check_open_cases(Database &db, RecordTable &records, const Programme &p,
                      std::vector<ProgrammeError> &errors)
{
    std::map<std::string, int> in_phase;
    auto s = db.prepare("SELECT id FROM cases WHERE programme_id = ?");
    s.bind(1, p.id);
    while (s.step())
        if (auto rec = records.get(s.column_text(0)))
            ++in_phase[rec->str("phase")];
    for (const auto &[phase, n] : in_phase)
        if (!phase.empty() && !p.phase(phase))
            errors.push_back(
                {"phases", in_quotes(phase) + " is left out, but " + std::to_string(n) +
                               (n == 1 ? " case is" : " cases are") + " in it; move " +
                               (n == 1 ? "it" : "them") + " on first, or keep the phase"});
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

bool is_runnable_phase(std::string_view id)
{
    return parse_phase(id).has_value();
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
                                 const std::string &loaded_by)
{
    LoadOutcome out;
    for (std::size_t i = 0; i < p.phases.size(); ++i)
        if (!is_runnable_phase(p.phases[i].id))
            out.errors.push_back(
                {"phases[" + std::to_string(i) + "].id",
                 in_quotes(p.phases[i].id) +
                     " is not a phase this server can run yet; use one of referral, "
                     "preparation, stay, return_to_work, follow_up (each may be named freely)"});
    Transaction tx(m_db);
    const auto before = get(p.id);
    if (before)
        check_kept_texts(*before->programme, p, out.errors);
    check_open_cases(m_db, records, p, out.errors);
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
    tx.commit();
    return out;
}

} // namespace bro
