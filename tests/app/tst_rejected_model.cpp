// RejectedModel: a change the server refused is listed with a readable reason until dismissed,
// and the Session counts it.

#include "AppFixture.h"
#include "domain/schema.hpp"
#include "models/GoalsModel.h"
#include "models/RejectedModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestRejectedModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rejectedChangesAreShownUntilDismissed()
    {
        fixture::App app;
        GoalsModel goals(app.session.get());
        goals.setCaseId(QStringLiteral("case-1"));
        const QString id = goals.add(QStringLiteral("Fagbrev"));
        RejectedModel model(app.session.get());
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy count(app.session.get(), &Session::rejectedCountChanged);
        auto outbox = app.store()->local().outbox();
        std::vector<bro::protocol::Accepted> accepted;
        std::vector<bro::protocol::Rejected> rejected;
        for (const auto &c : outbox) {
            if (c.field == "title")
                rejected.push_back({c.op, "forbidden", "not on the care team"});
            else
                accepted.push_back({c.op, 10});
        }
        app.store()->acknowledge(accepted, rejected);
        QCOMPARE(app.session->pendingCount(), 0);
        QCOMPARE(app.session->rejectedCount(), 1);
        QCOMPARE(count.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        const auto row = model.get(0);
        QCOMPARE(row.value(QStringLiteral("kind")).toString(), QStringLiteral("goal"));
        QCOMPARE(row.value(QStringLiteral("field")).toString(), QStringLiteral("title"));
        QCOMPARE(row.value(QStringLiteral("code")).toString(), QStringLiteral("forbidden"));
        QCOMPARE(row.value(QStringLiteral("recordId")).toString(), id);
        QCOMPARE(row.value(QStringLiteral("value")).toString(), QStringLiteral("Fagbrev"));
        QCOMPARE(row.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Du har ikke lov til å gjøre denne endringen."));
        QVERIFY(model.dismiss(row.value(QStringLiteral("op")).toString()));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(app.session->rejectedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRejectedModel)
#include "tst_rejected_model.moc"
