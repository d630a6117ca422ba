#pragma once
// SyncHub: the protocol behind every connection. It signs devices in, applies pushes inside one
// SQLite transaction (commit before ack), answers pulls in bounded batches, and fans accepted
// changes out to connected devices through AccessPolicy, with snapshots on consent grants and
// purges on revokes and lapses.
//
// Threading: all database work happens under one mutex (SQLite serialises writers anyway, and one
// connection keeps the merge path simple; several nodes on PostgreSQL scale out instead), on the
// server's database threads, never Beast's I/O threads. The slow Argon2id work of login and
// enrolment runs outside it. Frames are queued to peers while the lock is held, so that each device
// receives answers and live changes in the order the log was written.

#include "auth/accounts.hpp"
#include "auth/shared_rate_limiter.hpp"
#include "domain/retention.hpp"
#include "hub/audit_log.hpp"
#include "hub/case_access_cache.hpp"
#include "hub/metrics.hpp"
#include "hub/peer.hpp"
#include "signin/sign_in.hpp"
#include "store/change_log.hpp"
#include "store/database.hpp"
#include "store/directory_store.hpp"
#include "store/record_table.hpp"
#include "sync/hlc.hpp"
#include "sync/protocol.hpp"

#include <atomic>
#include <boost/asio/thread_pool.hpp>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace bro {

struct HubOptions
{
    std::int64_t token_ttl_seconds = 14 * 24 * 3600;
    RateLimiter::Policy account_limit{5, std::chrono::milliseconds{1000},
                                      std::chrono::milliseconds{15 * 60 * 1000}, 100'000};
    RateLimiter::Policy address_limit{20, std::chrono::milliseconds{1000},
                                      std::chrono::milliseconds{15 * 60 * 1000}, 100'000};
    std::size_t max_frame_changes = 1000;     // per outgoing changes frame
    std::size_t max_frame_bytes = 512 * 1024; // per outgoing changes frame, roughly
    unsigned db_threads = 2; // handle() runs here (Argon2id outside the lock, so two)
    // Closed cases: erased after their programme's `retention` (the pilot: 12 months, told a
    // month ahead); when retention_set, after `retention` whatever the programme says.
    RetentionPolicy retention;
    bool retention_set = false;
    // National sign-in (serve --sign-in FILE, docs/sign-in.md); empty: passwords only.
    std::string sign_in_config;
};

// What the server's /auth/callback answers the browser (sign_in.cpp).
struct SignInCallbackAnswer
{
    int status = 302;
    std::string location; // the app's redirect, with a one-time code or an error
    std::string html;     // a page for the person when there is no app to send them back to
};

class SyncHub
{
public:
    SyncHub(const std::string &db_path, HubOptions options = {});
    ~SyncHub();

    // Peers are held weakly. A session never calls leave() from its destructor: the last
    // reference may be dropped while the hub holds its lock (fan-out), so expired entries are
    // swept lazily instead.
    void join(const std::shared_ptr<Peer> &peer);
    void leave(Peer *peer);
    // One text frame from a device. Never throws; every problem becomes an `error` frame.
    void handle(const std::shared_ptr<Peer> &peer, std::string_view text);
    // The same with the frame already parsed (the session parses off the hub's critical path).
    void handle(const std::shared_ptr<Peer> &peer,
                protocol::Parsed<protocol::ClientMessage> parsed);

    // Writes a server-originated revoke for every consent whose end date has passed, then sends
    // purges; also delivers changes other processes (admin, demo) wrote. Called periodically.
    void tick();

    // Graceful stop: every connected device is told the service restarts.
    void close_all();
    // One keep-alive round over every connection (Peer::keep_alive): the server runs one each
    // SessionLimits::keep_alive, so a vanished phone is closed after two to three of them.
    void keep_alive();

    // Runs `work` on the hub's database threads (never Beast's I/O threads).
    void post(std::function<void()> work);
    // Finishes the work under way and drops what is queued. Call before the I/O context goes.
    void stop_workers();

    // Delivers what other nodes (or processes) wrote: a doorbell ring or a poll. With `teams`
    // (a care team changed elsewhere) connected helpers are also given joined cases and told to
    // purge the ones they left.
    void deliver_pending(bool teams = false);

    // The provider sent the person's browser back (GET /auth/callback?…). The answer comes
    // through `done`, from a database thread: the code exchange talks to the provider.
    void sign_in_callback(std::string query, std::function<void(SignInCallbackAnswer)> done);

    // Answers without waiting for the hub's lock or the database: /health must stay quick while
    // a query is slow or the database is gone.
    nlohmann::json health();
    Metrics &metrics() { return m_metrics; }
    std::size_t session_count();
    const std::string &db_path() const { return m_db_path; }

    static std::shared_ptr<const std::string> frame(const protocol::ServerMessage &m);

private:
    // password_sign_in.cpp: a token's hello, a password login, an invite's enrolment.
    void on_hello(Peer &p, const protocol::Hello &m);
    void on_login(Peer &p, const protocol::Login &m);
    void on_enrol(Peer &p, const protocol::Enrol &m);
    // sign_in.cpp: national sign-in and the person's devices.
    void on_sign_in_options(Peer &p, const protocol::SignInOptionsQuery &m);
    void on_sign_in_start(Peer &p, const protocol::SignInStart &m);
    void on_sign_in_finish(Peer &p, const protocol::SignInFinish &m);
    void on_devices_query(Peer &p, const protocol::DevicesQuery &m);
    void on_device_sign_out(Peer &p, const protocol::DeviceSignOut &m);
    SignInCallbackAnswer finish_callback(const std::string &query);
    // An apprentice's own case gets a line in the audit log they read (sign-in and sign-out).
    void audit_sign_in(const std::string &person_id, const std::string &device_name,
                       const std::string &action);
    // A line on each of an apprentice's cases, `who` being whoever did it; nothing for others.
    void audit_for_apprentice(const PersonRow &person, const PeerIdentity &who,
                              const std::string &action, std::int64_t count);
    void on_push(Peer &p, const protocol::Push &m); // push.cpp
    // A push was not stored as a whole: the pushes sent behind it must not be either.
    static void halt_pushes(Peer &p, const protocol::ClientMessage &failed);
    void on_pull(Peer &p, const protocol::Pull &m);
    // One frame of a pull: what a pull from `cursor` answers. Returns the cursor it gave and
    // whether the log holds more.
    std::pair<std::int64_t, bool> pull_frame(Peer &p, const std::string &id, std::int64_t cursor,
                                             std::size_t limit);
    void on_purged(Peer &p, const protocol::Purged &m);
    void on_audit_query(Peer &p, const protocol::AuditQuery &m);
    void on_consent_history(Peer &p, const protocol::ConsentHistoryQuery &m);
    void on_programme_query(Peer &p, const protocol::ProgrammeQuery &m); // programme_query.cpp
    // directory_admin.cpp: the coordinator's directory and its edits.
    void on_directory_query(Peer &p, const protocol::DirectoryQuery &m);
    void on_directory_edit(Peer &p, const protocol::DirectoryEdit &m);
    PeerIdentity member_identity(const std::string &person_id);
    // Tells the device to purge every case it was given in full that is not in `current` (its
    // owner left the care team). Repeated at each pull until the device confirms with `purged`.
    void purge_former_cases(Peer &p, const std::set<std::string> &current);
    // Joined-case snapshots and left-case purges for the connected devices of one helper (or of
    // every helper when person_id is empty).
    void refresh_teams(const std::string &person_id);
    // A `purged` for a case the device's owner has left: forget the case for the device and
    // tell the apprentice. False for any other purge.
    bool confirm_left_case(Peer &p, const protocol::Purged &m);

    // Checked when a username is unknown, so that a failed login takes as long either way.
    static const std::string &dummy_hash();
    void welcome(Peer &p, const std::string &id, const PersonRow &person,
                 const std::string &device_id, const std::string &device_name,
                 const std::string &token, std::int64_t expires, const std::string &provider = {});
    void send_error(Peer &p, const std::string &id, const std::string &code,
                    const std::string &message);
    // Sends `changes` in frames small enough for any device: all but the last carry
    // cursor_before (the device keeps what it had), the last carries `id`, cursor_after and more.
    void send_changes(Peer &p, const std::string &id, std::vector<Change> changes,
                      std::int64_t cursor_before, std::int64_t cursor_after, bool more);
    // Every current field of one category of a case that this peer may receive.
    std::vector<Change> snapshot(const Actor &a, const CaseAccess &access, Category category,
                                 const std::string &today);
    void audit_sends(const PeerIdentity &who, const std::vector<Change> &sent);
    // Snapshots of care-team cases this device has not been given yet (and records them as
    // given). With from_zero nothing is returned: a pull from cursor 0 brings them anyway.
    std::vector<Change> team_snapshots(Peer &p, CaseAccessCache &cases, bool from_zero);
    // Delivers everything logged after m_fanned_through to live peers. `origin` and its ops are
    // skipped for the device that pushed them. Caller holds the lock.
    void fan_out(Peer *origin, const std::set<std::string> &origin_ops);
    // Snapshots of care-team cases a live helper device has not been given yet.
    void deliver_team_snapshots(Peer &p);
    void lapse_consents(); // tick.cpp, with sign_out_revoked and deliver_team_snapshots
    // retention.cpp: announces and erases closed cases (RetentionPolicy); once across nodes.
    void apply_retention();
    // age_rule_tick.cpp: the age rule's case-record fields kept current (a birthday passing),
    // and the grants written again where health shares took effect; once across nodes.
    void apply_age_rule();
    // programme_delivery.cpp: a definition loaded since a device was sent its programme's goes
    // to that device (every node does this for its own devices).
    void send_changed_programmes();
    std::size_t live_peers() const;
    // Calls `call` on every connection still there, under the lock.
    void each_live_peer(void (Peer::*call)());
    // Connected devices whose token was revoked or expired are told so and disconnected.
    void sign_out_revoked();

    std::string m_db_path;
    HubOptions m_options;
    std::unique_ptr<boost::asio::thread_pool> m_workers;
    std::mutex m_mutex;
    Database m_db;
    RecordTable m_records;
    ChangeLog m_log;
    DirectoryStore m_directory;
    Accounts m_accounts;
    AuditLog m_audit;
    HlcClock m_clock;
    SharedRateLimiter m_account_limiter;
    SharedRateLimiter m_address_limiter;
    std::unique_ptr<signin::SignIn> m_sign_in; // null: no national sign-in configured
    Metrics m_metrics;
    std::string m_epoch; // the store's (server_schema.hpp): sent in every welcome
    std::map<Peer *, std::weak_ptr<Peer>> m_peers;
    std::int64_t m_fanned_through = 0;
    // For health(), read without the lock.
    std::atomic<bool> m_store_ok{true};
    std::atomic<std::size_t> m_peer_count{0};
    std::atomic<std::int64_t> m_head{0};
    std::uint64_t m_live_frames = 0;
};

} // namespace bro
