// The hub's side of national sign-in (issue 21, docs/sign-in.md): the app asks to start, the
// provider sends the browser back to /auth/callback, the app redeems a one-time code with its
// PKCE verifier for Bro's own device token. Provider traffic never runs under the hub's lock.
// The person hears only "sign-in failed, try again"; the reason goes to the server's log,
// never with a token or an identity number in it.

#include "auth/secrets.hpp"
#include "domain/schema.hpp"
#include "hub/sync_hub.hpp"
#include "oidc/national_id.hpp"
#include "oidc/pkce.hpp"
#include "signin/url.hpp"
#include "util/log.hpp"
#include "util/time.hpp"

#include <iostream>

namespace bro {

using namespace protocol;

namespace {

void log_refusal(Metrics &metrics, const std::string &provider, const std::string &why)
{
    metrics.sign_in_failed("national");
    log::warn("sign-in refused (" + provider + "): " + why);
}

// The page a person sees when the browser cannot be sent back to the app (no such sign-in, or
// it is over): calm, in the person's language is unknown here, so bokmål with English below.
std::string page(const std::string &nb, const std::string &en)
{
    return "<!doctype html><html lang=\"nb\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width\"><title>Bro</title></head>"
           "<body style=\"font-family:sans-serif;max-width:32em;margin:3em auto;line-height:1.5\">"
           "<h1>Bro</h1><p>" +
           nb + "</p><p lang=\"en\">" + en + "</p></body></html>";
}

} // namespace

void SyncHub::on_sign_in_options(Peer &p, const SignInOptionsQuery &m)
{
    SignInOptions o;
    o.id = m.id;
    o.passwords = !m_sign_in || m_sign_in->config().passwords;
    if (m_sign_in)
        for (const auto &c : m_sign_in->config().providers)
            o.providers.push_back({c.id, c.name, c.roles});
    p.send(frame(o));
}

void SyncHub::on_sign_in_start(Peer &p, const SignInStart &m)
{
    signin::Provider *provider = nullptr;
    const auto address_key = "addr:" + p.remote_address();
    {
        std::lock_guard lock(m_mutex);
        if (p.authenticated)
            return send_error(p, m.id, code::bad_value, "this connection is already signed in");
        if (!m_sign_in || !(provider = m_sign_in->provider(m.provider)))
            return send_error(p, m.id, code::bad_value,
                              "this server has no sign-in provider '" + m.provider + "'");
        if (!signin::SignIn::app_redirect_allowed(m.redirect_uri))
            return send_error(p, m.id, code::bad_value,
                              "redirect_uri must be http://127.0.0.1:PORT/… (or [::1]) or "
                              "no.bro.app:/…");
        if (auto wait = m_address_limiter.wait(address_key); wait.count() > 0)
            return send_error(p, m.id, code::rate_limited,
                              "too many failed sign-ins; try again in " +
                                  std::to_string((wait.count() + 999) / 1000) + " s");
    }
    signin::Flow flow;
    flow.provider = m.provider;
    flow.nonce = oidc::random_token(32);
    flow.verifier = oidc::pkce_verifier();
    flow.app_challenge = m.code_challenge;
    flow.app_redirect = m.redirect_uri;
    flow.app_state = m.state;
    if (!m.invite_code.empty())
        flow.invite_hash = sha256_hex(normalise_invite_code(m.invite_code));
    flow.expires = unix_now() + signin::SignIn::flow_seconds;
    const std::string state = oidc::random_token(32);
    std::string url;
    try {
        url = provider->authorization_url({m_sign_in->config().callback_url, state, flow.nonce,
                                           oidc::pkce_challenge_s256(flow.verifier)});
    } catch (const std::exception &e) {
        log_refusal(m_metrics, m.provider, std::string("cannot start: ") + e.what());
        std::lock_guard lock(m_mutex);
        return send_error(p, m.id, code::provider_unavailable,
                          "the sign-in service does not answer right now; try again soon");
    }
    std::lock_guard lock(m_mutex);
    m_sign_in->store().put_flow(state, flow);
    p.send(frame(SignInStarted{m.id, url}));
}

void SyncHub::sign_in_callback(std::string query, std::function<void(SignInCallbackAnswer)> done)
{
    post([this, query = std::move(query), done = std::move(done)] {
        SignInCallbackAnswer answer;
        try {
            answer = finish_callback(query);
        } catch (const std::exception &e) {
            log::error(std::string("sign-in callback failed: ") + e.what());
            answer = {500,
                      {},
                      page("Noe gikk galt hos oss. Gå tilbake til Bro og prøv igjen om litt.",
                           "Something went wrong on our side. Go back to Bro and try again "
                           "in a moment.")};
        }
        done(std::move(answer));
    });
}

SignInCallbackAnswer SyncHub::finish_callback(const std::string &query)
{
    const SignInCallbackAnswer expired{
        400,
        {},
        page("Denne innloggingen er utløpt eller allerede brukt. Gå tilbake til Bro og prøv igjen.",
             "This sign-in has expired or was already used. Go back to Bro and try again.")};
    const auto params = signin::parse_query(query);
    if (!m_sign_in || !params || !params->count("state"))
        return expired;
    const auto now = unix_now();
    std::optional<signin::Flow> flow;
    {
        std::lock_guard lock(m_mutex);
        flow = m_sign_in->store().take_flow(params->at("state"), now);
    }
    if (!flow)
        return expired;
    auto back = [&](signin::Params to_app) {
        to_app.emplace_back("state", flow->app_state);
        return SignInCallbackAnswer{302, signin::with_query(flow->app_redirect, to_app), {}};
    };
    signin::Provider *provider = m_sign_in->provider(flow->provider);
    if (!provider)
        return back({{"error", "sign_in_failed"}});
    if (const auto e = params->find("error"); e != params->end()) {
        // The person cancelled at the provider (access_denied), or the provider refused.
        log_refusal(m_metrics, flow->provider, "the provider answered " + e->second.substr(0, 64));
        return back({{"error", e->second == "access_denied" ? "cancelled" : "sign_in_failed"}});
    }
    if (!params->count("code"))
        return back({{"error", "sign_in_failed"}});

    oidc::IdTokenResult checked;
    try {
        const auto id_token =
            provider->redeem(params->at("code"), flow->verifier, m_sign_in->config().callback_url);
        checked = provider->check(id_token, flow->nonce, now);
    } catch (const std::exception &e) {
        log_refusal(m_metrics, flow->provider, std::string("code exchange: ") + e.what());
        return back({{"error", "provider_unavailable"}});
    }
    if (!checked.ok) {
        log_refusal(m_metrics, flow->provider,
                    std::string("ID token: ") + oidc::refusal_code(checked.reason) + ": " +
                        checked.reason_text);
        return back({{"error", "sign_in_failed"}});
    }
    const auto &pid_claim = provider->config().pid_claim;
    const auto pid = checked.claims.find(pid_claim);
    if (pid == checked.claims.end() || !pid->is_string() ||
        !oidc::valid_fnr(pid->get<std::string>())) {
        log_refusal(m_metrics, flow->provider,
                    "the ID token has no valid national identity in '" + pid_claim + "'");
        return back({{"error", "sign_in_failed"}});
    }
    const std::string id_hash = m_sign_in->identity_hash(pid->get<std::string>());

    std::lock_guard lock(m_mutex);
    Transaction tx(m_db);
    auto person_id = m_sign_in->store().person_of(id_hash);
    if (!person_id && !flow->invite_hash.empty()) {
        // The first national sign-in binds the identity to the person the invite was made for.
        auto s = m_db.prepare("SELECT person_id, expires, used_at IS NOT NULL FROM invites "
                              "WHERE code_hash = ?");
        s.bind(1, flow->invite_hash);
        if (s.step() && s.column_int64(1) > now && s.column_int64(2) == 0) {
            const std::string invited = s.column_text(0);
            s.reset();
            if (m_sign_in->store().identity_of_person(invited)) {
                log_refusal(m_metrics, flow->provider,
                            "the invited person is bound to another identity");
                return back({{"error", "sign_in_failed"}});
            }
            m_sign_in->store().bind(id_hash, invited, flow->provider, iso_datetime(now));
            auto used = m_db.prepare("UPDATE invites SET used_at = ? WHERE code_hash = ?");
            used.bind(1, iso_datetime(now)).bind(2, flow->invite_hash);
            used.step();
            person_id = invited;
        }
    }
    if (!person_id) {
        log_refusal(m_metrics, flow->provider,
                    flow->invite_hash.empty()
                        ? "no person has this identity (no invite came with it)"
                        : "the invite is unknown, used or expired");
        return back({{"error", flow->invite_hash.empty() ? "unknown_person" : "bad_invite"}});
    }
    const auto person = m_directory.person(*person_id);
    const auto &roles = provider->config().roles;
    if (!person || std::find(roles.begin(), roles.end(), person->person.role) == roles.end()) {
        log_refusal(m_metrics, flow->provider, "this provider is not for the person's role");
        audit_sign_in(*person_id, provider->config().name, "sign_in_failed");
        tx.commit();
        return back({{"error", "sign_in_failed"}});
    }
    // The age rule needs a date of birth; the number carries it, and nothing else is taken.
    if (person->person.role == Role::apprentice && m_directory.guardian_age_limit(*person_id) > 0 &&
        !m_directory.age_record(*person_id))
        // A number from before 1900 (the Folkeregister has them) or a date still to come says
        // nothing the age rule can use: the person is then asked for no guardian.
        if (const auto born = oidc::birth_date_from_pid(pid->get<std::string>());
            born && is_valid_date(*born) && *born <= today_utc())
            m_directory.set_date_of_birth(*person_id, *born);
    const std::string code = oidc::random_token(32);
    m_sign_in->store().put_code(code, {*person_id, flow->provider, flow->app_challenge,
                                       now + signin::SignIn::code_seconds});
    tx.commit();
    return back({{"code", code}});
}

void SyncHub::on_sign_in_finish(Peer &p, const SignInFinish &m)
{
    const auto address_key = "addr:" + p.remote_address();
    std::lock_guard lock(m_mutex);
    if (p.authenticated)
        return send_error(p, m.id, code::bad_value, "this connection is already signed in");
    if (m.device_name.empty() || !is_valid_utf8(m.device_name) || !is_valid_utf8(m.platform))
        return send_error(p, m.id, code::bad_value, "device_name must be 1-200 bytes of text");
    if (auto wait = m_address_limiter.wait(address_key); wait.count() > 0)
        return send_error(p, m.id, code::rate_limited,
                          "too many failed sign-ins; try again in " +
                              std::to_string((wait.count() + 999) / 1000) + " s");
    if (!m_sign_in)
        return send_error(p, m.id, code::sign_in_failed, "sign-in failed; try again");
    Transaction tx(m_db);
    const auto code_row = m_sign_in->store().take_code(m.code, unix_now());
    // The code is gone whatever follows: a code that met a wrong verifier is worth nothing.
    const bool ok = code_row && oidc::pkce_matches(m.code_verifier, code_row->app_challenge);
    const auto person = ok ? m_directory.person(code_row->person_id) : std::nullopt;
    if (!person) {
        tx.commit();
        m_address_limiter.failure(address_key);
        log_refusal(m_metrics, code_row ? code_row->provider : "?",
                    code_row ? "the app's verifier does not match" : "unknown, used or late code");
        return send_error(p, m.id, code::sign_in_failed, "sign-in failed; try again");
    }
    auto d = m_accounts.create_device(person->person.id, m.device_name);
    auto s = m_db.prepare("UPDATE devices SET provider = ?, platform = ? WHERE id = ?");
    s.bind(1, code_row->provider).bind(2, m.platform).bind(3, d.id);
    s.step();
    audit_sign_in(person->person.id, m.device_name, "signed_in");
    tx.commit();
    m_address_limiter.success(address_key);
    welcome(p, m.id, *person, d.id, m.device_name, d.token, d.expires, code_row->provider);
}

void SyncHub::audit_sign_in(const std::string &person_id, const std::string &device_name,
                            const std::string &action)
{
    if (const auto person = m_directory.person(person_id))
        audit_for_apprentice(
            *person, {m_directory.actor(*person), person->person.name, {}, {}, device_name, {}},
            action, 0);
}

void SyncHub::audit_for_apprentice(const PersonRow &person, const PeerIdentity &who,
                                   const std::string &action, std::int64_t count)
{
    if (person.person.role != Role::apprentice)
        return;
    for (const auto &case_id : m_directory.cases_for(m_directory.actor(person)))
        m_audit.record(case_id, who, action, Category::core, count);
}

void SyncHub::on_devices_query(Peer &p, const DevicesQuery &m)
{
    Devices out;
    out.id = m.id;
    auto s = m_db.prepare("SELECT id, name, COALESCE(platform, ''), COALESCE(provider, ''), "
                          "created, COALESCE(last_seen, ''), revoked FROM devices "
                          "WHERE person_id = ? ORDER BY created");
    s.bind(1, p.identity.actor.person_id);
    while (s.step())
        out.devices.push_back({s.column_text(0), s.column_text(1), s.column_text(2),
                               s.column_text(3), s.column_text(4), s.column_text(5),
                               s.column_text(0) == p.identity.device_id, s.column_int64(6) != 0});
    p.send(frame(out));
}

void SyncHub::on_device_sign_out(Peer &p, const DeviceSignOut &m)
{
    const auto d = m_accounts.device(m.device_id);
    // Only one's own devices; another's id is answered as unknown, saying nothing about it.
    if (!d || d->person_id != p.identity.actor.person_id)
        return send_error(p, m.id, code::bad_value, "no such device of yours");
    Transaction tx(m_db);
    m_accounts.revoke_device(m.device_id);
    audit_sign_in(d->person_id, d->name, "signed_out");
    tx.commit();
    sign_out_revoked(); // a connected device hears it now, and erases its copy
    on_devices_query(p, DevicesQuery{m.id});
}

} // namespace bro
