#include "test_device.hpp"

#include "sync/protocol.hpp"

#include <QDeadlineTimer>

namespace bro::test {

TestDevice::TestDevice(const QString &dir, const std::string &name)
    : m_name(name), m_store(std::make_unique<LocalStore>(
                        (dir + "/" + QString::fromStdString(name) + ".db").toStdString()))
{
    // The device's own durability is not under test here; an fsync per write would dominate.
    m_store->database().exec("PRAGMA synchronous = OFF");
}

bool TestDevice::connect(const QUrl &url)
{
    return m_ws.open(url);
}

void TestDevice::disconnect()
{
    m_ws.close();
}

void TestDevice::process(const nlohmann::json &frame)
{
    auto parsed = protocol::parse_server(frame.dump());
    if (!parsed) {
        ++bad_frames;
        return;
    }
    if (auto *c = std::get_if<protocol::Changes>(&*parsed.message)) {
        m_store->apply_remote(c->changes, c->cursor);
        received.insert(received.end(), c->changes.begin(), c->changes.end());
    } else if (auto *w = std::get_if<protocol::Welcome>(&*parsed.message)) {
        // As the app does: a restored server gets again what this device wrote.
        requeued += m_store->adopt_server_epoch(w->store_epoch);
    } else if (auto *p = std::get_if<protocol::Purge>(&*parsed.message)) {
        m_store->purge(p->case_id, p->categories);
        purges.push_back(frame);
        m_ws.send_text(protocol::serialize(
            protocol::ClientMessage{protocol::Purged{next_id(), p->case_id, p->categories}}));
    } else if (std::get_if<protocol::Error>(&*parsed.message)) {
        errors.push_back(frame);
    } else if (std::get_if<protocol::ProgrammeDefinition>(&*parsed.message)) {
        programme_definitions.push_back(frame);
    }
}

nlohmann::json TestDevice::request(nlohmann::json message, int timeout_ms)
{
    return await_reply(send(message), timeout_ms);
}

std::string TestDevice::send(const nlohmann::json &message)
{
    m_ws.send_json(message);
    return message.value("id", "");
}

nlohmann::json TestDevice::await_reply(const std::string &id, int timeout_ms)
{
    QDeadlineTimer deadline(timeout_ms);
    while (true) {
        auto j = m_ws.next(static_cast<int>(std::max<qint64>(0, deadline.remainingTime())));
        if (!j)
            return nlohmann::json::object();
        process(*j);
        if (j->value("id", "") == id)
            return *j;
    }
}

nlohmann::json TestDevice::login(const std::string &user, const std::string &password)
{
    auto r = request(nlohmann::json::parse(protocol::serialize(protocol::ClientMessage{
        protocol::Login{next_id(), protocol::version, user, password, m_name}})));
    if (r.value("type", "") == "welcome") {
        welcome = r;
        device_id = r.value("device_id", "");
        token = r.value("token", "");
    }
    return r;
}

nlohmann::json TestDevice::hello()
{
    return request(nlohmann::json::parse(protocol::serialize(
        protocol::ClientMessage{protocol::Hello{next_id(), protocol::version, device_id, token}})));
}

nlohmann::json TestDevice::push()
{
    const auto outbox = m_store->outbox(protocol::max_changes_per_push);
    auto r = request(nlohmann::json::parse(
        protocol::serialize(protocol::ClientMessage{protocol::Push{next_id(), outbox}})));
    auto parsed = protocol::parse_server(r.dump());
    if (parsed)
        if (auto *ack = std::get_if<protocol::Ack>(&*parsed.message)) {
            m_store->accept(ack->accepted);
            m_store->reject(ack->rejected);
        }
    return r;
}

nlohmann::json TestDevice::pull_all()
{
    nlohmann::json r;
    for (int i = 0; i < 1000; ++i) {
        r = request(nlohmann::json::parse(protocol::serialize(protocol::ClientMessage{
            protocol::Pull{next_id(), m_store->cursor(), protocol::max_pull_limit}})));
        if (r.value("type", "") != "changes" || !r.value("more", false))
            break;
    }
    return r;
}

void TestDevice::pump(int ms)
{
    for (auto &j : m_ws.drain(ms))
        process(j);
}

} // namespace bro::test
