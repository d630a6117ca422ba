// ConsentModel: a switch per organisation and category, consent until a date that lapses by
// itself, only the apprentice may change it, and the cached history from the server.

#include "AppFixture.h"
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
        ConsentModel model;
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
        ConsentModel model;
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
        ConsentModel model;
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
        ConsentModel model;
        model.setCaseId(QStringLiteral("case-1"));
        QCOMPARE(model.defaultUntil(), QString());
        const QString since = convert::dateAfterDays(convert::today(), -10);
        app.deliver(fixture::remoteRecord(
            "case-1", bro::kind::case_file,
            {{"apprentice_id", "p-ap"}, {"phase", "stay"}, {"phase_since", since.toStdString()}}));
        QCOMPARE(model.defaultUntil(), convert::dateAfterDays(since, 28)); // a stay: four weeks
    }

    void onlyTheApprenticeDecides()
    {
        fixture::App app(bro::Role::adviser);
        ConsentModel model;
        model.setCaseId(QStringLiteral("case-1"));
        QVERIFY(!model.canEdit());
        QVERIFY(!model.set(QStringLiteral("org-to"), QStringLiteral("goals"), true));
        QCOMPARE(model.lastError(), QStringLiteral("Bare lærlingen kan endre hva som deles."));
        QCOMPARE(app.session->pendingCount(), 0);
    }

    void historyFromTheServerCache()
    {
        fixture::App app;
        ConsentModel model;
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
