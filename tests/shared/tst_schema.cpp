#include "domain/directory.hpp"
#include "domain/journey.hpp"
#include "domain/schema.hpp"

#include <QtTest>

using namespace bro;
using nlohmann::json;

class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void validRecordsPass()
    {
        QVERIFY(!validate_record("checkin", {{"date", "2026-11-24"},
                                             {"mood", 3},
                                             {"energy", 2},
                                             {"sleep", 5},
                                             {"pain", 0},
                                             {"work", 4}}));
        QVERIFY(!validate_record("absence", {{"from", "2026-11-02"},
                                             {"to", "2026-11-04"},
                                             {"kind", "sick"},
                                             {"health_related", true}}));
        QVERIFY(!validate_record(
            "goal", {{"title", "Fagbrev"}, {"status", "active"}, {"is_fagbrev", true}}));
        QVERIFY(!validate_record("consent", {{"org_id", "org-air"},
                                             {"category", "checkins"},
                                             {"granted", true},
                                             {"until", "2027-02-28"}}));
    }

    void badFieldIsNamed_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("fields");
        QTest::addColumn<QString>("field");
        const QString ci = R"("date":"2026-11-24","energy":2,"sleep":5,"pain":0)";
        QTest::newRow("mood above 5") << "checkin"
                                      << "{" + ci + R"(,"mood":6})"
                                      << "mood";
        QTest::newRow("mood below 1") << "checkin"
                                      << "{" + ci + R"(,"mood":0})"
                                      << "mood";
        QTest::newRow("mood as text") << "checkin"
                                      << "{" + ci + R"(,"mood":"3"})"
                                      << "mood";
        QTest::newRow("mood huge") << "checkin"
                                   << "{" + ci + R"(,"mood":18446744073709551615})"
                                   << "mood";
        QTest::newRow("pain 11")
            << "checkin"
            << R"({"date":"2026-11-24","mood":2,"energy":2,"sleep":5,"pain":11})"
            << "pain";
        QTest::newRow("mood missing") << "checkin"
                                      << "{" + ci + "}"
                                      << "mood";
        QTest::newRow("30 February")
            << "checkin"
            << R"({"date":"2026-02-30","mood":2,"energy":2,"sleep":5,"pain":1})"
            << "date";
        QTest::newRow("absence ends before start")
            << "absence"
            << R"({"from":"2026-11-04","to":"2026-11-02","kind":"sick","health_related":false})"
            << "to";
        QTest::newRow("absence unknown kind")
            << "absence"
            << R"({"from":"2026-11-04","to":"2026-11-04","kind":"holiday","health_related":false})"
            << "kind";
        QTest::newRow("goal empty title") << "goal"
                                          << R"({"title":"","status":"active"})"
                                          << "title";
        QTest::newRow("goal unknown status") << "goal"
                                             << R"({"title":"x","status":"done"})"
                                             << "status";
        QTest::newRow("goal unknown field") << "goal"
                                            << R"({"title":"x","status":"active","secret":1})"
                                            << "secret";
        QTest::newRow("note bad time")
            << "note"
            << R"({"author_id":"p","text":"hei","created":"2026-11-24 10:00"})"
            << "created";
        QTest::newRow("unknown kind") << "diagnosis"
                                      << R"({"x":1})"
                                      << "kind";
    }

    void badFieldIsNamed()
    {
        QFETCH(QString, kind);
        QFETCH(QString, fields);
        QFETCH(QString, field);
        auto e = validate_record(kind.toStdString(), json::parse(fields.toStdString()));
        QVERIFY(e.has_value());
        QCOMPARE(QString::fromStdString(e->field), field);
        QVERIFY(!e->message.empty());
    }

    void singleFieldChecks()
    {
        QVERIFY(!validate_field("goal", "_deleted", true));
        QVERIFY(validate_field("goal", "_deleted", 1));
        QVERIFY(!validate_field("goal", "why", nullptr));  // optional: may be cleared
        QVERIFY(validate_field("goal", "title", nullptr)); // required: may not
        QVERIFY(validate_field("goal", "title", std::string(201, 'x')));
        QVERIFY(validate_field("note", "text", std::string("\xff\xfe")));
    }

    void datesAndTimes()
    {
        QVERIFY(is_valid_date("2024-02-29"));
        QVERIFY(!is_valid_date("2023-02-29"));
        QVERIFY(!is_valid_date("2026-13-01"));
        QVERIFY(!is_valid_date("26-11-24"));
        QVERIFY(is_valid_datetime("2026-11-24T13:05:00Z"));
        QVERIFY(!is_valid_datetime("2026-11-24T25:05:00Z"));
        QVERIFY(!is_valid_datetime("2026-11-24T13:05:00+01:00"));
    }

    void utf8()
    {
        QVERIFY(is_valid_utf8("Lærling på anlegg ✓ 🚜"));
        QVERIFY(!is_valid_utf8("\xc3"));             // truncated
        QVERIFY(!is_valid_utf8("\xe0\x80\xaf"));     // overlong
        QVERIFY(!is_valid_utf8("\xed\xa0\x80"));     // surrogate
        QVERIFY(!is_valid_utf8("\xf4\x90\x80\x80")); // past U+10FFFF
    }

    void directoryValidation()
    {
        Person p{"p-1", "Emil Hansen", Role::apprentice, "", "emil"};
        QVERIFY(!p.validate());
        p.username = "Emil!";
        QCOMPARE(p.validate()->field, std::string("username"));
        Person adviser{"p-2", "Kari", Role::adviser, "", "kari"};
        QCOMPARE(adviser.validate()->field, std::string("org_id"));
        Organisation o{"org-1", "", OrgKind::clinic};
        QCOMPARE(o.validate()->field, std::string("name"));
    }

    void journeyNamesWhoIsResponsible()
    {
        QCOMPARE(phase_info(Phase::stay).responsible, Role::clinician);
        QCOMPARE(phase_info(Phase::follow_up).responsible, Role::adviser);
        QVERIFY(!phase_info(Phase::preparation).handover.empty());
        QCOMPARE(next_phase(Phase::stay), std::optional<Phase>(Phase::return_to_work));
        QVERIFY(!next_phase(Phase::completed));
        for (Phase p : journey_phases())
            QCOMPARE(parse_phase(to_string(p)), std::optional<Phase>(p));
        QVERIFY(!parse_category("secrets"));
    }
};

QTEST_APPLESS_MAIN(TestSchema)
#include "tst_schema.moc"
