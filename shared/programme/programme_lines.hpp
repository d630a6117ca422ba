#pragma once
// Where each value of a JSON text starts, by the path the programme checker names it with
// (`phases[3].responsible`), so that `programme check` can say the line as a compiler does
// (issue 25): nlohmann keeps no positions.

#include <map>
#include <string>
#include <string_view>

namespace bro {

// Every value's path and line (1-based). Meant for text that already parsed as JSON; on anything
// else it returns what it found up to where it lost its way.
std::map<std::string, int> json_value_lines(std::string_view text);

// The line of `path`, or of the nearest enclosing value the text has (a missing field is named
// at its object); 0 when nothing matches.
int line_of(const std::map<std::string, int> &lines, std::string path);

} // namespace bro
