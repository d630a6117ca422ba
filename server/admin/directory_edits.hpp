#pragma once
// Directory changes that take more than one table: used by the admin CLI and by the hub's
// directory_edit alike, so that both set up a case, a care team or an invite the same way. Each
// throws std::invalid_argument with a clear message for bad input; call inside a transaction.

#include "auth/accounts.hpp"
#include "store/database.hpp"
#include "store/directory_store.hpp"

#include <string>

namespace bro {

struct NewCase
{
    CaseRow row;
    std::string phase; // empty: the first phase of the apprentice's programme
    std::string trade; // optional
};

// The directory row and the case record devices sync (written as the server node `node`).
void open_case(Database &db, DirectoryStore &dir, const NewCase &c, const std::string &node);
// Joins at the current end of the log: the member's devices fetch the case's history as a
// snapshot (see docs/protocol.md).
void join_team(Database &db, DirectoryStore &dir, const std::string &case_id,
               const std::string &person_id);

struct Invite
{
    std::string code;
    std::int64_t expires = 0; // unix seconds
};
// A one-time code for a person who has no account yet.
Invite make_invite(DirectoryStore &dir, Accounts &accounts, const std::string &person_id, int days);

// "<prefix>-" and eight random hex digits, for adds that leave the id to the server.
std::string new_directory_id(const std::string &prefix);

} // namespace bro
