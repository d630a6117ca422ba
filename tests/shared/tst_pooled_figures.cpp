#include "stats/disclosure.hpp"
#include "stats/pooled_figures.hpp"

#include <QtTest>
#include <nlohmann/json.hpp>

using namespace bro::stats;
using json = nlohmann::ordered_json;

namespace {

// One programme's funnel and cohort, with counts distinctive enough to be searched for in text.
Figures programme_figures()
{
    Figures f;
    f.add("2025.referred", 612);
    f.add("2025.accepted", 608);
    f.add("2025.not_accepted", 4, false);
    f.relate("2025.referred", {"2025.accepted", "2025.not_accepted"});
    f.add("cohort.2025.started", 571);
    f.add("cohort.2025.completed", 568);
    f.add("cohort.2025.ended_early", 3);
    f.relate("cohort.2025.started", {"cohort.2025.completed", "cohort.2025.ended_early"});
    return f;
}

PooledExport exported(Figures f, const std::string &programme)
{
    if (!protect(f).ok)
        qFatal("protect failed");
    return make_export(f, programme, "Programme " + programme, "2026-11-24");
}

// A row: total = a + b + c (c left out when negative).
Figures row(int a, int b, int c)
{
    Figures f;
    f.add("total", a + b + (c < 0 ? 0 : c));
    f.add("a", a);
    f.add("b", b);
    if (c >= 0)
        f.add("c", c);
    f.relate("total",
             c >= 0 ? std::vector<std::string>{"a", "b", "c"} : std::vector<std::string>{"a", "b"});
    return f;
}

QString errors_of(const PooledImport &r)
{
    QStringList out;
    for (const auto &e : r.errors)
        out << QString::fromStdString(e);
    return out.join(" | ");
}

} // namespace

class TestPooledFigures : public QObject
{
    Q_OBJECT

private slots:
    void exportHoldsNoTrueValueOfACellNotShown()
    {
        Figures f = programme_figures();
        QVERIFY(protect(f).ok);
        QCOMPARE(f.find("2025.accepted")->state, CellState::hidden);
        QCOMPARE(f.find("cohort.2025.completed")->state, CellState::hidden);
        const PooledExport e = make_export(f, "okab-air", "OKAB AIR", "2026-11-24");
        const std::string text = to_json_text(e);
        const std::string csv = to_csv(e);
        for (const std::string &s : {text, csv}) {
            QVERIFY(s.find("608") == std::string::npos);
            QVERIFY(s.find("568") == std::string::npos);
            QVERIFY(s.find("612") != std::string::npos); // shown: there, as it should be
            QVERIFY(s.find("571") != std::string::npos);
        }
        // Every cell that is not shown carries a marker and no value, in either form.
        const json j = json::parse(text);
        for (const auto &c : f.cells) {
            const json &cell = j.at("cells").at(c.id);
            QCOMPARE(cell.contains("value"), c.state == CellState::shown);
            const std::string line =
                c.id + "," +
                (c.state == CellState::shown ? std::to_string(c.value) : to_string(c.state)) + "\n";
            QVERIFY2(csv.find(line) != std::string::npos, line.c_str());
        }
        QCOMPARE(j.at("cells").at("cohort.2025.ended_early"), json({{"under_5", true}}));
        QCOMPARE(j.at("cells").at("2025.not_accepted"), json({{"implicit", true}}));
        QCOMPARE(j.at("format"), json("bro-pooled-figures"));
        QCOMPARE(j.at("version"), json(1));
    }

    void csvQuotesAnIdWithAComma()
    {
        PooledExport e;
        e.figures.cells.push_back({"a,\"b\"", CellState::shown, 7});
        QCOMPARE(to_csv(e), std::string("cell,shown_value_or_marker\n\"a,\"\"b\"\"\",7\n"));
    }

    void makeExportRefusesUnprotectedFigures()
    {
        Figures f = programme_figures(); // every state still "shown"
        QVERIFY_THROWS_EXCEPTION(std::logic_error, make_export(f, "p", "P", "2026-11-24"));
    }

    void roundTrip()
    {
        const PooledExport e = exported(programme_figures(), "okab-air");
        const PooledImport r = parse_pooled_figures(to_json_text(e));
        QVERIFY2(r.ok(), qPrintable(errors_of(r)));
        QVERIFY(r.figures == e);
        QCOMPARE(to_json_text(r.figures), to_json_text(e));
    }

    void importErrors_data()
    {
        QTest::addColumn<QString>("pointer"); // JSON pointer to change; empty: replace the text
        QTest::addColumn<QString>("value");   // JSON text; "<remove>" to remove the field
        QTest::addColumn<QString>("error");   // a part of the expected error
        QTest::newRow("not JSON") << ""
                                  << "{\"format\": "
                                  << "not JSON";
        QTest::newRow("not an object") << ""
                                       << "[1, 2]"
                                       << "should be a JSON object";
        QTest::newRow("wrong format") << "/format"
                                      << "\"bro-programme\""
                                      << "format";
        QTest::newRow("no format") << "/format"
                                   << "<remove>"
                                   << "format";
        QTest::newRow("wrong version") << "/version"
                                       << "2"
                                       << "reads version 1, not 2";
        QTest::newRow("version as text") << "/version"
                                         << "\"1\""
                                         << "reads version 1";
        QTest::newRow("no programme") << "/programme"
                                      << "<remove>"
                                      << "programme: missing";
        QTest::newRow("name a number") << "/name"
                                       << "3"
                                       << "name: should be non-empty text";
        QTest::newRow("bad date") << "/exported"
                                  << "\"2026-02-30\""
                                  << "YYYY-MM-DD";
        QTest::newRow("unknown field") << "/extra"
                                       << "1"
                                       << "unknown field \"extra\"";
        QTest::newRow("cells a list") << "/cells"
                                      << "[]"
                                      << "cells: should be an object";
        QTest::newRow("value as text") << "/cells/2025.referred"
                                       << "{\"value\": \"612\"}"
                                       << "should be a whole number";
        QTest::newRow("value fractional") << "/cells/2025.referred"
                                          << "{\"value\": 612.5}"
                                          << "should be a whole number";
        QTest::newRow("negative count") << "/cells/2025.referred"
                                        << "{\"value\": -612}"
                                        << "a negative count";
        QTest::newRow("shown count under 5")
            << "/cells/cohort.2025.ended_early"
            << "{\"value\": 3}"
            << "a shown count under 5: the export was not protected";
        QTest::newRow("marker false") << "/cells/cohort.2025.ended_early"
                                      << "{\"under_5\": false}"
                                      << "should be true";
        QTest::newRow("two fields in a cell") << "/cells/2025.referred"
                                              << "{\"value\": 612, \"hidden\": true}"
                                              << "exactly one";
        QTest::newRow("unknown marker") << "/cells/2025.referred"
                                        << "{\"secret\": true}"
                                        << "unknown field \"secret\"";
        QTest::newRow("unknown cell in a relation") << "/relations/0/total"
                                                    << "\"2025.refered\""
                                                    << "unknown cell \"2025.refered\"";
        QTest::newRow("empty parts") << "/relations/0/parts"
                                     << "[]"
                                     << "non-empty list";
        QTest::newRow("relation field") << "/relations/0/sum"
                                        << "\"x\""
                                        << "unknown field \"sum\"";
        QTest::newRow("counts do not add up") << "/cells/cohort.2025.completed"
                                              << "{\"value\": 600}"
                                              << "do not add up";
        QTest::newRow("a recoverable under 5") << "/cells/cohort.2025.completed"
                                               << "{\"value\": 568}"
                                               << "cohort.2025.ended_early: can be worked out";
    }

    void importErrors()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, error);
        std::string text;
        if (pointer.isEmpty()) {
            text = value.toStdString();
        } else {
            json j = json::parse(to_json_text(exported(programme_figures(), "okab-air")));
            const json::json_pointer p(pointer.toStdString());
            if (value == "<remove>")
                j[p.parent_pointer()].erase(p.back());
            else
                j[p] = json::parse(value.toStdString());
            text = j.dump();
        }
        const PooledImport r = parse_pooled_figures(text);
        QVERIFY(!r.ok());
        QVERIFY2(errors_of(r).contains(error), qPrintable(errors_of(r)));
        QVERIFY(r.figures.figures.cells.empty()); // nothing half read
    }

    void importRefusesAnOversizeFile()
    {
        std::string text = to_json_text(exported(programme_figures(), "okab-air"));
        const PooledImport fine = parse_pooled_figures(text);
        QVERIFY(fine.ok());
        text += std::string(pooled_max_bytes, ' '); // still valid JSON, but too big
        const PooledImport r = parse_pooled_figures(text);
        QVERIFY(!r.ok());
        QVERIFY2(errors_of(r).contains("larger than 1 MiB"), qPrintable(errors_of(r)));
    }

    void importRefusesADuplicateField()
    {
        const std::string text = to_json_text(exported(programme_figures(), "okab-air"));
        const std::string cell = "\"2025.referred\": {";
        const auto at = text.find(cell);
        QVERIFY(at != std::string::npos);
        std::string twice = text;
        twice.insert(at, "\"2025.referred\": {\"value\": 700},\n");
        const PooledImport r = parse_pooled_figures(twice);
        QVERIFY(!r.ok());
        QVERIFY2(errors_of(r).contains("\"2025.referred\" is given twice"),
                 qPrintable(errors_of(r)));
    }

    void importListsEveryProblem()
    {
        json j = json::parse(to_json_text(exported(programme_figures(), "okab-air")));
        j["name"] = 1;
        j["cells"]["2025.referred"] = {{"value", -1}};
        j["relations"][0]["total"] = "nowhere";
        const PooledImport r = parse_pooled_figures(j.dump());
        QCOMPARE(r.errors.size(), std::size_t(3));
    }

    // A: 20 = a 8 (hidden) + b 9 + c 3 (under 5); B: 30 = a 10 + b 20, no c.
    void addingTwoExports()
    {
        const PooledExport a = exported(row(8, 9, 3), "A");
        const PooledExport b = exported(row(10, 20, -1), "B");
        QCOMPARE(a.figures.find("a")->state, CellState::hidden);
        QCOMPARE(b.figures.find("a")->state, CellState::shown);
        // Through the file, as between two servers.
        const PooledImport ra = parse_pooled_figures(to_json_text(a));
        const PooledImport rb = parse_pooled_figures(to_json_text(b));
        QVERIFY(ra.ok() && rb.ok());
        const PooledFigures p = pool_published({ra.figures, rb.figures});
        QCOMPARE(p.programmes, (std::vector<std::string>{"A", "B"}));

        const PooledCell *total = p.find("total");
        QCOMPARE(total->display, PooledCell::Display::exact);
        QCOMPARE(total->text(), std::string("50"));
        QCOMPARE(p.find("b")->text(), std::string("29"));
        // a: A's is 7..11 (20 - 9 - c, c in 0..4), B's 10.
        QCOMPARE(p.find("a")->display, PooledCell::Display::range);
        QCOMPARE(p.find("a")->lo, 17LL);
        QCOMPARE(p.find("a")->hi, std::optional<long long>(21));
        QCOMPARE(p.find("a")->text(), std::string("17-21"));
        // c: only A has it, under 5 there.
        QCOMPARE(p.find("c")->sources, 1);
        QCOMPARE(p.find("c")->display, PooledCell::Display::under_5);
        QCOMPARE(p.find("c")->text(), std::string("under 5"));
    }

    void addingUnderFivesGivesARange()
    {
        const PooledExport a = exported(row(8, 9, 3), "A");
        const PooledExport b = exported(row(12, 6, 2), "B");
        const PooledFigures p = pool_published({a, b});
        QCOMPARE(p.find("c")->lo, 0LL);
        // A's c is 0..4; B's only 0..3, since B's hidden b = 20 - 12 - c is at least 5.
        QCOMPARE(p.find("c")->hi, std::optional<long long>(7));
        QCOMPARE(p.find("c")->text(), std::string("0-7"));
        QCOMPARE(p.find("total")->text(), std::string("40"));
    }

    void aHiddenCellWithoutRelationsIsUnbounded()
    {
        PooledExport e;
        e.programme = "A";
        e.figures.cells.push_back({"x", CellState::hidden, 0});
        const PooledFigures p = pool_published({e, e});
        QCOMPARE(p.find("x")->lo, 10LL);
        QVERIFY(!p.find("x")->hi);
        QCOMPARE(p.find("x")->text(), std::string("at least 10"));
    }

    // On one server the true counts add up first: 3 + 4 = 7 is publishable, which adding the
    // two protected exports could never show.
    void oneServerPooling()
    {
        const std::vector<Figures> programmes{row(8, 9, 3), row(10, 7, 4)};
        Figures pooled = pool_raw(programmes);
        QCOMPARE(pooled.relations.size(), std::size_t(1));
        QCOMPARE(pooled.find("c")->value, 7);
        QCOMPARE(pooled.find("total")->value, 41);
        const Protection pr = protect(pooled);
        QVERIFY(pr.ok);
        QCOMPARE(pr.secondary, 0);
        QCOMPARE(published_value(pooled, "c"), std::optional<int>(7));

        const PooledFigures apart =
            pool_published({exported(programmes[0], "A"), exported(programmes[1], "B")});
        QCOMPARE(apart.find("c")->display, PooledCell::Display::range);

        // A cell only one programme has counts as 0 in the other; implicit stays implicit.
        Figures x = row(10, 20, -1);
        x.add("not_in_other", 2, false);
        const Figures y = pool_raw({x, row(8, 9, 3)});
        QCOMPARE(y.find("c")->value, 3);
        QCOMPARE(y.find("a")->value, 18);
        QVERIFY(!y.find("not_in_other")->published);
        QCOMPARE(y.relations.size(), std::size_t(2)); // total = a + b, total = a + b + c
    }
};

QTEST_GUILESS_MAIN(TestPooledFigures)
#include "tst_pooled_figures.moc"
