// The hub's core: devices join and leave, each frame is dispatched to its handler (the
// handlers live in the sibling files), failures become `error` frames, and the small queries.

#include "hub/sync_hub.hpp"

#include "auth/secrets.hpp"
#include "domain/schema.hpp"
#include "hub/consent_history.hpp"
#include "store/server_schema.hpp"
#include "util/log.hpp"
#include "util/time.hpp"

#include <algorithm>
#include <boost/asio/post.hpp>
#include <iostream>
#include <limits>

namespace bro {

namespace code = protocol::code;

SyncHub::SyncHub(const std::string &db_path, HubOptions options)
    : m_db_path(db_path), m_options(options),
      m_workers(std::make_unique<boost::asio::thread_pool>(std::max(1u, options.db_threads))),
      m_db(open_server_database(db_path)), m_records(m_db), m_log(m_db), m_directory(m_db),
      m_accounts(m_db, options.token_ttl_seconds), m_audit(m_db),
      m_account_limiter(m_db, options.account_limit), m_address_limiter(m_db, options.address_limit)
{
    if (!options.sign_in_config.empty())
        m_sign_in = std::make_unique<signin::SignIn>(
            signin::load_sign_in_config(options.sign_in_config), m_db);
    m_epoch = store_epoch(m_db);
    m_clock.observe(m_log.max_hlc()); // never issue an HLC below one already logged
    m_fanned_through = m_log.max_seq();
    m_head = m_fanned_through;
    (void)dummy_hash();
}

SyncHub::~SyncHub()
{
    stop_workers();
}

void SyncHub::post(std::function<void()> work)
{
    boost::asio::post(*m_workers, std::move(work));
}

void SyncHub::stop_workers()
{
    if (!m_workers)
        return;
    m_workers->stop();
    m_workers->join();
    m_workers.reset();
}

std::shared_ptr<const std::string> SyncHub::frame(const protocol::ServerMessage &m)
{
    return std::make_shared<const std::string>(protocol::serialize(m));
}

void SyncHub::join(const std::shared_ptr<Peer> &peer)
{
    std::lock_guard lock(m_mutex);
    std::erase_if(m_peers, [](const auto &entry) { return entry.second.expired(); });
    m_peers[peer.get()] = peer;
    m_peer_count = m_peers.size();
}

void SyncHub::leave(Peer *peer)
{
    std::lock_guard lock(m_mutex);
    m_peers.erase(peer);
    m_peer_count = m_peers.size();
}

void SyncHub::each_live_peer(void (Peer::*call)())
{
    std::lock_guard lock(m_mutex);
    for (auto &[raw, weak] : m_peers)
        if (auto peer = weak.lock())
            ((*peer).*call)();
}

void SyncHub::close_all()
{
    each_live_peer(&Peer::close_for_restart);
}

void SyncHub::keep_alive()
{
    each_live_peer(&Peer::keep_alive);
}

std::size_t SyncHub::live_peers() const
{
    return static_cast<std::size_t>(std::count_if(
        m_peers.begin(), m_peers.end(), [](const auto &e) { return !e.second.expired(); }));
}

std::size_t SyncHub::session_count()
{
    std::lock_guard lock(m_mutex);
    return live_peers();
}

nlohmann::json SyncHub::health()
{
    const bool ok = m_store_ok;
    return {{"ok", ok},
            {"store", ok ? "ok" : "unavailable"},
            {"version", BRO_VERSION},
            {"protocol", protocol::version},
            {"db", m_db.path()},
            {"sessions", m_peer_count.load()},
            {"changes", m_head.load()}};
}

void SyncHub::deliver_pending(bool teams)
{
    try {
        std::lock_guard lock(m_mutex);
        fan_out(nullptr, {});
        if (teams)
            refresh_teams({});
        m_store_ok = true;
    } catch (const StoreError &e) {
        if (m_store_ok.exchange(false) || !e.unavailable())
            log::error(std::string("delivery failed: ") + e.what());
    } catch (const std::exception &e) {
        log::error(std::string("delivery failed: ") + e.what());
    }
}

void SyncHub::send_error(Peer &p, const std::string &id, const std::string &code_,
                         const std::string &message)
{
    p.send(frame(protocol::Error{id, code_, message}));
}

void SyncHub::halt_pushes(Peer &p, const protocol::ClientMessage &failed)
{
    const auto *push = std::get_if<protocol::Push>(&failed);
    if (!push || push->changes.empty())
        return; // nothing whose order a later push could break
    const auto first = push->changes.front().counter;
    if (!p.pushes_halted)
        p.halted_from = first;
    else if (p.halted_from != 0)
        p.halted_from = std::min(p.halted_from, first);
    p.pushes_halted = true;
}

void SyncHub::handle(const std::shared_ptr<Peer> &peer, std::string_view text)
{
    handle(peer, protocol::parse_client(text));
}

void SyncHub::handle(const std::shared_ptr<Peer> &peer,
                     protocol::Parsed<protocol::ClientMessage> parsed)
{
    const auto started = std::chrono::steady_clock::now();
    const std::string type = parsed.type;
    struct Timed // counts the request whichever way handle() returns
    {
        Metrics &m;
        const std::string &type;
        std::chrono::steady_clock::time_point started;
        ~Timed()
        {
            m.request(
                type,
                std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
        }
    } timed{m_metrics, type, started};
    if (!parsed) {
        std::lock_guard lock(m_mutex);
        // A push that could not be read (or one over the rate, or a frame that may have been a
        // push): what the device sent after it must not be stored before it is.
        if (parsed.type.empty() || parsed.type == "push") {
            peer->pushes_halted = true;
            peer->halted_from = 0;
        }
        send_error(*peer, parsed.error.id, parsed.error.code, parsed.error.message);
        return;
    }
    auto &msg = *parsed.message;
    std::string id = std::visit([](const auto &m) { return m.id; }, msg);
    const bool is_push = std::holds_alternative<protocol::Push>(msg);
    try {
        // Login and enrolment manage the lock themselves: the password hash runs outside it.
        if (auto *m = std::get_if<protocol::Login>(&msg))
            return on_login(*peer, *m);
        if (auto *m = std::get_if<protocol::Enrol>(&msg))
            return on_enrol(*peer, *m);
        // So do the national sign-in's steps: they talk to the provider.
        if (auto *m = std::get_if<protocol::SignInStart>(&msg))
            return on_sign_in_start(*peer, *m);
        if (auto *m = std::get_if<protocol::SignInFinish>(&msg))
            return on_sign_in_finish(*peer, *m);

        std::lock_guard lock(m_mutex);
        if (auto *m = std::get_if<protocol::Hello>(&msg))
            return on_hello(*peer, *m);
        if (auto *m = std::get_if<protocol::SignInOptionsQuery>(&msg))
            return on_sign_in_options(*peer, *m);
        if (!peer->authenticated)
            return send_error(*peer, id, code::not_authenticated,
                              "sign in first (hello, login or enrol)");
        // A device may send several pushes without waiting (issue 13). If one of them was not
        // stored, a later one must not be either: its changes would come before the earlier
        // ones' (a consent after the data it allows; a counter the retry can no longer use).
        if (is_push && peer->pushes_halted) {
            const auto &changes = std::get<protocol::Push>(msg).changes;
            if (peer->halted_from == 0 || changes.empty() ||
                changes.front().counter > peer->halted_from)
                return send_error(*peer, id, code::push_halted,
                                  "an earlier push on this connection was not stored, so this one "
                                  "was not either; send them again from the first");
            peer->pushes_halted = false; // a retry from the failed push on keeps the order
        }
        std::visit(
            [&](const auto &m) {
                using T = std::decay_t<decltype(m)>;
                if constexpr (std::is_same_v<T, protocol::Push>)
                    on_push(*peer, m);
                else if constexpr (std::is_same_v<T, protocol::Pull>)
                    on_pull(*peer, m);
                else if constexpr (std::is_same_v<T, protocol::Purged>)
                    on_purged(*peer, m);
                else if constexpr (std::is_same_v<T, protocol::AuditQuery>)
                    on_audit_query(*peer, m);
                else if constexpr (std::is_same_v<T, protocol::ConsentHistoryQuery>)
                    on_consent_history(*peer, m);
                else if constexpr (std::is_same_v<T, protocol::ProgrammeQuery>)
                    on_programme_query(*peer, m);
                else if constexpr (std::is_same_v<T, protocol::DirectoryQuery>)
                    on_directory_query(*peer, m);
                else if constexpr (std::is_same_v<T, protocol::DirectoryEdit>)
                    on_directory_edit(*peer, m);
                else if constexpr (std::is_same_v<T, protocol::DevicesQuery>)
                    on_devices_query(*peer, m);
                else if constexpr (std::is_same_v<T, protocol::DeviceSignOut>)
                    on_device_sign_out(*peer, m);
            },
            msg);
        m_store_ok = true;
    } catch (const StoreError &e) {
        log::error(std::string("database error: ") + e.what());
        if (e.unavailable())
            m_store_ok = false;
        std::lock_guard lock(m_mutex);
        halt_pushes(*peer, msg);
        if (e.unavailable())
            send_error(*peer, id, code::storage_unavailable,
                       "the server's database is not reachable right now; nothing was stored, "
                       "try again shortly");
        else
            send_error(*peer, id, e.disk_full() ? code::storage_full : code::internal,
                       e.disk_full() ? "the server's disk is full; nothing was stored"
                                     : "the server could not store this; nothing was stored");
        return;
    } catch (const std::exception &e) {
        log::error(std::string("internal error: ") + e.what());
        std::lock_guard lock(m_mutex);
        halt_pushes(*peer, msg);
        send_error(*peer, id, code::internal, "internal server error");
    }
}

// ---- queries ----

void SyncHub::on_purged(Peer &p, const protocol::Purged &m)
{
    if (!m_directory.case_row(m.case_id)) {
        // An erased case (admin erase): the device confirmed; its (device, case) row was the
        // last trace of the case id on the server. No audit: there is no case to audit.
        if (m_accounts.has_case(p.identity.device_id, m.case_id)) {
            Transaction tx(m_db);
            m_accounts.unmark_case(p.identity.device_id, m.case_id);
            tx.commit();
        }
        return;
    }
    Transaction tx(m_db);
    if (confirm_left_case(p, m)) {
        tx.commit();
        return;
    }
    for (Category c : m.categories)
        m_audit.record(m.case_id, p.identity, "purged", c, 1);
    tx.commit();
}

void SyncHub::on_audit_query(Peer &p, const protocol::AuditQuery &m)
{
    auto c = m_directory.case_row(m.case_id);
    if (!c || p.identity.actor.role != Role::apprentice ||
        c->apprentice_id != p.identity.actor.person_id)
        return send_error(p, m.id, code::forbidden,
                          "only the apprentice can read who has seen their data");
    protocol::Audit a;
    a.id = m.id;
    a.case_id = m.case_id;
    a.events = m_audit.list(m.case_id, std::clamp<std::size_t>(m.limit, 1, 1000));
    p.send(frame(a));
}

void SyncHub::on_consent_history(Peer &p, const protocol::ConsentHistoryQuery &m)
{
    const auto access = m_directory.access(m.case_id, m_records);
    const auto &actor = p.identity.actor;
    std::string org_filter;
    if (AccessPolicy::is_apprentice_of(actor, access))
        org_filter.clear();
    else if (AccessPolicy::is_helper_on(actor, access))
        org_filter = actor.org_id; // a helper sees what was shared with their own organisation
    else
        return send_error(p, m.id, code::forbidden, "you are not on this apprentice's care team");
    protocol::ConsentHistory h;
    h.id = m.id;
    h.case_id = m.case_id;
    h.entries = consent_history(m_log, m.case_id, org_filter);
    p.send(frame(h));
}

} // namespace bro
