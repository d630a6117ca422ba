#pragma once
// SQLite under the sql:: interface: the devices' store and the server's embedded default.

#include "store/sql_backend.hpp"

#include <memory>
#include <string>

namespace bro::sql {

std::unique_ptr<DatabaseImpl> open_sqlite(const std::string &path);

} // namespace bro::sql
