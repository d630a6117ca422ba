#include "signin/sign_in_store.hpp"

#include "auth/secrets.hpp"

namespace bro::signin {

void SignInStore::put_flow(const std::string &state, const Flow &f)
{
    auto s = m_db.prepare("INSERT INTO sign_in_flows (state_hash, provider, nonce, verifier, "
                          "app_challenge, app_redirect, app_state, invite_hash, expires) "
                          "VALUES (?,?,?,?,?,?,?,?,?)");
    s.bind(1, sha256_hex(state))
        .bind(2, f.provider)
        .bind(3, f.nonce)
        .bind(4, f.verifier)
        .bind(5, f.app_challenge)
        .bind(6, f.app_redirect)
        .bind(7, f.app_state)
        .bind(8, f.invite_hash.empty() ? std::optional<std::string>()
                                       : std::optional<std::string>(f.invite_hash))
        .bind(9, f.expires);
    s.step();
}

std::optional<Flow> SignInStore::take_flow(const std::string &state, std::int64_t now)
{
    auto s = m_db.prepare("DELETE FROM sign_in_flows WHERE state_hash = ? RETURNING provider, "
                          "nonce, verifier, app_challenge, app_redirect, app_state, "
                          "COALESCE(invite_hash, ''), expires");
    s.bind(1, sha256_hex(state));
    if (!s.step())
        return std::nullopt;
    Flow f{s.column_text(0), s.column_text(1), s.column_text(2), s.column_text(3),
           s.column_text(4), s.column_text(5), s.column_text(6), s.column_int64(7)};
    while (s.step()) {
    }
    if (f.expires <= now)
        return std::nullopt;
    return f;
}

void SignInStore::put_code(const std::string &code, const AppCode &c)
{
    auto s = m_db.prepare("INSERT INTO sign_in_codes (code_hash, person_id, provider, "
                          "app_challenge, expires) VALUES (?,?,?,?,?)");
    s.bind(1, sha256_hex(code))
        .bind(2, c.person_id)
        .bind(3, c.provider)
        .bind(4, c.app_challenge)
        .bind(5, c.expires);
    s.step();
}

std::optional<AppCode> SignInStore::take_code(const std::string &code, std::int64_t now)
{
    auto s = m_db.prepare("DELETE FROM sign_in_codes WHERE code_hash = ? RETURNING person_id, "
                          "provider, app_challenge, expires");
    s.bind(1, sha256_hex(code));
    if (!s.step())
        return std::nullopt;
    AppCode c{s.column_text(0), s.column_text(1), s.column_text(2), s.column_int64(3)};
    while (s.step()) {
    }
    if (c.expires <= now)
        return std::nullopt;
    return c;
}

std::optional<std::string> SignInStore::person_of(const std::string &id_hash)
{
    auto s = m_db.prepare("SELECT person_id FROM national_identities WHERE id_hash = ?");
    s.bind(1, id_hash);
    if (!s.step())
        return std::nullopt;
    return s.column_text(0);
}

std::optional<std::string> SignInStore::identity_of_person(const std::string &person_id)
{
    auto s = m_db.prepare("SELECT id_hash FROM national_identities WHERE person_id = ?");
    s.bind(1, person_id);
    if (!s.step())
        return std::nullopt;
    return s.column_text(0);
}

void SignInStore::bind(const std::string &id_hash, const std::string &person_id,
                       const std::string &provider, const std::string &at)
{
    auto s = m_db.prepare("INSERT INTO national_identities (id_hash, person_id, provider, "
                          "bound_at) VALUES (?,?,?,?)");
    s.bind(1, id_hash).bind(2, person_id).bind(3, provider).bind(4, at);
    s.step();
}

void SignInStore::sweep(std::int64_t now)
{
    auto flows = m_db.prepare("DELETE FROM sign_in_flows WHERE expires <= ?");
    flows.bind(1, now);
    flows.step();
    auto codes = m_db.prepare("DELETE FROM sign_in_codes WHERE expires <= ?");
    codes.bind(1, now);
    codes.step();
}

} // namespace bro::signin
