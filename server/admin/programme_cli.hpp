#pragma once
// `bro-server admin programme check FILE` (issue 14): checks a programme definition
// (shared/programme/programme.hpp, docs/programmes.md) and names every problem by its path. It
// reads no database: an office can check a file before any server runs.

#include "util/args.hpp"

#include <iosfwd>

namespace bro {

// `a` are the admin words; its positional words begin with "programme". Returns the exit code:
// 0 the file is a valid programme, 1 it is not (or cannot be read). Throws UsageError.
int programme_main(const Args &a, std::ostream &out, std::ostream &err);

} // namespace bro
