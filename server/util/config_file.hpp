#pragma once
// `bro-server serve --config FILE`: the same settings as the command line, in one TOML file an
// operator keeps under /etc/bro (toml++, Debian's libtomlplusplus). Each key is a flag's name
// with '_' for '-' (`tls_cert` is `--tls-cert`). The file's settings become words in front of the
// command line's, so a flag given there wins. A key that is unknown or of the wrong type is an
// error naming the file, the line and the key: a typo never silently leaves a default in place.

#include <map>
#include <string>
#include <vector>

namespace bro {

enum class ConfigKind { text, integer, flag, list };

// Throws UsageError ("FILE:LINE: …").
std::vector<std::string> config_words(const std::string &path,
                                      const std::map<std::string, ConfigKind> &known);

} // namespace bro
