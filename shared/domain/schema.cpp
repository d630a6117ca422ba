#include "domain/schema.hpp"

#include "domain/handover.hpp"
#include "domain/journey.hpp"
#include "domain/record.hpp"

#include <algorithm>
#include <array>
#include <charconv>

namespace bro {

namespace {

FieldSpec text(std::string name, bool required, long long min, long long max)
{
    return FieldSpec{std::move(name), FieldType::text, required, min, max, {}};
}
FieldSpec integer(std::string name, bool required, long long min, long long max)
{
    return FieldSpec{std::move(name), FieldType::integer, required, min, max, {}};
}
FieldSpec boolean(std::string name, bool required = false)
{
    return FieldSpec{std::move(name), FieldType::boolean, required, 0, 0, {}};
}
FieldSpec date(std::string name, bool required = false)
{
    return FieldSpec{std::move(name), FieldType::date, required, 0, 0, {}};
}
FieldSpec datetime(std::string name, bool required = false)
{
    return FieldSpec{std::move(name), FieldType::datetime, required, 0, 0, {}};
}
FieldSpec choice(std::string name, bool required, std::vector<std::string> choices)
{
    return FieldSpec{std::move(name), FieldType::choice, required, 0, 0, std::move(choices)};
}
FieldSpec object(std::string name)
{
    return FieldSpec{std::move(name), FieldType::object, false, 0, 0, {}};
}

FieldSpec goal_scores(std::string name)
{
    return FieldSpec{std::move(name), FieldType::goal_scores, false, -2, 2, {}};
}

FieldSpec phase_id(std::string name, bool required)
{
    return FieldSpec{std::move(name), FieldType::phase_id, required, 0, 0, {}};
}

std::vector<std::string> category_names()
{
    std::vector<std::string> out;
    for (Category c : consent_categories())
        out.emplace_back(to_string(c));
    return out;
}

constexpr long long id_max = 128;
constexpr long long title_max = 200;
constexpr long long text_max = 4000;

// One field per checklist item rather than one record per item: the record id, access rule
// (helpers only, journey consent) and the `completed_at` close stay as they were, and the server
// checks each field on its own anyway. Field-level last-writer-wins then keeps concurrent ticks
// of different items apart. `items` (every item in one object) is what older versions wrote and
// may still have in their outbox: still accepted, read only as a fallback. The item fields
// themselves (`item:<id>`) are not listed: their ids come from the case's programme (issue 14),
// so any well-formed id is a field here (validate_field), and the programme decides what counts.
std::vector<FieldSpec> handover_fields()
{
    return {phase_id("phase", true), object("items"), datetime("completed_at")};
}

// An item id as the programme file allows it: a lower-case letter, then letters, digits and `_`.
bool is_item_field(std::string_view kind, std::string_view field)
{
    const auto id = handover_item_of(field);
    if (kind != kind::handover || id.empty() || id.size() > 64 || id[0] < 'a' || id[0] > 'z')
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

std::vector<KindSpec> make_kinds()
{
    return {
        {kind::case_file,
         Category::core,
         {text("apprentice_id", true, 1, id_max), text("training_office_id", false, 0, id_max),
          text("clinic_id", false, 0, id_max), text("trade", false, 0, title_max),
          phase_id("phase", true), date("phase_since", true), object("phase_history"),
          // The age rule (issue 12), written by the server only (admin person birth, guardian):
          // the day the apprentice reaches the programme's age limit when they are under it, and
          // the day their guardian agreed to sharing health categories. Never the date of birth.
          // Those two go to the apprentice only; the care team gets `awaiting_guardian`, true
          // while shares of health categories wait for the guardian (AccessPolicy::can_receive).
          date("guardian_needed_until"), date("guardian_agreed"), boolean("awaiting_guardian")}},
        {kind::handover, Category::journey, handover_fields()},
        {kind::goal,
         Category::goals,
         {text("title", true, 1, title_max), text("why", false, 0, text_max),
          choice("status", true, {"active", "paused", "achieved", "dropped"}),
          integer("position", false, 0, 1'000'000), boolean("is_fagbrev"), datetime("created"),
          choice("state", false, {"accepted", "suggested", "declined"}),
          text("suggested_by", false, 0, title_max), text("suggested_by_id", false, 0, id_max),
          text("suggestion_why", false, 0, text_max)}},
        {kind::goal_step,
         Category::goals,
         {text("goal_id", true, 1, id_max), text("title", true, 1, title_max), boolean("done"),
          integer("position", false, 0, 1'000'000),
          choice("state", false, {"accepted", "suggested", "declined"}),
          text("suggested_by", false, 0, title_max), text("suggested_by_id", false, 0, id_max),
          text("suggestion_why", false, 0, text_max)}},
        // A comment on a goal, by a helper or the apprentice: helpers encourage or ask without
        // touching the apprentice's own words. It goes with the goal, so the goals category.
        {kind::goal_comment,
         Category::goals,
         {text("goal_id", true, 1, id_max), text("author_id", true, 1, id_max),
          text("author_name", false, 0, title_max), text("text", true, 1, text_max),
          datetime("created", true)}},
        {kind::checkin,
         Category::checkins,
         {date("date", true), integer("mood", true, 1, 5), integer("energy", true, 1, 5),
          integer("sleep", true, 1, 5), integer("pain", true, 0, 10), integer("work", false, 1, 5),
          text("note", false, 0, text_max)}},
        {kind::absence,
         Category::absence,
         {date("from", true), date("to", true),
          choice("kind", true, {"sick", "sick_child", "appointment", "personal", "other"}),
          boolean("health_related", true), text("note", false, 0, text_max)}},
        {kind::note,
         Category::notes,
         {text("author_id", true, 1, id_max), text("author_name", false, 0, title_max),
          text("text", true, 1, text_max), datetime("created", true)}},
        {kind::message,
         Category::messages,
         {text("author_id", true, 1, id_max), text("author_name", false, 0, title_max),
          text("text", true, 1, text_max), datetime("sent", true)}},
        {kind::message_read,
         Category::messages,
         {text("person_id", true, 1, id_max), datetime("read_until", true)}},
        {kind::consent,
         Category::core, // to the apprentice and the organisation it names: AccessPolicy
         {text("org_id", true, 1, id_max), choice("category", true, category_names()),
          boolean("granted", true), date("until"),
          // when it was last granted, and when the apprentice last answered a review (issue 12)
          datetime("granted_at"), datetime("reviewed_at")}},
        // What the apprentice was shown when they granted (issue 12): written with the grant by
        // their device, never changed. The text must be that version's (domain/consent_texts).
        {kind::consent_receipt,
         Category::core, // to the apprentice and the organisation it names: AccessPolicy
         {text("consent_id", true, 1, id_max), text("org_id", true, 1, id_max),
          choice("category", true, category_names()), date("until"),
          integer("text_version", true, 1, 1'000'000), text("text", true, 1, text_max),
          choice("language", true, {"nb", "en"}), text("device", false, 0, title_max),
          datetime("shown_at", true)}},
        // A collaboration meeting (samarbeidsmøte). When, where and who take part are the
        // team's, like the case itself (core): every helper on the team may see that a meeting
        // is planned. `participants` is {"people": [person ids], "guests": ["Ole Hansen,
        // instruktør i bedriften", …]} for people without an account.
        {kind::meeting,
         Category::core,
         {text("title", true, 1, title_max), datetime("starts", true),
          integer("minutes_long", false, 0, 600), text("place", false, 0, title_max),
          text("video_link", false, 0, 500), object("participants"),
          choice("status", false, {"planned", "held", "cancelled"})}},
        // What is said in a meeting may be health talk ("the pain got worse on the scaffold"):
        // agenda items, their minutes, the agreed actions and the apprentice's answer are the
        // journey category, shared with an organisation only when the apprentice shares the
        // journey with it.
        {kind::agenda_item,
         Category::journey,
         {text("meeting_id", true, 1, id_max), text("title", true, 1, title_max),
          text("author_id", true, 1, id_max), text("author_name", false, 0, title_max),
          integer("position", false, 0, 1'000'000), datetime("created"),
          text("minutes", false, 0, text_max), text("minutes_by", false, 0, title_max)}},
        // An agreed action: `owner_id` is a person id or "apprentice"; `owner_name` names a
        // guest without an account. An action for the apprentice is also a suggested goal_step
        // (`step_id`), which the apprentice accepts or declines like any suggestion.
        {kind::meeting_action,
         Category::journey,
         {text("meeting_id", true, 1, id_max), text("title", true, 1, title_max),
          text("owner_id", false, 0, id_max), text("owner_name", false, 0, title_max), date("due"),
          text("step_id", false, 0, id_max), boolean("done")}},
        // "Nothing about me without me": the apprentice reads the minutes and agrees, or says
        // what they see differently. One per meeting (meeting_response_id).
        {kind::meeting_response,
         Category::journey,
         {text("meeting_id", true, 1, id_max), choice("answer", true, {"agreed", "differs"}),
          text("comment", false, 0, text_max), datetime("at")}},
        // One week of a graded return to work (opptrappingsplan): drafted by the clinician,
        // answered by the apprentice. `share` is the planned share of full time in percent;
        // `changed` is when the clinic last changed a drafted week (an answer older than that
        // was to another plan: the week waits for a new answer).
        {kind::return_plan_week,
         Category::journey,
         {date("week_start", true), integer("week_no", true, 1, 104),
          integer("share", true, 0, 100), integer("hours", false, 0, 60),
          text("tasks", false, 0, text_max),
          choice("answer", false, {"accepted", "change_requested"}),
          text("answer_note", false, 0, text_max), datetime("changed")}},
        // How the journey began (issue 24): who referred and why, in the apprentice's own words,
        // and the clinic's answer, which the apprentice reads. Journey category: it is the start
        // of the journey, shared with an organisation when the apprentice shares the journey.
        {kind::referral,
         Category::journey,
         {choice("referred_by", true, {"adviser", "gp", "apprentice", "other"}),
          date("referred_on", true), text("reason", false, 0, text_max),
          choice("decision", false, {"waiting", "accepted", "declined"}), date("decided_on"),
          text("decision_reason", false, 0, text_max), date("stay_start"), date("stay_end")}},
        // One outcome point (issue 24): the adviser's status in the apprenticeship and the
        // apprentice's own answers, Goal Attainment Scaling per goal (−2 … +2) and the single
        // work ability score (0 … 10). `due` is when it was due; `answered_on` may be later (a
        // missed point filled in late keeps both dates).
        {kind::outcome,
         Category::journey,
         {choice("point", true, outcome_points()), date("due", true),
          choice("status", false, apprenticeship_statuses()), date("status_on"),
          goal_scores("goal_scores"), integer("work_ability", false, 0, 10), date("answered_on")}},
    };
}

bool digits(std::string_view s, std::size_t pos, std::size_t n, int &out)
{
    if (pos + n > s.size())
        return false;
    out = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

bool leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

Validation error(std::string_view field, std::string message)
{
    return FieldError{std::string(field), std::move(message)};
}

Validation check_handover_item(const FieldSpec &spec, const nlohmann::json &v)
{
    if (!v.is_object())
        return error(spec.name, "must be an object {done, explanation, by, at}");
    for (const auto &[key, value] : v.items())
        if (key != "done" && key != "explanation" && key != "by" && key != "at")
            return error(spec.name, "has an unknown part '" + key + "'");
    const auto done = v.find("done");
    if (done == v.end() || !done->is_boolean())
        return error(spec.name, "must say whether the item is done (true or false)");
    if (const auto e = v.find("explanation"); e != v.end()) {
        if (!e->is_string() || !is_valid_utf8(e->get_ref<const std::string &>()))
            return error(spec.name, "explanation must be text");
        if (static_cast<long long>(e->get_ref<const std::string &>().size()) >
            handover_explanation_max)
            return error(spec.name, "explanation is longer than " +
                                        std::to_string(handover_explanation_max) + " bytes");
    }
    const auto by = v.find("by");
    if (by == v.end() || !by->is_string() || by->get_ref<const std::string &>().empty() ||
        static_cast<long long>(by->get_ref<const std::string &>().size()) > id_max)
        return error(spec.name, "must name who ticked it (by)");
    const auto at = v.find("at");
    if (at == v.end() || !at->is_string() || !is_valid_datetime(at->get_ref<const std::string &>()))
        return error(spec.name, "must say when it was ticked (at, a UTC time)");
    return std::nullopt;
}

Validation check_value(const FieldSpec &spec, const nlohmann::json &v)
{
    if (v.is_null()) {
        if (spec.required)
            return error(spec.name, "is required and cannot be cleared");
        return std::nullopt;
    }
    switch (spec.type) {
    case FieldType::text: {
        if (!v.is_string())
            return error(spec.name, "must be text");
        const auto &s = v.get_ref<const std::string &>();
        if (!is_valid_utf8(s))
            return error(spec.name, "must be valid UTF-8");
        if (static_cast<long long>(s.size()) < spec.min)
            return error(spec.name, spec.min == 1 ? "must not be empty"
                                                  : "is shorter than " + std::to_string(spec.min));
        if (static_cast<long long>(s.size()) > spec.max)
            return error(spec.name, "is longer than " + std::to_string(spec.max) + " bytes");
        return std::nullopt;
    }
    case FieldType::integer: {
        if (!v.is_number_integer())
            return error(spec.name, "must be a whole number");
        // Compare as signed and unsigned separately: huge unsigned values must not wrap.
        if (v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(spec.max))
            return error(spec.name, "must be at most " + std::to_string(spec.max));
        const auto n = v.get<long long>();
        if (n < spec.min || n > spec.max)
            return error(spec.name, "must be between " + std::to_string(spec.min) + " and " +
                                        std::to_string(spec.max));
        return std::nullopt;
    }
    case FieldType::boolean:
        if (!v.is_boolean())
            return error(spec.name, "must be true or false");
        return std::nullopt;
    case FieldType::date:
        if (!v.is_string() || !is_valid_date(v.get_ref<const std::string &>()))
            return error(spec.name, "must be a date (YYYY-MM-DD)");
        return std::nullopt;
    case FieldType::datetime:
        if (!v.is_string() || !is_valid_datetime(v.get_ref<const std::string &>()))
            return error(spec.name, "must be a UTC time (YYYY-MM-DDTHH:MM:SSZ)");
        return std::nullopt;
    case FieldType::choice: {
        if (!v.is_string())
            return error(spec.name, "must be text");
        const auto &s = v.get_ref<const std::string &>();
        if (std::find(spec.choices.begin(), spec.choices.end(), s) == spec.choices.end())
            return error(spec.name, "is not one of the allowed values");
        return std::nullopt;
    }
    case FieldType::object:
        if (!v.is_object())
            return error(spec.name, "must be an object");
        if (v.dump().size() > static_cast<std::size_t>(text_max * 4))
            return error(spec.name, "is too large");
        return std::nullopt;
    case FieldType::handover_item:
        return check_handover_item(spec, v);
    case FieldType::phase_id:
        if (!v.is_string() || !is_phase_id(v.get_ref<const std::string &>()))
            return error(spec.name, "must be a phase id (a-z, 0-9 and _, up to 40)");
        return std::nullopt;
    case FieldType::goal_scores:
        if (!v.is_object())
            return error(spec.name, "must be an object {goal id: score}");
        if (v.size() > 50)
            return error(spec.name, "has more than 50 goals");
        for (const auto &[goal, score] : v.items()) {
            if (goal.empty() || goal.size() > static_cast<std::size_t>(id_max))
                return error(spec.name, "has a goal id that is empty or too long");
            if (!score.is_number_integer() || score.get<long long>() < spec.min ||
                score.get<long long>() > spec.max)
                return error(spec.name, "scores must be whole numbers from -2 to 2");
        }
        return std::nullopt;
    }
    return error(spec.name, "has an unknown type");
}

} // namespace

const std::vector<KindSpec> &all_kinds()
{
    static const std::vector<KindSpec> kinds = make_kinds();
    return kinds;
}

const KindSpec *find_kind(std::string_view name)
{
    for (const auto &k : all_kinds())
        if (k.name == name)
            return &k;
    return nullptr;
}

std::optional<Category> category_of(std::string_view kind)
{
    if (const auto *k = find_kind(kind))
        return k->category;
    return std::nullopt;
}

Validation validate_field(std::string_view kind, std::string_view field,
                          const nlohmann::json &value)
{
    const auto *k = find_kind(kind);
    if (!k)
        return error("kind", "unknown record kind");
    if (field == deleted_field) {
        if (!value.is_boolean())
            return error(field, "must be true or false");
        return std::nullopt;
    }
    for (const auto &spec : k->fields)
        if (spec.name == field)
            return check_value(spec, value);
    if (is_item_field(kind, field))
        return check_value(FieldSpec{std::string(field), FieldType::handover_item, false, 0, 0, {}},
                           value);
    return error(field, "is not a field of " + std::string(kind));
}

Validation validate_record(std::string_view kind, const nlohmann::json &fields)
{
    const auto *k = find_kind(kind);
    if (!k)
        return error("kind", "unknown record kind");
    if (!fields.is_object())
        return error("fields", "must be an object");
    if (fields.contains(deleted_field) && fields[deleted_field] == true)
        return std::nullopt; // a tombstone needs nothing else
    for (const auto &[name, value] : fields.items())
        if (auto e = validate_field(kind, name, value))
            return e;
    for (const auto &spec : k->fields)
        if (spec.required && (!fields.contains(spec.name) || fields[spec.name].is_null()))
            return error(spec.name, "is required");
    if (kind == kind::absence &&
        fields["to"].get<std::string>() < fields["from"].get<std::string>())
        return error("to", "must be on or after the first day");
    return std::nullopt;
}

bool is_valid_date(std::string_view s)
{
    int y = 0, m = 0, d = 0;
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return false;
    if (!digits(s, 0, 4, y) || !digits(s, 5, 2, m) || !digits(s, 8, 2, d))
        return false;
    static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || m < 1 || m > 12 || d < 1)
        return false;
    const int max_day = days[static_cast<std::size_t>(m - 1)] + ((m == 2 && leap(y)) ? 1 : 0);
    return d <= max_day;
}

bool is_valid_datetime(std::string_view s)
{
    int h = 0, mi = 0, se = 0;
    if (s.size() != 20 || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != 'Z')
        return false;
    return is_valid_date(s.substr(0, 10)) && digits(s, 11, 2, h) && digits(s, 14, 2, mi) &&
           digits(s, 17, 2, se) && h < 24 && mi < 60 && se < 61;
}

bool is_phase_id(std::string_view s)
{
    if (s.empty() || s.size() > 40 || s.front() < 'a' || s.front() > 'z')
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

bool is_valid_utf8(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;
        std::uint32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xe0) == 0xc0) {
            n = 1;
            cp = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            n = 2;
            cp = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            n = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        for (std::size_t k = 1; k <= n; ++k) {
            if (i + k >= s.size())
                return false;
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3f);
        }
        // Overlong forms, surrogates and values past Unicode are invalid.
        if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) ||
            cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        i += n + 1;
    }
    return true;
}

std::string consent_id(std::string_view case_id, std::string_view org_id, Category c)
{
    return "consent:" + std::string(case_id) + ":" + std::string(org_id) + ":" +
           std::string(to_string(c));
}

std::string consent_receipt_id(std::string_view case_id, std::string_view org_id, Category c,
                               std::string_view unique)
{
    return "consent_receipt:" + std::string(case_id) + ":" + std::string(org_id) + ":" +
           std::string(to_string(c)) + ":" + std::string(unique);
}

std::string handover_id(std::string_view case_id, Phase p)
{
    return handover_id(case_id, to_string(p));
}

std::string handover_id(std::string_view case_id, std::string_view phase_id)
{
    return "handover:" + std::string(case_id) + ":" + std::string(phase_id);
}

std::string meeting_response_id(std::string_view meeting_id)
{
    return "response:" + std::string(meeting_id);
}

const std::vector<std::string> &outcome_points()
{
    static const std::vector<std::string> points{"baseline", "stay_end", "month_3", "month_6",
                                                 "month_12"};
    return points;
}

const std::vector<std::string> &apprenticeship_statuses()
{
    static const std::vector<std::string> statuses{"in_training", "sick_leave", "paused",
                                                   "dropped_out", "certified"};
    return statuses;
}

std::string referral_id(std::string_view case_id)
{
    return "referral:" + std::string(case_id);
}

std::string outcome_id(std::string_view case_id, std::string_view point)
{
    return "outcome:" + std::string(case_id) + ":" + std::string(point);
}

std::string message_read_id(std::string_view case_id, std::string_view person_id)
{
    return "read:" + std::string(case_id) + ":" + std::string(person_id);
}

} // namespace bro
