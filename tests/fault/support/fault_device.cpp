#include "fault_device.hpp"

#include "sync/protocol.hpp"

namespace bro::test {

std::string start_push(TestDevice &d)
{
    const auto outbox = d.store().outbox(protocol::max_changes_per_push);
    if (outbox.empty())
        return {};
    return d.send(nlohmann::json::parse(
        protocol::serialize(protocol::ClientMessage{protocol::Push{d.next_id(), outbox}})));
}

bool finish_push(TestDevice &d, const std::string &id, std::set<std::string> &own, int timeout_ms)
{
    if (id.empty())
        return true;
    auto parsed = protocol::parse_server(d.await_reply(id, timeout_ms).dump());
    if (!parsed)
        return false;
    if (auto *ack = std::get_if<protocol::Ack>(&*parsed.message)) {
        for (const auto &a : ack->accepted)
            own.insert(a.op);
        d.store().accept(ack->accepted);
        d.store().reject(ack->rejected);
        return true;
    }
    return false;
}

bool push_briefly(TestDevice &d, std::set<std::string> &own, int timeout_ms)
{
    return finish_push(d, start_push(d), own, timeout_ms);
}

void pull_noted(FaultDevice &dev)
{
    auto r = dev.d->pull_all();
    if (r.value("type", "") == "changes")
        dev.cursors.emplace_back(r.value("cursor", std::int64_t{0}), dev.d->received.size());
}

} // namespace bro::test
