#pragma once
// A small command-line reader for `bro-server`: `--name value` options, bare `--flag`s (declared
// up front so a flag never swallows the next word) and positional words.

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace bro {

struct UsageError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

class Args
{
public:
    // Throws UsageError for an option without a value.
    Args(const std::vector<std::string> &words, const std::set<std::string> &flags);

    const std::vector<std::string> &positional() const { return m_positional; }
    bool flag(const std::string &name) const { return m_flags.count(name) > 0; }
    std::optional<std::string> get(const std::string &name) const;
    std::string required(const std::string &name) const; // throws UsageError when missing
    long long integer(const std::string &name,
                      long long fallback) const; // throws when not a number
    // Throws UsageError naming the first option that is not in `known`.
    void only(const std::set<std::string> &known) const;

private:
    std::vector<std::string> m_positional;
    std::map<std::string, std::string> m_options;
    std::set<std::string> m_flags;
};

} // namespace bro
