// The hub's periodic work: consents past their end date lapse, revoked devices are signed out,
// and what other processes wrote (changes, care teams, programmes, erasures) reaches live devices.

#include "domain/schema.hpp"
#include "hub/sync_hub.hpp"
#include "store/server_schema.hpp"
#include "util/log.hpp"
#include "util/time.hpp"

namespace bro {

namespace code = protocol::code;

void SyncHub::lapse_consents()
{
    const auto today = today_utc();
    const auto now = iso_datetime(unix_now());
    Transaction tx(m_db);
    if (!claim_job(m_db, job_lapse_consents))
        return; // another node is doing it right now; it reads the grants after us anyway
    bool wrote = false;
    for (const auto &c : m_directory.cases()) {
        for (const auto &r : m_records.list(c.id, kind::consent)) {
            const auto until = r.str("until");
            if (!r.boolean("granted") || until.empty() || until >= today)
                continue;
            // A server-originated revoke: the same path as the apprentice's, so purge follows.
            Change ch;
            ch.op = new_op_id();
            ch.counter = 0;
            ch.record_id = r.id;
            ch.kind = kind::consent;
            ch.case_id = c.id;
            ch.field = "granted";
            ch.value = false;
            ch.hlc = m_clock.now();
            ch.node = "server";
            m_log.append(ch, "server", now);
            m_records.merge(ch);
            wrote = true;
        }
    }
    if (wrote)
        tx.commit();
}

void SyncHub::sign_out_revoked()
{
    const auto now = unix_now();
    for (auto &[raw, weak] : m_peers) {
        auto peer = weak.lock();
        if (!peer || !peer->authenticated)
            continue;
        auto d = m_accounts.device(peer->identity.device_id);
        const bool revoked = !d || d->revoked;
        if (!revoked && d->expires > now)
            continue;
        peer->authenticated = false;
        peer->live = false;
        send_error(*peer, "", revoked ? code::token_revoked : code::token_expired,
                   revoked ? "this device was signed out" : "the sign-in has expired");
        peer->close_for_restart();
    }
}

void SyncHub::deliver_team_snapshots(Peer &p)
{
    CaseAccessCache cases(m_directory, m_records, m_directory.cases_for(p.identity.actor));
    auto snap = team_snapshots(p, cases, false);
    if (snap.empty())
        return;
    audit_sends(p.identity, snap);
    send_changes(p, "team-" + std::to_string(++m_live_frames), std::move(snap), p.sent_through,
                 p.sent_through, false);
}

void SyncHub::tick()
{
    try {
        std::lock_guard lock(m_mutex);
        lapse_consents();
        m_account_limiter.prune(); // the same table for both keys
        if (m_sign_in)
            m_sign_in->store().sweep(unix_now());
        apply_retention();
        apply_age_rule();
        // So does a programme definition loaded with `bro-server admin programme load`.
        send_changed_programmes();
        // Revocations made with `bro-server admin` reach connected devices here too.
        sign_out_revoked();
        fan_out(nullptr, {});
        // So do care-team additions: a live helper device gets the new case without asking.
        // And erasures (admin erase): a case gone from the directory is purged from every
        // connected helper device that holds it, as when its owner leaves the team.
        for (auto &[raw, weak] : m_peers) {
            auto peer = weak.lock();
            if (!peer || !peer->authenticated || peer->identity.actor.role == Role::apprentice)
                continue;
            if (peer->live)
                deliver_team_snapshots(*peer);
            const auto ids = m_directory.cases_for(peer->identity.actor);
            purge_former_cases(*peer, std::set<std::string>(ids.begin(), ids.end()));
        }
    } catch (const std::exception &e) {
        log::error(std::string("periodic check failed: ") + e.what());
    }
}

} // namespace bro
