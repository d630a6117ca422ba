// The handover checklist as stored: one field per item, so two devices ticking different items
// offline both keep their tick after the merge; the same item edited on both is last writer
// wins, the same on every device; records in the old single-`items` form still read.

#include "domain/handover.hpp"
#include "domain/journey.hpp"
#include "domain/schema.hpp"
#include "store/local_store.hpp"
#include "sync/access_policy.hpp"
#include "sync/merge.hpp"
#include "sync/protocol.hpp"

#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace bro;
using nlohmann::json;

namespace {

const std::string case_id = "case-1";
const std::string record_id = handover_id(case_id, Phase::stay);

// A device whose clock reads a fixed time, so that which edit is later is the test's choice.
struct Device
{
    std::uint64_t millis;
    std::unique_ptr<LocalStore> store;

    Device(const QTemporaryDir &dir, const char *name, std::uint64_t ms)
        : millis(ms), store(std::make_unique<LocalStore>(dir.filePath(name).toStdString(),
                                                         HlcClock([this] { return millis; })))
    {
    }
};

// Both devices' outboxes delivered to both, as the server would relay them.
void exchange(Device &a, Device &b)
{
    auto from_a = a.store->outbox();
    auto from_b = b.store->outbox();
    std::int64_t seq = 0;
    for (auto *cs : {&from_a, &from_b})
        for (auto &c : *cs)
            c.seq = ++seq;
    a.store->apply_remote(from_b, seq);
    b.store->apply_remote(from_a, seq);
}

json fields_of(Device &d)
{
    const auto r = d.store->get(record_id);
    return r ? r->fields : json::object();
}

} // namespace

class TestHandover : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void everyChecklistItemIsAFieldOfTheHandoverRecord()
    {
        for (Phase p : journey_phases())
            for (const auto &item : phase_info(p).handover) {
                const auto field = handover_item_field(item.id);
                QCOMPARE(std::string(handover_item_of(field)), item.id);
                const auto good = to_json(HandoverItem{true, {}, "p-kari", "2026-11-24T10:00:00Z"});
                QVERIFY2(!validate_field(kind::handover, field, good), field.c_str());
                QVERIFY(!validate_field(kind::handover, field, nullptr)); // cleared
            }
        // Another programme's item (issue 14) is a field too; an id the programme file would
        // refuse is not.
        const auto tick = to_json(HandoverItem{true, {}, "p-kari", "2026-11-24T10:00:00Z"});
        QVERIFY(!validate_field(kind::handover, "item:school_told", tick));
        QVERIFY(validate_field(kind::handover, "item:School told", tick));
        QVERIFY(validate_field(kind::handover, "item:", tick));
        QVERIFY(validate_field(kind::handover, "item:" + std::string(65, 'a'), tick));
        QVERIFY(validate_field(kind::handover, "item:school_told", "done")); // still an item value
        QVERIFY(handover_item_of("items").empty());
        QVERIFY(handover_item_of("phase").empty());
    }

    void anItemValueMustSayDoneWhoAndWhen()
    {
        const auto field = handover_item_field("return_plan");
        const json good =
            to_json(HandoverItem{false, "Ikke aktuelt", "p-ingrid", "2026-11-24T10:00:00Z"});
        QVERIFY(!validate_field(kind::handover, field, good));
        for (const char *part : {"done", "by", "at"}) {
            auto bad = good;
            bad.erase(part);
            const auto e = validate_field(kind::handover, field, bad);
            QVERIFY2(e, part);
            QCOMPARE(e->field, field);
        }
        auto bad = good;
        bad["done"] = "yes";
        QVERIFY(validate_field(kind::handover, field, bad));
        bad = good;
        bad["at"] = "yesterday";
        QVERIFY(validate_field(kind::handover, field, bad));
        bad = good;
        bad["by"] = "";
        QVERIFY(validate_field(kind::handover, field, bad));
        bad = good;
        bad["extra"] = 1; // nothing rides along unchecked
        QVERIFY(validate_field(kind::handover, field, bad));
        bad = good;
        bad["explanation"] = std::string(handover_explanation_max + 1, 'x');
        QVERIFY(validate_field(kind::handover, field, bad));
        bad["explanation"] = std::string(handover_explanation_max, 'x');
        QVERIFY(!validate_field(kind::handover, field, bad));
        QVERIFY(validate_field(kind::handover, field, json::array()));
        // What older versions wrote (and may still have in their outbox) is still accepted.
        QVERIFY(!validate_field(kind::handover, "items",
                                {{"return_plan", {{"done", true}, {"explanation", ""}}}}));
    }

    // The promise: two helpers tick different items while offline; after sync both ticks are
    // there on both devices. With the whole list in one field one of the two would be lost.
    void differentItemsTickedOfflineBothSurvive()
    {
        Device kari(m_dir, "kari.db", 1'800'000'000'000);
        Device ingrid(m_dir, "ingrid.db", 1'800'000'000'500); // later, so it would win one field
        QVERIFY(
            !kari.store
                 ->write(record_id, kind::handover, case_id,
                         handover_tick("stay", "handover_meeting",
                                       HandoverItem{true, {}, "p-kari", "2026-11-24T10:00:00Z"}))
                 .error);
        QVERIFY(
            !ingrid.store
                 ->write(record_id, kind::handover, case_id,
                         handover_tick("stay", "return_plan",
                                       HandoverItem{true, {}, "p-ingrid", "2026-11-24T10:00:01Z"}))
                 .error);
        QVERIFY(!handover_complete(Phase::stay, fields_of(kari)));
        exchange(kari, ingrid);
        for (Device *d : {&kari, &ingrid}) {
            const auto fields = fields_of(*d);
            const auto meeting = handover_item(fields, "handover_meeting");
            const auto plan = handover_item(fields, "return_plan");
            QVERIFY(meeting.done);
            QCOMPARE(meeting.by, std::string("p-kari"));
            QCOMPARE(meeting.at, std::string("2026-11-24T10:00:00Z"));
            QVERIFY(plan.done);
            QCOMPARE(plan.by, std::string("p-ingrid"));
            QVERIFY(handover_complete(Phase::stay, fields));
        }
    }

    // Both edit the same item: the later edit wins, and every device agrees, in any order.
    void sameItemIsLastWriterWinsEverywhere()
    {
        Device kari(m_dir, "kari2.db", 1'800'000'000'000);
        Device ingrid(m_dir, "ingrid2.db", 1'800'000'001'000);
        QVERIFY(
            !kari.store
                 ->write(record_id, kind::handover, case_id,
                         handover_tick("stay", "return_plan",
                                       HandoverItem{true, {}, "p-kari", "2026-11-24T10:00:00Z"}))
                 .error);
        QVERIFY(!ingrid.store
                     ->write(record_id, kind::handover, case_id,
                             handover_tick("stay", "return_plan",
                                           HandoverItem{false, "Planen lages i bedriften",
                                                        "p-ingrid", "2026-11-24T10:00:01Z"}))
                     .error);
        const auto changes_a = kari.store->outbox();
        const auto changes_b = ingrid.store->outbox();
        exchange(kari, ingrid);
        for (Device *d : {&kari, &ingrid}) {
            const auto plan = handover_item(fields_of(*d), "return_plan");
            QCOMPARE(plan.by, std::string("p-ingrid"));
            QVERIFY(!plan.done);
            QCOMPARE(plan.explanation, std::string("Planen lages i bedriften"));
        }
        // The reference merge agrees whichever batch arrives first.
        MergedState ab, ba;
        ab.apply_all(changes_a);
        ab.apply_all(changes_b);
        ba.apply_all(changes_b);
        ba.apply_all(changes_a);
        QVERIFY(ab.same_as(ba));
        QCOMPARE(ab.field(record_id, handover_item_field("return_plan"))->node,
                 ingrid.store->device_id());
    }

    // The same millisecond on both devices: the node id breaks the tie, the same way everywhere.
    void sameItemAtTheSameTimeBreaksTheTieByDevice()
    {
        Device a(m_dir, "tie-a.db", 1'800'000'000'000);
        Device b(m_dir, "tie-b.db", 1'800'000'000'000);
        QVERIFY(
            !a.store
                 ->write(record_id, kind::handover, case_id,
                         handover_tick("stay", "return_plan",
                                       HandoverItem{true, {}, "p-kari", "2026-11-24T10:00:00Z"}))
                 .error);
        QVERIFY(!b.store
                     ->write(record_id, kind::handover, case_id,
                             handover_tick("stay", "return_plan",
                                           HandoverItem{false, "Ikke aktuelt", "p-ingrid",
                                                        "2026-11-24T10:00:00Z"}))
                     .error);
        const auto field = handover_item_field("return_plan");
        const auto ca = a.store->outbox();
        const auto cb = b.store->outbox();
        const auto pick = [&](const std::vector<Change> &cs) {
            return *std::find_if(cs.begin(), cs.end(), [&](auto &c) { return c.field == field; });
        };
        const bool a_wins = supersedes(pick(ca), pick(cb));
        exchange(a, b);
        const auto on_a = handover_item(fields_of(a), "return_plan");
        const auto on_b = handover_item(fields_of(b), "return_plan");
        QCOMPARE(on_a.by, on_b.by);
        QCOMPARE(on_a.by, std::string(a_wins ? "p-kari" : "p-ingrid"));
    }

    // Records written before one field per item: the old `items` object still shows its ticks,
    // item by item; an item's own field, once written, wins over it (an untick sticks).
    void oldItemsObjectIsReadAsFallback()
    {
        json fields = {
            {"phase", "stay"},
            {"items",
             {{"return_plan", {{"done", true}, {"explanation", ""}}},
              {"handover_meeting", {{"done", false}, {"explanation", "Tas på telefon"}}}}}};
        QVERIFY(!validate_record(kind::handover, fields));
        const auto plan = handover_item(fields, "return_plan");
        QVERIFY(plan.done);
        QVERIFY(plan.by.empty()); // the old form did not say who
        QVERIFY(handover_item(fields, "handover_meeting").settled());
        QVERIFY(handover_complete(Phase::stay, fields));

        fields[handover_item_field("return_plan")] =
            to_json(HandoverItem{false, {}, "p-ingrid", "2026-11-24T10:00:00Z"});
        QVERIFY(!validate_record(kind::handover, fields));
        QVERIFY(!handover_item(fields, "return_plan").done);
        QVERIFY(!handover_complete(Phase::stay, fields));
        fields[handover_item_field("return_plan")] = nullptr; // cleared is open, not the old tick
        QVERIFY(!handover_item(fields, "return_plan").done);
    }

    void blankExplanationDoesNotSettleAnItem()
    {
        QVERIFY(!(HandoverItem{false, "  ", "p-kari", "2026-11-24T10:00:00Z"}).settled());
        QVERIFY((HandoverItem{false, "Ikke aktuelt", "p-kari", "2026-11-24T10:00:00Z"}).settled());
        QVERIFY(handover_complete(Phase::completed, json::object())); // no list, nothing to do
        QVERIFY(!handover_complete(Phase::stay, json::object()));
    }

    // Who ticked is recorded by the device, and the server holds it to the one who writes.
    void aHelperTicksOnlyInTheirOwnName()
    {
        CaseAccess access;
        access.case_id = case_id;
        access.apprentice_id = "p-emil";
        access.team = {"p-kari", "p-ingrid"};
        access.grants = {{"org-air", Category::journey, ""}};
        access.phase = "stay";
        const Actor ingrid{"p-ingrid", Role::clinician, "org-air"};
        Change c;
        c.record_id = record_id;
        c.kind = kind::handover;
        c.case_id = case_id;
        c.field = handover_item_field("return_plan");
        c.value = to_json(HandoverItem{true, {}, "p-ingrid", "2026-11-24T10:00:00Z"});
        QVERIFY(!AccessPolicy::check_write(ingrid, access, c, "2026-11-24"));
        c.value = to_json(HandoverItem{true, {}, "p-kari", "2026-11-24T10:00:00Z"});
        const auto denial = AccessPolicy::check_write(ingrid, access, c, "2026-11-24");
        QVERIFY(denial);
        QCOMPARE(denial->code, std::string(protocol::code::forbidden));
        const Actor emil{"p-emil", Role::apprentice, ""};
        c.value = to_json(HandoverItem{true, {}, "p-emil", "2026-11-24T10:00:00Z"});
        QVERIFY(AccessPolicy::check_write(emil, access, c, "2026-11-24")); // helpers keep it
    }
};

QTEST_GUILESS_MAIN(TestHandover)
#include "tst_handover.moc"
