#pragma once
// The server's log: one line per event on stderr, which systemd's journal collects. As text
// ("bro-server: …", for a person at a terminal) or, with `--log-format json`, one JSON object a
// line with the time, the level and the message (for journald and log shippers).
// What goes in: events and reasons. Never a token, an identity number or a health detail: callers
// pass reasons and codes, not the data a request carried (a test greps a whole run's log).

#include <string>
#include <string_view>

namespace bro::log {

enum class Format { text, json };
void set_format(Format format);

void info(std::string_view message);
void warn(std::string_view message);
void error(std::string_view message);

} // namespace bro::log
