#pragma once
// Validation result naming the bad field, shared by every record type.

#include <optional>
#include <string>

namespace bro {

struct FieldError
{
    std::string field;
    std::string message;
};

using Validation = std::optional<FieldError>; // nullopt means valid

} // namespace bro
