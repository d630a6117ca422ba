#pragma once
// What tst_server_sync and tst_server_sync_consent share: each test function runs on a fresh
// copy of the demo (DemoServer::start_fresh), with devices signed in over raw WebSockets, and
// checks at its end that every frame the server sent parsed as the protocol.

#include "demo_server.hpp"
#include "domain/schema.hpp"
#include "store/database.hpp"
#include "sync/protocol.hpp"
#include "test_db.hpp"
#include "test_device.hpp"

#include <QTest>
#include <algorithm>
#include <string>

using namespace bro;
using namespace bro::test;
using nlohmann::json;

inline int count_kind(const std::vector<Change> &changes, const std::string &case_id,
                      const std::string &kind)
{
    return static_cast<int>(std::count_if(changes.begin(), changes.end(), [&](const Change &c) {
        return c.case_id == case_id && c.kind == kind;
    }));
}

inline std::string type_of(const json &j)
{
    return j.value("type", "");
}

class SyncSuite
{
protected:
    DemoServer m_server;

    // A fresh copy of the demo database and a server on it.
    void start_server(const QStringList &extra = {})
    {
        QVERIFY2(m_server.start_fresh(extra), "bro-server did not start");
    }

    TestDevice &device(const std::string &name, const std::string &user = {})
    {
        auto &d = m_server.new_device(name);
        if (!user.empty()) {
            [&] {
                QVERIFY(d.connect(m_server.url()));
                auto w = d.login(user);
                QCOMPARE(type_of(w), std::string("welcome"));
            }();
        }
        return d;
    }

    // A device signed in and caught up, so that it receives live changes.
    TestDevice &live(const std::string &user)
    {
        auto &d = device(user, user);
        auto r = d.pull_all();
        [&] { QCOMPARE(r.value("more", true), false); }();
        return d;
    }

    // Called from each suite's cleanup().
    void end_run()
    {
        QCOMPARE(m_server.bad_frames(), 0); // every frame the server sent parsed as the protocol
        m_server.clear_devices();
        m_server.stop();
    }
};
