#pragma once
// The cases one person is on, and what each allows, read from the store the first time a case
// is asked about and kept for the rest of one pull frame (or one tick). A frame of an adviser's
// first sync touches a few of her 60 cases; reading all 60 (six queries each) for every frame
// was half of the server's CPU in that sync (bench B8). Nothing is kept past the frame, so
// every answer still rests on what the store says during the frame that uses it.

#include "store/directory_store.hpp"
#include "store/record_table.hpp"
#include "sync/access_policy.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace bro {

class CaseAccessCache
{
public:
    CaseAccessCache(DirectoryStore &directory, RecordTable &records,
                    const std::vector<std::string> &case_ids)
        : m_directory(directory), m_records(records), m_ids(case_ids.begin(), case_ids.end())
    {
    }

    const std::set<std::string> &ids() const { return m_ids; }
    bool contains(const std::string &case_id) const { return m_ids.count(case_id) > 0; }
    // Only for an id in ids().
    const CaseAccess &at(const std::string &case_id)
    {
        auto it = m_read.find(case_id);
        if (it == m_read.end())
            it = m_read.emplace(case_id, m_directory.access(case_id, m_records)).first;
        return it->second;
    }

private:
    DirectoryStore &m_directory;
    RecordTable &m_records;
    std::set<std::string> m_ids;
    std::map<std::string, CaseAccess> m_read;
};

} // namespace bro
