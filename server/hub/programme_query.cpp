#include "hub/programme_query.hpp"

#include "domain/dates.hpp"
#include "domain/schema.hpp"
#include "hub/sync_hub.hpp"
#include "store/database.hpp"

namespace bro {

namespace {
// Every record the figures read of one case.
std::vector<Record> figure_records(RecordTable &records, const std::string &case_id)
{
    std::vector<Record> mine;
    for (const char *k : {kind::consent, kind::case_file, kind::referral, kind::outcome})
        for (auto &r : records.list(case_id, k))
            mine.push_back(std::move(r));
    return mine;
}
} // namespace

std::vector<CaseFacts> all_case_facts(DirectoryStore &directory, RecordTable &records,
                                      const std::string &programme_id, const std::string &today)
{
    std::vector<CaseFacts> out;
    for (const auto &c : directory.cases()) {
        if (c.programme_id != programme_id)
            continue;
        if (auto facts = counted_case_facts(c.id, figure_records(records, c.id), today))
            out.push_back(std::move(*facts));
    }
    return out;
}

std::optional<ErasedCase> erased_case_of(RecordTable &records, const std::string &case_id)
{
    // The same start year as the living case's in the figures, so an erasure moves nothing.
    const auto facts = counted_case_facts(case_id, figure_records(records, case_id), today_utc());
    if (!facts || !is_valid_date(facts->referred_on))
        return std::nullopt;
    return ErasedCase{std::stoi(facts->referred_on.substr(0, 4)), cohort_outcome(facts->phase)};
}

std::vector<ErasedCase> erased_cases(Database &db, const std::string &programme_id)
{
    std::vector<ErasedCase> out;
    auto s = db.prepare("SELECT cohort, outcome FROM erasures WHERE cohort IS NOT NULL "
                        "AND outcome IS NOT NULL AND programme_id = ?");
    s.bind(1, programme_id);
    while (s.step())
        if (auto outcome = parse_cohort_outcome(s.column_text(1)))
            out.push_back({static_cast<int>(s.column_int64(0)), *outcome});
    return out;
}

void SyncHub::on_programme_query(Peer &p, const protocol::ProgrammeQuery &m)
{
    // Staff only, and only protected counts of the apprentices who said yes to being counted
    // (see docs/protocol.md, "programme").
    if (p.identity.actor.role != Role::coordinator)
        return send_error(p, m.id, protocol::code::forbidden,
                          "only the programme coordinator can read the programme figures");
    protocol::Programme out;
    out.id = m.id;
    out.from = m.from;
    out.to = m.to;
    // The coordinator's own programme only, measured against its own target.
    const auto programme = m_directory.programme_of_person(p.identity.actor.person_id);
    ProgrammeFigureInput in;
    in.today = today_utc();
    // A phase the programme no longer has (a case not moved yet) still counts: no case is lost
    // from the figures; the app shows it under its id. Erased cases count in their cohort.
    in.cases = all_case_facts(m_directory, m_records, programme->id, in.today);
    in.erased = erased_cases(m_db, programme->id);
    in.open_phases = programme->open_phase_ids();
    in.yearly_target = programme->yearly_target;
    in.programme_id = programme->id;
    in.programme_name = programme->name.nb;
    out.published = publish_programme(in);
    p.send(frame(out));
}

} // namespace bro
