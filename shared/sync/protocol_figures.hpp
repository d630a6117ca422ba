#pragma once
// The programme figures message family: the coordinator asks for a period's figures and gets them
// protected (issue 24). docs/protocol.md, "Programme figures". The programme's definition is not
// here: it comes with the session (protocol_session.hpp).

#include "figures/published_programme.hpp"

#include <string>

namespace bro::protocol {

// ---- client -> server ----
struct ProgrammeQuery // the coordinator asks for the programme figures of a period
{
    std::string id;
    std::string from; // date, inclusive
    std::string to;   // date, inclusive, not before from
};

// ---- server -> client ----
// Counts only, and protected (issue 24): a count under 5 is a mark, never a number; cells are
// hidden so none can be worked out; only apprentices who said yes to being counted are in it.
// Every year of the programme is in every answer; from/to are the query's, echoed.
struct Programme
{
    std::string id;
    std::string from;
    std::string to;
    PublishedProgramme published;
};

} // namespace bro::protocol
