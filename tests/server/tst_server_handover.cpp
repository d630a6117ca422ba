// The handover checklist through a real server: two helpers tick different items while offline
// and both ticks end up on the server and on both devices; each tick is in the helper's own name;
// a device still holding the old whole-list form in its outbox is not refused.

#include "demo_server.hpp"
#include "domain/handover.hpp"
#include "domain/journey.hpp"
#include "domain/schema.hpp"
#include "store/database.hpp"
#include "store/record_table.hpp"
#include "sync/protocol.hpp"
#include "test_db.hpp"
#include "test_device.hpp"

#include <QTest>

using namespace bro;
using namespace bro::test;
using nlohmann::json;

namespace {

// Emil's case is in the stay; Kari (training office) and Ingrid (clinic) both see his journey.
const std::string case_id = "case-emil";
const std::string record_id = handover_id(case_id, Phase::stay);

std::string type_of(const json &j)
{
    return j.value("type", "");
}

json fields_on(TestDevice &d)
{
    const auto r = d.store().get(record_id);
    return r ? r->fields : json::object();
}

} // namespace

class TestServerHandover : public QObject
{
    Q_OBJECT

private:
    DemoServer m_server;

    void start_server() { QVERIFY2(m_server.start_fresh(), "bro-server did not start"); }

    void reconnect_and_push(TestDevice &d)
    {
        QVERIFY(d.connect(m_server.url()));
        QCOMPARE(type_of(d.hello()), std::string("welcome"));
        auto ack = d.push();
        QCOMPARE(type_of(ack), std::string("ack"));
        QVERIFY2(ack["rejected"].empty(), ack.dump().c_str());
    }

private slots:
    void initTestCase() { QVERIFY(m_server.seed()); }

    void cleanup()
    {
        QCOMPARE(m_server.bad_frames(), 0);
        m_server.clear_devices();
        m_server.stop();
    }

    // The promise: nothing is lost when devices edit offline. With the checklist as one field
    // the later push would have replaced the earlier helper's tick.
    void offline_ticks_of_different_items_both_survive()
    {
        start_server();
        auto &kari = m_server.device("kari", true);
        auto &ingrid = m_server.device("ingrid", true);
        kari.disconnect();
        ingrid.disconnect();
        QVERIFY(!kari.write(record_id, kind::handover, case_id,
                            handover_tick("stay", "handover_meeting",
                                          HandoverItem{true, {}, "p-kari", "2026-11-24T09:00:00Z"}))
                     .error);
        QTest::qWait(5); // Ingrid's tick is the later one
        QVERIFY(
            !ingrid
                 .write(record_id, kind::handover, case_id,
                        handover_tick("stay", "return_plan",
                                      HandoverItem{true, {}, "p-ingrid", "2026-11-24T09:05:00Z"}))
                 .error);
        reconnect_and_push(kari);
        reconnect_and_push(ingrid);
        for (auto *d : {&kari, &ingrid}) {
            d->pump(200);
            d->pull_all();
        }
        for (auto *d : {&kari, &ingrid}) {
            const auto fields = fields_on(*d);
            const auto meeting = handover_item(fields, "handover_meeting");
            const auto plan = handover_item(fields, "return_plan");
            QVERIFY2(meeting.done && plan.done, fields.dump().c_str());
            QCOMPARE(meeting.by, std::string("p-kari"));
            QCOMPARE(plan.by, std::string("p-ingrid"));
            QVERIFY(handover_complete(Phase::stay, fields));
            QCOMPARE(d->store().pending_count(), std::size_t{0});
        }
        // The server holds both: a device that never saw either gets both.
        auto &fresh = m_server.device("emil", true);
        const auto fields = fields_on(fresh);
        QVERIFY2(handover_item(fields, "handover_meeting").done, fields.dump().c_str());
        QVERIFY(handover_item(fields, "return_plan").done);
        // And so does its database, field by field.
        QCOMPARE(m_server.stop(), 0);
        Database db = open_server_db(m_server.db());
        RecordTable records(db);
        const auto stored = records.get(record_id);
        QVERIFY(stored);
        QCOMPARE(handover_item(stored->fields, "handover_meeting").by, std::string("p-kari"));
        QCOMPARE(handover_item(stored->fields, "return_plan").by, std::string("p-ingrid"));
    }

    // The same item on both: last writer wins, and both devices end with the same answer.
    void same_item_is_last_writer_wins_on_every_device()
    {
        start_server();
        auto &kari = m_server.device("kari", true);
        auto &ingrid = m_server.device("ingrid", true);
        kari.disconnect();
        ingrid.disconnect();
        QVERIFY(
            !ingrid
                 .write(record_id, kind::handover, case_id,
                        handover_tick("stay", "return_plan",
                                      HandoverItem{true, {}, "p-ingrid", "2026-11-24T09:00:00Z"}))
                 .error);
        QTest::qWait(5);
        QVERIFY(!kari.write(record_id, kind::handover, case_id,
                            handover_tick("stay", "return_plan",
                                          HandoverItem{false, "Planen lages hos lærebedriften",
                                                       "p-kari", "2026-11-24T09:01:00Z"}))
                     .error);
        reconnect_and_push(kari); // the later edit arrives first
        reconnect_and_push(ingrid);
        for (auto *d : {&kari, &ingrid}) {
            d->pump(200);
            d->pull_all();
        }
        for (auto *d : {&kari, &ingrid}) {
            const auto plan = handover_item(fields_on(*d), "return_plan");
            QCOMPARE(plan.by, std::string("p-kari"));
            QVERIFY(!plan.done);
            QCOMPARE(plan.explanation, std::string("Planen lages hos lærebedriften"));
        }
    }

    void a_tick_in_someone_elses_name_is_refused()
    {
        start_server();
        auto &kari = m_server.device("kari", true);
        QVERIFY(
            !kari.write(record_id, kind::handover, case_id,
                        handover_tick("stay", "return_plan",
                                      HandoverItem{true, {}, "p-ingrid", "2026-11-24T09:00:00Z"}))
                 .error);
        auto ack = kari.push();
        QCOMPARE(type_of(ack), std::string("ack"));
        bool refused = false;
        for (const auto &r : ack["rejected"])
            refused = refused || r.value("code", "") == protocol::code::forbidden;
        QVERIFY2(refused, ack.dump().c_str());
        // The refused change is kept on the device, not dropped.
        QVERIFY(!kari.store().rejected().empty());
    }

    // A device updated while its outbox still holds a whole-list change: the server takes it,
    // and it reads as before.
    void the_old_whole_list_form_is_still_accepted()
    {
        start_server();
        auto &ingrid = m_server.device("ingrid", true);
        QVERIFY(!ingrid
                     .write(record_id, kind::handover, case_id,
                            {{"phase", "stay"},
                             {"items", {{"return_plan", {{"done", true}, {"explanation", ""}}}}}})
                     .error);
        auto ack = ingrid.push();
        QVERIFY2(ack["rejected"].empty(), ack.dump().c_str());
        auto &kari = m_server.device("kari", true);
        QVERIFY(handover_item(fields_on(kari), "return_plan").done);
        QVERIFY(!handover_item(fields_on(kari), "handover_meeting").done);
    }
};

QTEST_GUILESS_MAIN(TestServerHandover)
#include "tst_server_handover.moc"
