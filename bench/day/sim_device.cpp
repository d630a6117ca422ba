#include "sim_device.hpp"

#include <algorithm>
#include <boost/asio/buffer.hpp>
#include <boost/asio/connect.hpp>
#include <boost/beast/core/buffers_to_string.hpp>

namespace bro::day {

namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace proto = bro::protocol;

SimDevice::SimDevice(DeviceWorld &w, std::string user_, std::int64_t cursor_)
    : user(std::move(user_)), start_cursor(cursor_), cursor(cursor_), m_w(w), m_retry(w.ioc)
{
}

void SimDevice::start()
{
    if (m_state == State::stopped)
        return;
    connect();
}

void SimDevice::stop()
{
    m_state = State::stopped;
    ++m_generation;
    m_retry.cancel();
    if (m_ws) {
        beast::error_code ec;
        beast::get_lowest_layer(*m_ws).socket().close(ec);
    }
}

void SimDevice::connect()
{
    const unsigned gen = ++m_generation;
    m_state = State::connecting;
    m_out.clear();
    m_writing = false;
    m_buffer.clear();
    m_ws = std::make_unique<websocket::stream<beast::tcp_stream>>(m_w.ioc);
    beast::get_lowest_layer(*m_ws).expires_after(std::chrono::seconds(10));
    beast::get_lowest_layer(*m_ws).async_connect(m_w.endpoint, [this, gen](beast::error_code ec) {
        if (gen != m_generation)
            return;
        if (ec)
            return fail("connect: " + ec.message());
        beast::get_lowest_layer(*m_ws).expires_never();
        auto t = websocket::stream_base::timeout::suggested(beast::role_type::client);
        t.handshake_timeout = std::chrono::seconds(10);
        m_ws->set_option(t);
        m_ws->async_handshake("127.0.0.1", "/sync", [this, gen](beast::error_code ec2) {
            if (gen != m_generation)
                return;
            if (ec2)
                return fail("handshake: " + ec2.message());
            m_state = State::signing_in;
            read_next();
            if (m_token.empty()) {
                proto::Login l;
                l.id = "s" + std::to_string(++m_next_id);
                l.user = user;
                l.password = m_w.password;
                l.device_name = "B9 " + user;
                send(proto::serialize(proto::ClientMessage{l}));
            } else {
                proto::Hello h;
                h.id = "s" + std::to_string(++m_next_id);
                h.device_id = m_device_id;
                h.token = m_token;
                send(proto::serialize(proto::ClientMessage{h}));
            }
        });
    });
}

void SimDevice::read_next()
{
    const unsigned gen = m_generation;
    m_ws->async_read(m_buffer, [this, gen](beast::error_code ec, std::size_t n) {
        if (gen != m_generation)
            return;
        if (ec)
            return fail("read: " + ec.message());
        m_w.bytes_in += n;
        auto text = beast::buffers_to_string(m_buffer.data());
        m_buffer.consume(m_buffer.size());
        on_message(text);
        if (gen == m_generation)
            read_next();
    });
}

void SimDevice::send(std::string text)
{
    m_out.push_back(std::move(text));
    if (!m_writing)
        write_next();
}

void SimDevice::write_next()
{
    if (m_out.empty()) {
        m_writing = false;
        return;
    }
    m_writing = true;
    const unsigned gen = m_generation;
    m_w.bytes_out += m_out.front().size();
    m_ws->async_write(boost::asio::buffer(m_out.front()),
                      [this, gen](beast::error_code ec, std::size_t) {
                          if (gen != m_generation)
                              return;
                          if (ec)
                              return fail("write: " + ec.message());
                          m_out.pop_front();
                          write_next();
                      });
}

void SimDevice::fail(const std::string &why)
{
    if (m_state == State::stopped)
        return;
    ++m_generation;
    if (m_ws) {
        beast::error_code ec;
        beast::get_lowest_layer(*m_ws).socket().close(ec);
    }
    ++m_w.reconnects;
    if (m_w.first_error.empty())
        m_w.first_error = user + ": " + why;
    m_state = State::idle;
    // Backoff with jitter: a storm of devices spreads itself out instead of coming back at once.
    const int wait = std::uniform_int_distribution<int>(m_backoff_ms / 2, m_backoff_ms)(m_w.rng);
    m_backoff_ms = std::min(m_backoff_ms * 2, 8000);
    m_retry.expires_after(std::chrono::milliseconds(wait));
    m_retry.async_wait([this](beast::error_code ec) {
        if (!ec && m_state == State::idle)
            connect();
    });
}

void SimDevice::pull()
{
    proto::Pull p;
    m_pull_id = "p" + std::to_string(++m_next_id);
    p.id = m_pull_id;
    p.cursor = cursor;
    p.limit = proto::max_pull_limit;
    m_state = State::pulling;
    send(proto::serialize(proto::ClientMessage{p}));
}

void SimDevice::pull_to_end()
{
    if (m_state == State::live)
        pull();
}

void SimDevice::became_live()
{
    m_state = State::live;
    live_since = Clock::now();
    m_backoff_ms = 250;
    if (m_w.on_live)
        m_w.on_live();
    push_next();
}

void SimDevice::write(const PlannedWrite &w)
{
    Outgoing o;
    for (const auto &[field, value] : w.fields.items()) {
        Change c;
        c.op = new_op_id();
        c.counter = ++m_counter;
        c.record_id = w.record_id;
        c.kind = w.kind;
        c.case_id = w.case_id;
        c.field = field;
        c.value = value;
        c.hlc = m_clock.now();
        c.node = m_device_id;
        o.changes.push_back(std::move(c));
    }
    const auto now = Clock::now();
    o.last_ops.emplace_back(o.changes.back().op, now);
    m_w.written_at.emplace(o.changes.back().op, now);
    m_queue.push_back(std::move(o));
    if (m_state == State::live && !m_flight)
        push_next();
}

void SimDevice::push_next()
{
    if (m_state != State::live)
        return;
    if (!m_flight) {
        if (m_queue.empty())
            return;
        // Everything waiting goes in one push, as the app sends its outbox.
        Outgoing all;
        while (!m_queue.empty() &&
               all.changes.size() + m_queue.front().changes.size() <= proto::max_changes_per_push) {
            auto &o = m_queue.front();
            std::move(o.changes.begin(), o.changes.end(), std::back_inserter(all.changes));
            all.last_ops.insert(all.last_ops.end(), o.last_ops.begin(), o.last_ops.end());
            m_queue.pop_front();
        }
        m_flight.emplace("", std::move(all));
    }
    // A new request id each time, the same ops: a retry after a lost answer changes nothing.
    m_flight->first = "u" + std::to_string(++m_next_id);
    proto::Push p;
    p.id = m_flight->first;
    p.changes = m_flight->second.changes;
    ++m_w.pushes;
    send(proto::serialize(proto::ClientMessage{p}));
}

void SimDevice::on_message(const std::string &text)
{
    auto parsed = proto::parse_server(text);
    if (!parsed)
        return; // a message this driver does not need (figures, directory): not a failure
    auto &m = *parsed.message;
    if (auto *w = std::get_if<proto::Welcome>(&m)) {
        if (!w->token.empty()) {
            m_token = w->token;
            m_device_id = w->device_id;
            for (auto &o : m_queue) // written before the first sign-in knew the device's id
                for (auto &c : o.changes)
                    c.node = m_device_id;
        }
        pull();
        return;
    }
    if (auto *ch = std::get_if<proto::Changes>(&m)) {
        const auto now = Clock::now();
        for (const auto &c : ch->changes) {
            if (c.node == m_device_id)
                continue;
            received.insert(c.op);
            if (auto it = m_w.written_at.find(c.op);
                it != m_w.written_at.end() && m_w.receipt_measured.insert(c.op).second)
                m_w.receipt_ms.push_back(
                    {now, std::chrono::duration<double, std::milli>(now - it->second).count()});
        }
        cursor = std::max(cursor, ch->cursor);
        if (m_state == State::pulling && ch->id == m_pull_id) {
            if (ch->more)
                pull();
            else
                became_live();
        }
        return;
    }
    if (auto *a = std::get_if<proto::Ack>(&m)) {
        if (!m_flight || a->id != m_flight->first)
            return;
        const auto now = Clock::now();
        for (const auto &x : a->accepted)
            acked[x.op] = x.seq;
        for (const auto &r : a->rejected) {
            ++m_w.rejected;
            if (m_w.first_rejection.empty())
                m_w.first_rejection = user + ": " + r.code + " " + r.message;
        }
        m_w.changes += static_cast<long>(a->accepted.size());
        for (const auto &[op, at] : m_flight->second.last_ops)
            if (acked.count(op))
                m_w.ack_ms.push_back(
                    {now, std::chrono::duration<double, std::milli>(now - at).count()});
        ++m_w.acks_per_second[static_cast<long>(
            std::chrono::duration<double>(now - m_w.start).count())];
        m_flight.reset();
        push_next();
        return;
    }
    if (auto *e = std::get_if<proto::Error>(&m)) {
        // The database away, a push halted, a token refused: start over after the backoff, as
        // the app does. Nothing that was not acknowledged is forgotten.
        ++m_w.errors;
        if (e->code == proto::code::token_expired || e->code == proto::code::token_revoked)
            m_token.clear();
        fail("error " + e->code + ": " + e->message);
    }
}

} // namespace bro::day
