#include "signin/http_fetch.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/version.hpp>
#include <optional>

namespace bro::signin {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

http::request<http::string_body> make_request(const HttpRequest &in, const Url &url)
{
    http::request<http::string_body> req;
    req.method(in.method == "POST" ? http::verb::post : http::verb::get);
    req.target(url.target);
    req.version(11);
    const bool default_port =
        (url.scheme == "https" && url.port == "443") || (url.scheme == "http" && url.port == "80");
    const std::string host =
        url.host.find(':') != std::string::npos ? "[" + url.host + "]" : url.host;
    req.set(http::field::host, default_port ? host : host + ":" + url.port);
    req.set(http::field::user_agent, "bro-server/" BRO_VERSION);
    req.set(http::field::accept, "application/json");
    req.set(http::field::connection, "close");
    for (const auto &[name, value] : in.headers)
        req.set(name, value);
    if (req.method() == http::verb::post) {
        req.body() = in.body;
        req.prepare_payload();
    }
    return req;
}

// Runs the exchange on `stream` (a tcp_stream, or an ssl_stream over one) within the deadline.
template <class Stream>
HttpResponse exchange(net::io_context &ioc, Stream &stream, tcp::resolver::results_type endpoints,
                      const http::request<http::string_body> &req, const FetchOptions &options,
                      const std::string &host_for_tls)
{
    auto &lowest = beast::get_lowest_layer(stream);
    lowest.expires_after(options.timeout);
    beast::error_code result = net::error::would_block;
    std::string step = "connect";
    http::response_parser<http::string_body> parser;
    parser.body_limit(options.max_body_bytes);
    beast::flat_buffer buffer;

    auto finish = [&](beast::error_code ec, const char *where) {
        result = ec;
        step = where;
    };
    lowest.async_connect(endpoints, [&](beast::error_code ec, const tcp::endpoint &) {
        if (ec)
            return finish(ec, "connect");
        auto write_then_read = [&] {
            http::async_write(stream, req, [&](beast::error_code wec, std::size_t) {
                if (wec)
                    return finish(wec, "send");
                http::async_read(stream, buffer, parser,
                                 [&](beast::error_code rec, std::size_t) { finish(rec, "read"); });
            });
        };
        if constexpr (std::is_same_v<Stream, beast::ssl_stream<beast::tcp_stream>>) {
            if (!SSL_set_tlsext_host_name(stream.native_handle(), host_for_tls.c_str()))
                return finish(beast::error_code(static_cast<int>(::ERR_get_error()),
                                                net::error::get_ssl_category()),
                              "tls name");
            stream.set_verify_callback(net::ssl::host_name_verification(host_for_tls));
            stream.async_handshake(net::ssl::stream_base::client,
                                   [&, write_then_read](beast::error_code hec) {
                                       if (hec)
                                           return finish(hec, "tls handshake");
                                       write_then_read();
                                   });
        } else {
            write_then_read();
        }
    });
    ioc.run();
    if (result == beast::error::timeout)
        throw FetchError("timed out after " + std::to_string(options.timeout.count()) + " ms (" +
                         step + ")");
    if (result)
        throw FetchError(step + ": " + result.message());
    auto res = parser.release();
    HttpResponse out;
    out.status = static_cast<int>(res.result_int());
    out.content_type = std::string(res[http::field::content_type]);
    out.body = std::move(res.body());
    return out;
}

} // namespace

HttpResponse fetch(const HttpRequest &request, const FetchOptions &options)
{
    const auto url = parse_url(request.url);
    if (!url)
        throw FetchError("not an http(s) URL: " + request.url);
    if (url->scheme == "http" && !is_loopback_host(url->host))
        throw FetchError("plain http is allowed only to a loopback address: " + request.url);

    net::io_context ioc;
    tcp::resolver resolver(ioc);
    beast::error_code ec;
    // Resolution is synchronous and not under the deadline; a provider is named in the
    // operator's configuration and resolved by the system's resolver with its own timeouts.
    const auto endpoints = resolver.resolve(url->host, url->port, ec);
    if (ec)
        throw FetchError("cannot resolve " + url->host + ": " + ec.message());
    const auto req = make_request(request, *url);

    if (url->scheme == "http") {
        beast::tcp_stream stream(ioc);
        return exchange(ioc, stream, endpoints, req, options, {});
    }
    net::ssl::context tls(net::ssl::context::tls_client);
    tls.set_options(net::ssl::context::default_workarounds | net::ssl::context::no_sslv2 |
                    net::ssl::context::no_sslv3 | net::ssl::context::no_tlsv1 |
                    net::ssl::context::no_tlsv1_1);
    tls.set_verify_mode(net::ssl::verify_peer);
    tls.set_default_verify_paths();
    if (!options.ca_file.empty())
        tls.load_verify_file(options.ca_file);
    beast::ssl_stream<beast::tcp_stream> stream(ioc, tls);
    return exchange(ioc, stream, endpoints, req, options, url->host);
}

} // namespace bro::signin
