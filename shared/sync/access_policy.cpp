#include "sync/access_policy.hpp"

#include "domain/consent_rules.hpp"
#include "domain/consent_texts.hpp"
#include "domain/handover.hpp"
#include "domain/journey.hpp"
#include "domain/schema.hpp"
#include "programme/builtin.hpp"
#include "sync/protocol.hpp"

#include <algorithm>

namespace bro {

namespace {

const Programme &programme_of(const CaseAccess &c)
{
    return c.programme ? *c.programme : builtin_programme();
}

Denial forbidden(std::string message)
{
    return Denial{protocol::code::forbidden, std::move(message)};
}

} // namespace

bool AccessPolicy::is_apprentice_of(const Actor &a, const CaseAccess &c)
{
    return a.role == Role::apprentice && a.person_id == c.apprentice_id;
}

bool AccessPolicy::is_helper_on(const Actor &a, const CaseAccess &c)
{
    return (a.role == Role::adviser || a.role == Role::clinician) && c.team.count(a.person_id) > 0;
}

bool AccessPolicy::consent_active(const CaseAccess &c, const std::string &org_id, Category cat,
                                  const std::string &today)
{
    for (const auto &g : c.grants)
        if (g.org_id == org_id && g.category == cat && (g.until.empty() || g.until >= today))
            return consent_effective(cat, c.apprentice_birth_date, c.guardian_agreed, today,
                                     c.guardian_age_limit) == ConsentEffect::effective;
    return false;
}

bool AccessPolicy::can_read(const Actor &a, const CaseAccess &c, Category cat,
                            const std::string &today)
{
    if (is_apprentice_of(a, c))
        return true; // nothing about me without me
    if (!is_helper_on(a, c))
        return false;
    if (cat == Category::messages || cat == Category::core)
        return true;
    return consent_active(c, a.org_id, cat, today);
}

bool AccessPolicy::can_receive(const Actor &a, const CaseAccess &c, const Change &ch,
                               const std::string &today)
{
    if (ch.case_id != c.case_id)
        return false;
    if (ch.kind == kind::consent) {
        if (is_apprentice_of(a, c))
            return true;
        auto parsed = parse_consent_id(ch.record_id);
        return is_helper_on(a, c) && parsed && parsed->first == a.org_id;
    }
    if (ch.kind == kind::consent_receipt) {
        if (is_apprentice_of(a, c))
            return true;
        auto parsed = parse_receipt_id(ch.record_id);
        return is_helper_on(a, c) && parsed && parsed->org_id == a.org_id;
    }
    // The age rule's dates follow from the date of birth: they are the apprentice's alone. The
    // care team learns only `awaiting_guardian` (docs/protocol.md, the age rule).
    if (ch.kind == kind::case_file &&
        (ch.field == "guardian_needed_until" || ch.field == "guardian_agreed"))
        return is_apprentice_of(a, c);
    const auto cat = category_of(ch.kind);
    return cat && can_read(a, c, *cat, today);
}

const std::vector<WriteRule> &AccessPolicy::write_table()
{
    using enum May;
    // kind, field: apprentice, adviser, clinician. The coordinator writes no case data.
    static const std::vector<WriteRule> table{
        {kind::case_file, "phase", no, responsible, responsible},
        {kind::case_file, "phase_since", no, responsible, responsible},
        {kind::case_file, "phase_history", no, responsible, responsible},
        {kind::case_file, "*", no, no, no},
        {kind::handover, "*", no, yes, yes},
        {kind::goal, "title", yes, own, own},
        {kind::goal, "why", yes, own, own},
        {kind::goal, "status", yes, own, own},
        {kind::goal, "position", yes, own, own},
        {kind::goal, "is_fagbrev", yes, own, own},
        {kind::goal, "created", yes, own, own},
        {kind::goal, "state", yes, suggest, suggest},
        {kind::goal, "suggested_by", no, own, own},
        {kind::goal, "suggested_by_id", no, own, own},
        {kind::goal, "suggestion_why", no, own, own},
        {kind::goal, "_deleted", yes, own, own},
        {kind::goal_step, "goal_id", yes, own, own},
        {kind::goal_step, "title", yes, own, own},
        {kind::goal_step, "done", yes, own, own},
        {kind::goal_step, "position", yes, own, own},
        {kind::goal_step, "state", yes, suggest, suggest},
        {kind::goal_step, "suggested_by", no, own, own},
        {kind::goal_step, "suggested_by_id", no, own, own},
        {kind::goal_step, "suggestion_why", no, own, own},
        {kind::goal_step, "_deleted", yes, own, own},
        {kind::goal_comment, "*", own, own, own},
        {kind::checkin, "*", yes, no, no},
        {kind::absence, "*", yes, no, no},
        {kind::note, "*", no, own, own},
        {kind::message, "*", own, own, own},
        {kind::message_read, "*", own, own, own},
        {kind::consent, "*", yes, no, no},
        {kind::consent_receipt, "_deleted", no, no, no},
        {kind::consent_receipt, "*", yes, no, no},
        {kind::meeting, "*", no, yes, yes},
        {kind::agenda_item, "minutes", no, yes, yes},
        {kind::agenda_item, "minutes_by", no, yes, yes},
        {kind::agenda_item, "*", own, own, own},
        {kind::meeting_action, "*", no, yes, yes},
        {kind::meeting_response, "*", yes, no, no},
        {kind::return_plan_week, "answer", yes, no, no},
        {kind::return_plan_week, "answer_note", yes, no, no},
        {kind::return_plan_week, "*", no, no, yes},
        // The referral: who referred (the adviser, or the apprentice themselves) writes it; the
        // clinic answers it and sets the stay's dates.
        {kind::referral, "decision", no, no, yes},
        {kind::referral, "decided_on", no, no, yes},
        {kind::referral, "decision_reason", no, no, yes},
        {kind::referral, "stay_start", no, no, yes},
        {kind::referral, "stay_end", no, no, yes},
        {kind::referral, "_deleted", no, no, no},
        {kind::referral, "*", yes, yes, no},
        // An outcome point: the adviser sets the status in the apprenticeship; the answers are
        // the apprentice's alone. Either may open a due point.
        {kind::outcome, "status", no, yes, no},
        {kind::outcome, "status_on", no, yes, no},
        {kind::outcome, "goal_scores", yes, no, no},
        {kind::outcome, "work_ability", yes, no, no},
        {kind::outcome, "answered_on", yes, no, no},
        {kind::outcome, "_deleted", no, no, no},
        {kind::outcome, "*", yes, yes, no},
    };
    return table;
}

std::string_view to_string(May m)
{
    switch (m) {
    case May::no:
        return "no";
    case May::yes:
        return "yes";
    case May::own:
        return "own";
    case May::suggest:
        return "suggest";
    case May::responsible:
        return "responsible";
    }
    return "no";
}

const WriteRule *AccessPolicy::rule_for(std::string_view kind, std::string_view field)
{
    const WriteRule *any = nullptr;
    for (const auto &r : write_table()) {
        if (r.kind != kind)
            continue;
        if (r.field == field)
            return &r;
        if (r.field == "*")
            any = &r;
    }
    return any;
}

May AccessPolicy::may(const WriteRule &r, Role role)
{
    switch (role) {
    case Role::apprentice:
        return r.apprentice;
    case Role::adviser:
        return r.adviser;
    case Role::clinician:
        return r.clinician;
    case Role::coordinator:
        return May::no;
    }
    return May::no;
}

std::string AccessPolicy::owner_of(std::string_view kind, const nlohmann::json &record,
                                   const CaseAccess &c)
{
    const auto text = [&record](const char *field) -> std::string {
        if (!record.is_object())
            return {};
        const auto it = record.find(field);
        return it != record.end() && it->is_string() ? it->get<std::string>() : std::string{};
    };
    if (kind == kind::goal || kind == kind::goal_step) {
        const auto by = text("suggested_by_id");
        if (!by.empty() && by != c.apprentice_id && text("state") == "suggested")
            return by;
        return c.apprentice_id;
    }
    if (kind == kind::note || kind == kind::message || kind == kind::agenda_item ||
        kind == kind::goal_comment)
        return text("author_id");
    if (kind == kind::message_read)
        return text("person_id");
    return c.apprentice_id;
}

namespace {

// Why a helper may not write a field they do not own, in words the app can show (ErrorText maps
// the "the apprentice's own" ones to bokmål).
std::string not_yours(std::string_view kind, const nlohmann::json &record)
{
    const bool is_new = !record.is_object() || record.empty();
    if (kind == kind::goal)
        return is_new ? "a helper's new goal must be a suggestion in their own name"
                      : "this goal is the apprentice's own: only they can change or delete it";
    if (kind == kind::goal_step)
        return is_new ? "a helper's new step must be a suggestion in their own name"
                      : "this step is the apprentice's own: only they can change or delete it";
    if (kind == kind::goal_comment)
        return "you can only change your own comments";
    if (kind == kind::checkin)
        return "check-ins are the apprentice's own";
    if (kind == kind::absence)
        return "absence notes are the apprentice's own";
    if (kind == kind::consent || kind == kind::consent_receipt)
        return "only the apprentice decides what is shared";
    if (kind == kind::note)
        return is_new ? "notes are written by the helpers" : "you can only change your own notes";
    if (kind == kind::meeting)
        return "meetings are arranged by the helpers";
    if (kind == kind::agenda_item)
        return "you can only change your own agenda items";
    if (kind == kind::meeting_action)
        return "agreed actions are written down by the helpers";
    if (kind == kind::meeting_response)
        return "only the apprentice says whether they agree with the minutes";
    if (kind == kind::return_plan_week)
        return "the clinic drafts the return plan; only the apprentice answers it";
    if (kind == kind::referral)
        return "the clinic answers the referral; the one who refers writes it";
    if (kind == kind::outcome)
        return "the adviser sets the status; only the apprentice gives their own answers";
    return "you can only write in your own name";
}

// A receipt names its case, organisation and category in its id; its fields must agree, it is
// never changed once written, and its text must be the text of the version it names, in the
// language it names (domain/consent_texts.hpp): the server keeps every version.
std::optional<Denial> check_receipt(const CaseAccess &c, const Change &ch,
                                    const nlohmann::json &record)
{
    const auto invalid = [](std::string m) {
        return Denial{protocol::code::invalid_record, std::move(m)};
    };
    auto parsed = AccessPolicy::parse_receipt_id(ch.record_id);
    if (!parsed)
        return invalid(
            "a receipt id must be consent_receipt:<case>:<organisation>:<category>:<id>");
    if (parsed->case_id != c.case_id)
        return invalid("the receipt id names another case");
    if ((ch.field == "org_id" && ch.value != parsed->org_id) ||
        (ch.field == "category" && ch.value != to_string(parsed->category)) ||
        (ch.field == "consent_id" &&
         ch.value != consent_id(c.case_id, parsed->org_id, parsed->category)))
        return invalid("the receipt's fields must match its id");
    if (record.is_object()) {
        const auto stored = record.find(ch.field);
        if (stored != record.end() && *stored != ch.value)
            return forbidden("a consent receipt is never changed");
    }
    if (ch.field == "text" || ch.field == "text_version" || ch.field == "language") {
        const auto get = [&](const char *f) -> nlohmann::json {
            if (ch.field == f)
                return ch.value;
            if (!record.is_object())
                return nullptr;
            const auto it = record.find(f);
            return it == record.end() ? nlohmann::json() : *it;
        };
        const auto version = get("text_version");
        const auto text = get("text");
        const auto language = get("language");
        if (!version.is_number_integer() || !text.is_string() || !language.is_string())
            return invalid("a receipt carries its text, text_version and language together");
        const ProgrammeConsentText *known = nullptr;
        for (const auto &t : programme_of(c).consent_texts)
            if (t.category == to_string(parsed->category) && t.version == version.get<int>())
                known = &t;
        if (!known)
            return invalid("the server knows no version " + std::to_string(version.get<int>()) +
                           " of the text for " + std::string(to_string(parsed->category)));
        const auto lang = language.get<std::string>();
        const std::string words = lang == "nb"   ? known->text.nb
                                  : lang == "en" ? known->text.en
                                                 : std::string();
        if (words != text.get<std::string>())
            return invalid("the receipt's text is not the text of version " +
                           std::to_string(version.get<int>()));
    }
    return std::nullopt;
}

} // namespace

std::optional<Denial> AccessPolicy::check_write(const Actor &a, const CaseAccess &c,
                                                const Change &ch, const std::string &today,
                                                const nlohmann::json &record)
{
    if (ch.case_id != c.case_id)
        return forbidden("the change names another case");
    const bool apprentice = is_apprentice_of(a, c);
    const bool helper = is_helper_on(a, c);
    if (!apprentice && !helper)
        return forbidden("you are not on this apprentice's care team");
    const auto cat = category_of(ch.kind);
    const auto *rule = rule_for(ch.kind, ch.field);
    if (!cat || !rule)
        return Denial{protocol::code::invalid_record, "unknown record kind '" + ch.kind + "'"};

    switch (may(*rule, a.role)) {
    case May::yes:
        break;
    case May::no:
        if (ch.kind == kind::case_file)
            return forbidden(apprentice ? "the phase is moved on by the one responsible for it"
                                        : "only the phase of a case can be changed from a device");
        if (ch.kind == kind::handover)
            return forbidden("the handover checklist is kept by the helpers");
        if (ch.kind == kind::consent_receipt && apprentice)
            return forbidden("a consent receipt is never deleted");
        if ((ch.kind == kind::goal || ch.kind == kind::goal_step) && apprentice)
            return forbidden("who suggested something is written by the one who suggested it");
        if (ch.kind == kind::agenda_item && apprentice)
            return forbidden("the minutes are written by the helpers");
        return forbidden(not_yours(ch.kind, record));
    case May::own:
        if (owner_of(ch.kind, record, c) != a.person_id)
            return forbidden(not_yours(ch.kind, record));
        break;
    case May::suggest:
        if (owner_of(ch.kind, record, c) != a.person_id)
            return forbidden(not_yours(ch.kind, record));
        if (ch.value != "suggested")
            return forbidden("a helper suggests; only the apprentice accepts or declines");
        break;
    case May::responsible: {
        const auto *phase = programme_of(c).phase(c.phase);
        const auto responsible = phase ? parse_role(phase->responsible) : std::nullopt;
        if (!responsible)
            return forbidden("the case is in a phase its programme does not have");
        if (a.role != *responsible)
            return forbidden("the " + phase->responsible + " is responsible for this phase");
        break;
    }
    }

    // A programme may leave phases out (issue 14): a case moves only to a phase of its own.
    if ((ch.kind == kind::case_file || ch.kind == kind::handover) && ch.field == "phase" &&
        ch.value.is_string() && !programme_of(c).phase(ch.value.get<std::string>()))
        return Denial{protocol::code::invalid_record,
                      "\"" + ch.value.get<std::string>() + "\" is not a phase of this programme"};
    // Nor past a phase the programme says may not be skipped (issue 25).
    if (ch.kind == kind::case_file && ch.field == "phase" && ch.value.is_string())
        if (const auto *kept =
                programme_of(c).unskippable_between(c.phase, ch.value.get<std::string>()))
            return Denial{protocol::code::invalid_record,
                          "the case cannot skip \"" + kept->id + "\"; move it there first"};

    // Fields that name a person name the writer: nobody writes in someone else's name.
    if ((ch.field == "author_id" || ch.field == "person_id" || ch.field == "suggested_by_id") &&
        ch.value != a.person_id)
        return forbidden(ch.kind == kind::message_read ? "you can only mark your own messages read"
                                                       : "you can only write in your own name");
    // Who ticked an item is part of the handover's record of who did what: no ticking for others.
    if (ch.kind == kind::handover && !handover_item_of(ch.field).empty() && ch.value.is_object() &&
        ch.value.find("by") != ch.value.end() && ch.value["by"] != a.person_id)
        return forbidden("you can only tick the checklist in your own name");

    if (ch.kind == kind::consent) {
        auto parsed = parse_consent_id(ch.record_id);
        if (!parsed)
            return Denial{protocol::code::invalid_record,
                          "a consent id must be consent:<case>:<organisation>:<category>"};
        if (ch.record_id != consent_id(c.case_id, parsed->first, parsed->second))
            return Denial{protocol::code::invalid_record, "the consent id names another case"};
        if ((ch.field == "org_id" && ch.value != parsed->first) ||
            (ch.field == "category" && ch.value != to_string(parsed->second)))
            return Denial{protocol::code::invalid_record, "the consent's fields must match its id"};
        return std::nullopt;
    }
    if (ch.kind == kind::consent_receipt)
        return check_receipt(c, ch, record);
    if (helper && !can_read(a, c, *cat, today))
        return forbidden("the apprentice has not shared " + std::string(to_string(*cat)) +
                         " with your organisation");
    return std::nullopt;
}

std::optional<std::pair<std::string, Category>>
AccessPolicy::parse_consent_id(const std::string &id)
{
    // consent:<case>:<org>:<category>; case and org ids contain no ':'.
    constexpr std::string_view prefix = "consent:";
    if (id.rfind(prefix, 0) != 0)
        return std::nullopt;
    const auto rest = std::string_view(id).substr(prefix.size());
    const auto first = rest.find(':');
    if (first == std::string_view::npos)
        return std::nullopt;
    const auto second = rest.find(':', first + 1);
    if (second == std::string_view::npos || rest.find(':', second + 1) != std::string_view::npos)
        return std::nullopt;
    const auto org = rest.substr(first + 1, second - first - 1);
    auto cat = parse_category(rest.substr(second + 1));
    if (org.empty() || !cat)
        return std::nullopt;
    const auto &allowed = consent_categories();
    if (std::find(allowed.begin(), allowed.end(), *cat) == allowed.end())
        return std::nullopt;
    // Statistics is consent to be counted by the case's own programme, and nothing else.
    if ((*cat == Category::statistics) != (org == statistics_org))
        return std::nullopt;
    return std::make_pair(std::string(org), *cat);
}

std::optional<AccessPolicy::ReceiptId> AccessPolicy::parse_receipt_id(const std::string &id)
{
    // consent_receipt:<case>:<org>:<category>:<unique>; case, org and unique contain no ':'.
    constexpr std::string_view prefix = "consent_receipt:";
    if (id.rfind(prefix, 0) != 0)
        return std::nullopt;
    std::vector<std::string_view> parts;
    auto rest = std::string_view(id).substr(prefix.size());
    while (true) {
        const auto colon = rest.find(':');
        parts.push_back(rest.substr(0, colon));
        if (colon == std::string_view::npos)
            break;
        rest = rest.substr(colon + 1);
    }
    if (parts.size() != 4 || parts[0].empty() || parts[1].empty() || parts[3].empty())
        return std::nullopt;
    auto cat = parse_category(parts[2]);
    if (!cat)
        return std::nullopt;
    const auto &allowed = consent_categories();
    if (std::find(allowed.begin(), allowed.end(), *cat) == allowed.end())
        return std::nullopt;
    if ((*cat == Category::statistics) != (parts[1] == statistics_org))
        return std::nullopt;
    return ReceiptId{std::string(parts[0]), std::string(parts[1]), *cat};
}

} // namespace bro
