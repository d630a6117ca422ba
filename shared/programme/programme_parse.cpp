// parse_programme: reads every field, checks every rule and collects every problem before
// deciding, so that whoever writes a file sees all that is wrong in one go.

#include "domain/consent_texts.hpp"
#include "domain/enums.hpp"
#include "domain/json_kind.hpp"
#include "programme/programme.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <set>

namespace bro {

namespace {

using nlohmann::json;

std::string in_quotes(std::string_view s)
{
    return "\"" + std::string(s) + "\"";
}

std::string kind_of(const json &v)
{
    return json_kind(v);
}

bool blank(const std::string &s)
{
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

// Ids are stored in records and read by people in files: lower-case, no spaces.
bool is_identifier(const std::string &s, bool dashes)
{
    if (s.empty() || s.size() > 64 || !std::islower(static_cast<unsigned char>(s[0])))
        return false;
    return std::all_of(s.begin(), s.end(), [&](unsigned char c) {
        return std::islower(c) || std::isdigit(c) || c == '_' || (dashes && c == '-');
    });
}

class Reader
{
public:
    std::vector<ProgrammeError> errors;

    void fail(const std::string &path, std::string message)
    {
        errors.push_back({path, std::move(message)});
    }

    static std::string at(const std::string &path, std::string_view key)
    {
        return path.empty() ? std::string(key) : path + "." + std::string(key);
    }
    static std::string at(const std::string &path, std::size_t index)
    {
        return path + "[" + std::to_string(index) + "]";
    }

    // An object with exactly these fields: each unknown one is named, each missing one too.
    // `keys` must all be there; `optional` ones may be (a section added later: files written
    // before it still read, with its defaults).
    bool object(const json *v, const std::string &path, std::initializer_list<const char *> keys,
                std::initializer_list<const char *> optional = {})
    {
        if (!v)
            return false;
        if (!v->is_object()) {
            fail(path, "expected an object, not " + kind_of(*v));
            return false;
        }
        for (const auto &item : v->items()) {
            const std::string &name = item.key();
            const auto is = [&](const char *k) { return name == k; };
            if (std::none_of(keys.begin(), keys.end(), is) &&
                std::none_of(optional.begin(), optional.end(), is))
                fail(at(path, name), "unknown field");
        }
        for (const char *k : keys)
            if (!v->contains(k))
                fail(at(path, k), "missing");
        return true;
    }

    // The field when present; a missing one was already named by object().
    static const json *field(const json &obj, const char *key)
    {
        const auto it = obj.find(key);
        return it == obj.end() ? nullptr : &*it;
    }

    const json *list(const json &obj, const std::string &path, const char *key)
    {
        const json *v = field(obj, key);
        if (v && !v->is_array()) {
            fail(at(path, key), "expected a list, not " + kind_of(*v));
            return nullptr;
        }
        return v;
    }

    void integer(const json &obj, const std::string &path, const char *key, long long lo,
                 long long hi, int &out)
    {
        const json *v = field(obj, key);
        if (!v)
            return;
        if (!v->is_number_integer()) {
            fail(at(path, key), "expected a whole number, not " + kind_of(*v));
            return;
        }
        const long long n =
            v->is_number_unsigned()
                ? static_cast<long long>(std::min<std::uint64_t>(
                      v->get<std::uint64_t>(), std::numeric_limits<long long>::max()))
                : v->get<long long>();
        if (n < lo || n > hi) {
            fail(at(path, key), std::to_string(n) + " is out of range (" + std::to_string(lo) +
                                    " to " + std::to_string(hi) + ")");
            return;
        }
        out = static_cast<int>(n);
    }

    // A fall in the average of two 1..5 scales: more than 0, at most 4.
    void fall_on_scale(const json &obj, const std::string &path, const char *key, double &out)
    {
        const json *by = field(obj, key);
        if (!by)
            return;
        if (!by->is_number())
            fail(at(path, key), "expected a number, not " + kind_of(*by));
        else if (by->get<double>() <= 0 || by->get<double>() > 4)
            fail(at(path, key), by->dump() + " is out of range (more than 0, at most 4)");
        else
            out = by->get<double>();
    }

    bool text(const json &obj, const std::string &path, const char *key, bool may_be_empty,
              std::string &out)
    {
        const json *v = field(obj, key);
        if (!v)
            return false;
        if (!v->is_string()) {
            fail(at(path, key), "expected text, not " + kind_of(*v));
            return false;
        }
        out = v->get<std::string>();
        if (!may_be_empty && blank(out)) {
            fail(at(path, key), "empty");
            return false;
        }
        return true;
    }

    void texts(const json &obj, const std::string &path, const char *key, bool may_be_empty,
               Texts &out)
    {
        const std::string here = at(path, key);
        const json *v = field(obj, key);
        if (!object(v, here, {"nb", "en"}))
            return;
        text(*v, here, "nb", may_be_empty, out.nb);
        text(*v, here, "en", may_be_empty, out.en);
    }
};

void read_phase(Reader &r, const json &v, const std::string &path, ProgrammePhase &ph)
{
    if (!r.object(&v, path,
                  {"id", "name", "description", "responsible", "organisation", "typical_days",
                   "handover"},
                  {"skippable"}))
        return;
    // Stored in every case record (domain/schema.hpp, is_phase_id): at most 40 characters.
    if (r.text(v, path, "id", false, ph.id) && (!is_identifier(ph.id, false) || ph.id.size() > 40))
        r.fail(Reader::at(path, "id"),
               in_quotes(ph.id) + " is not an id (lower-case letters, digits and _, up to 40)");
    if (const json *skip = Reader::field(v, "skippable")) {
        if (!skip->is_boolean())
            r.fail(Reader::at(path, "skippable"), "expected true or false, not " + kind_of(*skip));
        else
            ph.skippable = skip->get<bool>();
    }
    r.texts(v, path, "name", false, ph.name);
    r.texts(v, path, "description", true, ph.description);

    // Who leads the phase, once it is known to be one who can. A plain value, not an optional
    // Role: gcc 12 cannot follow the optional through the branches and warns it may be unset.
    enum class Lead { unknown, adviser, clinician } lead = Lead::unknown;
    if (r.text(v, path, "responsible", false, ph.responsible)) {
        const auto role = parse_role(ph.responsible);
        if (!role)
            r.fail(Reader::at(path, "responsible"), in_quotes(ph.responsible) + " is not a role");
        else if (*role == Role::adviser)
            lead = Lead::adviser;
        else if (*role == Role::clinician)
            lead = Lead::clinician;
        else
            r.fail(Reader::at(path, "responsible"),
                   in_quotes(ph.responsible) + " cannot lead a phase (adviser or clinician)");
    }
    if (r.text(v, path, "organisation", false, ph.organisation)) {
        const auto kind = parse_org_kind(ph.organisation);
        const std::string here = Reader::at(path, "organisation");
        if (!kind || *kind == OrgKind::programme)
            r.fail(here, in_quotes(ph.organisation) +
                             " is not an organisation that leads a phase (training_office or "
                             "clinic)");
        // Advisers work at the training office and clinicians at the clinic (domain/enums.hpp):
        // any other pair would hand the phase to nobody.
        else if (lead != Lead::unknown &&
                 (lead == Lead::adviser) != (*kind == OrgKind::training_office))
            r.fail(here, std::string(lead == Lead::adviser ? "an adviser" : "a clinician") +
                             " does not work at " +
                             (*kind == OrgKind::clinic ? "a clinic" : "a training office"));
    }
    r.integer(v, path, "typical_days", 0, 3650, ph.typical_days);

    const std::string items_path = Reader::at(path, "handover");
    if (const json *items = r.list(v, path, "handover")) {
        for (std::size_t i = 0; i < items->size(); ++i) {
            const std::string item_path = Reader::at(items_path, i);
            const json &item = (*items)[i];
            // Kept even when broken, so that later checks name items by their place in the file.
            ProgrammeChecklistItem &out = ph.handover.emplace_back();
            if (!r.object(&item, item_path, {"id", "text"}))
                continue;
            if (r.text(item, item_path, "id", false, out.id) && !is_identifier(out.id, false))
                r.fail(Reader::at(item_path, "id"),
                       in_quotes(out.id) + " is not an id (lower-case letters, digits and _)");
            r.texts(item, item_path, "text", false, out.text);
        }
    }
}

// The shape of the journey: ids unique, `completed` and `ended` last, closed phases empty,
// checklist item ids unique across the programme (the app finds an item's text by its id).
void check_journey(Reader &r, const std::vector<ProgrammePhase> &phases)
{
    std::map<std::string, std::size_t> seen;
    std::map<std::string, std::string> item_seen;
    for (std::size_t i = 0; i < phases.size(); ++i) {
        const auto &ph = phases[i];
        const std::string path = Reader::at("phases", i);
        if (!ph.id.empty()) {
            const auto [it, fresh] = seen.emplace(ph.id, i);
            if (!fresh)
                r.fail(Reader::at(path, "id"),
                       in_quotes(ph.id) + " is also phases[" + std::to_string(it->second) + "]");
        }
        for (std::size_t j = 0; j < ph.handover.size(); ++j) {
            const auto &id = ph.handover[j].id;
            const std::string here = Reader::at(Reader::at(path, "handover"), j);
            if (id.empty())
                continue;
            const auto [it, fresh] = item_seen.emplace(id, here);
            if (!fresh)
                r.fail(Reader::at(here, "id"), in_quotes(id) + " is also " + it->second);
        }
        const bool closed = ph.id == "completed" || ph.id == "ended";
        if (closed && !ph.handover.empty())
            r.fail(Reader::at(path, "handover"), "a closed phase has nothing to hand over");
        if (closed && ph.typical_days != 0)
            r.fail(Reader::at(path, "typical_days"), "a closed phase has no typical length (0)");
        if (ph.skippable && (closed || i == 0))
            r.fail(Reader::at(path, "skippable"),
                   closed ? "a closed phase cannot be skipped"
                          : "every case starts in the first phase; it cannot be skipped");
    }
    const auto place = [&](const char *id, std::size_t want, const char *what) {
        const auto it = seen.find(id);
        if (it == seen.end())
            r.fail("phases", std::string("no ") + in_quotes(id) + " phase (" + what + ")");
        else if (it->second != want)
            r.fail(Reader::at(Reader::at("phases", it->second), "id"),
                   in_quotes(id) + std::string(" must be ") +
                       (want + 1 == phases.size() ? "the last phase"
                                                  : "the second to last phase, before \"ended\""));
    };
    if (phases.size() < 3) {
        r.fail("phases", "needs at least one open phase, then \"completed\" and \"ended\"");
        return;
    }
    place("completed", phases.size() - 2, "the trade certificate is reached");
    place("ended", phases.size() - 1, "the case closes early");
}

void read_consent_texts(Reader &r, const json &root, std::vector<ProgrammeConsentText> &out)
{
    const json *list = r.list(root, "", "consent_texts");
    if (!list)
        return;
    std::map<std::string, int> last_version;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string path = Reader::at("consent_texts", i);
        const json &v = (*list)[i];
        ProgrammeConsentText t;
        if (!r.object(&v, path, {"category", "version", "text"}))
            continue;
        bool known = false;
        if (r.text(v, path, "category", false, t.category)) {
            const auto c = parse_category(t.category);
            const auto &shareable = consent_categories();
            known = c && std::find(shareable.begin(), shareable.end(), *c) != shareable.end();
            if (!known)
                r.fail(Reader::at(path, "category"),
                       in_quotes(t.category) + " is not a category the apprentice shares (goals, "
                                               "checkins, absence, notes, journey or "
                                               "statistics)");
        }
        r.integer(v, path, "version", 1, 1000, t.version);
        // A receipt names a version, so versions must never be reused or skipped.
        if (known) {
            int &last = last_version[t.category]; // a bad version still counts as a text
            if (t.version > 0 && t.version <= last)
                r.fail(Reader::at(path, "version"), "version " + std::to_string(t.version) +
                                                        " of " + in_quotes(t.category) +
                                                        " is already given above");
            else if (t.version > 0 && t.version != last + 1)
                r.fail(Reader::at(path, "version"), "version " + std::to_string(t.version) +
                                                        " of " + in_quotes(t.category) +
                                                        " follows version " + std::to_string(last) +
                                                        "; versions count 1, 2, 3 … in order");
            last = std::max(last, t.version);
        }
        r.texts(v, path, "text", false, t.text);
        out.push_back(std::move(t));
    }
    for (Category c : consentable_categories())
        if (!last_version.count(std::string(to_string(c))))
            r.fail("consent_texts", "no text for " + in_quotes(to_string(c)));
    // Statistics came later (issue 24): a file without its own text gets the compiled-in one,
    // so a programme written before it still loads.
    if (!last_version.count("statistics"))
        for (const auto &t : consent_texts())
            if (t.category == Category::statistics)
                out.push_back({"statistics", t.version, {t.nb, t.en}});
}

void read_rules(Reader &r, const json &root, Programme &p)
{
    if (const json *v = Reader::field(root, "absence_rule");
        r.object(v, "absence_rule", {"window_days", "min_episodes", "min_days"})) {
        auto &a = p.absence_rule;
        r.integer(*v, "absence_rule", "window_days", 1, 365, a.window_days);
        r.integer(*v, "absence_rule", "min_episodes", 1, 100, a.min_episodes);
        r.integer(*v, "absence_rule", "min_days", 1, a.window_days, a.min_days);
    }
    if (const json *v = Reader::field(root, "low_checkin_rule");
        r.object(v, "low_checkin_rule",
                 {"lowest", "low", "severe_pain", "days_in_row", "row_window_days"})) {
        auto &l = p.low_checkin_rule;
        r.integer(*v, "low_checkin_rule", "lowest", 1, 5, l.lowest);
        r.integer(*v, "low_checkin_rule", "low", l.lowest, 5, l.low);
        r.integer(*v, "low_checkin_rule", "severe_pain", 0, 10, l.severe_pain);
        r.integer(*v, "low_checkin_rule", "days_in_row", 2, 30, l.days_in_row);
        r.integer(*v, "low_checkin_rule", "row_window_days", 1, 90, l.row_window_days);
    }
    if (const json *v = Reader::field(root, "caseload");
        r.object(v, "caseload",
                 {"checkins_missing_after_days", "checkins_trend_days", "checkins_falling_by",
                  "consent_withdrawn_days", "handover_due_days"})) {
        auto &c = p.caseload;
        r.integer(*v, "caseload", "checkins_missing_after_days", 1, 365,
                  c.checkins_missing_after_days);
        r.integer(*v, "caseload", "checkins_trend_days", 1, 365, c.checkins_trend_days);
        r.fall_on_scale(*v, "caseload", "checkins_falling_by", c.checkins_falling_by);
        r.integer(*v, "caseload", "consent_withdrawn_days", 1, 365, c.consent_withdrawn_days);
        r.integer(*v, "caseload", "handover_due_days", 0, 365, c.handover_due_days);
    }
    if (const json *v = Reader::field(root, "consent");
        r.object(v, "consent", {"review_months", "guardian_age_limit"})) {
        r.integer(*v, "consent", "review_months", 0, 120, p.consent.review_months);
        r.integer(*v, "consent", "guardian_age_limit", 0, 18, p.consent.guardian_age_limit);
    }
    if (const json *v = Reader::field(root, "retention");
        r.object(v, "retention", {"months", "notice_days"})) {
        r.integer(*v, "retention", "months", 0, 1200, p.retention.months);
        r.integer(*v, "retention", "notice_days", 1, 365, p.retention.notice_days);
    }
    if (const json *v = Reader::field(root, "app_lock"); r.object(v, "app_lock", {"minutes"})) {
        r.integer(*v, "app_lock", "minutes", 1, 60, p.app_lock.minutes);
    }
    if (const json *v = Reader::field(root, "early_warning"); r.object(
            v, "early_warning", {"falling_days", "falling_by", "stopped_days", "ask_again_days"})) {
        auto &e = p.early_warning;
        r.integer(*v, "early_warning", "falling_days", 3, 90, e.falling_days);
        r.fall_on_scale(*v, "early_warning", "falling_by", e.falling_by);
        r.integer(*v, "early_warning", "stopped_days", 2, 90, e.stopped_days);
        r.integer(*v, "early_warning", "ask_again_days", 1, 90, e.ask_again_days);
    }
}

} // namespace

ProgrammeResult parse_programme(const json &root)
{
    Reader r;
    if (!root.is_object())
        return {{}, {{"", "expected an object, not " + kind_of(root)}}};
    // Another version's fields may mean something else: read none of them.
    const auto version = root.find("version");
    if (version == root.end())
        return {{},
                {{"version", "missing (this server reads version " +
                                 std::to_string(programme_format_version) + ")"}}};
    if (!version->is_number_integer())
        return {{}, {{"version", "expected a whole number, not " + kind_of(*version)}}};
    if (version->get<long long>() != programme_format_version)
        return {{},
                {{"version", version->dump() + " is not a version this server reads (" +
                                 std::to_string(programme_format_version) + ")"}}};

    Programme p;
    r.object(&root, "",
             {"version", "id", "name", "yearly_target", "phases", "consent_texts", "absence_rule",
              "low_checkin_rule", "caseload", "consent", "retention"},
             {"app_lock", "early_warning"});
    if (r.text(root, "", "id", false, p.id) && !is_identifier(p.id, true))
        r.fail("id", in_quotes(p.id) + " is not an id (lower-case letters, digits, - and _)");
    r.texts(root, "", "name", false, p.name);
    r.integer(root, "", "yearly_target", 0, 100000, p.yearly_target);
    if (const json *phases = r.list(root, "", "phases")) {
        for (std::size_t i = 0; i < phases->size(); ++i) {
            ProgrammePhase ph;
            read_phase(r, (*phases)[i], Reader::at("phases", i), ph);
            p.phases.push_back(std::move(ph));
        }
        check_journey(r, p.phases);
    }
    read_consent_texts(r, root, p.consent_texts);
    read_rules(r, root, p);
    if (!r.errors.empty())
        return {{}, std::move(r.errors)};
    return {std::move(p), {}};
}

} // namespace bro
