#pragma once
// One simulated device of B9: a phone, tablet or desktop that was synced yesterday. It signs in
// once with its person's password, then reconnects with its device token; pulls from its cursor
// until the server says there is no more, and is then live (the server sends it changes as they
// come); pushes its person's writes one push at a time, like the app's outbox. When the
// connection breaks (a node killed, the balancer restarted, the database gone) it waits its
// backoff, a random time between half of it and all of it, doubles it, and starts over, pushing
// again what was not acknowledged: the server answers a retried op with its first answer.
//
// Single-threaded: every device of a run lives on one io_context.

#include "day_plan.hpp"
#include "sync/change.hpp"
#include "sync/hlc.hpp"
#include "sync/protocol.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/websocket/stream.hpp>
#include <chrono>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace bro::day {

using Clock = std::chrono::steady_clock;

// What all devices of a run share: where to connect, and what they measure together.
struct DeviceWorld
{
    DeviceWorld(boost::asio::io_context &io, boost::asio::ip::tcp::endpoint to, std::string pw)
        : ioc(io), endpoint(std::move(to)), password(std::move(pw))
    {
    }

    boost::asio::io_context &ioc;
    boost::asio::ip::tcp::endpoint endpoint;
    std::string password;
    std::mt19937 rng{20261205};
    // The last op of each record written today -> when its person wrote it (push -> receipt).
    std::unordered_map<std::string, Clock::time_point> written_at;
    std::unordered_set<std::string> receipt_measured;
    struct Sample
    {
        Clock::time_point at;
        double ms;
    };
    std::vector<Sample> ack_ms, receipt_ms;
    std::map<long, long> acks_per_second; // since `start`
    Clock::time_point start = Clock::now();
    std::uint64_t bytes_in = 0, bytes_out = 0;
    long pushes = 0, changes = 0, rejected = 0, errors = 0, reconnects = 0;
    std::string first_rejection, first_error;
    std::function<void()> on_live; // a device finished a pull and is live
};

class SimDevice
{
public:
    SimDevice(DeviceWorld &w, std::string user, std::int64_t cursor);
    SimDevice(const SimDevice &) = delete;
    SimDevice &operator=(const SimDevice &) = delete;

    void start(); // sign in (password the first time, then the token)
    void write(const PlannedWrite &w);
    void pull_to_end(); // once more to the end, then live again
    void stop();

    bool signed_in_once() const { return !m_token.empty(); }
    bool live() const { return m_state == State::live; }
    bool settled() const { return live() && !m_flight && m_queue.empty(); }

    const std::string user;
    const std::int64_t start_cursor;
    std::int64_t cursor;
    std::unordered_set<std::string> received;            // ops of others' changes
    std::unordered_map<std::string, std::int64_t> acked; // own op -> seq
    Clock::time_point live_since{};

private:
    enum class State { idle, connecting, signing_in, pulling, live, stopped };
    struct Outgoing
    {
        std::vector<Change> changes;
        std::vector<std::pair<std::string, Clock::time_point>> last_ops; // per record
    };

    void connect();
    void on_message(const std::string &text);
    void send(std::string text);
    void write_next();
    void read_next();
    void pull();
    void push_next();
    void fail(const std::string &why);
    void became_live();

    DeviceWorld &m_w;
    State m_state = State::idle;
    std::unique_ptr<boost::beast::websocket::stream<boost::beast::tcp_stream>> m_ws;
    boost::beast::flat_buffer m_buffer;
    std::deque<std::string> m_out;
    bool m_writing = false;
    unsigned m_generation = 0; // callbacks of an older connection do nothing
    boost::asio::steady_timer m_retry;
    int m_backoff_ms = 250;

    std::string m_device_id, m_token;
    HlcClock m_clock;
    std::uint64_t m_counter = 0;
    long m_next_id = 0;
    std::string m_pull_id;
    std::deque<Outgoing> m_queue;
    std::optional<std::pair<std::string, Outgoing>> m_flight; // request id, what it carries
};

} // namespace bro::day
