// A model or printer reads the Session it is given and nothing else (issue #26): two devices'
// Sessions live side by side in one process, each model shows its own store whichever Session
// was made last, and follows its Session when it is given another or signs someone else in.

#include "AppFixture.h"
#include "domain/schema.hpp"
#include "figures/published_programme.hpp"
#include "models/GoalsModel.h"
#include "models/ProgrammeModel.h"
#include "print/PlanPrinter.h"
#include "sync/protocol.hpp"

#include <QSignalSpy>
#include <QTest>

namespace {

void deliverGoal(fixture::App &app, const std::string &id, const char *title)
{
    app.deliver(
        fixture::remoteRecord(id, bro::kind::goal, {{"title", title}, {"status", "active"}}));
}

QString titleAt(const GoalsModel &m, int row)
{
    return m.get(row).value(QStringLiteral("title")).toString();
}

} // namespace

class TestModelAlone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoSessionsAtOnceEachModelReadsItsOwnStore()
    {
        fixture::App first;
        fixture::App second; // made last: a model reaching for "the" Session would find this one
        QVERIFY(first.store() != second.store());
        deliverGoal(first, "goal-first", "Sove bedre");
        deliverGoal(second, "goal-second", "Ta truckførerbevis");

        GoalsModel onFirst(first.session.get());
        GoalsModel onSecond(second.session.get());
        onFirst.setCaseId(QString::fromLatin1(fixture::caseId));
        onSecond.setCaseId(QString::fromLatin1(fixture::caseId));
        QCOMPARE(onFirst.count(), 1);
        QCOMPARE(titleAt(onFirst, 0), QStringLiteral("Sove bedre"));
        QCOMPARE(onSecond.count(), 1);
        QCOMPARE(titleAt(onSecond, 0), QStringLiteral("Ta truckførerbevis"));

        // A write through one model lands in its own store only.
        QVERIFY(!onFirst.add(QStringLiteral("Møte opp hver dag")).isEmpty());
        QCOMPARE(onFirst.count(), 2);
        QCOMPARE(onSecond.count(), 1);
        QCOMPARE(second.store()->list(QString::fromLatin1(fixture::caseId), "goal").size(),
                 std::size_t(1));

        // Printers too: each prints its own person's plan.
        const QString firstPlan = PlanPrinter(first.session.get()).html();
        QVERIFY2(firstPlan.contains(QStringLiteral("Sove bedre")), qPrintable(firstPlan));
        QVERIFY(!firstPlan.contains(QStringLiteral("Ta truckførerbevis")));
        QVERIFY(PlanPrinter(second.session.get())
                    .html()
                    .contains(QStringLiteral("Ta truckførerbevis")));
    }

    void aModelFollowsTheSessionItIsGiven()
    {
        fixture::App first;
        fixture::App second;
        deliverGoal(first, "goal-first", "Sove bedre");
        deliverGoal(second, "goal-second", "Ta truckførerbevis");

        GoalsModel model; // as QML makes it, before a session is set: nothing to show
        model.setCaseId(QString::fromLatin1(fixture::caseId));
        QCOMPARE(model.session(), nullptr);
        QCOMPARE(model.count(), 0);

        QSignalSpy sessionChanged(&model, &GoalsModel::sessionChanged);
        model.setSession(first.session.get());
        QCOMPARE(sessionChanged.size(), 1);
        QCOMPARE(titleAt(model, 0), QStringLiteral("Sove bedre"));
        model.setSession(second.session.get());
        QCOMPARE(sessionChanged.size(), 2);
        QCOMPARE(model.count(), 1);
        QCOMPARE(titleAt(model, 0), QStringLiteral("Ta truckførerbevis"));

        // The old session's store no longer reaches it.
        deliverGoal(first, "goal-first-2", "Lære sveising");
        QCOMPARE(model.count(), 1);
        deliverGoal(second, "goal-second-2", "Bytte lærebedrift");
        QCOMPARE(model.count(), 2);

        // Someone else signs in on that session: their store, where the goals are not.
        second.session->adopt(fixture::welcome(bro::Role::adviser));
        QCOMPARE(model.count(), 0);
    }

    void metaModelsReadTheirOwnSessionsCache()
    {
        fixture::App first(bro::Role::coordinator);
        fixture::App second(bro::Role::coordinator);
        // The server's answer, cached on one device only.
        bro::ProgrammeFigureInput in;
        in.today = "2026-11-24";
        in.open_phases = {"referral", "stay"};
        in.programme_id = "okab-air";
        in.programme_name = "Piloten";
        bro::protocol::Programme answer;
        answer.id = "q1";
        answer.from = "2026-01-01";
        answer.to = "2026-11-24";
        answer.published = bro::publish_programme(in);
        first.store()->setMeta(
            QStringLiteral("programme:figures"),
            QString::fromStdString(bro::protocol::serialize(bro::protocol::ServerMessage(answer))));
        ProgrammeModel onFirst(first.session.get());
        ProgrammeModel onSecond(second.session.get());
        QVERIFY(onFirst.available());
        QVERIFY(!onSecond.available());
        QVERIFY(onSecond.defaultExportPath().startsWith(second.dir.path()));
    }
};

QTEST_GUILESS_MAIN(TestModelAlone)
#include "tst_model_alone.moc"
