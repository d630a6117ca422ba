#include "domain/enums.hpp"

#include <array>
#include <utility>

namespace bro {

namespace {

template <typename E, std::size_t N>
std::string_view name_of(const std::array<std::pair<E, std::string_view>, N> &table, E value)
{
    for (const auto &[e, name] : table)
        if (e == value)
            return name;
    return "unknown";
}

template <typename E, std::size_t N>
std::optional<E> parse_in(const std::array<std::pair<E, std::string_view>, N> &table,
                          std::string_view s)
{
    for (const auto &[e, name] : table)
        if (name == s)
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<Role, std::string_view>, 4> roles{{
    {Role::apprentice, "apprentice"},
    {Role::adviser, "adviser"},
    {Role::clinician, "clinician"},
    {Role::coordinator, "coordinator"},
}};

constexpr std::array<std::pair<Phase, std::string_view>, 7> phases{{
    {Phase::referral, "referral"},
    {Phase::preparation, "preparation"},
    {Phase::stay, "stay"},
    {Phase::return_to_work, "return_to_work"},
    {Phase::follow_up, "follow_up"},
    {Phase::completed, "completed"},
    {Phase::ended, "ended"},
}};

constexpr std::array<std::pair<Category, std::string_view>, 8> categories{{
    {Category::goals, "goals"},
    {Category::checkins, "checkins"},
    {Category::absence, "absence"},
    {Category::notes, "notes"},
    {Category::journey, "journey"},
    {Category::messages, "messages"},
    {Category::core, "core"},
    {Category::statistics, "statistics"},
}};

constexpr std::array<std::pair<OrgKind, std::string_view>, 3> org_kinds{{
    {OrgKind::training_office, "training_office"},
    {OrgKind::clinic, "clinic"},
    {OrgKind::programme, "programme"},
}};

} // namespace

std::string_view to_string(Role r)
{
    return name_of(roles, r);
}
std::string_view to_string(Phase p)
{
    return name_of(phases, p);
}
std::string_view to_string(Category c)
{
    return name_of(categories, c);
}
std::string_view to_string(OrgKind k)
{
    return name_of(org_kinds, k);
}

std::optional<Role> parse_role(std::string_view s)
{
    return parse_in(roles, s);
}
std::optional<Phase> parse_phase(std::string_view s)
{
    return parse_in(phases, s);
}
std::optional<Category> parse_category(std::string_view s)
{
    return parse_in(categories, s);
}
std::optional<OrgKind> parse_org_kind(std::string_view s)
{
    return parse_in(org_kinds, s);
}

const std::vector<Category> &consentable_categories()
{
    static const std::vector<Category> list{Category::goals, Category::checkins, Category::absence,
                                            Category::notes, Category::journey};
    return list;
}

const std::vector<Category> &consent_categories()
{
    static const std::vector<Category> list{Category::goals,   Category::checkins,
                                            Category::absence, Category::notes,
                                            Category::journey, Category::statistics};
    return list;
}

const std::vector<Phase> &journey_phases()
{
    static const std::vector<Phase> list{Phase::referral,  Phase::preparation,
                                         Phase::stay,      Phase::return_to_work,
                                         Phase::follow_up, Phase::completed};
    return list;
}

} // namespace bro
