#pragma once
// `bro-server admin --db FILE <command>`: set up organisations, people, cases and care teams,
// make invite codes, reset passwords, revoke devices, take an online backup, list what is there.
// Safe to run while the server serves the same file (SQLite WAL + busy timeout).

#include <iosfwd>
#include <string>
#include <vector>

namespace bro {

// `args` are the words after "admin". Returns the exit code: 0 ok, 1 failed, 2 bad usage.
int admin_main(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
void admin_usage(std::ostream &out);

// The online backup, used by `admin backup`: SQLite's backup API, page by page, so a serving
// server is never blocked for long. Throws on failure.
void backup_database(const std::string &from, const std::string &to);

} // namespace bro
