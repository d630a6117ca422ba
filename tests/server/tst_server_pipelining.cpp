// Several requests in flight on one connection (issue 13): a pull with a window of frames gives
// exactly what the pulls one after another would, cursor by cursor; pushes sent without waiting
// are answered in order; and a push that is not stored halts the pushes after it, so that a
// device's changes are never stored out of their order. (A push that fails in the database and is
// retried on the same connection from its first change is accepted: tst_server_nodes
// database_gone_and_back, on PostgreSQL.)

#include "demo_server.hpp"
#include "domain/schema.hpp"
#include "sync/protocol.hpp"

#include <QTest>
#include <map>
#include <random>
#include <set>

using namespace bro;
using namespace bro::test;
using nlohmann::json;

namespace {

std::string type_of(const json &j)
{
    return j.value("type", "");
}

json pull_message(const std::string &id, std::int64_t cursor, std::size_t limit, std::size_t window)
{
    return json::parse(
        protocol::serialize(protocol::ClientMessage{protocol::Pull{id, cursor, limit, window}}));
}

json push_message(const std::string &id, std::vector<Change> changes)
{
    return json::parse(
        protocol::serialize(protocol::ClientMessage{protocol::Push{id, std::move(changes)}}));
}

struct Frame
{
    std::int64_t cursor = 0;
    bool more = false;
    std::vector<std::string> ops;
};

Frame frame_of(const json &j)
{
    Frame f;
    f.cursor = j.value("cursor", std::int64_t{-1});
    f.more = j.value("more", false);
    for (const auto &c : j.value("changes", json::array()))
        f.ops.push_back(c.value("op", ""));
    return f;
}

// Three goals of Emil's, six fields each.
void write_goals(TestDevice &d, const std::string &prefix)
{
    for (int i = 0; i < 3; ++i) {
        const auto n = std::to_string(i);
        QVERIFY(!d.write(prefix + n, kind::goal, "case-emil",
                         {{"title", "Mål " + n},
                          {"why", "Fordi"},
                          {"status", "active"},
                          {"position", 20 + i},
                          {"is_fagbrev", false},
                          {"created", "2026-11-30T10:00:00Z"}})
                     .error);
    }
}

} // namespace

class TestServerPipelining : public QObject
{
    Q_OBJECT

    DemoServer m_server;

    // Each test function writes: it starts from the demo as seeded.
    void start_server() { QVERIFY2(m_server.start_fresh(), "bro-server did not start"); }

private slots:
    void initTestCase() { QVERIFY(m_server.seed()); }

    void cleanup()
    {
        QCOMPARE(m_server.bad_frames(), 0);
        m_server.clear_devices();
        m_server.stop();
    }

    // Kari's first sync, seven changes a frame: one device pulls one frame at a time, the other
    // three frames a pull. Every frame of the window carries the pull's id and the cursor the
    // single pull would have given, and both devices end with the same records.
    void aWindowOfFramesIsThePullsOneAfterAnother()
    {
        start_server();
        auto &single = m_server.device("kari");
        std::vector<Frame> expected;
        for (int i = 0; i < 200; ++i) {
            auto r = single.request(pull_message(single.next_id(), single.store().cursor(), 7, 1));
            QCOMPARE(type_of(r), std::string("changes"));
            expected.push_back(frame_of(r));
            if (!expected.back().more)
                break;
        }
        QVERIFY2(expected.size() >= 7, "the demo gives Kari more than six frames of seven");
        QVERIFY(!expected.back().more);

        auto &windowed = m_server.device("kari");
        std::size_t at = 0;
        int pulls = 0;
        while (at < expected.size()) {
            const auto id =
                windowed.send(pull_message(windowed.next_id(), windowed.store().cursor(), 7, 3));
            ++pulls;
            for (int k = 0; k < 3 && at < expected.size(); ++k) {
                // await_reply applies each frame as a device would: the cursor moves with it.
                const auto r = windowed.await_reply(id);
                QCOMPARE(type_of(r), std::string("changes"));
                const auto got = frame_of(r);
                QCOMPARE(got.cursor, expected[at].cursor);
                QCOMPARE(got.more, expected[at].more);
                QCOMPARE(got.ops, expected[at].ops);
                QCOMPARE(windowed.store().cursor(), expected[at].cursor);
                ++at;
                if (!got.more)
                    break;
            }
        }
        QCOMPARE(pulls, static_cast<int>((expected.size() + 2) / 3));
        windowed.pump(300);
        QVERIFY2(windowed.errors.empty(),
                 windowed.errors.empty() ? "" : windowed.errors[0].dump().c_str());
        for (const auto *k : {kind::goal, kind::note, kind::absence, kind::message})
            QCOMPARE(windowed.store().list("case-emil", k).size(),
                     single.store().list("case-emil", k).size());

        // The window ends early at the head: a pull from there is one frame with nothing more.
        const auto id = windowed.send(pull_message(windowed.next_id(), windowed.store().cursor(), 7,
                                                   protocol::max_pull_window));
        const auto last = windowed.await_reply(id);
        QCOMPARE(last.value("more", true), false);
        QCOMPARE(windowed.ws().drain(300).size(), std::size_t{0});
    }

    // The cursor rule under a window, as a property: Kari's fresh device pulls seven changes a
    // frame, four frames a pull, and the connection is cut after a random number of stored
    // frames, the rest of the window unread. At every cut the device holds every change at or
    // below its cursor that it may see; after reconnecting it ends with exactly what a device
    // pulling one frame at a time has. Six cuts, seeded.
    void aCutInsideTheWindowLosesNothing()
    {
        start_server();
        auto &reference = m_server.device("kari");
        reference.pull_all();
        std::map<std::string, std::int64_t> all; // op -> seq, everything Kari may see
        for (const auto &c : reference.received)
            all.emplace(c.op, c.seq);
        QVERIFY(all.size() > 100);

        std::mt19937 rng(13);
        for (int cut = 0; cut < 6; ++cut) {
            auto &d = m_server.device("kari");
            const int frames = std::uniform_int_distribution<int>(1, 30)(rng);
            int stored = 0;
            bool done = false;
            while (!done && stored < frames) {
                const auto id = d.send(pull_message(d.next_id(), d.store().cursor(), 7, 4));
                for (int k = 0; k < 4 && stored < frames; ++k, ++stored) {
                    const auto r = d.await_reply(id);
                    QCOMPARE(type_of(r), std::string("changes"));
                    if (!r.value("more", false)) {
                        done = true;
                        break;
                    }
                }
            }
            d.disconnect();
            d.ws().drain(0); // what arrived after the cut is never read
            std::set<std::string> have;
            for (const auto &c : d.received)
                have.insert(c.op);
            const auto cursor = d.store().cursor();
            for (const auto &[op, seq] : all)
                if (seq <= cursor)
                    QVERIFY2(have.count(op), qPrintable(QString("cut %1 after %2 frames: op at "
                                                                "%3 missing below cursor %4")
                                                            .arg(cut)
                                                            .arg(frames)
                                                            .arg(seq)
                                                            .arg(cursor)));
            QVERIFY(d.connect(m_server.url()));
            QCOMPARE(type_of(d.hello()), std::string("welcome"));
            QCOMPARE(d.pull_all().value("more", true), false);
            for (const auto *k : {kind::goal, kind::note, kind::absence, kind::message,
                                  kind::consent, kind::checkin})
                for (const auto *case_id : {"case-emil", "case-sara", "case-jonas"})
                    QCOMPARE(d.store().list(case_id, k).size(),
                             reference.store().list(case_id, k).size());
        }
    }

    // Three pushes sent without waiting: three acks, in the order sent, every change accepted.
    void pushesInFlightAreAnsweredInOrder()
    {
        start_server();
        auto &emil = m_server.device("emil");
        emil.pull_all();
        write_goals(emil, "goal-window-");
        const auto outbox = emil.store().outbox(100);
        QCOMPARE(outbox.size(), std::size_t{18});
        std::vector<std::string> ids;
        for (std::size_t part = 0; part < 3; ++part)
            ids.push_back(emil.send(push_message(
                emil.next_id(), emil.store().outbox(6, part ? outbox[part * 6 - 1].counter : 0))));
        std::vector<std::string> answered;
        for (int i = 0; i < 20 && answered.size() < 3; ++i) {
            const auto j = emil.ws().next(10000);
            QVERIFY(j.has_value());
            if (type_of(*j) != "ack")
                continue;
            answered.push_back(j->value("id", ""));
            QCOMPARE(j->at("accepted").size(), std::size_t{6});
            QCOMPARE(j->at("rejected").size(), std::size_t{0});
            auto ack = protocol::parse_server(j->dump());
            QVERIFY(ack);
            emil.store().accept(std::get<protocol::Ack>(*ack.message).accepted);
        }
        QCOMPARE(answered, ids);
        QCOMPARE(emil.store().pending_count(), std::size_t{0});
    }

    // A push the server cannot read, then two good ones sent right behind it: both are refused
    // with push_halted and nothing of them is stored. After a reconnect they go again, in order,
    // and every change is accepted. Without the halt the third would be stored first and the
    // second then refused as a replayed counter: lost to the device.
    void aFailedPushHaltsThePushesBehindIt()
    {
        start_server();
        auto &emil = m_server.device("emil");
        emil.pull_all();
        write_goals(emil, "goal-halt-");
        const auto outbox = emil.store().outbox(100);
        QCOMPARE(outbox.size(), std::size_t{18});

        emil.ws().send_text(R"({"type":"push","id":"broken","changes":{}})");
        const auto second = emil.send(push_message(emil.next_id(), emil.store().outbox(9)));
        const auto third =
            emil.send(push_message(emil.next_id(), emil.store().outbox(9, outbox[8].counter)));
        const auto broken = emil.await_reply("broken");
        QCOMPARE(broken.value("code", ""), std::string(protocol::code::wrong_type));
        for (const auto &id : {second, third}) {
            const auto r = emil.await_reply(id);
            QCOMPARE(type_of(r), std::string("error"));
            QCOMPARE(r.value("code", ""), std::string(protocol::code::push_halted));
        }
        // The broken push's first change is not known, so even a push of the whole outbox on
        // this connection stays refused: only a new connection starts again.
        const auto whole = emil.request(push_message(emil.next_id(), emil.store().outbox(100)));
        QCOMPARE(whole.value("code", ""), std::string(protocol::code::push_halted));
        // Other requests still work on the halted connection.
        QCOMPARE(type_of(emil.request(pull_message(emil.next_id(), emil.store().cursor(), 500, 1))),
                 std::string("changes"));

        // Nothing of the refused pushes was stored: Kari's fresh device has none of the goals.
        auto &kari = m_server.device("kari");
        kari.pull_all();
        for (int i = 0; i < 3; ++i)
            QVERIFY(!kari.store().get("goal-halt-" + std::to_string(i)).has_value());

        emil.disconnect();
        QVERIFY(emil.connect(m_server.url()));
        QCOMPARE(type_of(emil.hello()), std::string("welcome"));
        const auto again = emil.push();
        QCOMPARE(type_of(again), std::string("ack"));
        QCOMPARE(again.at("accepted").size(), std::size_t{18});
        QCOMPARE(again.at("rejected").size(), std::size_t{0});
        kari.pump(500);
        kari.pull_all();
        for (int i = 0; i < 3; ++i)
            QVERIFY(kari.store().get("goal-halt-" + std::to_string(i)).has_value());
    }
};

QTEST_GUILESS_MAIN(TestServerPipelining)
#include "tst_server_pipelining.moc"
