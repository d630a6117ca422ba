#include "hub/sync_hub.hpp"

#include "auth/password.hpp"
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

namespace {

// Verifying against a fixed hash when the user does not exist keeps the answer time the same, so
// that timing does not tell which usernames exist.
const std::string &dummy_hash()
{
    static const std::string h = hash_password("not-a-real-password");
    return h;
}

std::string username_problem(const std::string &user)
{
    Person p{"x", "x", Role::apprentice, {}, user};
    if (auto e = p.validate())
        return "username " + e->message;
    return {};
}

} // namespace

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

void SyncHub::close_all()
{
    std::lock_guard lock(m_mutex);
    for (auto &[raw, weak] : m_peers)
        if (auto peer = weak.lock())
            peer->close_for_restart();
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

// ---- signing in ----

void SyncHub::welcome(Peer &p, const std::string &id, const PersonRow &person,
                      const std::string &device_id, const std::string &device_name,
                      const std::string &token, std::int64_t expires, const std::string &provider)
{
    protocol::Welcome w;
    w.id = id;
    w.provider = provider;
    w.store_epoch = m_epoch;
    w.user = {person.person.id, person.person.name, person.person.role, person.person.org_id, {}};
    if (auto o = m_directory.org(person.person.org_id))
        w.user.org_name = o->name;
    w.device_id = device_id;
    w.token = token;
    w.token_expires = iso_datetime(expires);
    w.server_time = iso_datetime(unix_now());
    const auto actor = m_directory.actor(person);
    for (const auto &case_id : m_directory.cases_for(actor))
        w.cases.push_back(m_directory.summary(case_id));

    p.authenticated = true;
    // The person's programme, as loaded now: the device renders it (issue 14).
    if (auto stored = m_directory.programmes().get(person.person.programme_id)) {
        w.programme = *stored->programme;
        w.programme_revision = stored->revision;
        p.programme_revision = stored->revision;
    }
    p.identity = {actor,     person.person.name, w.user.org_name,
                  device_id, device_name,        person.person.programme_id};
    p.live = false;
    p.sent_through = 0;
    p.team_checked = false;
    m_accounts.touch(device_id);
    p.send(frame(w));
    p.signed_in();
}

void SyncHub::on_hello(Peer &p, const protocol::Hello &m)
{
    if (p.authenticated)
        return send_error(p, m.id, code::bad_value, "this connection is already signed in");
    auto d = m_accounts.device_by_token(m.token);
    if (!d || d->id != m.device_id)
        return send_error(p, m.id, code::bad_credentials, "unknown device or token; sign in again");
    if (d->revoked)
        return send_error(p, m.id, code::token_revoked,
                          "this device was signed out; sign in again");
    if (d->expires <= unix_now())
        return send_error(p, m.id, code::token_expired, "the sign-in has expired; sign in again");
    auto person = m_directory.person(d->person_id);
    if (!person)
        return send_error(p, m.id, code::bad_credentials, "the account no longer exists");
    welcome(p, m.id, *person, d->id, d->name, {}, d->expires);
}

void SyncHub::on_login(Peer &p, const protocol::Login &m)
{
    const auto account_key = "user:" + m.user;
    const auto address_key = "addr:" + p.remote_address();
    std::string hash;
    {
        std::lock_guard lock(m_mutex);
        if (p.authenticated)
            return send_error(p, m.id, code::bad_value, "this connection is already signed in");
        if (m.device_name.empty() || m.device_name.size() > 200 || !is_valid_utf8(m.device_name))
            return send_error(p, m.id, code::bad_value, "device_name must be 1-200 bytes of text");
        const auto wait =
            std::max(m_account_limiter.wait(account_key), m_address_limiter.wait(address_key));
        if (wait.count() > 0)
            return send_error(p, m.id, code::rate_limited,
                              "too many failed sign-ins; try again in " +
                                  std::to_string((wait.count() + 999) / 1000) + " s");
        if (m_sign_in && !m_sign_in->config().passwords)
            return send_error(p, m.id, code::forbidden,
                              "this server signs people in through their national sign-in "
                              "(sign_in_options), not with passwords");
        if (auto person = m_directory.person_by_username(m.user))
            hash = person->password_hash;
    }
    const bool ok =
        verify_password(hash.empty() ? dummy_hash() : hash, m.password) && !hash.empty();

    std::lock_guard lock(m_mutex);
    if (p.authenticated)
        return send_error(p, m.id, code::bad_value, "this connection is already signed in");
    auto person = m_directory.person_by_username(m.user);
    if (!ok || !person || person->password_hash != hash) {
        m_metrics.sign_in_failed("password");
        m_account_limiter.failure(account_key);
        m_address_limiter.failure(address_key);
        return send_error(p, m.id, code::bad_credentials, "wrong username or password");
    }
    m_account_limiter.success(account_key);
    m_address_limiter.success(address_key);
    auto d = m_accounts.create_device(person->person.id, m.device_name);
    welcome(p, m.id, *person, d.id, m.device_name, d.token, d.expires);
}

void SyncHub::on_enrol(Peer &p, const protocol::Enrol &m)
{
    const auto address_key = "addr:" + p.remote_address();
    {
        std::lock_guard lock(m_mutex);
        if (p.authenticated)
            return send_error(p, m.id, code::bad_value, "this connection is already signed in");
        if (auto wait = m_address_limiter.wait(address_key); wait.count() > 0)
            return send_error(p, m.id, code::rate_limited,
                              "too many failed attempts; try again in " +
                                  std::to_string((wait.count() + 999) / 1000) + " s");
        auto inv = m_accounts.invite(m.invite_code);
        if (!inv || inv->used || inv->expires <= unix_now()) {
            m_address_limiter.failure(address_key);
            return send_error(p, m.id, code::bad_invite,
                              !inv        ? "unknown invite code"
                              : inv->used ? "this invite code was already used"
                                          : "this invite code has expired");
        }
        if (auto problem = username_problem(m.user); !problem.empty())
            return send_error(p, m.id, code::bad_value, problem);
        if (auto problem = password_problem(m.password); !problem.empty())
            return send_error(p, m.id, code::bad_value, problem);
        if (m.device_name.empty() || m.device_name.size() > 200 || !is_valid_utf8(m.device_name))
            return send_error(p, m.id, code::bad_value, "device_name must be 1-200 bytes of text");
        auto taken = m_directory.person_by_username(m.user);
        if (taken && taken->person.id != inv->person_id)
            return send_error(p, m.id, code::bad_value, "that username is taken");
    }
    const auto hash = hash_password(m.password);

    std::lock_guard lock(m_mutex);
    auto inv = m_accounts.invite(m.invite_code);
    if (!inv || inv->used) // someone else used it while we were hashing
        return send_error(p, m.id, code::bad_invite, "this invite code was already used");
    auto taken = m_directory.person_by_username(m.user);
    if (taken && taken->person.id != inv->person_id)
        return send_error(p, m.id, code::bad_value, "that username is taken");
    Transaction tx(m_db);
    m_directory.set_credentials(inv->person_id, m.user, hash);
    m_accounts.use_invite(m.invite_code);
    auto d = m_accounts.create_device(inv->person_id, m.device_name);
    tx.commit();
    m_address_limiter.success(address_key);
    welcome(p, m.id, *m_directory.person(inv->person_id), d.id, m.device_name, d.token, d.expires);
}

// ---- push ----

void SyncHub::on_push(Peer &p, const protocol::Push &m)
{
    const auto &who = p.identity;
    const auto today = today_utc();
    const auto now = iso_datetime(unix_now());
    protocol::Ack ack;
    ack.id = m.id;
    std::set<std::string> applied_ops;
    std::map<std::string, CaseAccess> access;
    // Helper writes, counted per case and category for the audit trail.
    std::map<std::pair<std::string, Category>, std::set<std::string>> helper_writes;

    Transaction tx(m_db);
    auto last = m_accounts.last_counter(who.device_id);
    // Who owns a record is judged on its stored fields; a record new to the server on the fields
    // this push gives it (AccessPolicy::check_write). Read once per record, not per field.
    std::map<std::string, nlohmann::json> owner_fields;
    {
        std::set<std::string> fresh;
        for (const auto &c : m.changes) {
            auto it = owner_fields.find(c.record_id);
            if (it == owner_fields.end()) {
                auto stored = m_records.get(c.record_id);
                if (!stored)
                    fresh.insert(c.record_id);
                it = owner_fields
                         .emplace(c.record_id,
                                  stored ? std::move(stored->fields) : nlohmann::json::object())
                         .first;
            }
            if (fresh.count(c.record_id))
                it->second[c.field] = c.value;
        }
    }
    for (auto c : m.changes) {
        if (auto seq = m_log.seq_of(c.op)) { // a retry: the same answer as the first time
            ack.accepted.push_back({c.op, *seq});
            continue;
        }
        if (auto r = m_log.rejection(c.op)) {
            ack.rejected.push_back(*r);
            continue;
        }
        std::optional<Denial> denial;
        if (static_cast<std::int64_t>(c.counter) <= last) {
            denial = Denial{code::bad_value, "counter " + std::to_string(c.counter) +
                                                 " was already used by this device (last " +
                                                 std::to_string(last) + ")"};
        } else if (auto e = validate_field(c.kind, c.field, c.value)) {
            denial = Denial{code::invalid_record, e->field + " " + e->message};
        } else if (auto ident = m_records.identity(c.record_id);
                   ident && (ident->first != c.kind || ident->second != c.case_id)) {
            denial = Denial{code::invalid_record,
                            "record " + c.record_id + " is a " + ident->first + " of another case"};
        } else {
            auto it = access.find(c.case_id);
            if (it == access.end())
                it = access.emplace(c.case_id, m_directory.access(c.case_id, m_records)).first;
            denial = AccessPolicy::check_write(who.actor, it->second, c, today,
                                               owner_fields.at(c.record_id));
            if (!denial && !m_clock.receive(c.hlc))
                denial = Denial{code::clock_skew,
                                "the change's time is too far ahead of the server's clock"};
            if (!denial && AccessPolicy::is_helper_on(who.actor, it->second))
                if (auto cat = category_of(c.kind))
                    helper_writes[{c.case_id, *cat}].insert(c.record_id);
        }
        last = std::max<std::int64_t>(last, static_cast<std::int64_t>(c.counter));
        if (denial) {
            m_log.reject(c, who.device_id, denial->code, denial->message, now);
            ack.rejected.push_back({c.op, denial->code, denial->message});
            m_metrics.rejected(denial->code);
            continue;
        }
        m_log.append(c, who.device_id, now);
        m_records.merge(c);
        applied_ops.insert(c.op);
        ack.accepted.push_back({c.op, c.seq});
        if (c.kind == kind::consent || c.kind == kind::case_file)
            access.erase(c.case_id); // later changes in this push see the new consent
    }
    m_accounts.set_last_counter(who.device_id, last);
    for (const auto &[key, records] : helper_writes)
        m_audit.record(key.first, who, "wrote", key.second,
                       static_cast<std::int64_t>(records.size()));
    tx.commit(); // durable before the device hears "accepted"

    p.send(frame(ack));
    if (!applied_ops.empty())
        fan_out(&p, applied_ops);
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

// ---- time-driven ----

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
    std::map<std::string, CaseAccess> cases;
    for (const auto &id : m_directory.cases_for(p.identity.actor))
        cases.emplace(id, m_directory.access(id, m_records));
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
