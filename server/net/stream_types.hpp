#pragma once
// The two transports a session runs over: plain TCP (loopback, tests) and TLS (wss).

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#include <chrono>
#include <memory>
#include <utility>

namespace bro {

class AllowedNetworks;

using PlainStream = boost::beast::tcp_stream;
using TlsStream = boost::beast::ssl_stream<boost::beast::tcp_stream>;

// What a WebSocket runs over once the HTTP upgrade is done. Plain: the bare socket. The
// tcp_stream's timers served the HTTP phase only (the WebSocket has timeouts of its own), and
// they cost every idle connection a 536-byte block (bench B5 memory). TLS keeps its stream.
template <class Stream> struct WebSocketLayer
{
    using type = Stream;
    static type take(Stream &&stream) { return std::move(stream); }
};
template <> struct WebSocketLayer<PlainStream>
{
    using type = boost::asio::ip::tcp::socket;
    static type take(PlainStream &&stream) { return stream.release_socket(); }
};

// HSTS on every answer over TLS (Mozilla's intermediate profile: two years). Not
// includeSubDomains: the operator's other hosts are not ours to decide for.
inline constexpr const char *hsts_value = "max-age=63072000";

struct SessionLimits
{
    std::size_t max_frame_bytes = 1024 * 1024;
    double messages_per_second = 200; // token bucket per session; 0 turns the limit off
    double burst = 400;
    std::size_t max_queue_bytes = 64 * 1024 * 1024; // a device this far behind is disconnected
    // A connection that has not signed in (hello, login or enrol answered with welcome) by then
    // is closed with 1008 (policy violation): an open socket costs memory and a file descriptor.
    std::chrono::milliseconds sign_in_timeout{30'000};
    // A connection silent for this long is pinged; one still silent after as long again is
    // closed (a phone that vanished without closing). See SyncHub::keep_alive.
    std::chrono::milliseconds keep_alive{150'000};
    // Who may read /metrics besides loopback (serve --metrics-allow).
    std::shared_ptr<const AllowedNetworks> metrics_allow;
};

} // namespace bro
