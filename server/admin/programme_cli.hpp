#pragma once
// `bro-server admin programme check FILE` (issue 14): checks a programme definition
// (shared/programme/programme.hpp, docs/programmes.md) and names every problem by its path. It
// reads no database: an office can check a file before any server runs.
// `programme load FILE --by NAME` checks it the same way, then against what the server holds
// (ProgrammeStore), and stores it as a new programme or its next revision; a running server
// sends it to that programme's devices at its next tick. `programme list` shows what runs.

#include "util/args.hpp"

#include <iosfwd>

namespace bro {

// `a` are the admin words; its positional words begin with "programme". Returns the exit code:
// 0 the file is a valid programme (and loaded), 1 it is not (or cannot be read, or the server
// refused it: nothing is stored then). Throws UsageError.
int programme_main(const Args &a, std::ostream &out, std::ostream &err);

} // namespace bro
