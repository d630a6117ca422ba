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
    const auto of_age = of_age_on(age->date_of_birth, dir.guardian_age_limit());
    return {{"guardian_needed_until",
             of_age.empty() || of_age <= today ? nlohmann::json() : nlohmann::json(of_age)},
            {"guardian_agreed",
             age->guardian_at.empty() ? nlohmann::json() : nlohmann::json(age->guardian_at)}};
}

int write_age_fields(RecordTable &records, ServerWriter &writer, DirectoryStore &dir,
                     const std::string &person_id, const std::string &today)
{
    const auto wanted = age_fields(dir, person_id, today);
    int changed = 0;
    for (const auto &c : dir.cases()) {
        if (c.apprentice_id != person_id)
            continue;
        const auto rec = records.get(c.id);
        if (!rec)
            continue;
        nlohmann::json update = nlohmann::json::object();
        for (const auto &[field, value] : wanted.items()) {
            const auto stored = rec->fields.find(field);
            const nlohmann::json before = stored == rec->fields.end() ? nlohmann::json() : *stored;
            if (before != value)
                update[field] = value;
        }
        if (update.empty())
            continue;
        writer.update(c.id, kind::case_file, c.id, update);
        ++changed;
    }
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
