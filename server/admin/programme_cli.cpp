#include "admin/programme_cli.hpp"

#include "hub/audit_log.hpp"
#include "programme/programme.hpp"
#include "store/directory_store.hpp"
#include "store/record_table.hpp"
#include "store/server_schema.hpp"

#include <fstream>
#include <optional>
#include <ostream>
#include <sstream>

namespace bro {

namespace {

std::string summary(const Programme &p)
{
    std::size_t open = 0, items = 0;
    for (const auto &ph : p.phases) {
        open += ph.id != "completed" && ph.id != "ended";
        items += ph.handover.size();
    }
    std::ostringstream s;
    s << "programme " << p.id << " (" << p.name.en << "), version " << p.version << ": "
      << p.phases.size() << " phases (" << open << " open), " << items << " checklist items, "
      << p.consent_texts.size() << " consent texts, target " << p.yearly_target << " a year";
    return s.str();
}

void print_problems(const std::string &file, const std::vector<ProgrammeError> &errors,
                    std::ostream &err, const char *verdict = "the programme is not valid")
{
    // file:line: as a compiler says it, so that an editor can jump to the place.
    for (const auto &e : errors)
        err << file << (e.line > 0 ? ":" + std::to_string(e.line) : std::string()) << ": "
            << to_string(e) << "\n";
    err << file << ": " << errors.size() << (errors.size() == 1 ? " problem" : " problems") << "; "
        << verdict << "\n";
}

} // namespace

namespace {

// The file, read and checked; errors printed as `check` prints them.
std::optional<Programme> read_checked(const std::string &file, std::ostream &err)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        err << "bro-server admin: cannot read '" << file << "'\n";
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    auto r = parse_programme_text(text.str());
    if (!r.ok()) {
        print_problems(file, r.errors, err);
        return std::nullopt;
    }
    return std::move(r.programme);
}

int load(const Args &a, const std::string &file, std::ostream &out, std::ostream &err)
{
    a.only({"db", "by"});
    const auto by = a.required("by");
    const auto p = read_checked(file, err);
    if (!p)
        return 1;
    auto db = open_server_database(a.required("db"));
    DirectoryStore dir(db);
    RecordTable records(db);
    // A case whose phase is left out moves on; the apprentice reads who changed it, and when.
    AuditLog audit(db);
    PeerIdentity who;
    who.actor.role = Role::coordinator;
    who.person_name = by;
    who.org_name = p->name.nb;
    const auto outcome = dir.programmes().load(*p, records, by, [&](const PhaseMove &m) {
        audit.record(m.case_id, who, "phase_moved", Category::journey, 1);
    });
    if (!outcome.errors.empty()) {
        print_problems(file, outcome.errors, err, "the programme was not loaded; nothing changed");
        return 1;
    }
    out << file << ": " << (outcome.changed ? "loaded" : "already loaded, unchanged") << ", "
        << summary(*p) << ", revision " << outcome.revision << "\n";
    for (const auto &m : outcome.moves)
        out << "  case " << m.case_id << ": phase \"" << m.from << "\" is left out; moved to \""
            << m.to << "\"\n";
    return 0;
}

int list(const Args &a, std::ostream &out)
{
    a.only({"db"});
    auto db = open_server_database(a.required("db"));
    DirectoryStore dir(db);
    for (const auto &[id, stored] : dir.programmes().all())
        out << id << "  revision " << stored.revision << "  "
            << (stored.loaded_at.empty() ? "built in" : "loaded " + stored.loaded_at) << "  "
            << stored.programme->name.nb << "\n";
    return 0;
}

} // namespace

int programme_main(const Args &a, std::ostream &out, std::ostream &err)
{
    const auto &words = a.positional();
    const std::string sub = words.size() < 2 ? std::string() : words[1];
    if (sub == "list") {
        if (words.size() != 2)
            throw UsageError("unexpected '" + words[2] + "'");
        return list(a, out);
    }
    if (sub != "check" && sub != "load")
        throw UsageError("unknown command '" +
                         (sub.empty() ? std::string("programme") : "programme " + sub) + "'");
    if (words.size() != 3)
        throw UsageError(words.size() < 3
                             ? "programme " + sub + " needs the file: programme " + sub + " FILE"
                             : "unexpected '" + words[3] + "'");
    const std::string &file = words[2];
    if (sub == "load")
        return load(a, file, out, err);
    a.only({"db"}); // --db is not needed, but harmless where a script always passes it
    const auto p = read_checked(file, err);
    if (!p)
        return 1;
    out << file << ": OK, " << summary(*p) << "\n";
    return 0;
}

} // namespace bro
