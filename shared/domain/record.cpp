#include "domain/record.hpp"

namespace bro {

bool Record::deleted() const
{
    return boolean(deleted_field, false);
}

std::string Record::str(const std::string &field, const std::string &fallback) const
{
    auto it = fields.find(field);
    return it != fields.end() && it->is_string() ? it->get<std::string>() : fallback;
}

long long Record::integer(const std::string &field, long long fallback) const
{
    auto it = fields.find(field);
    return it != fields.end() && it->is_number_integer() ? it->get<long long>() : fallback;
}

bool Record::boolean(const std::string &field, bool fallback) const
{
    auto it = fields.find(field);
    return it != fields.end() && it->is_boolean() ? it->get<bool>() : fallback;
}

} // namespace bro
