// The programme a device renders (issue 14): the definition in the welcome, replaced live by a
// programme_definition and kept for the next start; the built-in pilot when no server ever sent
// one. A programme unlike the pilot (no preparation, the stay renamed, a new checklist item)
// must show as itself in the journey, the next phase and the checklist.

#include "AppFixture.h"
#include "domain/schema.hpp"
#include "models/AbsenceModel.h"
#include "models/ConsentModel.h"
#include "models/JourneyModel.h"
#include "programme/builtin.hpp"
#include "store/Convert.h"
#include "sync/SyncClient.h"

#include <QSignalSpy>
#include <QTest>
#include <algorithm>

namespace {

// Day rehabilitation: the pilot without `preparation`, its stay renamed, one more checklist item.
bro::Programme dayRehabilitation()
{
    bro::Programme p = bro::builtin_programme();
    p.id = "test-dagrehab";
    p.name = {"Dagrehabilitering i Vest", "Day rehabilitation in the west"};
    std::erase_if(p.phases, [](const auto &phase) { return phase.id == "preparation"; });
    for (auto &phase : p.phases)
        if (phase.id == "stay") {
            phase.name = {"Dagrehabilitering", "Day rehabilitation"};
            phase.description = {"Du er på klinikken om dagen og hjemme om kvelden.",
                                 "You are at the clinic in the daytime and home in the evening."};
            phase.handover.push_back(
                {"transport_agreed",
                 {"Transport til klinikken er avtalt", "Transport to the clinic is agreed"}});
        }
    p.consent.guardian_age_limit = 18;
    p.consent.review_months = 3;
    p.absence_rule.min_episodes = 2;
    return p;
}

bro::protocol::Welcome welcomeWith(const bro::Programme &programme, std::int64_t revision,
                                   bro::Role role = bro::Role::apprentice)
{
    auto w = fixture::welcome(role);
    w.programme = programme;
    w.programme_revision = revision;
    return w;
}

void deliverCase(fixture::App &app, const char *phase)
{
    app.deliver(fixture::remoteRecord("case-1", bro::kind::case_file,
                                      {{"apprentice_id", "p-ap"},
                                       {"training_office_id", "org-to"},
                                       {"clinic_id", "org-cl"},
                                       {"phase", phase},
                                       {"phase_since", "2026-01-05"},
                                       {"phase_history", {{"referral", "2026-01-05"}}}}));
}

QStringList phasesOf(const JourneyModel &model)
{
    QStringList out;
    for (int i = 0; i < model.rowCount(); ++i)
        out << model.get(i).value(QStringLiteral("phase")).toString();
    return out;
}

QStringList checklistIds(const JourneyModel &model)
{
    QStringList out;
    for (const auto &v : model.checklist())
        out << v.toMap().value(QStringLiteral("itemId")).toString();
    return out;
}

} // namespace

class TestProgrammeDefinition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theTestProgrammeIsValid()
    {
        const auto parsed = bro::parse_programme(bro::to_json(dayRehabilitation()));
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : bro::to_string(parsed.errors.front()).c_str());
    }

    void theWelcomesProgrammeIsRendered()
    {
        fixture::App app;
        app.session->setLanguage(QStringLiteral("nb"));
        app.session->adopt(welcomeWith(dayRehabilitation(), 4));
        auto *programme = app.session->programme();
        QCOMPARE(programme->programmeId(), QStringLiteral("test-dagrehab"));
        QCOMPARE(programme->revision(), qint64(4));
        QVERIFY(!programme->builtin());

        deliverCase(app, "referral");
        JourneyModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        const QStringList path{QStringLiteral("referral"), QStringLiteral("stay"),
                               QStringLiteral("return_to_work"), QStringLiteral("follow_up"),
                               QStringLiteral("completed")};
        QCOMPARE(phasesOf(model), path);
        QCOMPARE(model.nextPhase(), QStringLiteral("stay")); // no preparation in between

        QCOMPARE(programme->phaseName(QStringLiteral("stay")), QStringLiteral("Dagrehabilitering"));
        QCOMPARE(programme->phaseNames().value(QStringLiteral("stay")).toString(),
                 QStringLiteral("Dagrehabilitering"));
        QSignalSpy changed(programme, &ProgrammeDefinition::changed);
        app.session->setLanguage(QStringLiteral("en"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(programme->phaseName(QStringLiteral("stay")),
                 QStringLiteral("Day rehabilitation"));
        QCOMPARE(programme->phaseDescription(QStringLiteral("stay")),
                 QStringLiteral("You are at the clinic in the daytime and home in the evening."));

        // The clinic leads the stay; its checklist has the programme's own item, in English now.
        deliverCase(app, "stay");
        QCOMPARE(app.session->responsibleRole(), QStringLiteral("clinician"));
        QCOMPARE(app.session->responsibleOrgKind(), QStringLiteral("clinic"));
        QCOMPARE(checklistIds(model),
                 (QStringList{QStringLiteral("return_plan"), QStringLiteral("handover_meeting"),
                              QStringLiteral("transport_agreed")}));
        QCOMPARE(model.checklist().last().toMap().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Transport to the clinic is agreed"));
        QCOMPARE(model.nextPhase(), QStringLiteral("return_to_work"));

        // The age rule, the review period and the consent texts are the programme's too.
        ConsentModel consents(app.session.get());
        consents.setCaseId(QStringLiteral("case-1"));
        QCOMPARE(consents.guardianAgeLimit(), 18);
        QCOMPARE(consents.reviewMonths(), 3);
        QCOMPARE(consents.explanation(QStringLiteral("checkins")),
                 QString::fromStdString(
                     dayRehabilitation().consent_text("checkins")->text.en)); // the newest
    }

    // The clinician ticks the programme's own item before the case can move on.
    void theNewItemHoldsUpTheNextPhase()
    {
        fixture::App app(bro::Role::clinician);
        app.session->adopt(welcomeWith(dayRehabilitation(), 1, bro::Role::clinician));
        deliverCase(app, "stay");
        JourneyModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        QVERIFY(model.setChecklistItem(QStringLiteral("return_plan"), true));
        QVERIFY(model.setChecklistItem(QStringLiteral("handover_meeting"), true));
        QVERIFY(!model.canAdvance());
        QVERIFY(!model.checklistComplete());
        // Items are fields by their id (schema.cpp), so a programme's own item can be ticked.
        QVERIFY2(model.setChecklistItem(QStringLiteral("transport_agreed"), true),
                 qPrintable(model.lastError()));
        QVERIFY(model.canAdvance());
        QVERIFY2(model.advance(), qPrintable(model.lastError()));
        QCOMPARE(model.phase(), QStringLiteral("return_to_work"));
    }

    void aLaterDefinitionReplacesItLiveAndIsKept()
    {
        fixture::App app;
        app.session->setLanguage(QStringLiteral("nb"));
        app.session->adopt(welcomeWith(dayRehabilitation(), 1));
        deliverCase(app, "stay");
        bro::protocol::ProgrammeDefinition live;
        live.id = "live-programme-2";
        live.revision = 2;
        live.programme = dayRehabilitation();
        live.programme.absence_rule.min_episodes = 3;
        for (auto &phase : live.programme.phases)
            if (phase.id == "stay")
                phase.handover.push_back(
                    {"meals_arranged", {"Mat på klinikken er ordnet", "Meals at the clinic"}});
        { // the models go before the session does
            JourneyModel journey(app.session.get());
            journey.setCaseId(QStringLiteral("case-1"));
            AbsenceModel absences(app.session.get());
            absences.setCaseId(QStringLiteral("case-1"));
            for (int daysAgo : {0, 3})
                QVERIFY(!absences
                             .add({{QStringLiteral("from"),
                                    convert::dateAfterDays(convert::today(), -daysAgo)},
                                   {QStringLiteral("kind"), QStringLiteral("sick")},
                                   {QStringLiteral("healthRelated"), true}})
                             .isEmpty());
            QVERIFY(absences.talkAboutHealth()); // two episodes: this programme's rule

            QSignalSpy programmeChanged(app.session->programme(), &ProgrammeDefinition::changed);
            QSignalSpy journeyChanged(&journey, &JourneyModel::journeyChanged);
            QSignalSpy sessionJourney(app.session.get(), &Session::journeyChanged);
            Q_EMIT app.session->syncClient()->programmeDefinitionReceived(live);
            QCOMPARE(programmeChanged.count(), 1);
            QVERIFY(journeyChanged.count() >= 1);
            QVERIFY(sessionJourney.count() >= 1);
            QCOMPARE(app.session->programme()->revision(), qint64(2));
            QVERIFY(checklistIds(journey).contains(QStringLiteral("meals_arranged")));
            QVERIFY(!absences.talkAboutHealth()); // the new rule asks for three
        }

        // A restart offline: the cached welcome carries the new revision.
        const QString dir = app.dir.path();
        app.session.reset();
        Session restarted(dir);
        QVERIFY(restarted.loggedIn());
        QCOMPARE(restarted.programme()->revision(), qint64(2));
        QVERIFY(restarted.programme()->definition() == live.programme);
        QCOMPARE(restarted.programme()->phaseName(QStringLiteral("stay")),
                 QStringLiteral("Dagrehabilitering"));
    }

    // A server from before programmes sends a welcome without one: the device keeps its own.
    void aWelcomeWithoutOneKeepsWhatTheDeviceHad()
    {
        fixture::App app;
        app.session->adopt(welcomeWith(dayRehabilitation(), 3));
        app.session->adopt(fixture::welcome());
        QCOMPARE(app.session->programme()->programmeId(), QStringLiteral("test-dagrehab"));
        QCOMPARE(app.session->programme()->revision(), qint64(3));
    }

    void noDefinitionIsTheBuiltInPilot()
    {
        fixture::App app; // the fixture's welcome has none
        auto *programme = app.session->programme();
        QVERIFY(programme->builtin());
        QVERIFY(programme->definition() == bro::builtin_programme());
        deliverCase(app, "referral");
        JourneyModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        QCOMPARE(model.rowCount(), 6); // referral, preparation … completed
        QCOMPARE(model.nextPhase(), QStringLiteral("preparation"));
        app.session->setLanguage(QStringLiteral("nb"));
        QCOMPARE(programme->phaseName(QStringLiteral("preparation")),
                 QStringLiteral("Forberedelse"));
        ConsentModel consents(app.session.get());
        QCOMPARE(consents.guardianAgeLimit(), 16);
        QCOMPARE(consents.reviewMonths(), 6);
        // Signing out forgets a server's programme.
        app.session->adopt(welcomeWith(dayRehabilitation(), 1));
        QVERIFY(!programme->builtin());
        app.session->logout();
        QVERIFY(programme->builtin());
    }
};

QTEST_GUILESS_MAIN(TestProgrammeDefinition)
#include "tst_programme_definition.moc"
