#pragma once
// What national sign-in keeps in the server's database (migration 11): sign-ins under way, the
// one-time codes handed to apps, and which person a national identity (as its keyed hash) is.
// Flows and codes are single-use: taking one deletes it in the same statement, so two nodes
// redeeming the same state or code cannot both succeed. Not thread-safe: the hub's lock.

#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace bro::signin {

struct Flow
{
    std::string provider;
    std::string nonce;
    std::string verifier; // PKCE between this server and the provider
    std::string app_challenge;
    std::string app_redirect;
    std::string app_state;
    std::string invite_hash; // empty: no invite came with this sign-in
    std::int64_t expires = 0;
};

struct AppCode
{
    std::string person_id;
    std::string provider;
    std::string app_challenge;
    std::int64_t expires = 0;
};

class SignInStore
{
public:
    explicit SignInStore(Database &db) : m_db(db) {}

    void put_flow(const std::string &state, const Flow &flow);
    // The flow of `state`, removed; nothing when unknown, used or expired.
    std::optional<Flow> take_flow(const std::string &state, std::int64_t now);
    void put_code(const std::string &code, const AppCode &code_row);
    std::optional<AppCode> take_code(const std::string &code, std::int64_t now);

    std::optional<std::string> person_of(const std::string &id_hash);
    std::optional<std::string> identity_of_person(const std::string &person_id);
    void bind(const std::string &id_hash, const std::string &person_id, const std::string &provider,
              const std::string &at);

    // Forgets flows and codes past their time (the tick).
    void sweep(std::int64_t now);

private:
    Database &m_db;
};

} // namespace bro::signin
