// CheckInsModel: one check-in a day, newest first, the "checked in today" flag, series for the
// trend chart, and validation messages for out-of-range or missing measures.

#include "AppFixture.h"
#include "domain/schema.hpp"
#include "models/CheckInsModel.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QSignalSpy>
#include <QTest>

namespace {

std::string daysAgo(int n)
{
    return QDate::currentDate().addDays(-n).toString(Qt::ISODate).toStdString();
}

QVariantMap values(int mood, int energy, int sleep, int pain)
{
    return {{QStringLiteral("mood"), mood},
            {QStringLiteral("energy"), energy},
            {QStringLiteral("sleep"), sleep},
            {QStringLiteral("pain"), pain}};
}

} // namespace

class TestCheckInsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkInToday()
    {
        fixture::App app;
        CheckInsModel model(app.session.get());
        QAbstractItemModelTester tester(&model);
        model.setCaseId(QStringLiteral("case-1"));
        QVERIFY(!model.checkedInToday());
        QSignalSpy today(&model, &CheckInsModel::checkedInTodayChanged);
        auto v = values(4, 3, 2, 1);
        v.insert(QStringLiteral("work"), 5);
        v.insert(QStringLiteral("note"), QStringLiteral("  God dag  "));
        QVERIFY2(model.checkIn(v), qPrintable(model.lastError()));
        QCOMPARE(today.count(), 1);
        QVERIFY(model.checkedInToday());
        QCOMPARE(model.rowCount(), 1);
        const auto row = model.get(0);
        QCOMPARE(row.value(QStringLiteral("date")).toString(),
                 QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(row.value(QStringLiteral("mood")).toInt(), 4);
        QCOMPARE(row.value(QStringLiteral("work")).toInt(), 5);
        QCOMPARE(row.value(QStringLiteral("note")).toString(), QStringLiteral("God dag"));
        // A second check-in the same day updates it.
        QVERIFY(model.checkIn(values(5, 5, 5, 0)));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.get(0).value(QStringLiteral("mood")).toInt(), 5);
    }

    // Issue 25: two weeks of falling check-ins ask the apprentice — never a helper — and an
    // answer puts the question away for the programme's ask_again_days.
    void theEarlyWarningAsksTheApprenticeOnce()
    {
        const QDate today = QDate::currentDate();
        const auto deliverDays = [](fixture::App &app) {
            for (int d = 27; d >= 0; --d) {
                const QString date = QDate::currentDate().addDays(-d).toString(Qt::ISODate);
                const int score = d >= 14 ? 4 : 2;
                app.deliver(fixture::remoteRecord("checkin-" + date.toStdString(),
                                                  bro::kind::checkin,
                                                  {{"date", date.toStdString()},
                                                   {"mood", score},
                                                   {"energy", score},
                                                   {"sleep", 3},
                                                   {"pain", 2}}));
            }
        };
        {
            fixture::App app;
            deliverDays(app);
            CheckInsModel model(app.session.get());
            model.setCaseId(QStringLiteral("case-1"));
            QCOMPARE(model.earlyWarning(), QStringLiteral("falling"));
            QSignalSpy changed(&model, &CheckInsModel::earlyWarningChanged);
            model.answerEarlyWarning();
            QCOMPARE(model.earlyWarning(), QString());
            QCOMPARE(changed.count(), 1);
            // Answered long enough ago: asked again.
            app.store()->setMeta(QStringLiteral("early_warning_answered:case-1"),
                                 today.addDays(-14).toString(Qt::ISODate));
            CheckInsModel later(app.session.get());
            later.setCaseId(QStringLiteral("case-1"));
            QCOMPARE(later.earlyWarning(), QStringLiteral("falling"));
        }
        fixture::App adviser(bro::Role::adviser);
        deliverDays(adviser);
        CheckInsModel theirs(adviser.session.get());
        theirs.setCaseId(QStringLiteral("case-1"));
        QCOMPARE(theirs.earlyWarning(), QString()); // only the apprentice is asked
    }

    void refusedValuesAreExplained()
    {
        fixture::App app;
        CheckInsModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        QVERIFY(!model.checkIn(values(7, 3, 3, 0)));
        QCOMPARE(model.lastError(), QStringLiteral("Humøret må være mellom 1 og 5."));
        QVERIFY(!model.checkIn(values(3, 3, 3, 11)));
        QCOMPARE(model.lastError(), QStringLiteral("Smerten må være mellom 0 og 10."));
        QVERIFY(!model.checkIn({{QStringLiteral("mood"), 3},
                                {QStringLiteral("energy"), 3},
                                {QStringLiteral("pain"), 0}}));
        QCOMPARE(model.lastError(), QStringLiteral("Søvnen må fylles ut."));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(app.session->pendingCount(), 0);
    }

    void newestFirstAndSeriesOldestFirst()
    {
        fixture::App app;
        CheckInsModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        std::vector<bro::Change> changes;
        for (int d : {40, 10, 3, 1}) {
            auto c = fixture::remoteRecord("ci-" + std::to_string(d), bro::kind::checkin,
                                           {{"date", daysAgo(d)},
                                            {"mood", 1 + d % 5},
                                            {"energy", 3},
                                            {"sleep", 3},
                                            {"pain", 2}});
            changes.insert(changes.end(), c.begin(), c.end());
        }
        app.deliver(changes);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.get(0).value(QStringLiteral("date")).toString(),
                 QString::fromStdString(daysAgo(1)));
        QCOMPARE(model.get(3).value(QStringLiteral("date")).toString(),
                 QString::fromStdString(daysAgo(40)));
        QVERIFY(!model.checkedInToday());
        const auto series = model.series(QStringLiteral("mood"), 28);
        QCOMPARE(series.size(), 3); // 40 days ago is outside four weeks
        QCOMPARE(series.first().toMap().value(QStringLiteral("date")).toString(),
                 QString::fromStdString(daysAgo(10)));
        QCOMPARE(series.first().toMap().value(QStringLiteral("value")).toInt(), 1);
        QCOMPARE(series.last().toMap().value(QStringLiteral("value")).toInt(), 2);
        QCOMPARE(model.series(QStringLiteral("work"), 28).size(), 0); // not given: left out
        QCOMPARE(model.series(QStringLiteral("nonsense"), 28).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCheckInsModel)
#include "tst_checkins_model.moc"
