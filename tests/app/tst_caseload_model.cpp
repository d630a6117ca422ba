// CaseloadModel (the helpers' overview) and the `shared` flag every case model carries: flags
// come from shared/domain/caseload over what this device may see, and a category that is not
// shared says so instead of looking empty — or, while a share waits for a parent's or guardian's
// yes, says that.

#include "AppFixture.h"
#include "domain/schema.hpp"
#include "models/AbsenceModel.h"
#include "models/CaseloadModel.h"
#include "models/CheckInsModel.h"
#include "models/ReturnPlanModel.h"
#include "store/Convert.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

std::string daysAgo(int n)
{
    return convert::dateAfterDays(convert::today(), -n).toStdString();
}

void deliverCase(fixture::App &app, int daysInPhase)
{
    app.deliver(fixture::remoteRecord(
        "case-1", bro::kind::case_file,
        {{"apprentice_id", "p-ap"}, {"phase", "referral"}, {"phase_since", daysAgo(daysInPhase)}}));
}

void deliverConsent(fixture::App &app, const char *category, bool granted)
{
    app.deliver(fixture::remoteRecord(
        std::string("consent:case-1:org-to:") + category, bro::kind::consent,
        {{"org_id", "org-to"}, {"category", category}, {"granted", granted}}));
}

void deliverAbsence(fixture::App &app, const std::string &id, int from, int days)
{
    app.deliver(fixture::remoteRecord(id, bro::kind::absence,
                                      {{"from", daysAgo(from)},
                                       {"to", daysAgo(from - days + 1)},
                                       {"kind", "sick"},
                                       {"health_related", true}}));
}

// Three cases: Aina (case-1, 3 days in phase), Bjørn (case-2, 10) and Cecilie (case-3, 20).
void threeCases(fixture::App &app)
{
    auto w = fixture::welcome(bro::Role::adviser);
    const std::pair<const char *, const char *> more[] = {{"case-2", "Bjørn Lærling"},
                                                          {"case-3", "Cecilie Lærling"}};
    for (const auto &[id, name] : more) {
        auto cs = w.cases.front();
        cs.case_id = id;
        cs.apprentice_id = std::string("p-") + id;
        cs.apprentice_name = name;
        w.cases.push_back(cs);
    }
    app.session->adopt(w);
    const std::pair<const char *, int> days[] = {{"case-1", 3}, {"case-2", 10}, {"case-3", 20}};
    for (const auto &[id, n] : days)
        app.deliver(fixture::remoteRecord(
            id, bro::kind::case_file,
            {{"apprentice_id", "p-ap"}, {"phase", "referral"}, {"phase_since", daysAgo(n)}}, id));
}

QStringList caseIds(const CaseloadModel &model)
{
    QStringList out;
    for (int i = 0; i < model.rowCount(); ++i)
        out << model.data(model.index(i), CaseloadModel::CaseIdRole).toString();
    return out;
}

} // namespace

class TestCaseloadModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flagsFromWhatIsShared()
    {
        fixture::App app(bro::Role::adviser);
        CaseloadModel model(app.session.get());
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.get(0).value(QStringLiteral("apprenticeName")).toString(),
                 QStringLiteral("Aina Lærling"));
        deliverCase(app, 18); // referral typically takes 21 days: the handover is due
        deliverConsent(app, "absence", true);
        deliverConsent(app, "goals", false); // withdrawn just now
        deliverAbsence(app, "a1", 25, 1);
        deliverAbsence(app, "a2", 15, 2);
        deliverAbsence(app, "a3", 5, 1);
        const auto row = model.get(0);
        QCOMPARE(row.value(QStringLiteral("phase")).toString(), QStringLiteral("referral"));
        QCOMPARE(row.value(QStringLiteral("daysInPhase")).toInt(), 18);
        QCOMPARE(row.value(QStringLiteral("talkAboutHealth")).toBool(), true);
        QCOMPARE(row.value(QStringLiteral("absenceRising")).toBool(), true);
        QCOMPARE(row.value(QStringLiteral("handoverDue")).toBool(), true);
        QCOMPARE(row.value(QStringLiteral("consentWithdrawn")).toBool(), true);
        QCOMPARE(row.value(QStringLiteral("absenceShared")).toBool(), true);
        // Check-ins are not shared: no flag can be raised about them, and none is.
        QCOMPARE(row.value(QStringLiteral("checkinsShared")).toBool(), false);
        QCOMPARE(row.value(QStringLiteral("checkinsMissing")).toBool(), false);
        QCOMPARE(row.value(QStringLiteral("lastCheckIn")).toString(), QString());
        QCOMPARE(row.value(QStringLiteral("flagCount")).toInt(), 3);

        const auto counts = model.flagCounts();
        QCOMPARE(counts.value(QStringLiteral("talkAboutHealth")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("handoverDue")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("checkinsFalling")).toInt(), 0);

        QSignalSpy countsChanged(&model, &CaseloadModel::flagCountsChanged);
        model.setFlagFilter(QStringLiteral("checkinsFalling"));
        QCOMPARE(model.rowCount(), 0);
        // The counts are of the whole caseload, not of what the filter leaves.
        QCOMPARE(model.flagCounts(), counts);
        QCOMPARE(countsChanged.count(), 0);
        model.setFlagFilter(QStringLiteral("talkAboutHealth"));
        QCOMPARE(model.rowCount(), 1);
    }

    // Sorting and filtering rearrange the rows last read (without reading the store again):
    // a filter hides, clearing it brings every case back, and the chips' counts stay.
    void filterAndSortKeepTheCaseload()
    {
        fixture::App app(bro::Role::adviser);
        deliverCase(app, 3);
        deliverConsent(app, "absence", true);
        for (int i = 0; i < 3; ++i)
            deliverAbsence(app, "abs-" + std::to_string(i), 30 - 8 * i, 1);
        CaseloadModel model(app.session.get());
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.rowCount(), 1);
        const auto counts = model.flagCounts();
        model.setFlagFilter(QStringLiteral("handoverDue"));
        const bool flagged = model.get(0).value(QStringLiteral("handoverDue")).toBool();
        QCOMPARE(model.rowCount(), flagged ? 1 : 0);
        model.setFlagFilter(QStringLiteral("consentWithdrawn"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.flagCounts(), counts);
        model.setSortBy(QStringLiteral("name"));
        QCOMPARE(model.rowCount(), 0);
        model.setFlagFilter(QString());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.count(), 1);
        // A change arriving while filtered still shows once the filter is cleared.
        model.setFlagFilter(QStringLiteral("consentWithdrawn"));
        deliverConsent(app, "absence", false);
        QCOMPARE(model.flagCounts().value(QStringLiteral("consentWithdrawn")).toInt(), 1);
        QCOMPARE(model.rowCount(), 1);
        model.setFlagFilter(QString());
        QCOMPARE(model.rowCount(), 1);
    }

    // A first sign-in announces held changes every 500 ms, one `changed` per case (and a
    // casesChanged for each case file): the caseload reads each case that changed once per
    // announcement, not every case once per signal (B8signin, 61 % of it in the re-reads).
    void anAnnouncementReadsOnlyTheCasesThatChanged()
    {
        fixture::App app(bro::Role::adviser);
        threeCases(app);
        CaseloadModel model(app.session.get());
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.casesRead(), 3);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QPersistentModelIndex aina = model.index(caseIds(model).indexOf("case-1"));

        Store *store = app.store();
        store->holdChanges();
        app.deliver(fixture::remoteRecord("case-2", bro::kind::case_file,
                                          {{"phase", "stay"}, {"phase_since", daysAgo(1)}},
                                          "case-2"));
        app.deliver(fixture::remoteRecord("case-3-c1", bro::kind::checkin,
                                          {{"date", daysAgo(1)}, {"mood", 2}, {"energy", 2}},
                                          "case-3"));
        QCOMPARE(model.casesRead(), 3); // held: nothing read yet
        store->releaseChanges();
        QCOMPARE(model.casesRead(), 5); // case-2 and case-3, once each
        QCOMPARE(reset.count(), 0);
        QVERIFY(aina.isValid());
        QCOMPARE(aina.data(CaseloadModel::CaseIdRole).toString(), QStringLiteral("case-1"));
        const int bjorn = static_cast<int>(caseIds(model).indexOf("case-2"));
        QCOMPARE(model.data(model.index(bjorn), CaseloadModel::PhaseRole).toString(),
                 QStringLiteral("stay"));

        // A change outside an announcement (here a purge) is read at once, that case only.
        store->purge("case-3", {bro::Category::checkins});
        QCOMPARE(model.casesRead(), 6);
        // A welcome again (a reconnect) with the same cases reads nothing.
        app.session->adopt(app.session->welcome());
        QCOMPARE(model.casesRead(), 6);
        QCOMPARE(model.rowCount(), 3);
    }

    // Sorting moves rows: a view keeps the delegates of the rows (a reset re-created all of them;
    // B8sort), and persistent indexes follow their case.
    void sortingMovesRows()
    {
        fixture::App app(bro::Role::adviser);
        threeCases(app);
        CaseloadModel model(app.session.get());
        QAbstractItemModelTester tester(&model);
        model.setSortBy(QStringLiteral("name"));
        QCOMPARE(caseIds(model), QStringList({"case-1", "case-2", "case-3"}));
        QList<QPersistentModelIndex> rows;
        for (int i = 0; i < 3; ++i)
            rows << QPersistentModelIndex(model.index(i));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        const int read = model.casesRead();

        model.setSortBy(QStringLiteral("daysInPhase")); // most days first
        QCOMPARE(caseIds(model), QStringList({"case-3", "case-2", "case-1"}));
        QCOMPARE(reset.count(), 0);
        QVERIFY(moved.count() > 0);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(rows[i].isValid());
            QCOMPARE(rows[i].data(CaseloadModel::CaseIdRole).toString(),
                     QStringLiteral("case-%1").arg(i + 1));
        }
        QCOMPARE(rows[0].row(), 2);
        QCOMPARE(model.casesRead(), read); // sorting reads nothing

        // Filtering removes and inserts rows; the ones that stay keep their index.
        model.setFlagFilter(QStringLiteral("consentWithdrawn"));
        QCOMPARE(model.rowCount(), 0);
        model.setFlagFilter(QString());
        QCOMPARE(caseIds(model), QStringList({"case-3", "case-2", "case-1"}));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.apprenticeNameOf(QStringLiteral("case-2")), QStringLiteral("Bjørn Lærling"));
        QCOMPARE(model.daysInPhaseOf(QStringLiteral("case-3")), 20);
        QCOMPARE(model.daysInPhaseOf(QStringLiteral("nope")), -1);
    }

    void checkinsMissingOnceShared()
    {
        fixture::App app(bro::Role::adviser);
        deliverCase(app, 2);
        deliverConsent(app, "checkins", true);
        app.deliver(fixture::remoteRecord(
            "c1", bro::kind::checkin,
            {{"date", daysAgo(10)}, {"mood", 3}, {"energy", 3}, {"sleep", 3}, {"pain", 1}}));
        CaseloadModel model(app.session.get());
        QCOMPARE(model.get(0).value(QStringLiteral("checkinsShared")).toBool(), true);
        QCOMPARE(model.get(0).value(QStringLiteral("checkinsMissing")).toBool(), true);
        QCOMPARE(model.get(0).value(QStringLiteral("lastCheckIn")).toString(),
                 QString::fromStdString(daysAgo(10)));
        QCOMPARE(model.get(0).value(QStringLiteral("handoverDue")).toBool(), false);
    }

    void modelsSayWhenNotShared()
    {
        fixture::App app(bro::Role::adviser);
        CheckInsModel checkins(app.session.get());
        checkins.setCaseId(QStringLiteral("case-1"));
        QCOMPARE(checkins.shared(), false);
        QSignalSpy shared(&checkins, &CaseModel::sharedChanged);
        deliverConsent(app, "checkins", true);
        QCOMPARE(shared.count(), 1);
        QCOMPARE(checkins.shared(), true);
        // The apprentice always sees her own data.
        fixture::App own;
        CheckInsModel mine(own.session.get());
        mine.setCaseId(QStringLiteral("case-1"));
        QCOMPARE(mine.shared(), true);
    }

    // The apprentice shares check-ins and absence, but is under the age limit and no guardian's
    // yes is recorded (the server tells the care team only `awaiting_guardian`): the caseload and
    // the return plan say the share waits, neither "not shared" nor "no check-ins"/"no absence",
    // and no flag is raised about check-ins that cannot arrive. The yes lifts it.
    void aShareWaitingForTheGuardianSaysSo()
    {
        fixture::App app(bro::Role::adviser);
        deliverCase(app, 2);
        deliverConsent(app, "checkins", true);
        deliverConsent(app, "absence", true);
        app.deliver(
            fixture::remoteRecord("case-1", bro::kind::case_file, {{"awaiting_guardian", true}}));
        CaseloadModel caseload(app.session.get());
        ReturnPlanModel plan(app.session.get());
        plan.setCaseId(QStringLiteral("case-1"));
        const auto row = caseload.get(0);
        QCOMPARE(row.value(QStringLiteral("checkinsShared")).toBool(), false);
        QCOMPARE(row.value(QStringLiteral("checkinsAwaitingGuardian")).toBool(), true);
        QCOMPARE(row.value(QStringLiteral("absenceShared")).toBool(), false);
        QCOMPARE(row.value(QStringLiteral("checkinsMissing")).toBool(), false);
        QCOMPARE(plan.absenceShared(), false);
        QCOMPARE(plan.absenceAwaitingGuardian(), true);

        QSignalSpy planShared(&plan, &ReturnPlanModel::absenceSharedChanged);
        app.deliver(
            fixture::remoteRecord("case-1", bro::kind::case_file, {{"awaiting_guardian", false}}));
        const auto after = caseload.get(0);
        QCOMPARE(after.value(QStringLiteral("checkinsShared")).toBool(), true);
        QCOMPARE(after.value(QStringLiteral("checkinsAwaitingGuardian")).toBool(), false);
        QCOMPARE(after.value(QStringLiteral("absenceShared")).toBool(), true);
        QCOMPARE(planShared.count(), 1);
        QCOMPARE(plan.absenceShared(), true);
        QCOMPARE(plan.absenceAwaitingGuardian(), false);
    }

    void absencePatternAndMonths()
    {
        fixture::App app;
        AbsenceModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        QVERIFY(!model.talkAboutHealth());
        QSignalSpy pattern(&model, &AbsenceModel::patternChanged);
        model.add({{QStringLiteral("from"), QString::fromStdString(daysAgo(3))},
                   {QStringLiteral("to"), QString::fromStdString(daysAgo(0))},
                   {QStringLiteral("kind"), QStringLiteral("sick")},
                   {QStringLiteral("healthRelated"), true}});
        model.add({{QStringLiteral("from"), QString::fromStdString(daysAgo(10))},
                   {QStringLiteral("kind"), QStringLiteral("personal")}});
        QVERIFY(pattern.count() >= 1);
        QCOMPARE(model.recentEpisodes(), 2);
        QCOMPARE(model.recentDays(), 5);
        QVERIFY(model.talkAboutHealth()); // five days within 30
        int days = 0, health = 0;
        for (const auto &m : model.monthTotals()) {
            days += m.toMap().value(QStringLiteral("days")).toInt();
            health += m.toMap().value(QStringLiteral("healthDays")).toInt();
        }
        QCOMPARE(days, 5);
        QCOMPARE(health, 4);
    }
};

QTEST_GUILESS_MAIN(TestCaseloadModel)
#include "tst_caseload_model.moc"
