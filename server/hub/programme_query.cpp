#include "hub/programme_query.hpp"

#include "domain/schema.hpp"
#include "hub/sync_hub.hpp"

namespace bro {

std::optional<CaseMilestones> case_milestones(const Record &r)
{
    const auto phase = parse_phase(r.str("phase"));
    if (!phase)
        return std::nullopt;
    CaseMilestones m;
    m.phase = *phase;
    const auto history_it = r.fields.find("phase_history");
    const bool has_history = history_it != r.fields.end() && history_it->is_object();
    auto date_in_history = [&](Phase p) -> std::string {
        if (!has_history)
            return {};
        auto it = history_it->find(std::string(to_string(p)));
        if (it == history_it->end() || !it->is_string() ||
            !is_valid_date(it->get_ref<const std::string &>()))
            return {};
        return it->get<std::string>();
    };
    m.started = date_in_history(Phase::referral);
    if (m.started.empty() && has_history)
        for (const auto &[name, value] : history_it->items())
            if (value.is_string() && is_valid_date(value.get_ref<const std::string &>()) &&
                (m.started.empty() || value.get_ref<const std::string &>() < m.started))
                m.started = value.get<std::string>();
    const auto since = r.str("phase_since");
    if (m.started.empty() && m.phase == Phase::referral)
        m.started = since;
    if (m.phase == Phase::completed || m.phase == Phase::ended) {
        m.finished = date_in_history(m.phase);
        if (m.finished.empty())
            m.finished = since;
    }
    return m;
}

std::vector<CaseMilestones> all_case_milestones(DirectoryStore &directory, RecordTable &records)
{
    std::vector<CaseMilestones> out;
    for (const auto &c : directory.cases())
        for (const auto &r : records.list(c.id, kind::case_file))
            if (auto m = case_milestones(r))
                out.push_back(std::move(*m));
    return out;
}

void SyncHub::on_programme_query(Peer &p, const protocol::ProgrammeQuery &m)
{
    // Staff only: the coordinator sees exact counts (see docs/protocol.md, "programme").
    if (p.identity.actor.role != Role::coordinator)
        return send_error(p, m.id, protocol::code::forbidden,
                          "only the programme coordinator can read the programme figures");
    protocol::Programme out;
    out.id = m.id;
    out.from = m.from;
    out.to = m.to;
    out.figures = programme_figures(all_case_milestones(m_directory, m_records), m.from, m.to);
    p.send(frame(out));
}

} // namespace bro
