#pragma once
// A simulated device: the shared LocalStore (as the app uses it) plus a WebSocket connection that
// speaks the protocol through bro::protocol. Live frames (changes, purge) are applied whenever
// the device waits for anything, as a real device would.

#include "store/local_store.hpp"
#include "ws_client.hpp"

#include <QString>
#include <QUrl>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace bro::test {

class TestDevice
{
public:
    TestDevice(const QString &dir, const std::string &name);

    bool connect(const QUrl &url);
    void disconnect();
    bool connected() const { return m_ws.connected(); }

    // Each returns the server's reply to the request (an `error` frame included), or an empty
    // object on timeout.
    nlohmann::json login(const std::string &user, const std::string &password = "demo-passord");
    nlohmann::json hello();
    nlohmann::json push();     // the whole pending outbox; applies the ack
    nlohmann::json pull_all(); // until more == false; returns the last answer
    nlohmann::json request(nlohmann::json message, int timeout_ms = 20000);
    // The same in two halves, so that several devices can have requests in flight at once:
    // send() returns the request's id; await_reply() handles frames (live ones too) until it.
    std::string send(const nlohmann::json &message);
    nlohmann::json await_reply(const std::string &id, int timeout_ms = 20000);
    void pump(int ms = 300); // handles live frames arriving within ms

    WriteResult write(const std::string &record_id, const std::string &kind,
                      const std::string &case_id, const nlohmann::json &fields)
    {
        return m_store->write(record_id, kind, case_id, fields);
    }
    LocalStore &store() { return *m_store; }
    WsClient &ws() { return m_ws; }
    std::string next_id() { return m_name + "-" + std::to_string(++m_ids); }

    // What the device saw.
    std::vector<Change> received;
    std::vector<nlohmann::json> purges;
    std::vector<nlohmann::json> errors;
    std::vector<nlohmann::json> programme_definitions; // live, after a `programme load`
    int bad_frames = 0;                                // frames protocol::parse_server refused
    std::string device_id;
    std::string token;
    nlohmann::json welcome;
    std::size_t requeued = 0; // changes sent again after the server's epoch changed

private:
    void process(const nlohmann::json &frame);

    std::string m_name;
    std::unique_ptr<LocalStore> m_store;
    WsClient m_ws;
    int m_ids = 0;
};

} // namespace bro::test
