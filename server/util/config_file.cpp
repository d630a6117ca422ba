#include "util/config_file.hpp"

#include "util/args.hpp"

#include <toml++/toml.h>

namespace bro {

namespace {

std::string where(const std::string &path, const toml::source_region &at)
{
    return path + ":" + std::to_string(at.begin.line) + ": ";
}

} // namespace

std::vector<std::string> config_words(const std::string &path,
                                      const std::map<std::string, ConfigKind> &known)
{
    toml::table table;
    try {
        table = toml::parse_file(path);
    } catch (const toml::parse_error &e) {
        const auto &at = e.source();
        throw UsageError(path + ":" + std::to_string(at.begin.line) + ": " +
                         std::string(e.description()));
    }
    std::vector<std::string> words;
    for (const auto &[key, node] : table) {
        const std::string name(key.str());
        const auto here = where(path, key.source());
        const auto kind = known.find(name);
        if (kind == known.end())
            throw UsageError(here + "unknown key '" + name + "'");
        const std::string flag = "--" + [&] {
            std::string f = name;
            for (auto &c : f)
                if (c == '_')
                    c = '-';
            return f;
        }();
        switch (kind->second) {
        case ConfigKind::text:
            if (!node.is_string())
                throw UsageError(here + "'" + name + "' must be a string in quotes");
            words.insert(words.end(), {flag, *node.value<std::string>()});
            break;
        case ConfigKind::integer:
            if (!node.is_integer())
                throw UsageError(here + "'" + name + "' must be a whole number");
            words.insert(words.end(), {flag, std::to_string(*node.value<std::int64_t>())});
            break;
        case ConfigKind::flag:
            if (!node.is_boolean())
                throw UsageError(here + "'" + name + "' must be true or false");
            if (*node.value<bool>())
                words.push_back(flag);
            break;
        case ConfigKind::list: {
            const auto *items = node.as_array();
            if (!items)
                throw UsageError(here + "'" + name + "' must be a list of strings");
            std::string joined;
            for (const auto &item : *items) {
                if (!item.is_string())
                    throw UsageError(here + "'" + name + "' must be a list of strings");
                joined += (joined.empty() ? "" : ",") + *item.value<std::string>();
            }
            words.insert(words.end(), {flag, joined});
            break;
        }
        }
    }
    return words;
}

} // namespace bro
