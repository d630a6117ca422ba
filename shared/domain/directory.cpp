#include "domain/directory.hpp"

#include "domain/schema.hpp"

namespace bro {

namespace {

Validation check_text(const char *field, const std::string &value, std::size_t max)
{
    if (value.empty())
        return FieldError{field, "must not be empty"};
    if (value.size() > max)
        return FieldError{field, "is longer than " + std::to_string(max) + " bytes"};
    if (!is_valid_utf8(value))
        return FieldError{field, "must be valid UTF-8"};
    return std::nullopt;
}

bool is_username(const std::string &s)
{
    if (s.size() < 2 || s.size() > 64)
        return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_'))
            return false;
    return true;
}

} // namespace

Validation Organisation::validate() const
{
    if (auto e = check_text("id", id, 128))
        return e;
    return check_text("name", name, 200);
}

Validation Person::validate() const
{
    if (auto e = check_text("id", id, 128))
        return e;
    if (auto e = check_text("name", name, 200))
        return e;
    if (!is_username(username))
        return FieldError{"username", "must be 2-64 characters: a-z, 0-9, '.', '-' or '_'"};
    if (role != Role::apprentice && org_id.empty())
        return FieldError{"org_id", "is required for helpers and coordinators"};
    return std::nullopt;
}

} // namespace bro
