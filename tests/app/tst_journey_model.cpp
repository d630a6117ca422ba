// JourneyModel: phases with who is responsible and when each started, the handover checklist of
// the current phase, and advancing — only by the responsible role, only with the list complete.

#include "AppFixture.h"
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

} // namespace

class TestJourneyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phasesAndWhoIsResponsible()
    {
        fixture::App app;
        JourneyModel model;
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
        JourneyModel model;
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
};

QTEST_GUILESS_MAIN(TestJourneyModel)
#include "tst_journey_model.moc"
