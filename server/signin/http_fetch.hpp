#pragma once
// A bounded HTTP(S) client for talking to an OpenID provider: discovery, keys, PAR and the token
// endpoint. Each call runs on its own io_context with one deadline for the whole exchange, so a
// provider that is down or slow costs at most `timeout` and never a hung database thread.
// https verifies the certificate chain and the host name (OpenSSL through Asio); plain http is
// allowed only to a loopback address (tests, a local proxy).

#include "signin/url.hpp"

#include <chrono>
#include <stdexcept>
#include <string>
#include <vector>

namespace bro::signin {

struct HttpRequest
{
    std::string method = "GET";
    std::string url;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
};

struct HttpResponse
{
    int status = 0;
    std::string content_type;
    std::string body;
};

// Thrown for anything but an HTTP answer: refused, unreachable, timed out, bad certificate,
// an answer over the size limit. The message is for the server's log.
class FetchError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct FetchOptions
{
    std::chrono::milliseconds timeout{5000};
    std::size_t max_body_bytes = 512 * 1024;
    std::string ca_file; // extra trust anchor (a test provider's own certificate); empty: system
};

HttpResponse fetch(const HttpRequest &request, const FetchOptions &options = {});

} // namespace bro::signin
