// The hub's password sign-in: a token's hello, a username and password's login, an invite's
// enrolment, and the welcome each of them ends in.

#include "auth/password.hpp"
#include "domain/schema.hpp"
#include "hub/sync_hub.hpp"
#include "util/time.hpp"

#include <algorithm>

namespace bro {

namespace code = protocol::code;

namespace {

std::string username_problem(const std::string &user)
{
    Person p{"x", "x", Role::apprentice, {}, user};
    if (auto e = p.validate())
        return "username " + e->message;
    return {};
}

} // namespace

// Verifying against a fixed hash when the user does not exist keeps the answer time the same, so
// that timing does not tell which usernames exist.
const std::string &SyncHub::dummy_hash()
{
    static const std::string h = hash_password("not-a-real-password");
    return h;
}

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

} // namespace bro
