#include "auth/accounts.hpp"

#include "auth/secrets.hpp"
#include "sync/change.hpp"
#include "util/time.hpp"

namespace bro {

namespace {

constexpr const char *device_columns =
    "id, person_id, name, expires, revoked, last_counter, created, COALESCE(last_seen, '')";

DeviceRow read_device(Statement &s)
{
    return DeviceRow{s.column_text(0),       s.column_text(1),  s.column_text(2), s.column_int64(3),
                     s.column_int64(4) != 0, s.column_int64(5), s.column_text(6), s.column_text(7)};
}

} // namespace

NewDevice Accounts::create_device(const std::string &person_id, const std::string &name)
{
    NewDevice d{new_uuid(), new_token(), unix_now() + m_token_ttl};
    auto s = m_db.prepare("INSERT INTO devices (id, person_id, name, token_hash, expires, created) "
                          "VALUES (?,?,?,?,?,?)");
    s.bind(1, d.id)
        .bind(2, person_id)
        .bind(3, name)
        .bind(4, sha256_hex(d.token))
        .bind(5, d.expires)
        .bind(6, iso_datetime(unix_now()));
    s.step();
    return d;
}

std::optional<DeviceRow> Accounts::device_by_token(const std::string &token)
{
    auto s = m_db.prepare(std::string("SELECT ") + device_columns +
                          " FROM devices WHERE token_hash = ?");
    s.bind(1, sha256_hex(token));
    if (!s.step())
        return std::nullopt;
    return read_device(s);
}

std::optional<DeviceRow> Accounts::device(const std::string &id)
{
    auto s = m_db.prepare(std::string("SELECT ") + device_columns + " FROM devices WHERE id = ?");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return read_device(s);
}

std::vector<DeviceRow> Accounts::devices()
{
    auto s = m_db.prepare(std::string("SELECT ") + device_columns +
                          " FROM devices ORDER BY person_id, created");
    std::vector<DeviceRow> out;
    while (s.step())
        out.push_back(read_device(s));
    return out;
}

bool Accounts::revoke_device(const std::string &id)
{
    auto s = m_db.prepare("UPDATE devices SET revoked = 1 WHERE id = ?");
    s.bind(1, id);
    s.step();
    return m_db.changes() > 0;
}

int Accounts::revoke_person_devices(const std::string &person_id)
{
    auto s = m_db.prepare("UPDATE devices SET revoked = 1 WHERE person_id = ? AND revoked = 0");
    s.bind(1, person_id);
    s.step();
    return m_db.changes();
}

void Accounts::touch(const std::string &device_id)
{
    auto s = m_db.prepare("UPDATE devices SET last_seen = ? WHERE id = ?");
    s.bind(1, iso_datetime(unix_now())).bind(2, device_id);
    s.step();
}

std::int64_t Accounts::last_counter(const std::string &device_id)
{
    // FOR UPDATE on PostgreSQL: two nodes taking pushes from one device (it reconnected) apply
    // them one after the other, so a counter is never accepted twice. SQLite has one writer.
    auto s = m_db.prepare(m_db.dialect() == Dialect::postgres
                              ? "SELECT last_counter FROM devices WHERE id = ? FOR UPDATE"
                              : "SELECT last_counter FROM devices WHERE id = ?");
    s.bind(1, device_id);
    return s.step() ? s.column_int64(0) : 0;
}

void Accounts::set_last_counter(const std::string &device_id, std::int64_t counter)
{
    auto s =
        m_db.prepare("UPDATE devices SET last_counter = ?1 WHERE id = ?2 AND last_counter < ?1");
    s.bind(1, counter).bind(2, device_id);
    s.step();
}

bool Accounts::has_case(const std::string &device_id, const std::string &case_id)
{
    auto s = m_db.prepare("SELECT 1 FROM device_cases WHERE device_id = ? AND case_id = ?");
    s.bind(1, device_id).bind(2, case_id);
    return s.step();
}

void Accounts::mark_case(const std::string &device_id, const std::string &case_id)
{
    auto s = m_db.prepare("INSERT INTO device_cases (device_id, case_id) VALUES (?,?) "
                          "ON CONFLICT DO NOTHING");
    s.bind(1, device_id).bind(2, case_id);
    s.step();
}

void Accounts::unmark_case(const std::string &device_id, const std::string &case_id)
{
    auto s = m_db.prepare("DELETE FROM device_cases WHERE device_id = ? AND case_id = ?");
    s.bind(1, device_id).bind(2, case_id);
    s.step();
}

std::vector<std::string> Accounts::device_cases(const std::string &device_id)
{
    auto s = m_db.prepare("SELECT case_id FROM device_cases WHERE device_id = ? ORDER BY case_id");
    s.bind(1, device_id);
    std::vector<std::string> out;
    while (s.step())
        out.push_back(s.column_text(0));
    return out;
}

std::string Accounts::create_invite(const std::string &person_id, int valid_days)
{
    const auto code = new_invite_code();
    auto s = m_db.prepare("INSERT INTO invites (code_hash, person_id, expires) VALUES (?,?,?)");
    s.bind(1, sha256_hex(normalise_invite_code(code)))
        .bind(2, person_id)
        .bind(3, unix_now() + std::int64_t{valid_days} * 86400);
    s.step();
    return code;
}

std::optional<InviteRow> Accounts::invite(const std::string &code)
{
    auto s = m_db.prepare("SELECT person_id, expires, used_at IS NOT NULL FROM invites "
                          "WHERE code_hash = ?");
    s.bind(1, sha256_hex(normalise_invite_code(code)));
    if (!s.step())
        return std::nullopt;
    return InviteRow{s.column_text(0), s.column_int64(1), s.column_int64(2) != 0};
}

void Accounts::use_invite(const std::string &code)
{
    auto s = m_db.prepare("UPDATE invites SET used_at = ? WHERE code_hash = ?");
    s.bind(1, iso_datetime(unix_now())).bind(2, sha256_hex(normalise_invite_code(code)));
    s.step();
}

} // namespace bro
