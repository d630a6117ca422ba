// JourneyModel: phases with who is responsible and when each started, the handover checklist of
// the current phase, and advancing — only by the responsible role, only with the list complete.

#include "AppFixture.h"
#include "domain/handover.hpp"
#include "domain/schema.hpp"
#include "models/JourneyModel.h"
#include "store/Convert.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

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

QVariantMap itemOf(const JourneyModel &model, const QString &itemId)
{
    for (const auto &v : model.checklist())
        if (v.toMap().value(QStringLiteral("itemId")).toString() == itemId)
            return v.toMap();
    return {};
}

// Another helper's tick as their device sends it: the fields JourneyModel itself would write.
std::vector<bro::Change> tickFrom(const char *personId, const char *itemId, bool done,
                                  const std::string &explanation = {})
{
    return fixture::remoteRecord(
        bro::handover_id(fixture::caseId, bro::Phase::stay), bro::kind::handover,
        bro::handover_tick("stay", itemId, {done, explanation, personId, "2026-11-24T09:30:00Z"}));
}

} // namespace

class TestJourneyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phasesAndWhoIsResponsible()
    {
        fixture::App app;
        JourneyModel model(app.session.get());
        QAbstractItemModelTester tester(&model);
        model.setCaseId(QStringLiteral("case-1"));
        QCOMPARE(model.rowCount(), 0); // no case record yet
        QSignalSpy sessionJourney(app.session.get(), &Session::journeyChanged);
        deliverCase(app, "referral");
        QVERIFY(sessionJourney.count() >= 1);
        QCOMPARE(model.rowCount(), 6); // referral … completed
        auto first = model.get(0);
        QCOMPARE(first.value(QStringLiteral("phase")).toString(), QStringLiteral("referral"));
        QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("current"));
        QCOMPARE(first.value(QStringLiteral("started")).toString(), QStringLiteral("2026-01-05"));
        QCOMPARE(first.value(QStringLiteral("responsibleRole")).toString(),
                 QStringLiteral("adviser"));
        QCOMPARE(first.value(QStringLiteral("responsibleOrgKind")).toString(),
                 QStringLiteral("training_office"));
        QCOMPARE(first.value(QStringLiteral("responsibleName")).toString(),
                 QStringLiteral("Kari Rådgiver"));
        auto stay = model.get(2);
        QCOMPARE(stay.value(QStringLiteral("phase")).toString(), QStringLiteral("stay"));
        QCOMPARE(stay.value(QStringLiteral("state")).toString(), QStringLiteral("upcoming"));
        QCOMPARE(stay.value(QStringLiteral("responsibleName")).toString(),
                 QStringLiteral("Ingrid Kliniker"));
        // The Session says the same for Today.
        QCOMPARE(app.session->phase(), QStringLiteral("referral"));
        QCOMPARE(app.session->phaseSince(), QStringLiteral("2026-01-05"));
        QCOMPARE(app.session->responsibleName(), QStringLiteral("Kari Rådgiver"));
        QCOMPARE(app.session->responsibleOrgKind(), QStringLiteral("training_office"));
        QCOMPARE(model.checklist().size(), 3);
        QVERIFY(!model.canAdvance()); // the apprentice does not advance the phase
        QVERIFY(!model.advance());
        QVERIFY(!model.lastError().isEmpty());
    }

    void adviserTicksAndAdvances()
    {
        fixture::App app(bro::Role::adviser);
        deliverCase(app, "referral");
        JourneyModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        QVERIFY(!model.canAdvance());
        QVERIFY(!model.advance());
        QCOMPARE(model.lastError(),
                 QStringLiteral("Kryss av eller forklar alle punktene på sjekklisten først."));
        QVERIFY(!model.setChecklistItem(QStringLiteral("nonsense"), true));
        const auto items = model.checklist();
        QVERIFY(model.setChecklistItem(items[0].toMap().value(QStringLiteral("itemId")).toString(),
                                       true));
        QVERIFY(model.setChecklistItem(items[1].toMap().value(QStringLiteral("itemId")).toString(),
                                       true));
        QVERIFY(!model.canAdvance());
        // Not done, but explained: that counts.
        QVERIFY(model.setChecklistItem(items[2].toMap().value(QStringLiteral("itemId")).toString(),
                                       false, QStringLiteral("Henvisningen sendes av fastlegen")));
        QCOMPARE(model.checklist()[0].toMap().value(QStringLiteral("done")).toBool(), true);
        QCOMPARE(model.checklist()[2].toMap().value(QStringLiteral("explanation")).toString(),
                 QStringLiteral("Henvisningen sendes av fastlegen"));
        QVERIFY(model.checklistComplete());
        QVERIFY(model.canAdvance());
        QVERIFY2(model.advance(), qPrintable(model.lastError()));
        QCOMPARE(model.phase(), QStringLiteral("preparation"));
        QCOMPARE(model.get(0).value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(model.get(1).value(QStringLiteral("state")).toString(), QStringLiteral("current"));
        QCOMPARE(model.get(1).value(QStringLiteral("started")).toString(), convert::today());
        QCOMPARE(app.session->phase(), QStringLiteral("preparation"));
        QCOMPARE(model.checklist().size(), 3); // the preparation phase's own list
        QVERIFY(!model.checklistComplete());
        QVERIFY(app.session->pendingCount() > 0);
    }

    // Issue 25: a programme's own phases, one of which may be skipped. The one who leads now
    // may start the phase after it; the skipped phase reads "skipped" on the journey.
    void aSkippablePhaseIsOfferedAndSkipped()
    {
        fixture::App app(bro::Role::adviser);
        bro::Programme p = app.session->programme()->definition();
        p.id = "own-journey";
        p.phases[1].id = "kartlegging"; // the pilot's preparation, renamed and made skippable
        p.phases[1].skippable = true;
        app.session->programme()->setDefinition(p, 1, false);
        deliverCase(app, "referral");
        JourneyModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        QCOMPARE(model.nextPhase(), QStringLiteral("kartlegging"));
        QCOMPARE(model.skipTo(), QStringLiteral("stay"));
        QVERIFY(!model.skip()); // the checklist still comes first
        for (const auto &v : model.checklist())
            QVERIFY(
                model.setChecklistItem(v.toMap().value(QStringLiteral("itemId")).toString(), true));
        QVERIFY2(model.skip(), qPrintable(model.lastError()));
        QCOMPARE(model.phase(), QStringLiteral("stay"));
        QCOMPARE(model.get(1).value(QStringLiteral("phase")).toString(),
                 QStringLiteral("kartlegging"));
        QCOMPARE(model.get(1).value(QStringLiteral("state")).toString(), QStringLiteral("skipped"));
        QCOMPARE(model.get(2).value(QStringLiteral("state")).toString(), QStringLiteral("current"));
        QCOMPARE(model.skipTo(), QString()); // the phase after the stay may not be skipped
        QVERIFY(!model.skip());
        QCOMPARE(model.lastError(), QStringLiteral("Neste fase kan ikke hoppes over."));
    }

    // Each item keeps who ticked it and when, in its own field of the handover record.
    void aTickSaysWhoAndWhen()
    {
        fixture::App app(bro::Role::clinician);
        deliverCase(app, "stay");
        JourneyModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        QVERIFY(model.setChecklistItem(QStringLiteral("return_plan"), true));
        const auto item = itemOf(model, QStringLiteral("return_plan"));
        QCOMPARE(item.value(QStringLiteral("done")).toBool(), true);
        QCOMPARE(item.value(QStringLiteral("by")).toString(), QStringLiteral("p-cl"));
        QCOMPARE(item.value(QStringLiteral("byName")).toString(),
                 QStringLiteral("Ingrid Kliniker"));
        QVERIFY(item.value(QStringLiteral("at")).toString().endsWith(QLatin1Char('Z')));
        const auto stored =
            app.store()->get(QString::fromStdString(bro::handover_id("case-1", bro::Phase::stay)));
        QVERIFY(stored);
        QVERIFY(stored->fields.contains(bro::handover_item_field("return_plan")));
        QVERIFY(!stored->fields.contains(bro::handover_item_field("handover_meeting")));
        QVERIFY(!stored->fields.contains("items"));
    }

    // The promise behind one field per item: my tick and a colleague's tick of another item,
    // both made offline, are both there once their change arrives (and theirs is the later one).
    void aColleaguesOfflineTickOfAnotherItemKeepsMine()
    {
        fixture::App app(bro::Role::clinician);
        deliverCase(app, "stay");
        JourneyModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        QVERIFY(model.setChecklistItem(QStringLiteral("return_plan"), true));
        QTest::qWait(5); // their change is later than mine
        QSignalSpy changed(&model, &JourneyModel::journeyChanged);
        app.deliver(tickFrom("p-adv", "handover_meeting", true), 2);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(
            itemOf(model, QStringLiteral("return_plan")).value(QStringLiteral("by")).toString(),
            QStringLiteral("p-cl"));
        const auto theirs = itemOf(model, QStringLiteral("handover_meeting"));
        QCOMPARE(theirs.value(QStringLiteral("done")).toBool(), true);
        QCOMPARE(theirs.value(QStringLiteral("byName")).toString(),
                 QStringLiteral("Kari Rådgiver"));
        QVERIFY(model.checklistComplete());
        QVERIFY(model.canAdvance());
        // The same item from them later: last writer wins, their explanation replaces my tick.
        app.deliver(tickFrom("p-adv", "return_plan", false, "Planen lages hos bedriften"), 3);
        const auto replaced = itemOf(model, QStringLiteral("return_plan"));
        QCOMPARE(replaced.value(QStringLiteral("done")).toBool(), false);
        QCOMPARE(replaced.value(QStringLiteral("explanation")).toString(),
                 QStringLiteral("Planen lages hos bedriften"));
        QVERIFY(model.checklistComplete()); // explained counts
    }

    // A handover record from before one field per item (the whole list in `items`) still shows
    // its ticks; a new tick of another item leaves them be.
    void oldItemsRecordStillShowsItsTicks()
    {
        fixture::App app(bro::Role::clinician);
        deliverCase(app, "stay");
        app.deliver(fixture::remoteRecord(
                        bro::handover_id(fixture::caseId, bro::Phase::stay), bro::kind::handover,
                        {{"phase", "stay"},
                         {"items", {{"return_plan", {{"done", true}, {"explanation", ""}}}}}}),
                    2);
        JourneyModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        const auto old = itemOf(model, QStringLiteral("return_plan"));
        QCOMPARE(old.value(QStringLiteral("done")).toBool(), true);
        QCOMPARE(old.value(QStringLiteral("byName")).toString(), QString()); // not recorded then
        QVERIFY(!model.checklistComplete());
        QVERIFY(model.setChecklistItem(QStringLiteral("handover_meeting"), true));
        QCOMPARE(
            itemOf(model, QStringLiteral("return_plan")).value(QStringLiteral("done")).toBool(),
            true);
        QVERIFY(model.checklistComplete());
        QVERIFY2(model.advance(), qPrintable(model.lastError()));
        QCOMPARE(model.phase(), QStringLiteral("return_to_work"));
    }

    // Texts by item id from the programme's definition, in the UI language.
    void checklistTextsFollowTheLanguage()
    {
        fixture::App app(bro::Role::clinician);
        deliverCase(app, "stay");
        app.session->setLanguage(QStringLiteral("en"));
        JourneyModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        QCOMPARE(itemOf(model, QStringLiteral("handover_meeting")).value(QStringLiteral("text")),
                 QVariant(QStringLiteral(
                     "The handover meeting with the training office has been held")));
        QSignalSpy changed(&model, &JourneyModel::journeyChanged);
        app.session->setLanguage(QStringLiteral("nb")); // the model re-reads its texts
        QVERIFY(changed.count() >= 1);
        QCOMPARE(itemOf(model, QStringLiteral("handover_meeting")).value(QStringLiteral("text")),
                 QVariant(QStringLiteral("Overføringsmøte med opplæringskontoret er holdt")));
        app.session->setLanguage(QStringLiteral("en"));
        QCOMPARE(itemOf(model, QStringLiteral("return_plan")).value(QStringLiteral("text")),
                 QVariant(QStringLiteral("A plan for the return to work has been made together "
                                         "with the apprentice")));
    }
};

QTEST_GUILESS_MAIN(TestJourneyModel)
#include "tst_journey_model.moc"
