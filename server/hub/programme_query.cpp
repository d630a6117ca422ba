#include "hub/programme_query.hpp"

#include "domain/dates.hpp"
#include "domain/journey.hpp"
#include "domain/schema.hpp"
#include "hub/sync_hub.hpp"
#include "store/database.hpp"

namespace bro {

std::optional<CaseMilestones> case_milestones(const Record &r)
{
    // A case of any programme: its phase ids are the programme's own (issue 25).
    const auto phase = r.str("phase");
    if (phase.empty())
        return std::nullopt;
    CaseMilestones m;
    m.phase = phase;
    const auto history_it = r.fields.find("phase_history");
    const bool has_history = history_it != r.fields.end() && history_it->is_object();
    auto date_in_history = [&](const std::string &p) -> std::string {
        if (!has_history)
            return {};
        auto it = history_it->find(p);
        if (it == history_it->end() || !it->is_string() ||
            !is_valid_date(it->get_ref<const std::string &>()))
            return {};
        return it->get<std::string>();
    };
    // The start is the referral, or (a programme with phases of its own) the earliest date.
    m.started = date_in_history("referral");
    if (m.started.empty() && has_history)
        for (const auto &[name, value] : history_it->items())
            if (value.is_string() && is_valid_date(value.get_ref<const std::string &>()) &&
                (m.started.empty() || value.get_ref<const std::string &>() < m.started))
                m.started = value.get<std::string>();
    const auto since = r.str("phase_since");
    if (m.started.empty() && m.phase == "referral")
        m.started = since;
    if (is_closed(m.phase)) {
        m.finished = date_in_history(m.phase);
        if (m.finished.empty())
            m.finished = since;
    }
    return m;
}

std::vector<CaseFacts> all_case_facts(DirectoryStore &directory, RecordTable &records,
                                      const std::string &programme_id, const std::string &today)
{
    std::vector<CaseFacts> out;
    for (const auto &c : directory.cases()) {
        if (c.programme_id != programme_id)
            continue;
        std::vector<Record> mine;
        for (const char *k : {kind::consent, kind::case_file, kind::referral, kind::outcome})
            for (auto &r : records.list(c.id, k))
                mine.push_back(std::move(r));
        if (auto facts = counted_case_facts(c.id, mine, today))
            out.push_back(std::move(*facts));
    }
    return out;
}

std::optional<ErasedCase> erased_case_of(RecordTable &records, const std::string &case_id)
{
    if (!counted_in_figures(case_id, records.list(case_id, kind::consent), today_utc()))
        return std::nullopt;
    for (const auto &r : records.list(case_id, kind::case_file))
        if (auto m = case_milestones(r); m && is_valid_date(m->started))
            return ErasedCase{std::stoi(m->started.substr(0, 4)), cohort_outcome(m->phase)};
    return std::nullopt;
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
