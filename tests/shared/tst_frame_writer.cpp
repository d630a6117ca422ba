// The hand-written `changes`, `ack` and `push` frames must be exactly what dumping the json tree
// gives, for every string the server may hold: escapes, control characters, non-ASCII, invalid
// UTF-8.

#include "sync/frame_writer.hpp"

#include <QtTest>
#include <nlohmann/json.hpp>

using namespace bro;
using namespace bro::protocol;
using nlohmann::json;

namespace {

std::string tree_dump(const json &j)
{
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

// The reference: what ServerWriter built with nlohmann before the fast path.
std::string reference_changes(const Changes &m)
{
    json changes = json::array();
    for (const auto &c : m.changes)
        changes.push_back(change_to_json(c));
    return tree_dump({{"type", "changes"},
                      {"id", m.id},
                      {"changes", std::move(changes)},
                      {"cursor", m.cursor},
                      {"more", m.more}});
}

std::string reference_ack(const Ack &m)
{
    json accepted = json::array();
    for (const auto &a : m.accepted)
        accepted.push_back({{"op", a.op}, {"seq", a.seq}});
    json rejected = json::array();
    for (const auto &r : m.rejected)
        rejected.push_back({{"op", r.op}, {"code", r.code}, {"message", r.message}});
    return tree_dump(
        {{"type", "ack"}, {"id", m.id}, {"accepted", accepted}, {"rejected", rejected}});
}

Change change_with(std::string text, json value, std::int64_t seq)
{
    return Change{"op-" + text, 42,      "goal-" + text,   "goal",
                  "case-emil",  "title", std::move(value), Hlc::make(1'763'900'000'000, 3),
                  "device-a",   seq};
}

const std::vector<std::string> &hard_strings()
{
    static const std::vector<std::string> s = {"",
                                               "plain",
                                               "quote \" backslash \\ slash /",
                                               "controls \b\f\n\r\t \x01 \x1f \x7f",
                                               std::string("nul \0 inside", 12),
                                               "Fagbrev som anleggsmaskinfører – «sitat» 😀",
                                               "invalid \xff\xfe utf-8",
                                               "truncated \xc3",
                                               "surrogate \xed\xa0\x80",
                                               "overlong \xc0\xaf"};
    return s;
}

} // namespace

class TestFrameWriter : public QObject
{
    Q_OBJECT

private slots:
    void changesFrameIsTheTreeDump()
    {
        Changes m{"pull-1", {}, 1234, true};
        QCOMPARE(write_changes_frame(m), reference_changes(m)); // empty
        std::int64_t seq = 0;
        for (const auto &s : hard_strings()) {
            m.changes.push_back(change_with(s, s, seq)); // seq 0 is left out, as in the tree
            m.changes.back().node = s;
            m.changes.back().field = s;
            ++seq;
        }
        m.changes.push_back(change_with("object", {{"b", 1}, {"a", {nullptr, true, 2.5}}}, 7));
        m.changes.push_back(change_with("null", nullptr, 8));
        m.changes.push_back(change_with("number", -17, 9));
        m.id = "live-\"7\"\n";
        m.more = false;
        QCOMPARE(write_changes_frame(m), reference_changes(m));
    }

    void ackFrameIsTheTreeDump()
    {
        Ack m{"push-1", {}, {}};
        QCOMPARE(write_ack_frame(m), reference_ack(m));
        std::int64_t seq = 1;
        for (const auto &s : hard_strings()) {
            m.accepted.push_back({s, seq++});
            m.rejected.push_back({s, "invalid_record", "title " + s});
        }
        QCOMPARE(write_ack_frame(m), reference_ack(m));
    }

    void pushFrameIsTheTreeDump()
    {
        Push m{"push-\"2\"", {}};
        json empty = json::array();
        QCOMPARE(write_push_frame(m),
                 tree_dump({{"type", "push"}, {"id", m.id}, {"changes", empty}}));
        for (const auto &s : hard_strings())
            m.changes.push_back(change_with(s, s, 0));
        m.changes.push_back(change_with("object", {{"b", 1}, {"a", {nullptr, false}}}, 0));
        json changes = json::array();
        for (const auto &c : m.changes)
            changes.push_back(change_to_json(c));
        QCOMPARE(write_push_frame(m),
                 tree_dump({{"type", "push"}, {"id", m.id}, {"changes", changes}}));
        auto parsed = parse_client(serialize(ClientMessage{m}));
        QVERIFY(parsed);
        QCOMPARE(std::get<Push>(*parsed.message).changes.size(), m.changes.size());
    }

    void serializeUsesTheFastFramesAndParsesBack()
    {
        Changes m{"pull-2", {change_with("x", "verdi", 5)}, 5, false};
        const auto text = serialize(ServerMessage{m});
        QCOMPARE(text, reference_changes(m));
        auto parsed = parse_server(text);
        QVERIFY(parsed);
        const auto &back = std::get<Changes>(*parsed.message);
        QCOMPARE(back.changes.size(), std::size_t{1});
        QCOMPARE(back.changes[0].op, std::string("op-x"));
        QCOMPARE(back.changes[0].seq, std::int64_t{5});
        QCOMPARE(back.cursor, std::int64_t{5});
    }
};

QTEST_GUILESS_MAIN(TestFrameWriter)
#include "tst_frame_writer.moc"
