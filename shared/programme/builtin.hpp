#pragma once
// The built-in programme: the OKAB–AiR pilot's definition, shared/programme/okab-air.json,
// compiled into the program (cmake/EmbedText.cmake writes it into a generated .cpp at build time).
// A server runs it as the programme `okab-air` until a file with that id is loaded, and a device
// falls back to it until a server sends a definition.

#include "programme/programme.hpp"

#include <string_view>

namespace bro {

// The text of okab-air.json exactly as in the source tree.
std::string_view builtin_programme_json();

// That text parsed, once. The file is checked by tst_programme; should it ever not parse, this
// throws std::logic_error naming the first problem (a build that is broken, not bad input).
const Programme &builtin_programme();

} // namespace bro
