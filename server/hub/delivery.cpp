// The hub's delivery: pulls in bounded batches, live fan-out under the cursor rule, consent
// snapshots and care-team snapshots, each send filtered by AccessPolicy and audited.

#include "domain/schema.hpp"
#include "hub/sync_hub.hpp"
#include "util/time.hpp"

#include <algorithm>
#include <limits>

namespace bro {

namespace {

bool is_sensitive(Category c)
{
    const auto &cs = consentable_categories();
    return std::find(cs.begin(), cs.end(), c) != cs.end();
}

std::size_t approx_size(const Change &c)
{
    // Only an estimate: a string value by its length, not by dumping it (bench B1).
    const auto value = c.value.is_string() ? c.value.get_ref<const std::string &>().size() + 2
                                           : c.value.dump().size();
    return c.op.size() + c.record_id.size() + c.kind.size() + c.case_id.size() + c.field.size() +
           c.node.size() + value + 160;
}

} // namespace

void SyncHub::send_changes(Peer &p, const std::string &id, std::vector<Change> changes,
                           std::int64_t cursor_before, std::int64_t cursor_after, bool more)
{
    std::size_t start = 0;
    while (true) {
        std::size_t end = start, bytes = 0;
        while (end < changes.size() && end - start < m_options.max_frame_changes &&
               (end == start || bytes + approx_size(changes[end]) <= m_options.max_frame_bytes))
            bytes += approx_size(changes[end++]);
        protocol::Changes f;
        f.changes.assign(std::make_move_iterator(changes.begin() + static_cast<long>(start)),
                         std::make_move_iterator(changes.begin() + static_cast<long>(end)));
        if (end >= changes.size()) {
            f.id = id;
            f.cursor = cursor_after;
            f.more = more;
            p.send(frame(f));
            return;
        }
        f.id = id + "/part-" + std::to_string(++m_live_frames);
        f.cursor = cursor_before;
        p.send(frame(f));
        start = end;
    }
}

std::vector<Change> SyncHub::snapshot(const Actor &a, const CaseAccess &access, Category category,
                                      const std::string &today)
{
    std::vector<Change> out;
    for (auto &c : m_records.scope(access.case_id, category))
        if (AccessPolicy::can_receive(a, access, c, today))
            out.push_back(std::move(c));
    return out;
}

void SyncHub::audit_sends(const PeerIdentity &who, const std::vector<Change> &sent)
{
    std::map<std::pair<std::string, Category>, std::set<std::string>> counts;
    std::map<std::string, bool> own_case;
    for (const auto &c : sent) {
        auto cat = category_of(c.kind);
        if (!cat || !is_sensitive(*cat) || c.kind == kind::consent)
            continue;
        auto it = own_case.find(c.case_id);
        if (it == own_case.end()) {
            auto row = m_directory.case_row(c.case_id);
            it =
                own_case.emplace(c.case_id, row && row->apprentice_id == who.actor.person_id).first;
        }
        if (!it->second) // the apprentice reading their own data is not an audit event
            counts[{c.case_id, *cat}].insert(c.record_id);
    }
    if (counts.empty())
        return;
    Transaction tx(m_db);
    for (const auto &[key, records] : counts)
        m_audit.record(key.first, who, "received", key.second,
                       static_cast<std::int64_t>(records.size()));
    tx.commit();
}

std::vector<Change> SyncHub::team_snapshots(Peer &p, CaseAccessCache &cases, bool from_zero)
{
    // Which cases this device has been given in full is recorded per device, not derived from
    // seqs: a helper added to a team while their device sits at the head of the log must still
    // get the case's history, exactly once.
    std::vector<Change> out;
    const auto &actor = p.identity.actor;
    const auto today = today_utc();
    std::optional<Transaction> tx;
    for (const auto &case_id : cases.ids()) {
        // Given already: nothing to read (after the first frame, every case of a helper).
        if (m_accounts.has_case(p.identity.device_id, case_id))
            continue;
        const auto &access = cases.at(case_id);
        if (!AccessPolicy::is_helper_on(actor, access))
            continue;
        if (!tx)
            tx.emplace(m_db);
        m_accounts.mark_case(p.identity.device_id, case_id);
        if (from_zero)
            continue; // the log scan from 0 brings the whole case
        for (Category cat :
             {Category::goals, Category::checkins, Category::absence, Category::notes,
              Category::journey, Category::messages, Category::core})
            for (auto &c : snapshot(actor, access, cat, today))
                out.push_back(std::move(c));
    }
    if (tx)
        tx->commit();
    return out;
}

void SyncHub::on_pull(Peer &p, const protocol::Pull &m)
{
    // A window of frames is exactly the pulls the device would send one after another, each from
    // the cursor the previous one gave: every frame keeps the cursor rule on its own. The device
    // stores one while the next is scanned and sent (issue 13: pipelining).
    const auto window = std::clamp<std::size_t>(m.window, 1, protocol::max_pull_window);
    std::int64_t cursor = m.cursor;
    for (std::size_t i = 0; i < window; ++i) {
        const auto [given, more] = pull_frame(p, m.id, cursor, m.limit);
        if (!more)
            return;
        cursor = given;
    }
}

std::pair<std::int64_t, bool> SyncHub::pull_frame(Peer &p, const std::string &id, std::int64_t from,
                                                  std::size_t asked)
{
    // The pull every reconnecting device sends: already at the head, its care-team cases already
    // checked on this connection. Nothing to read; answer without touching SQLite. (Changes other
    // processes wrote after m_fanned_through reach it as live frames at the next tick.)
    if (from == m_fanned_through && p.team_checked) {
        p.send(frame(protocol::Changes{id, {}, from, false}));
        p.live = true;
        p.sent_through = from;
        return {from, false};
    }
    const auto &actor = p.identity.actor;
    const auto today = today_utc();
    const auto limit = std::clamp<std::size_t>(asked, 1, protocol::max_pull_limit);
    // A cursor beyond our log (the server was restored from an older backup) would make the
    // device skip changes forever; start it over instead: merge makes repeats harmless.
    const auto cursor = from > m_log.max_seq() ? 0 : std::max<std::int64_t>(from, 0);

    CaseAccessCache cases(m_directory, m_records, m_directory.cases_for(actor));

    // Scan the log after the cursor: collect what this actor may receive, and note consent
    // changes about the actor's organisation (they need a snapshot or a purge).
    std::vector<Change> visible;
    std::size_t bytes = 0;
    std::set<std::pair<std::string, Category>> consent_events;
    std::int64_t scanned_to = cursor;
    const std::size_t scan_cap = limit * 20 + 2000; // bounds the work of one pull
    std::size_t scanned = 0;
    bool full = false;
    // Read before the scan, so every row up to it is visible to the scan. An erasure can leave
    // the head above the last row; a scan that reads to the end then answers with the head, or
    // the device would be told "more" for ever.
    const std::int64_t head = m_log.max_seq();
    while (!full && scanned < scan_cap) {
        auto rows = m_log.since(scanned_to, 1000);
        if (rows.empty()) {
            scanned_to = std::max(scanned_to, head);
            break;
        }
        for (auto &c : rows) {
            scanned_to = c.seq;
            ++scanned;
            if (cases.contains(c.case_id)) {
                const auto &access = cases.at(c.case_id);
                if (c.kind == kind::consent && AccessPolicy::is_helper_on(actor, access))
                    if (auto parsed = AccessPolicy::parse_consent_id(c.record_id);
                        parsed && parsed->first == actor.org_id)
                        consent_events.insert({c.case_id, parsed->second});
                if (AccessPolicy::can_receive(actor, access, c, today)) {
                    bytes += approx_size(c);
                    visible.push_back(std::move(c));
                }
            }
            if (visible.size() >= limit || bytes >= m_options.max_frame_bytes ||
                scanned >= scan_cap) {
                full = true;
                break;
            }
        }
    }
    const bool more = m_log.max_seq() > scanned_to;

    // A device whose cursor is older than an access change re-fetches that scope: a snapshot
    // when the access was widened (consent granted, joined the team), a purge when it was
    // narrowed. With cursor 0 the scan itself brings everything, so no snapshot is needed.
    std::vector<Change> extra = team_snapshots(p, cases, cursor == 0);
    p.team_checked = true;
    if (actor.role != Role::apprentice)
        purge_former_cases(p, cases.ids());
    std::vector<protocol::Purge> purges;
    for (const auto &[case_id, cat] : consent_events) {
        if (cursor == 0)
            break; // a device starting from nothing has nothing to purge and gets the full log
        const auto &access = cases.at(case_id);
        if (AccessPolicy::can_read(actor, access, cat, today)) {
            for (auto &c : snapshot(actor, access, cat, today))
                extra.push_back(std::move(c));
        } else {
            purges.push_back({"purge-" + std::to_string(++m_live_frames), case_id, {cat}});
        }
    }

    for (const auto &pg : purges)
        p.send(frame(pg));
    audit_sends(p.identity, visible);
    audit_sends(p.identity, extra);
    // Snapshots go first, in frames that keep the device's cursor, so the final frame (the
    // answer to this pull) is the one that moves the cursor.
    if (!extra.empty())
        send_changes(p, id + "/snapshot", std::move(extra), cursor, cursor, false);
    send_changes(p, id, std::move(visible), cursor, scanned_to, more);
    p.live = !more;
    p.sent_through = scanned_to;
    return {scanned_to, more};
}

void SyncHub::fan_out(Peer *origin, const std::set<std::string> &origin_ops)
{
    const bool anyone_live = std::any_of(m_peers.begin(), m_peers.end(), [](const auto &e) {
        auto p = e.second.lock();
        return p && p->authenticated && p->live;
    });
    if (!anyone_live) { // nobody to deliver to: skip reading the log back
        m_fanned_through = m_log.max_seq();
        m_head = m_fanned_through;
        return;
    }
    const auto fresh = m_log.since(m_fanned_through, std::numeric_limits<std::int64_t>::max());
    if (fresh.empty())
        return;
    const auto top = fresh.back().seq;
    m_fanned_through = top;
    m_head = top;
    const auto today = today_utc();

    std::map<std::string, CaseAccess> access;
    std::map<std::string, std::set<std::pair<std::string, Category>>> consents; // case -> (org,cat)
    for (const auto &c : fresh) {
        if (!access.count(c.case_id))
            access.emplace(c.case_id, m_directory.access(c.case_id, m_records));
        if (c.kind == kind::consent)
            if (auto parsed = AccessPolicy::parse_consent_id(c.record_id))
                consents[c.case_id].insert(*parsed);
    }

    for (auto &[raw, weak] : m_peers) {
        auto peer = weak.lock();
        if (!peer || !peer->authenticated || !peer->live)
            continue;
        const auto &actor = peer->identity.actor;
        std::vector<Change> out;
        std::vector<protocol::Purge> purges;
        for (const auto &c : fresh) {
            if (c.seq <= peer->sent_through)
                continue;
            if (raw == origin && origin_ops.count(c.op))
                continue; // the device that pushed it has it
            if (AccessPolicy::can_receive(actor, access.at(c.case_id), c, today))
                out.push_back(c);
        }
        for (const auto &[case_id, scopes] : consents) {
            const auto &a = access.at(case_id);
            if (!AccessPolicy::is_helper_on(actor, a))
                continue;
            for (const auto &[org, cat] : scopes) {
                if (org != actor.org_id)
                    continue;
                if (AccessPolicy::can_read(actor, a, cat, today)) {
                    for (auto &c : snapshot(actor, a, cat, today))
                        out.push_back(std::move(c));
                } else {
                    purges.push_back({"purge-" + std::to_string(++m_live_frames), case_id, {cat}});
                }
            }
        }
        const auto before = peer->sent_through;
        peer->sent_through = top;
        for (const auto &pg : purges)
            peer->send(frame(pg));
        if (out.empty())
            continue; // nothing for this device; its cursor catches up with the next frame
        audit_sends(peer->identity, out);
        send_changes(*peer, "live-" + std::to_string(++m_live_frames), std::move(out), before, top,
                     false);
    }
}

} // namespace bro
