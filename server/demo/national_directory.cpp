#include "demo/national_directory.hpp"

#include "demo/scale_dataset.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace bro::demo {

namespace {

const std::array<const char *, 10> regions = {
    "Agder", "Innlandet", "Møre og Romsdal", "Nordland", "Rogaland",
    "Troms", "Trøndelag", "Vestfold",        "Vestland", "Østfold"};
// The two kinds of office the --scale layout has, taken in turn.
const std::array<const char *, 2> office_kinds = {"Opplæringskontoret for anleggsfag",
                                                  "Opplæringskontoret for bygg og anlegg"};
const std::array<const char *, 20> first_names = {
    "Kari",  "Ola",   "Ingrid", "Per",  "Hilde", "Knut",  "Solveig", "Bjørn", "Liv",  "Terje",
    "Randi", "Svein", "Anne",   "Geir", "Tone",  "Arild", "Berit",   "Dag",   "Gunn", "Håkon"};
const std::array<const char *, 20> last_names = {
    "Aas",   "Brekke",    "Dahl",    "Eide",    "Foss",    "Granli", "Hovland",
    "Lunde", "Moen",      "Sandvik", "Bakke",   "Fjeld",   "Haug",   "Kvalheim",
    "Lie",   "Myklebust", "Nygård",  "Rønning", "Solberg", "Ødegård"};
const std::array<const char *, 10> initials = {"A.", "B.", "E.", "H.", "J.",
                                               "K.", "L.", "M.", "S.", "T."};

std::string numbered(const char *pattern, int n)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, pattern, n);
    return buf;
}

// Distinct for the first 4 400 helpers (a caseload lists people by name): each first name with
// each surname, then the same with a middle initial.
std::string helper_name(int n)
{
    const auto pairs = first_names.size() * last_names.size();
    const auto p = static_cast<std::size_t>(n) % pairs;
    const auto f = p % first_names.size();
    const auto l = (p / first_names.size() + f) % last_names.size();
    const auto round = static_cast<std::size_t>(n) / pairs;
    std::string name = first_names[f];
    if (round > 0)
        name += std::string(" ") + initials[(round - 1) % initials.size()];
    return name + " " + last_names[l];
}

} // namespace

NationalShape national_shape(int apprentices, int offices)
{
    if (offices < 1 || apprentices < 1)
        throw std::invalid_argument("a national layout needs at least one office and apprentice");
    NationalShape s;
    s.offices = offices;
    s.clinics = std::max(1, offices / 4);
    s.advisers_per_office =
        std::max(1, static_cast<int>(std::lround(0.15 * apprentices / offices)));
    s.clinicians_per_clinic =
        std::max(1, static_cast<int>(std::lround(0.05 * apprentices / s.clinics)));
    return s;
}

Dataset national_directory(int apprentices, int offices)
{
    const auto shape = national_shape(apprentices, offices);
    Dataset d;
    std::vector<TeamMember> advisers, clinicians; // office by office, clinic by clinic
    int helper = 0;
    // A number after the region once the regions come round again: names stay distinct.
    for (int c = 0; c < shape.clinics; ++c) {
        const auto region = regions[static_cast<std::size_t>(c) % regions.size()];
        Organisation o{numbered("org-nat-clinic-%02d", c + 1),
                       "UngRehab " + std::string(region) +
                           (c < static_cast<int>(regions.size())
                                ? std::string()
                                : numbered(" %d", c / static_cast<int>(regions.size()) + 1)),
                       OrgKind::clinic};
        for (int i = 0; i < shape.clinicians_per_clinic; ++i) {
            const auto user = numbered("nat-c-%02d", c + 1) + numbered("-%02d", i + 1);
            const auto name = helper_name(helper++);
            d.people.push_back({"p-" + user, name, Role::clinician, o.id, user});
            clinicians.push_back({"p-" + user, name, Role::clinician, o.id, o.name});
        }
        d.organisations.push_back(std::move(o));
    }
    for (int k = 0; k < offices; ++k) {
        const auto region = regions[static_cast<std::size_t>(k) % regions.size()];
        Organisation o{
            numbered("org-nat-ok-%03d", k + 1),
            std::string(office_kinds[static_cast<std::size_t>(k) % office_kinds.size()]) + " " +
                region + numbered(" %d", k / static_cast<int>(regions.size()) + 1),
            OrgKind::training_office};
        for (int i = 0; i < shape.advisers_per_office; ++i) {
            const auto user = numbered("nat-a-%03d", k + 1) + numbered("-%02d", i + 1);
            const auto name = helper_name(helper++);
            d.people.push_back({"p-" + user, name, Role::adviser, o.id, user});
            advisers.push_back({"p-" + user, name, Role::adviser, o.id, o.name});
        }
        d.organisations.push_back(std::move(o));
    }
    for (int i = 0; i < apprentices; ++i) {
        const auto key = scale_key(i);
        const auto name = scale_name(i);
        const int office = i % offices;
        const int clinic = office % shape.clinics;
        const auto &adv = advisers[static_cast<std::size_t>(
            office * shape.advisers_per_office + (i / offices) % shape.advisers_per_office)];
        const auto &cli = clinicians[static_cast<std::size_t>(
            clinic * shape.clinicians_per_clinic + (i / offices) % shape.clinicians_per_clinic)];
        d.people.push_back({"p-" + key, name, Role::apprentice, "", key});
        DemoCase c;
        c.summary = {"case-" + key, "p-" + key, name, adv.org_id, cli.org_id, {adv}};
        if (scale_clinic_joined(i))
            c.summary.team.push_back(cli);
        d.cases.push_back(std::move(c));
    }
    return d;
}

} // namespace bro::demo
