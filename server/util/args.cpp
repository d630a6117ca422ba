#include "util/args.hpp"

#include <charconv>

namespace bro {

Args::Args(const std::vector<std::string> &words, const std::set<std::string> &flags)
{
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto &w = words[i];
        if (w.size() > 2 && w.rfind("--", 0) == 0) {
            const auto name = w.substr(2);
            if (flags.count(name)) {
                m_flags.insert(name);
                continue;
            }
            if (i + 1 >= words.size())
                throw UsageError("option --" + name + " needs a value");
            m_options[name] = words[++i];
        } else {
            m_positional.push_back(w);
        }
    }
}

std::optional<std::string> Args::get(const std::string &name) const
{
    if (auto it = m_options.find(name); it != m_options.end())
        return it->second;
    return std::nullopt;
}

std::string Args::required(const std::string &name) const
{
    auto v = get(name);
    if (!v || v->empty())
        throw UsageError("missing --" + name);
    return *v;
}

long long Args::integer(const std::string &name, long long fallback) const
{
    auto v = get(name);
    if (!v)
        return fallback;
    long long out = 0;
    auto [ptr, ec] = std::from_chars(v->data(), v->data() + v->size(), out);
    if (ec != std::errc{} || ptr != v->data() + v->size())
        throw UsageError("--" + name + " must be a whole number, not '" + *v + "'");
    return out;
}

void Args::only(const std::set<std::string> &known) const
{
    for (const auto &[name, value] : m_options)
        if (!known.count(name))
            throw UsageError("unknown option --" + name);
    for (const auto &name : m_flags)
        if (!known.count(name))
            throw UsageError("unknown option --" + name);
}

} // namespace bro
