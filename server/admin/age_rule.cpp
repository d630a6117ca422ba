#include "admin/age_rule.hpp"

#include "domain/consent_rules.hpp"
#include "domain/schema.hpp"

namespace bro {

nlohmann::json age_fields(DirectoryStore &dir, const std::string &person_id,
                          const std::string &today)
{
    const auto age = dir.age_record(person_id);
    if (!age)
        return nlohmann::json::object();
    const auto of_age = of_age_on(age->date_of_birth, dir.guardian_age_limit(person_id));
    const bool waits =
        consent_effective(Category::checkins, age->date_of_birth, !age->guardian_at.empty(), today,
                          dir.guardian_age_limit(person_id)) == ConsentEffect::awaiting_guardian;
    return {{"guardian_needed_until",
             of_age.empty() || of_age <= today ? nlohmann::json() : nlohmann::json(of_age)},
            {"guardian_agreed",
             age->guardian_at.empty() ? nlohmann::json() : nlohmann::json(age->guardian_at)},
            {"awaiting_guardian", waits}};
}

bool write_age_fields_on_case(RecordTable &records, ServerWriter &writer,
                              const std::string &case_id, const nlohmann::json &wanted)
{
    const auto rec = records.get(case_id);
    if (!rec || wanted.empty())
        return false;
    // A record written before `awaiting_guardian` existed waited when it named a day and no yes.
    const bool waited =
        rec->boolean("awaiting_guardian") ||
        (!rec->str("guardian_needed_until").empty() && rec->str("guardian_agreed").empty());
    nlohmann::json update = nlohmann::json::object();
    for (const auto &[field, value] : wanted.items()) {
        const auto stored = rec->fields.find(field);
        const nlohmann::json before = stored == rec->fields.end() ? nlohmann::json() : *stored;
        if (before != value)
            update[field] = value;
    }
    if (!update.empty())
        writer.update(case_id, kind::case_file, case_id, update);
    return waited != wanted.value("awaiting_guardian", false);
}

std::vector<std::string> write_age_fields(RecordTable &records, ServerWriter &writer,
                                          DirectoryStore &dir, const std::string &person_id,
                                          const std::string &today)
{
    const auto wanted = age_fields(dir, person_id, today);
    std::vector<std::string> changed;
    for (const auto &c : dir.cases())
        if (c.apprentice_id == person_id && write_age_fields_on_case(records, writer, c.id, wanted))
            changed.push_back(c.id);
    return changed;
}

int regrant_health_consents(RecordTable &records, ServerWriter &writer, const std::string &case_id)
{
    int n = 0;
    for (const auto &r : records.list(case_id, kind::consent)) {
        const auto cat = parse_category(r.str("category"));
        if (!cat || !is_health_category(*cat) || !r.boolean("granted"))
            continue;
        writer.write(
            r.id, kind::consent, case_id,
            {{"org_id", r.str("org_id")}, {"category", r.str("category")}, {"granted", true}});
        ++n;
    }
    return n;
}

} // namespace bro
