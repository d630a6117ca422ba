// ConsentModel: a switch per organisation and category, consent until a date that lapses by
// itself, only the apprentice may change it, and the cached history from the server.

#include "AppFixture.h"
#include "domain/consent_texts.hpp"
#include "domain/schema.hpp"
#include "models/ConsentModel.h"
#include "store/Convert.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestConsentModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneRowPerOrganisationAndCategory()
    {
        fixture::App app;
        ConsentModel model(app.session.get());
        QAbstractItemModelTester tester(&model);
        model.setCaseId(QStringLiteral("case-1"));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.get(0).value(QStringLiteral("orgKind")).toString(),
                 QStringLiteral("training_office"));
        QCOMPARE(model.get(0).value(QStringLiteral("orgName")).toString(),
                 QStringLiteral("Opplæringskontoret"));
        QCOMPARE(model.get(0).value(QStringLiteral("category")).toString(),
                 QStringLiteral("goals"));
        QCOMPARE(model.get(5).value(QStringLiteral("orgKind")).toString(),
                 QStringLiteral("clinic"));
        for (int i = 0; i < model.rowCount(); ++i)
            QVERIFY(!model.get(i).value(QStringLiteral("granted")).toBool());
    }

    void grantAndWithdraw()
    {
        fixture::App app;
        ConsentModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QString until = convert::dateAfterDays(convert::today(), 30);
        QVERIFY2(model.set(QStringLiteral("org-cl"), QStringLiteral("checkins"), true, until),
                 qPrintable(model.lastError()));
        QCOMPARE(changed.count(), 1);
        const int row = model.indexOf(QStringLiteral("consent:case-1:org-cl:checkins"));
        QVERIFY(row >= 5);
        QCOMPARE(model.get(row).value(QStringLiteral("granted")).toBool(), true);
        QCOMPARE(model.get(row).value(QStringLiteral("until")).toString(), until);
        QVERIFY(model.isActive(QStringLiteral("org-cl"), QStringLiteral("checkins")));
        QVERIFY(model.set(QStringLiteral("org-cl"), QStringLiteral("checkins"), false));
        QVERIFY(!model.isActive(QStringLiteral("org-cl"), QStringLiteral("checkins")));
        QCOMPARE(model.get(row).value(QStringLiteral("until")).toString(), QString());
        QVERIFY(!model.set(QStringLiteral("org-cl"), QStringLiteral("messages"), true));
        QCOMPARE(model.lastError(), QStringLiteral("Ukjent kategori."));
        QVERIFY(!model.set(QStringLiteral("org-cl"), QStringLiteral("goals"), true,
                           QStringLiteral("2020-01-01")));
    }

    void consentLapsesByItself()
    {
        fixture::App app;
        ConsentModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        const QString yesterday = convert::dateAfterDays(convert::today(), -1);
        app.deliver(fixture::remoteRecord("consent:case-1:org-to:absence", bro::kind::consent,
                                          {{"org_id", "org-to"},
                                           {"category", "absence"},
                                           {"granted", true},
                                           {"until", yesterday.toStdString()}}));
        const int row = model.indexOf(QStringLiteral("consent:case-1:org-to:absence"));
        QCOMPARE(model.get(row).value(QStringLiteral("granted")).toBool(), true);
        QCOMPARE(model.get(row).value(QStringLiteral("active")).toBool(), false);
    }

    void defaultUntilIsTheEndOfThePhase()
    {
        fixture::App app;
        ConsentModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        QCOMPARE(model.defaultUntil(), QString());
        const QString since = convert::dateAfterDays(convert::today(), -10);
        app.deliver(fixture::remoteRecord(
            "case-1", bro::kind::case_file,
            {{"apprentice_id", "p-ap"}, {"phase", "stay"}, {"phase_since", since.toStdString()}}));
        QCOMPARE(model.defaultUntil(), convert::dateAfterDays(since, 28)); // a stay: four weeks
    }

    // The age rule as the device sees it (issue 12): the server writes on the case record until
    // when a guardian's yes is needed; a share of a health category is granted but waits, other
    // categories are in effect; once the guardian agreed (or the day passed) nothing waits.
    void healthSharesWaitForTheGuardian()
    {
        fixture::App app;
        ConsentModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        QSignalSpy guardian(&model, &ConsentModel::guardianChanged);
        QVERIFY(model.set(QStringLiteral("org-cl"), QStringLiteral("checkins"), true));
        QVERIFY(model.set(QStringLiteral("org-cl"), QStringLiteral("goals"), true));
        const int checkins = model.indexOf(QStringLiteral("consent:case-1:org-cl:checkins"));
        const int goals = model.indexOf(QStringLiteral("consent:case-1:org-cl:goals"));
        const auto waiting = [&](int row) {
            return model.get(row).value(QStringLiteral("awaitingGuardian")).toBool();
        };
        QCOMPARE(model.guardianNeededUntil(), QString());
        QVERIFY(!waiting(checkins));

        // The day of age has come: nothing waits.
        app.deliver(
            fixture::remoteRecord("case-1", bro::kind::case_file,
                                  {{"apprentice_id", "p-ap"},
                                   {"guardian_needed_until", convert::today().toStdString()}}));
        QCOMPARE(model.guardianNeededUntil(), QString());
        QVERIFY(!waiting(checkins));

        const QString birthday = convert::dateAfterDays(convert::today(), 200);
        app.deliver(fixture::remoteRecord("case-1", bro::kind::case_file,
                                          {{"guardian_needed_until", birthday.toStdString()}}));
        QCOMPARE(model.guardianNeededUntil(), birthday);
        QCOMPARE(guardian.count(), 1);
        QVERIFY(waiting(checkins));
        QVERIFY(model.get(checkins).value(QStringLiteral("active")).toBool()); // still granted
        QVERIFY(!waiting(goals)); // not a health category

        app.deliver(fixture::remoteRecord("case-1", bro::kind::case_file,
                                          {{"guardian_agreed", convert::today().toStdString()}}));
        QCOMPARE(model.guardianNeededUntil(), QString());
        QCOMPARE(guardian.count(), 2);
        QVERIFY(!waiting(checkins));
    }

    // A grant writes its receipt: the text the dialog showed (explanation), its version, to
    // whom; the history links to it; a withdrawal writes none (issue 12).
    void aGrantWritesItsReceipt()
    {
        fixture::App app;
        ConsentModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        QVERIFY(model.receipts().isEmpty());
        QVERIFY(model.set(QStringLiteral("org-cl"), QStringLiteral("checkins"), true));
        const auto receipts = model.receipts();
        QCOMPARE(receipts.size(), 1);
        const auto r = receipts.front().toMap();
        QCOMPARE(r.value(QStringLiteral("text")).toString(),
                 model.explanation(QStringLiteral("checkins")));
        QVERIFY(!r.value(QStringLiteral("text")).toString().isEmpty());
        QCOMPARE(r.value(QStringLiteral("textVersion")).toInt(),
                 bro::current_consent_text(bro::Category::checkins)->version);
        QCOMPARE(r.value(QStringLiteral("orgId")).toString(), QStringLiteral("org-cl"));
        QCOMPARE(r.value(QStringLiteral("consentId")).toString(),
                 QStringLiteral("consent:case-1:org-cl:checkins"));
        QCOMPARE(
            model
                .receiptFor(QStringLiteral("org-cl"), QStringLiteral("checkins"), convert::nowUtc())
                .value(QStringLiteral("recordId")),
            r.value(QStringLiteral("recordId")));
        QVERIFY(
            model
                .receiptFor(QStringLiteral("org-to"), QStringLiteral("checkins"), convert::nowUtc())
                .isEmpty());
        QVERIFY(model.set(QStringLiteral("org-cl"), QStringLiteral("checkins"), false));
        QCOMPARE(model.receipts().size(), 1);
    }

    // Being counted in the programme's figures (issue 24): off until the apprentice says yes, a
    // consent of its own to the programme with its receipt — and never a row in the sharing table.
    void beingCountedIsAConsentOfItsOwn()
    {
        fixture::App app;
        ConsentModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        QVERIFY(!model.counted());
        QSignalSpy counted(&model, &ConsentModel::countedChanged);
        QVERIFY2(model.setCounted(true), qPrintable(model.lastError()));
        QVERIFY(model.counted());
        QCOMPARE(counted.count(), 1);
        QCOMPARE(model.rowCount(), 10); // still two organisations × five categories
        const auto stored = app.store()->get(QStringLiteral("consent:case-1:programme:statistics"));
        QVERIFY(stored);
        QCOMPARE(stored->str("category"), std::string("statistics"));
        QVERIFY(stored->boolean("granted"));
        const auto receipts = model.receipts();
        QCOMPARE(receipts.size(), 1);
        const auto r = receipts.front().toMap();
        QCOMPARE(r.value(QStringLiteral("text")).toString(),
                 model.explanation(QStringLiteral("statistics")));
        QVERIFY(r.value(QStringLiteral("text")).toString().contains(QStringLiteral("under 5")));
        QVERIFY(model.setCounted(false));
        QVERIFY(!model.counted());
        // Statistics goes to the programme only; the programme is never given data.
        QVERIFY(!model.set(QStringLiteral("org-cl"), QStringLiteral("statistics"), true));
        QVERIFY(!model.set(QStringLiteral("programme"), QStringLiteral("goals"), true));
    }

    // "Still OK?" comes once for a grant without an end date older than the review period, and
    // an answer ends it; a younger grant or one with an end date is not asked about.
    void theReviewIsAskedOnce()
    {
        fixture::App app;
        ConsentModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        QCOMPARE(model.reviewMonths(), 6);
        const auto at = [](int daysAgo) {
            return (convert::dateAfterDays(convert::today(), -daysAgo) +
                    QStringLiteral("T08:00:00Z"))
                .toStdString();
        };
        app.deliver(fixture::remoteRecord("consent:case-1:org-cl:checkins", bro::kind::consent,
                                          {{"org_id", "org-cl"},
                                           {"category", "checkins"},
                                           {"granted", true},
                                           {"granted_at", at(200)}}));
        app.deliver(fixture::remoteRecord("consent:case-1:org-to:goals", bro::kind::consent,
                                          {{"org_id", "org-to"},
                                           {"category", "goals"},
                                           {"granted", true},
                                           {"granted_at", at(100)}}));
        app.deliver(fixture::remoteRecord(
            "consent:case-1:org-to:absence", bro::kind::consent,
            {{"org_id", "org-to"},
             {"category", "absence"},
             {"granted", true},
             {"granted_at", at(300)},
             {"until", convert::dateAfterDays(convert::today(), 30).toStdString()}}));
        QSignalSpy due(&model, &ConsentModel::reviewsDueChanged);
        QCOMPARE(model.reviewsDue().size(), 1);
        const auto item = model.reviewsDue().front().toMap();
        QCOMPARE(item.value(QStringLiteral("orgId")).toString(), QStringLiteral("org-cl"));
        QCOMPARE(item.value(QStringLiteral("category")).toString(), QStringLiteral("checkins"));
        QVERIFY(model.review(QStringLiteral("org-cl"), QStringLiteral("checkins"),
                             QStringLiteral("keep")));
        QVERIFY(due.count() >= 1);
        QVERIFY(model.reviewsDue().isEmpty()); // asked once
        QVERIFY(model.isActive(QStringLiteral("org-cl"), QStringLiteral("checkins")));
        // A shorter period brings the younger grant in; stopping ends the sharing itself.
        model.setReviewMonths(3);
        QCOMPARE(model.reviewsDue().size(), 1);
        QVERIFY(model.review(QStringLiteral("org-to"), QStringLiteral("goals"),
                             QStringLiteral("withdraw")));
        QVERIFY(!model.isActive(QStringLiteral("org-to"), QStringLiteral("goals")));
        QVERIFY(model.reviewsDue().isEmpty());
    }

    void aHelperIsNeverAskedToReview()
    {
        fixture::App app(bro::Role::adviser);
        ConsentModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        app.deliver(fixture::remoteRecord(
            "consent:case-1:org-to:checkins", bro::kind::consent,
            {{"org_id", "org-to"},
             {"category", "checkins"},
             {"granted", true},
             {"granted_at",
              (convert::dateAfterDays(convert::today(), -400) + QStringLiteral("T08:00:00Z"))
                  .toStdString()}}));
        QVERIFY(model.isActive(QStringLiteral("org-to"), QStringLiteral("checkins")));
        QVERIFY(model.reviewsDue().isEmpty());
    }

    void onlyTheApprenticeDecides()
    {
        fixture::App app(bro::Role::adviser);
        ConsentModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        QVERIFY(!model.canEdit());
        QVERIFY(!model.set(QStringLiteral("org-to"), QStringLiteral("goals"), true));
        QCOMPARE(model.lastError(), QStringLiteral("Bare lærlingen kan endre hva som deles."));
        QCOMPARE(app.session->pendingCount(), 0);
    }

    void historyFromTheServerCache()
    {
        fixture::App app;
        ConsentModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        QCOMPARE(model.history().size(), 0);
        QSignalSpy history(&model, &ConsentModel::historyChanged);
        bro::protocol::ConsentHistory h;
        h.id = "q1";
        h.case_id = "case-1";
        h.entries = {{1, "2026-01-01T10:00:00Z", "org-to", bro::Category::goals, true, ""},
                     {2, "2026-01-02T10:00:00Z", "org-to", bro::Category::goals, false, ""}};
        app.store()->setMeta(
            QStringLiteral("consent_history:case-1"),
            QString::fromStdString(bro::protocol::serialize(bro::protocol::ServerMessage(h))));
        QCOMPARE(history.count(), 1);
        const auto list = model.history();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].toMap().value(QStringLiteral("granted")).toBool(), false); // newest first
        QCOMPARE(list[0].toMap().value(QStringLiteral("orgName")).toString(),
                 QStringLiteral("Opplæringskontoret"));
        QCOMPARE(list[1].toMap().value(QStringLiteral("category")).toString(),
                 QStringLiteral("goals"));
    }
};

QTEST_GUILESS_MAIN(TestConsentModel)
#include "tst_consent_model.moc"
