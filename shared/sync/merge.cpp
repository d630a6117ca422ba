#include "sync/merge.hpp"

namespace bro {

bool MergedState::apply(const Change &c)
{
    auto key = std::make_pair(c.record_id, c.field);
    auto it = m_fields.find(key);
    if (it == m_fields.end()) {
        m_fields.emplace(std::move(key), c);
        return true;
    }
    if (!supersedes(c, it->second))
        return false;
    it->second = c;
    return true;
}

void MergedState::apply_all(const std::vector<Change> &cs)
{
    for (const auto &c : cs)
        apply(c);
}

std::vector<Record> MergedState::records() const
{
    std::vector<Record> out;
    for (const auto &[key, c] : m_fields) {
        if (out.empty() || out.back().id != key.first)
            out.push_back(Record{c.record_id, c.kind, c.case_id, nlohmann::json::object()});
        out.back().fields[key.second] = c.value;
    }
    return out;
}

const Change *MergedState::field(const std::string &record_id, const std::string &field) const
{
    auto it = m_fields.find({record_id, field});
    return it == m_fields.end() ? nullptr : &it->second;
}

bool MergedState::same_as(const MergedState &other) const
{
    if (m_fields.size() != other.m_fields.size())
        return false;
    auto a = m_fields.begin();
    auto b = other.m_fields.begin();
    for (; a != m_fields.end(); ++a, ++b) {
        if (a->first != b->first || a->second.value != b->second.value ||
            a->second.hlc != b->second.hlc || a->second.node != b->second.node)
            return false;
    }
    return true;
}

} // namespace bro
