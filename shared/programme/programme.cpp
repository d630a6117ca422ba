#include "programme/programme.hpp"

#include "domain/journey.hpp"
#include "programme/programme_lines.hpp"

#include <set>
#include <utility>

namespace bro {

namespace {

nlohmann::json texts_json(const Texts &t)
{
    return {{"nb", t.nb}, {"en", t.en}};
}

// Where the parser is, so that a key given twice can be named by its path: nlohmann keeps the
// last of two equal keys without a word, and a programme must not lose a phase that way.
struct Frame
{
    bool array = false;
    long long index = -1; // of the current element, in an array
    std::string key;      // the current key, in an object
    std::set<std::string> keys;
};

std::string frames_path(const std::vector<Frame> &frames, std::size_t count)
{
    std::string out;
    for (std::size_t i = 0; i < count; ++i) {
        const auto &f = frames[i];
        if (f.array)
            out += "[" + std::to_string(f.index) + "]";
        else
            out += (out.empty() ? "" : ".") + f.key;
    }
    return out;
}

} // namespace

const ProgrammePhase *Programme::phase(std::string_view id) const
{
    for (const auto &p : phases)
        if (p.id == id)
            return &p;
    return nullptr;
}

const ProgrammePhase *Programme::next_phase(std::string_view id) const
{
    if (is_closed_phase(id))
        return nullptr;
    for (std::size_t i = 0; i + 1 < phases.size(); ++i)
        if (phases[i].id == id)
            return &phases[i + 1]; // the last open phase is followed by `completed`
    return nullptr;
}

const ProgrammePhase *Programme::unskippable_between(std::string_view from,
                                                     std::string_view to) const
{
    if (to == "ended")
        return nullptr;
    const auto index = [this](std::string_view id) {
        for (std::size_t i = 0; i < phases.size(); ++i)
            if (phases[i].id == id)
                return static_cast<long>(i);
        return -1L;
    };
    const long a = index(from), b = index(to);
    if (a < 0 || b < 0)
        return nullptr; // an unknown phase is refused on its own, with its own reason
    for (long i = a + 1; i < b; ++i)
        if (!phases[static_cast<std::size_t>(i)].skippable)
            return &phases[static_cast<std::size_t>(i)];
    return nullptr;
}

const ProgrammeChecklistItem *Programme::checklist_item(std::string_view id) const
{
    for (const auto &p : phases)
        for (const auto &item : p.handover)
            if (item.id == id)
                return &item;
    return nullptr;
}

const ProgrammeConsentText *Programme::consent_text(std::string_view category) const
{
    const ProgrammeConsentText *newest = nullptr;
    for (const auto &t : consent_texts)
        if (t.category == category && (!newest || t.version > newest->version))
            newest = &t;
    return newest;
}

std::vector<std::string> Programme::open_phase_ids() const
{
    std::vector<std::string> out;
    for (const auto &p : phases)
        if (!is_closed_phase(p.id))
            out.push_back(p.id);
    return out;
}

bool is_closed_phase(std::string_view id)
{
    return is_closed(id); // domain/journey.hpp: the one place that knows the two closed ids
}

std::string to_string(const ProgrammeError &e)
{
    return e.path.empty() ? e.message : e.path + ": " + e.message;
}

nlohmann::json to_json(const Programme &p)
{
    auto phases = nlohmann::json::array();
    for (const auto &ph : p.phases) {
        auto items = nlohmann::json::array();
        for (const auto &item : ph.handover)
            items.push_back({{"id", item.id}, {"text", texts_json(item.text)}});
        phases.push_back({{"id", ph.id},
                          {"name", texts_json(ph.name)},
                          {"description", texts_json(ph.description)},
                          {"responsible", ph.responsible},
                          {"organisation", ph.organisation},
                          {"typical_days", ph.typical_days},
                          {"handover", items}});
        if (ph.skippable) // written only when set: files from before read and compare the same
            phases.back()["skippable"] = true;
    }
    auto consent_texts = nlohmann::json::array();
    for (const auto &t : p.consent_texts)
        consent_texts.push_back(
            {{"category", t.category}, {"version", t.version}, {"text", texts_json(t.text)}});
    const auto &a = p.absence_rule;
    const auto &l = p.low_checkin_rule;
    const auto &c = p.caseload;
    return {
        {"version", p.version},
        {"id", p.id},
        {"name", texts_json(p.name)},
        {"yearly_target", p.yearly_target},
        {"phases", phases},
        {"consent_texts", consent_texts},
        {"absence_rule",
         {{"window_days", a.window_days},
          {"min_episodes", a.min_episodes},
          {"min_days", a.min_days}}},
        {"low_checkin_rule",
         {{"lowest", l.lowest},
          {"low", l.low},
          {"severe_pain", l.severe_pain},
          {"days_in_row", l.days_in_row},
          {"row_window_days", l.row_window_days}}},
        {"caseload",
         {{"checkins_missing_after_days", c.checkins_missing_after_days},
          {"checkins_trend_days", c.checkins_trend_days},
          {"checkins_falling_by", c.checkins_falling_by},
          {"consent_withdrawn_days", c.consent_withdrawn_days},
          {"handover_due_days", c.handover_due_days}}},
        {"consent",
         {{"review_months", p.consent.review_months},
          {"guardian_age_limit", p.consent.guardian_age_limit}}},
        {"retention", {{"months", p.retention.months}, {"notice_days", p.retention.notice_days}}},
        {"app_lock", {{"minutes", p.app_lock.minutes}}},
        {"early_warning",
         {{"falling_days", p.early_warning.falling_days},
          {"falling_by", p.early_warning.falling_by},
          {"stopped_days", p.early_warning.stopped_days},
          {"ask_again_days", p.early_warning.ask_again_days}}},
    };
}

ProgrammeResult parse_programme_text(std::string_view text)
{
    std::vector<Frame> frames;
    std::vector<ProgrammeError> duplicates;
    const nlohmann::json::parser_callback_t track = [&](int, nlohmann::json::parse_event_t event,
                                                        nlohmann::json &parsed) {
        using E = nlohmann::json::parse_event_t;
        const auto next_element = [&] {
            if (!frames.empty() && frames.back().array)
                ++frames.back().index;
        };
        switch (event) {
        case E::object_start:
        case E::array_start:
            next_element();
            frames.push_back(Frame{event == E::array_start, -1, {}, {}});
            break;
        case E::object_end:
        case E::array_end:
            if (!frames.empty())
                frames.pop_back();
            break;
        case E::key:
            if (!frames.empty() && parsed.is_string()) {
                auto &top = frames.back();
                top.key = parsed.get<std::string>();
                if (!top.keys.insert(top.key).second)
                    duplicates.push_back(
                        {frames_path(frames, frames.size()), "given twice; name each field once"});
            }
            break;
        case E::value:
            next_element();
            break;
        }
        return true;
    };
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(text.begin(), text.end(), track);
    } catch (const nlohmann::json::parse_error &e) {
        std::string what = e.what();
        // "[json.exception.parse_error.101] parse error at line 3, column 5: …" without the tag.
        if (const auto tag = what.find("] "); tag != std::string::npos)
            what = what.substr(tag + 2);
        return {{}, {{"", "not JSON: " + what}}};
    }
    auto result = parse_programme(json);
    if (!duplicates.empty()) {
        duplicates.insert(duplicates.end(), result.errors.begin(), result.errors.end());
        result.errors = std::move(duplicates);
    }
    if (!result.errors.empty()) {
        const auto lines = json_value_lines(text);
        for (auto &e : result.errors)
            e.line = line_of(lines, e.path);
    }
    return result;
}

} // namespace bro
