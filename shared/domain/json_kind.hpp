#pragma once
// What kind of JSON value a reader found, in words for an error message ("should be a whole
// number, not text"). For nlohmann's json and ordered_json alike.

#include <string>

namespace bro {

template <typename Json> std::string json_kind(const Json &v)
{
    if (v.is_null())
        return "null";
    if (v.is_boolean())
        return "true/false";
    if (v.is_number_integer())
        return "a whole number";
    if (v.is_number())
        return "a number";
    if (v.is_string())
        return "text";
    if (v.is_array())
        return "a list";
    return "an object";
}

} // namespace bro
