#include "sync/access_policy.hpp"

#include "domain/handover.hpp"
#include "domain/journey.hpp"
#include "domain/schema.hpp"
#include "sync/protocol.hpp"

#include <algorithm>

namespace bro {

namespace {

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
            return true;
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
    const auto cat = category_of(ch.kind);
    return cat && can_read(a, c, *cat, today);
}

std::optional<Denial> AccessPolicy::check_write(const Actor &a, const CaseAccess &c,
                                                const Change &ch, const std::string &today)
{
    if (ch.case_id != c.case_id)
        return forbidden("the change names another case");
    const bool apprentice = is_apprentice_of(a, c);
    const bool helper = is_helper_on(a, c);
    if (!apprentice && !helper)
        return forbidden("you are not on this apprentice's care team");
    const auto cat = category_of(ch.kind);
    if (!cat)
        return Denial{protocol::code::invalid_record, "unknown record kind '" + ch.kind + "'"};

    if (ch.kind == kind::consent) {
        if (!apprentice)
            return forbidden("only the apprentice decides what is shared");
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
    if (ch.kind == kind::case_file) {
        if (apprentice)
            return forbidden("the phase is moved on by the one responsible for it");
        if (ch.field != "phase" && ch.field != "phase_since" && ch.field != "phase_history")
            return forbidden("only the phase of a case can be changed from a device");
        const auto &info = phase_info(c.phase);
        if (a.role != info.responsible)
            return forbidden("the " + std::string(to_string(info.responsible)) +
                             " is responsible for this phase");
        return std::nullopt;
    }
    if (ch.kind == kind::checkin && !apprentice)
        return forbidden("check-ins are the apprentice's own");
    if (ch.kind == kind::note && !helper)
        return forbidden("notes are written by the helpers");
    if (ch.kind == kind::handover && !helper)
        return forbidden("the handover checklist is kept by the helpers");
    // Who ticked an item is part of the handover's record of who did what: no ticking for others.
    if (ch.kind == kind::handover && !handover_item_of(ch.field).empty() && ch.value.is_object() &&
        ch.value.find("by") != ch.value.end() && ch.value["by"] != a.person_id)
        return forbidden("you can only tick the checklist in your own name");
    if ((ch.kind == kind::note || ch.kind == kind::message) && ch.field == "author_id" &&
        ch.value != a.person_id)
        return forbidden("you can only write in your own name");
    if (ch.kind == kind::message_read && ch.field == "person_id" && ch.value != a.person_id)
        return forbidden("you can only mark your own messages read");
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
    const auto &allowed = consentable_categories();
    if (std::find(allowed.begin(), allowed.end(), *cat) == allowed.end())
        return std::nullopt;
    return std::make_pair(std::string(org), *cat);
}

} // namespace bro
