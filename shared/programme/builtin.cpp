#include "programme/builtin.hpp"

#include <stdexcept>

namespace bro {

const Programme &builtin_programme()
{
    static const Programme programme = [] {
        auto result = parse_programme_text(builtin_programme_json());
        if (!result.ok())
            throw std::logic_error("the built-in programme okab-air.json is not valid: " +
                                   to_string(result.errors.front()));
        return std::move(result.programme);
    }();
    return programme;
}

} // namespace bro
