#pragma once
// Reports a network error, staying quiet about the ordinary ends of a connection (the peer went
// away, we cancelled it at shutdown) as Beast's chat-multi example does.

#include <boost/beast/core/error.hpp>

namespace bro {

void fail(boost::beast::error_code ec, const char *what);

} // namespace bro
