#pragma once
// The two things every message family's header takes from the core: the protocol's version (the
// session messages carry it) and the error a parse gives. The rest of the core (limits, error
// codes, the message variants, parse and serialize) is in protocol.hpp, which includes every
// family; include that, not this.

#include <string>

namespace bro::protocol {

inline constexpr int version = 1;

struct ProtocolError
{
    std::string code;
    std::string message;
    std::string id; // the offending message's id when it could be read
};

} // namespace bro::protocol
