#pragma once
// Devices and invites: a login or enrolment creates a device with a random token, stored only as
// its SHA-256 hash, with an expiry; each device can be revoked on its own. Not thread-safe: the
// hub calls it under its lock (the slow Argon2id work happens outside, in the hub).

#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bro {

struct NewDevice
{
    std::string id;
    std::string token; // shown once, to the device
    std::int64_t expires = 0;
};

struct DeviceRow
{
    std::string id;
    std::string person_id;
    std::string name;
    std::int64_t expires = 0;
    bool revoked = false;
    std::int64_t last_counter = 0;
    std::string created;
    std::string last_seen;
};

struct InviteRow
{
    std::string person_id;
    std::int64_t expires = 0;
    bool used = false;
};

class Accounts
{
public:
    Accounts(Database &db, std::int64_t token_ttl_seconds)
        : m_db(db), m_token_ttl(token_ttl_seconds)
    {
    }

    NewDevice create_device(const std::string &person_id, const std::string &name);
    std::optional<DeviceRow> device_by_token(const std::string &token);
    std::optional<DeviceRow> device(const std::string &id);
    std::vector<DeviceRow> devices();
    bool revoke_device(const std::string &id);
    int revoke_person_devices(const std::string &person_id);
    void touch(const std::string &device_id);

    // Idempotent pushes: the last per-device counter applied, kept in the push's transaction.
    std::int64_t last_counter(const std::string &device_id);
    void set_last_counter(const std::string &device_id, std::int64_t counter);

    // The care-team cases a device has been given in full (by a pull from 0 or a snapshot).
    bool has_case(const std::string &device_id, const std::string &case_id);
    void mark_case(const std::string &device_id, const std::string &case_id);
    // Forgets a case the device confirmed it purged (its owner left the care team).
    void unmark_case(const std::string &device_id, const std::string &case_id);
    std::vector<std::string> device_cases(const std::string &device_id);

    std::string create_invite(const std::string &person_id, int valid_days); // returns the code
    std::optional<InviteRow> invite(const std::string &code);
    void use_invite(const std::string &code);

private:
    Database &m_db;
    std::int64_t m_token_ttl;
};

} // namespace bro
