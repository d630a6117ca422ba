// The programme definition of issue 14 (shared/programme/programme.hpp): the built-in OKAB–AiR
// file passes and equals, field by field, what is compiled in today — in shared/domain and in the
// app's texts — so that the code can be switched over to the file without changing anything;
// the round trip; and every kind of mistake named by its path, with nothing half-loaded.

#include "demo/demo_dataset.hpp"
#include "domain/absence_pattern.hpp"
#include "domain/caseload.hpp"
#include "domain/consent_rules.hpp"
#include "domain/consent_texts.hpp"
#include "domain/early_warning.hpp"
#include "domain/journey.hpp"
#include "domain/retention.hpp"
#include "domain/wellbeing.hpp"
#include "programme/builtin.hpp"
#include "programme/programme.hpp"
#include "programme/programme_lines.hpp"
#include "sync/access_policy.hpp"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>
#include <algorithm>

using namespace bro;
using nlohmann::json;

namespace {

QString source_text(const QString &relative)
{
    QFile f(QStringLiteral(BRO_SOURCE_DIR "/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return QString::fromUtf8(f.readAll());
}

std::string built_in_text()
{
    return source_text(QStringLiteral("shared/programme/okab-air.json")).toStdString();
}

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QStringList error_lines(const ProgrammeResult &r)
{
    QStringList out;
    for (const auto &e : r.errors)
        out << q(to_string(e));
    return out;
}

} // namespace

class TestProgramme : public QObject
{
    Q_OBJECT

    json m_file;
    Programme m_builtIn;

private slots:
    void initTestCase()
    {
        const auto text = built_in_text();
        const auto r = parse_programme_text(text);
        QVERIFY2(r.ok(), qPrintable(error_lines(r).join(QLatin1Char('\n'))));
        m_builtIn = r.programme;
        m_file = json::parse(text);
    }

    // The copy compiled into the program is the file in the source tree, byte for byte, and
    // builtin_programme() is that file parsed (the pilot's target of 10 a year among it).
    void compiledInCopyIsTheFile()
    {
        QCOMPARE(std::string(builtin_programme_json()), built_in_text());
        QVERIFY(builtin_programme() == m_builtIn);
        QCOMPARE(builtin_programme().yearly_target, 10);
        QCOMPARE(&builtin_programme(), &builtin_programme()); // parsed once
    }

    void builtInPhasesEqualTheCompiledJourney()
    {
        std::vector<std::string> ids;
        for (Phase p : journey_phases())
            ids.emplace_back(to_string(p));
        ids.emplace_back(to_string(Phase::ended));
        QCOMPARE(m_builtIn.phases.size(), ids.size());
        for (std::size_t i = 0; i < ids.size(); ++i) {
            const auto &ph = m_builtIn.phases[i];
            QCOMPARE(ph.id, ids[i]);
            const Phase p = *parse_phase(ph.id);
            const auto &info = phase_info(p);
            QCOMPARE(ph.responsible, std::string(to_string(info.responsible)));
            QCOMPARE(ph.organisation, std::string(to_string(info.responsible_org)));
            QCOMPARE(ph.typical_days, typical_phase_days(p));
            QCOMPARE(ph.handover.size(), info.handover.size());
            for (std::size_t j = 0; j < info.handover.size(); ++j) {
                QCOMPARE(ph.handover[j].id, info.handover[j].id);
                QCOMPARE(ph.handover[j].text.nb, info.handover[j].text);
            }
            // The ordinary path is the file's order, up to `completed`.
            const auto next = next_phase(p);
            if (i + 2 < ids.size())
                QCOMPARE(next ? std::string(to_string(*next)) : std::string(), ids[i + 1]);
            else
                QVERIFY(!next);
        }
    }

    void builtInConsentTextsEqualTheCompiledOnes()
    {
        const auto &compiled = consent_texts();
        QCOMPARE(m_builtIn.consent_texts.size(), compiled.size());
        for (std::size_t i = 0; i < compiled.size(); ++i) {
            const auto &t = m_builtIn.consent_texts[i];
            QCOMPARE(t.category, std::string(to_string(compiled[i].category)));
            QCOMPARE(t.version, compiled[i].version);
            QCOMPARE(t.text.nb, compiled[i].nb);
            QCOMPARE(t.text.en, compiled[i].en);
        }
    }

    void builtInRulesEqualTheCompiledDefaults()
    {
        const AbsenceRule absence;
        QCOMPARE(m_builtIn.absence_rule.window_days, absence.window_days);
        QCOMPARE(m_builtIn.absence_rule.min_episodes, absence.min_episodes);
        QCOMPARE(m_builtIn.absence_rule.min_days, absence.min_days);

        const HelpRule help;
        QCOMPARE(m_builtIn.low_checkin_rule.lowest, help.lowest);
        QCOMPARE(m_builtIn.low_checkin_rule.low, help.low);
        QCOMPARE(m_builtIn.low_checkin_rule.severe_pain, help.severe_pain);
        QCOMPARE(m_builtIn.low_checkin_rule.days_in_row, help.days_in_row);
        QCOMPARE(m_builtIn.low_checkin_rule.row_window_days, help.row_window);

        const CaseloadRule caseload;
        const auto &c = m_builtIn.caseload;
        QCOMPARE(c.checkins_missing_after_days, caseload.checkins_missing_after_days);
        QCOMPARE(c.checkins_trend_days, caseload.checkins_trend_days);
        QCOMPARE(c.checkins_falling_by, caseload.checkins_falling_by);
        QCOMPARE(c.consent_withdrawn_days, caseload.consent_withdrawn_days);
        QCOMPARE(c.handover_due_days, caseload.handover_due_days);

        // The age limit is one constant (default_guardian_age_limit) that ConsentSettings,
        // CaseAccess and the server's DirectoryStore take; it must agree with the file.
        const ConsentSettings consent;
        QCOMPARE(m_builtIn.consent.review_months, consent.review_months);
        QCOMPARE(m_builtIn.consent.guardian_age_limit, consent.guardian_age_limit);
        QCOMPARE(m_builtIn.consent.guardian_age_limit, CaseAccess{}.guardian_age_limit);
        QCOMPARE(m_builtIn.consent.guardian_age_limit, default_guardian_age_limit);

        const RetentionPolicy retention;
        QCOMPARE(m_builtIn.retention.months, retention.months);
        QCOMPARE(m_builtIn.retention.notice_days, retention.notice_days);

        // The pilot's target (issue 14); nothing compiled in holds it yet.
        QCOMPARE(m_builtIn.yearly_target, 10);
        QCOMPARE(m_builtIn.app_lock.minutes, ProgrammeAppLock{}.minutes);
        const EarlyWarningRule early;
        QCOMPARE(m_builtIn.early_warning.falling_days, early.falling_days);
        QCOMPARE(m_builtIn.early_warning.falling_by, early.falling_by);
        QCOMPARE(m_builtIn.early_warning.stopped_days, early.stopped_days);
        QCOMPARE(m_builtIn.early_warning.ask_again_days, early.ask_again_days);
    }

    // early_warning came later still (issue 25): a file without it reads, with the defaults; a
    // programme may set its own, within bounds.
    void theEarlyWarningIsTheProgrammes()
    {
        json file = m_file;
        file.erase("early_warning");
        auto r = parse_programme(file);
        QVERIFY(r.ok());
        QVERIFY(r.programme.early_warning == ProgrammeEarlyWarning{});
        file["early_warning"] = json{
            {"falling_days", 7}, {"falling_by", 5}, {"stopped_days", 1}, {"ask_again_days", 3}};
        QCOMPARE(
            error_lines(parse_programme(file)),
            QStringList({"early_warning.falling_by: 5 is out of range (more than 0, at most 4)",
                         "early_warning.stopped_days: 1 is out of range (2 to 90)"}));
        const auto second = parse_programme_text(demo::second_programme_json());
        QCOMPARE(second.programme.early_warning.stopped_days, 7);
    }

    // app_lock came after the format's first files: one without it reads, with five minutes.
    void aFileWrittenBeforeTheAppLockStillReads()
    {
        json file = m_file;
        file.erase("app_lock");
        file["id"] = "older";
        const auto r = parse_programme(file);
        QVERIFY2(r.errors.empty(), r.errors.empty() ? "" : to_string(r.errors.front()).c_str());
        QCOMPARE(r.programme.app_lock.minutes, 5);
        file["app_lock"] = json{{"minutes", 15}};
        QCOMPARE(parse_programme(file).programme.app_lock.minutes, 15);
    }

    // Issue 14: the app renders phases and checklists from the definition the server sends, so
    // no copy of them may be left in its sources to drift from the file (open phases' names and
    // descriptions, every checklist text, in either language, as a string literal).
    void theAppHoldsNoCopyOfThePhases()
    {
        QStringList sources;
        for (const char *dir : {"qml", "app"}) {
            QDirIterator it(
                QStringLiteral(BRO_SOURCE_DIR "/") + QLatin1String(dir),
                {QStringLiteral("*.qml"), QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                sources << it.next();
        }
        QVERIFY(sources.size() > 20);
        QStringList texts;
        for (const auto &ph : m_builtIn.phases) {
            if (is_closed_phase(ph.id))
                continue; // "Completed" and "Ended" are ordinary words in other places too
            texts << q(ph.name.nb) << q(ph.name.en) << q(ph.description.nb) << q(ph.description.en);
            for (const auto &item : ph.handover)
                texts << q(item.text.nb) << q(item.text.en);
        }
        for (const auto &file : sources) {
            const QString text =
                source_text(QDir(QStringLiteral(BRO_SOURCE_DIR)).relativeFilePath(file));
            for (const auto &t : texts)
                QVERIFY2(!text.contains(QLatin1Char('"') + t + QLatin1Char('"')),
                         qPrintable(file + QStringLiteral(" still holds \"") + t +
                                    QStringLiteral("\"")));
        }
    }

    void roundTrip()
    {
        QCOMPARE(to_json(m_builtIn), m_file); // the file is in canonical form, every field given
        const auto again = parse_programme(to_json(m_builtIn));
        QVERIFY(again.ok());
        QVERIFY(again.programme == m_builtIn);
    }

    // The shape another clinic's model needs (issue 14): one phase fewer, one renamed.
    void anotherJourneyPassesAndRoundTrips()
    {
        json other = m_file;
        other["id"] = "okab-other";
        other["phases"].erase(1); // no preparation
        other["phases"][1]["id"] = "day_programme";
        other["phases"][1]["name"] = {{"nb", "Dagtilbud"}, {"en", "Day programme"}};
        other["yearly_target"] = 6;
        const auto r = parse_programme(other);
        QVERIFY2(r.ok(), qPrintable(error_lines(r).join(QLatin1Char('\n'))));
        QCOMPARE(r.programme.phases.size(), std::size_t(6));
        QVERIFY(r.programme.phase("day_programme"));
        QVERIFY(!r.programme.phase("preparation"));
        QVERIFY(parse_programme(to_json(r.programme)).programme == r.programme);
    }

    void mistakesAreNamedByPath_data()
    {
        QTest::addColumn<QString>("pointer"); // JSON pointer into the built-in file
        QTest::addColumn<QString>("value");   // JSON to put there; empty: remove it
        QTest::addColumn<QString>("error");

        const auto row = [](const char *name, const char *pointer, const char *value,
                            const char *error) {
            QTest::newRow(name) << QString::fromUtf8(pointer) << QString::fromUtf8(value)
                                << QString::fromUtf8(error);
        };
        row("wrong type", "/yearly_target", R"("ten")",
            "yearly_target: expected a whole number, not text");
        row("wrong type in a list", "/phases/0/handover", "{}",
            "phases[0].handover: expected a list, not an object");
        row("a fraction for a count", "/absence_rule/min_days", "2.5",
            "absence_rule.min_days: expected a whole number, not a number");
        row("missing field", "/phases/2/responsible", "", "phases[2].responsible: missing");
        row("missing section", "/retention", "", "retention: missing");
        row("missing language", "/phases/1/name/en", "", "phases[1].name.en: missing");
        row("unknown field", "/phases/0/responsable", R"("adviser")",
            "phases[0].responsable: unknown field");
        row("unknown role", "/phases/3/responsible", R"("nurse")",
            R"(phases[3].responsible: "nurse" is not a role)");
        row("a role that does not lead", "/phases/0/responsible", R"("apprentice")",
            R"(phases[0].responsible: "apprentice" cannot lead a phase (adviser or clinician))");
        row("role and organisation disagree", "/phases/2/organisation", R"("training_office")",
            "phases[2].organisation: a clinician does not work at a training office");
        row("duplicate phase id", "/phases/1/id", R"("referral")",
            R"(phases[1].id: "referral" is also phases[0])");
        row("phase id not an id", "/phases/1/id", R"("Forberedelse")",
            R"(phases[1].id: "Forberedelse" is not an id (lower-case letters, digits and _, up to 40))");
        row("empty checklist item text", "/phases/0/handover/1/text/nb", R"("  ")",
            "phases[0].handover[1].text.nb: empty");
        row("duplicate checklist item", "/phases/1/handover/0/id", R"("goals_own_words")",
            R"(phases[1].handover[0].id: "goals_own_words" is also phases[0].handover[0])");
        row("checklist item not an object", "/phases/1/handover/0", "5",
            "phases[1].handover[0]: expected an object, not a whole number");
        row("checklist on a closed phase", "/phases/5/handover",
            R"([{"id": "party", "text": {"nb": "Fest", "en": "Party"}}])",
            "phases[5].handover: a closed phase has nothing to hand over");
        row("no ended phase", "/phases/6", "",
            R"(phases: no "ended" phase (the case closes early))");
        row("threshold above range", "/low_checkin_rule/severe_pain", "11",
            "low_checkin_rule.severe_pain: 11 is out of range (0 to 10)");
        row("threshold below range", "/retention/months", "-1",
            "retention.months: -1 is out of range (0 to 1200)");
        row("app lock of no time", "/app_lock/minutes", "0",
            "app_lock.minutes: 0 is out of range (1 to 60)");
        row("app lock unknown field", "/app_lock/seconds", "30", "app_lock.seconds: unknown field");
        row("more days than the window", "/absence_rule/min_days", "40",
            "absence_rule.min_days: 40 is out of range (1 to 30)");
        row("no fall at all", "/caseload/checkins_falling_by", "0",
            "caseload.checkins_falling_by: 0 is out of range (more than 0, at most 4)");
        row("unknown version", "/version", "2",
            "version: 2 is not a version this server reads (1)");
        row("no version", "/version", "", "version: missing (this server reads version 1)");
        row("category not shared", "/consent_texts/0/category", R"("messages")",
            R"(consent_texts[0].category: "messages" is not a category the apprentice shares )"
            R"((goals, checkins, absence, notes, journey or statistics))");
        row("consent version skipped", "/consent_texts/2/version", "3",
            R"(consent_texts[2].version: version 3 of "checkins" follows version 1; versions )"
            R"(count 1, 2, 3 … in order)");
        row("consent version twice", "/consent_texts/2/version", "1",
            R"(consent_texts[2].version: version 1 of "checkins" is already given above)");
        row("a category without a text", "/consent_texts/5/category", R"("goals")",
            R"(consent_texts: no text for "journey")");
        row("not an object", "", "[]", "expected an object, not a list");
    }
    void mistakesAreNamedByPath()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, error);
        json file = m_file;
        const json::json_pointer at(pointer.toStdString());
        if (value.isEmpty() && file.at(at.parent_pointer()).is_array())
            file.at(at.parent_pointer()).erase(std::stoul(at.back()));
        else if (value.isEmpty())
            file.at(at.parent_pointer()).erase(at.back());
        else
            file[at] = json::parse(value.toStdString());
        const auto r = parse_programme(file);
        QVERIFY(!r.ok());
        QVERIFY2(error_lines(r).contains(error),
                 qPrintable(error_lines(r).join(QLatin1Char('\n'))));
        QVERIFY(r.programme == Programme{}); // nothing half-loads
    }

    void everyProblemIsListed()
    {
        json file = m_file;
        file["phases"][3]["responsible"] = "nurse";
        file["phases"][0]["handover"][0]["text"]["en"] = "";
        file["absence_rule"].erase("window_days");
        file["consent"]["guardian_age_limit"] = 30;
        const auto lines = error_lines(parse_programme(file));
        QCOMPARE(lines, QStringList({"phases[0].handover[0].text.en: empty",
                                     R"(phases[3].responsible: "nurse" is not a role)",
                                     "absence_rule.window_days: missing",
                                     "consent.guardian_age_limit: 30 is out of range (0 to 18)"}));
    }

    // A broken entry keeps its place, so that what follows is still named where it is.
    void pathsStayTrueAfterABrokenItem()
    {
        json file = m_file;
        file["phases"][1]["handover"][0] = 5;
        file["phases"][1]["handover"][1]["id"] = "goals_own_words";
        QCOMPARE(error_lines(parse_programme(file)),
                 QStringList({"phases[1].handover[0]: expected an object, not a whole number",
                              R"(phases[1].handover[1].id: "goals_own_words" is also )"
                              R"(phases[0].handover[0])"}));
    }

    void textThatIsNotJson()
    {
        const auto r = parse_programme_text(R"({"version": 1,)");
        QCOMPARE(r.errors.size(), std::size_t(1));
        QVERIFY(r.errors[0].path.empty());
        QVERIFY2(r.errors[0].message.rfind("not JSON: ", 0) == 0, r.errors[0].message.c_str());
    }

    // Issue 25: a programme's own phases, some of which a case may skip.
    void phasesOfItsOwnAndWhichMayBeSkipped()
    {
        const auto second = parse_programme_text(demo::second_programme_json());
        QVERIFY2(second.ok(), qPrintable(error_lines(second).join('\n')));
        const auto &p = second.programme;
        QCOMPARE(p.phases.front().id, std::string("henvisning"));
        QVERIFY(p.phase("kartlegging")->skippable);
        QVERIFY(!p.phase("dagrehab")->skippable);
        QVERIFY(parse_programme(to_json(p)).programme == p); // skippable survives the round trip
        QVERIFY(!to_json(m_builtIn)["phases"][0].contains("skippable")); // and old files stay
        // Forward past the skippable assessment: fine; past day rehabilitation: that phase.
        QVERIFY(!p.unskippable_between("henvisning", "dagrehab"));
        QCOMPARE(p.unskippable_between("henvisning", "arbeidstrening")->id,
                 std::string("dagrehab"));
        QCOMPARE(p.unskippable_between("henvisning", "completed")->id, std::string("dagrehab"));
        QVERIFY(!p.unskippable_between("henvisning", "kartlegging"));  // the next phase
        QVERIFY(!p.unskippable_between("mot_fagprove", "henvisning")); // back: a correction
        QVERIFY(!p.unskippable_between("henvisning", "ended"));        // closing early
        QVERIFY(!p.unskippable_between("henvisning", "nowhere"));      // refused on its own

        json file = m_file;
        file["phases"][0]["skippable"] = true;
        file["phases"][5]["skippable"] = true;
        file["phases"][2]["skippable"] = "yes";
        file["phases"][3]["id"] = "a_phase_id_that_is_far_too_long_to_be_stored";
        QCOMPARE(error_lines(parse_programme(file)),
                 QStringList({"phases[2].skippable: expected true or false, not text",
                              R"(phases[3].id: "a_phase_id_that_is_far_too_long_to_be_stored" )"
                              R"(is not an id (lower-case letters, digits and _, up to 40))",
                              "phases[0].skippable: every case starts in the first phase; it "
                              "cannot be skipped",
                              "phases[5].skippable: a closed phase cannot be skipped"}));
    }

    // `programme check` names the line of each problem; a missing field, its object's line.
    void problemsKnowTheirLine()
    {
        auto text = built_in_text();
        const auto nurse = text.find(R"("responsible": "clinician")");
        text.replace(nurse, 26, R"("responsible": "nurse"    )");
        const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + nurse, '\n'));
        auto r = parse_programme_text(text);
        QCOMPARE(r.errors.size(), std::size_t{1});
        QCOMPARE(r.errors[0].path, std::string("phases[2].responsible"));
        QCOMPARE(r.errors[0].line, line);

        const std::string missing = "{\n  \"version\": 1,\n  \"id\": \"x\",\n  \"phases\": [\n"
                                    "    {\"id\": \"a\"}\n  ]\n}\n";
        r = parse_programme_text(missing);
        bool named = false;
        for (const auto &e : r.errors)
            if (e.path == "phases[0].responsible") {
                QCOMPARE(e.line, 5); // the phase's object
                named = true;
            }
        QVERIFY(named);
        const auto lines = json_value_lines("{\"a\": [1, {\"b\": \"x\\\"y\"}],\n\"c\": true}");
        QCOMPARE(lines.at("a[1].b"), 1);
        QCOMPARE(lines.at("c"), 2);
        QCOMPARE(line_of(lines, "c.d.e"), 2);
        QCOMPARE(line_of(lines, "zz"), 1); // the whole file
    }

    // nlohmann keeps the last of two equal keys; a programme must not lose a value that way.
    void aKeyGivenTwiceIsNamed()
    {
        auto text = built_in_text();
        const auto twice = [&](const std::string &once, const std::string &both) {
            const auto at = text.find(once);
            QVERIFY(at != std::string::npos);
            text.replace(at, once.size(), both);
        };
        twice(R"("yearly_target": 10,)", R"("yearly_target": 10, "yearly_target": 12,)");
        twice(R"("typical_days": 56,)", R"("typical_days": 56, "typical_days": 57,)");
        twice(R"("id": "exam_planned",)", R"("id": "exam_planned", "id": "exam_done",)");
        const auto lines = error_lines(parse_programme_text(text));
        QCOMPARE(lines,
                 QStringList({"yearly_target: given twice; name each field once",
                              "phases[3].typical_days: given twice; name each field once",
                              "phases[4].handover[1].id: given twice; name each field once"}));
    }
};

QTEST_APPLESS_MAIN(TestProgramme)
#include "tst_programme.moc"
