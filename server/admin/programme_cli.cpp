#include "admin/programme_cli.hpp"

#include "programme/programme.hpp"

#include <fstream>
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

} // namespace

int programme_main(const Args &a, std::ostream &out, std::ostream &err)
{
    a.only({"db"}); // --db is not needed, but harmless where a script always passes it
    const auto &words = a.positional();
    if (words.size() < 2 || words[1] != "check")
        throw UsageError("unknown command '" +
                         (words.size() < 2 ? std::string("programme") : "programme " + words[1]) +
                         "'");
    if (words.size() != 3)
        throw UsageError(words.size() < 3 ? "programme check needs the file: programme check FILE"
                                          : "unexpected '" + words[3] + "'");
    const std::string &file = words[2];
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        err << "bro-server admin: cannot read '" << file << "'\n";
        return 1;
    }
    std::ostringstream text;
    text << in.rdbuf();
    const auto r = parse_programme_text(text.str());
    if (!r.ok()) {
        for (const auto &e : r.errors)
            err << file << ": " << to_string(e) << "\n";
        err << file << ": " << r.errors.size() << (r.errors.size() == 1 ? " problem" : " problems")
            << "; the programme is not valid\n";
        return 1;
    }
    out << file << ": OK, " << summary(r.programme) << "\n";
    return 0;
}

} // namespace bro
