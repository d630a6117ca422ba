// OutcomesModel (issue 24): the five points from the referral's dates, the apprentice's answer
// stored as an outcome record that goes out like every record, the adviser's status, and the
// referral written by the apprentice and answered by the clinician.

#include "AppFixture.h"
#include "domain/schema.hpp"
#include "models/OutcomesModel.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QSignalSpy>
#include <QTest>

namespace {

std::string day(int offset)
{
    return QDate::currentDate().addDays(offset).toString(Qt::ISODate).toStdString();
}

QString qday(int offset)
{
    return QString::fromStdString(day(offset));
}

// A referral whose stay ended `endedDaysAgo` days ago after four weeks.
void deliverReferral(fixture::App &app, int endedDaysAgo)
{
    app.deliver(fixture::remoteRecord(bro::referral_id(fixture::caseId), bro::kind::referral,
                                      {{"referred_by", "adviser"},
                                       {"referred_on", day(-endedDaysAgo - 60)},
                                       {"reason", "Sliten hele tiden"},
                                       {"decision", "accepted"},
                                       {"stay_start", day(-endedDaysAgo - 28)},
                                       {"stay_end", day(-endedDaysAgo)}}));
}

} // namespace

class TestOutcomesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutReferralNothingIsDue()
    {
        fixture::App app;
        OutcomesModel model(app.session.get());
        QAbstractItemModelTester tester(&model);
        model.setCaseId(QStringLiteral("case-1"));
        QCOMPARE(model.count(), 5);
        QVERIFY(!model.needsAnswer());
        QCOMPARE(model.referral().value(QStringLiteral("exists")).toBool(), false);
        QCOMPARE(model.waitingDays(), -1);
        QVERIFY(!model.answer(QStringLiteral("baseline"), {}, 5)); // no date yet
        QVERIFY(!model.lastError().isEmpty());
    }

    // The stay ended three days ago: baseline late, stay_end late, the rest upcoming; answering
    // writes one outcome record with the answers, dated today, and the point is answered.
    void apprenticeAnswersADuePoint()
    {
        fixture::App app;
        OutcomesModel model(app.session.get());
        QAbstractItemModelTester tester(&model);
        model.setCaseId(QStringLiteral("case-1"));
        QSignalSpy points(&model, &OutcomesModel::pointsChanged);
        deliverReferral(app, 3);
        QVERIFY(points.count() >= 1);
        QVERIFY(model.needsAnswer());
        QCOMPARE(model.nextPoint(), QStringLiteral("baseline"));
        QCOMPARE(model.nextState(), QStringLiteral("late"));
        const int end = model.rowOf(QStringLiteral("stay_end"));
        QCOMPARE(model.get(end).value(QStringLiteral("due")).toString(), qday(-3));
        QCOMPARE(model.get(end).value(QStringLiteral("state")).toString(), QStringLiteral("late"));
        QCOMPARE(model.get(model.rowOf(QStringLiteral("month_3")))
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("upcoming"));
        QCOMPARE(model.waitingDays(), 32); // 60 + 3 - (28 + 3) days from referral to the stay

        const int pendingBefore = app.store()->pendingCount();
        QVERIFY2(model.answer(QStringLiteral("stay_end"),
                              {{QStringLiteral("goal-1"), 1}, {QStringLiteral("goal-2"), -1}}, 6),
                 qPrintable(model.lastError()));
        QVERIFY(app.store()->pendingCount() > pendingBefore); // it goes out like every record
        const auto stored =
            app.store()->get(QString::fromStdString(bro::outcome_id("case-1", "stay_end")));
        QVERIFY(stored);
        QCOMPARE(stored->str("point"), std::string("stay_end"));
        QCOMPARE(stored->str("due"), day(-3));
        QCOMPARE(stored->integer("work_ability"), 6);
        QCOMPARE(stored->fields["goal_scores"]["goal-1"].get<int>(), 1);
        QCOMPARE(stored->fields["goal_scores"]["goal-2"].get<int>(), -1);
        QCOMPARE(stored->str("answered_on"), day(0));
        const auto row = model.get(end);
        QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("answered"));
        QCOMPARE(row.value(QStringLiteral("workAbility")).toInt(), 6);
        QCOMPARE(row.value(QStringLiteral("goalScores")).toMap().value("goal-1").toInt(), 1);
        // The baseline is still open.
        QCOMPARE(model.nextPoint(), QStringLiteral("baseline"));
        QVERIFY(model.answer(QStringLiteral("baseline"), {}, 4));
        QVERIFY(!model.needsAnswer());
        QCOMPARE(model.nextPoint(), QString());
    }

    void answersOutOfRangeAreRefused()
    {
        fixture::App app;
        OutcomesModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        deliverReferral(app, 3);
        QVERIFY(!model.answer(QStringLiteral("stay_end"), {}, 11));
        QVERIFY(!model.answer(QStringLiteral("stay_end"), {{QStringLiteral("goal-1"), 3}}, 5));
        QVERIFY(!app.store()->get(QString::fromStdString(bro::outcome_id("case-1", "stay_end"))));
    }

    void adviserSetsTheStatus()
    {
        fixture::App app(bro::Role::adviser);
        OutcomesModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        deliverReferral(app, 3);
        QVERIFY2(model.setStatus(QStringLiteral("stay_end"), QStringLiteral("in_training")),
                 qPrintable(model.lastError()));
        const auto row = model.get(model.rowOf(QStringLiteral("stay_end")));
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("in_training"));
        QCOMPARE(row.value(QStringLiteral("statusOn")).toString(), qday(0));
        // A status is not the apprentice's answer: the point still waits for them.
        QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("late"));
        QVERIFY(!model.setStatus(QStringLiteral("stay_end"), QStringLiteral("gone")));
    }

    // The apprentice writes the referral; it waits, counting the days; the clinic says yes and
    // dates the stay, and the waiting time becomes referral -> stay start.
    void referralFromWritingToTheStay()
    {
        fixture::App app;
        OutcomesModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        QVERIFY(!model.decideReferral(QStringLiteral("accepted"), {}));
        QVERIFY2(model.writeReferral(QStringLiteral("apprentice"), qday(-10),
                                     QStringLiteral("  Vondt i ryggen  ")),
                 qPrintable(model.lastError()));
        QCOMPARE(model.referral().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Vondt i ryggen"));
        QCOMPARE(model.referral().value(QStringLiteral("decision")).toString(),
                 QStringLiteral("waiting"));
        QCOMPARE(model.waitingDays(), 10);
        // Baseline is the referral's date while the stay has none: late, can still be answered.
        QCOMPARE(model.nextPoint(), QStringLiteral("baseline"));
        QVERIFY(model.decideReferral(QStringLiteral("accepted"), QStringLiteral("Velkommen")));
        QVERIFY(!model.setStayDates(qday(30), qday(2)));
        QVERIFY(model.setStayDates(qday(13), qday(41)));
        QCOMPARE(model.referral().value(QStringLiteral("decidedOn")).toString(), qday(0));
        QCOMPARE(model.waitingDays(), 23);
        QCOMPARE(model.get(0).value(QStringLiteral("due")).toString(), qday(13));
        QVERIFY(!model.needsAnswer()); // the baseline now waits for the stay
    }
};

QTEST_MAIN(TestOutcomesModel)
#include "tst_outcomes_model.moc"
