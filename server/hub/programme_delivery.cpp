// A changed programme definition reaches devices without an app update (issue 14). `programme
// load` may run in another process, or on another node's database, so each tick compares the
// stored revisions with what each connected device was last sent: one small query per tick, and
// a definition is read only when one has changed. A device that was offline gets the new
// revision with its next welcome.

#include "hub/sync_hub.hpp"

namespace bro {

void SyncHub::send_changed_programmes()
{
    const auto revisions = m_directory.programmes().revisions();
    std::map<std::string, std::shared_ptr<const std::string>> frames; // by programme, built once
    for (auto &[raw, weak] : m_peers) {
        auto peer = weak.lock();
        if (!peer || !peer->authenticated)
            continue;
        const auto it = revisions.find(peer->identity.programme_id);
        if (it == revisions.end() || it->second == peer->programme_revision)
            continue;
        auto &f = frames[it->first];
        if (!f) {
            const auto stored = m_directory.programmes().get(it->first);
            if (!stored)
                continue;
            f = frame(
                protocol::ProgrammeDefinition{"live-programme-" + std::to_string(stored->revision),
                                              *stored->programme, stored->revision});
        }
        peer->send(f);
        peer->programme_revision = it->second;
    }
}

} // namespace bro
