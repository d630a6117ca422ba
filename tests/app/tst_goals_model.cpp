// GoalsModel and GoalStepsModel: rows follow writes through the store (local and remote), with
// fine-grained dataChanged, the fagbrev goal first, step counts, and validation in lastError.

#include "AppFixture.h"
#include "domain/schema.hpp"
#include "models/GoalStepsModel.h"
#include "models/GoalsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

QVariant roleOf(const QAbstractItemModel &m, int row, const char *name)
{
    return m.data(m.index(row, 0), m.roleNames().key(name));
}

} // namespace

class TestGoalsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addShowsUpAsARow()
    {
        fixture::App app;
        GoalsModel model(app.session.get());
        QAbstractItemModelTester tester(&model);
        model.setCaseId(QStringLiteral("case-1"));
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy count(&model, &GoalsModel::countChanged);
        const QString id = model.add(QStringLiteral("Sove bedre"), QStringLiteral("Orke jobben"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(count.count(), 1);
        QCOMPARE(roleOf(model, 0, "recordId").toString(), id);
        QCOMPARE(roleOf(model, 0, "title").toString(), QStringLiteral("Sove bedre"));
        QCOMPARE(roleOf(model, 0, "why").toString(), QStringLiteral("Orke jobben"));
        QCOMPARE(roleOf(model, 0, "status").toString(), QStringLiteral("active"));
        QCOMPARE(roleOf(model, 0, "isFagbrev").toBool(), false);
        QCOMPARE(model.lastError(), QString());
        QCOMPARE(app.session->pendingCount(), 6);
    }

    void fagbrevComesFirst()
    {
        fixture::App app;
        GoalsModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        model.add(QStringLiteral("Første"));
        model.add(QStringLiteral("Andre"));
        app.deliver(fixture::remoteRecord(
            "fag", bro::kind::goal,
            {{"title", "Fagbrev"}, {"status", "active"}, {"position", 9}, {"is_fagbrev", true}}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(roleOf(model, 0, "recordId").toString(), QStringLiteral("fag"));
        QCOMPARE(roleOf(model, 1, "title").toString(), QStringLiteral("Første"));
        QCOMPARE(roleOf(model, 2, "title").toString(), QStringLiteral("Andre"));
        // Moving a goal above the fagbrev goal stops below it.
        QVERIFY(model.move(model.get(2).value(QStringLiteral("recordId")).toString(), 0));
        QCOMPARE(roleOf(model, 0, "recordId").toString(), QStringLiteral("fag"));
        QCOMPARE(roleOf(model, 1, "title").toString(), QStringLiteral("Andre"));
        QCOMPARE(roleOf(model, 2, "title").toString(), QStringLiteral("Første"));
    }

    void remoteEditChangesOneRow()
    {
        fixture::App app;
        GoalsModel model(app.session.get());
        QAbstractItemModelTester tester(&model);
        model.setCaseId(QStringLiteral("case-1"));
        const QString a = model.add(QStringLiteral("A"));
        model.add(QStringLiteral("B"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // The adviser changes the status on their device; it arrives through sync.
        app.deliver({fixture::remote(a.toStdString(), bro::kind::goal, "status", "paused")});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(roleOf(model, 0, "status").toString(), QStringLiteral("paused"));
    }

    void otherCasesDoNotDisturb()
    {
        fixture::App app;
        GoalsModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        app.deliver(fixture::remoteRecord(
            "x", bro::kind::goal, {{"title", "Annen sak"}, {"status", "active"}}, "case-2"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.count(), 0);
    }

    void refusalsSurfaceInLastError()
    {
        fixture::App app;
        GoalsModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        QSignalSpy error(&model, &GoalsModel::lastErrorChanged);
        QCOMPARE(model.add(QStringLiteral("   ")), QString());
        QCOMPARE(model.lastError(), QStringLiteral("Tittelen må fylles ut."));
        QCOMPARE(error.count(), 1);
        QCOMPARE(model.add(QString(201, QLatin1Char('x'))), QString());
        QCOMPARE(model.lastError(), QStringLiteral("Tittelen har for mange tegn (høyst 200)."));
        const QString id = model.add(QStringLiteral("Gyldig"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(model.lastError(), QString());
        QVERIFY(!model.setStatus(id, QStringLiteral("forgotten")));
        QCOMPARE(model.lastError(), QStringLiteral("Statusen har en verdi som ikke er tillatt."));
        QVERIFY(model.setStatus(id, QStringLiteral("achieved")));
        QCOMPARE(roleOf(model, 0, "status").toString(), QStringLiteral("achieved"));
        QCOMPARE(app.session->pendingCount(), 6); // refused edits left nothing behind
    }

    void stepsAreCountedOnTheirGoal()
    {
        fixture::App app;
        GoalsModel goals(app.session.get());
        goals.setCaseId(QStringLiteral("case-1"));
        const QString goal = goals.add(QStringLiteral("Fagprøven"));
        GoalStepsModel steps(app.session.get());
        QAbstractItemModelTester tester(&steps);
        steps.setCaseId(QStringLiteral("case-1"));
        steps.setGoalId(goal);
        const QString s1 = steps.add(QStringLiteral("Lese"));
        const QString s2 = steps.add(QStringLiteral("Øve"));
        QCOMPARE(steps.rowCount(), 2);
        QCOMPARE(steps.nextStep(), QStringLiteral("Lese"));
        QVERIFY(steps.setDone(s1, true));
        QCOMPARE(steps.nextStep(), QStringLiteral("Øve"));
        QCOMPARE(roleOf(goals, 0, "stepsTotal").toInt(), 2);
        QCOMPARE(roleOf(goals, 0, "stepsDone").toInt(), 1);
        QVERIFY(steps.remove(s2));
        QCOMPARE(steps.rowCount(), 1);
        QCOMPARE(roleOf(goals, 0, "stepsTotal").toInt(), 1);
    }

    void suggestionsWaitForTheApprentice()
    {
        fixture::App app;
        GoalsModel goals(app.session.get());
        goals.setCaseId(QStringLiteral("case-1"));
        const QString goal = goals.add(QStringLiteral("Fagprøven"));
        // The adviser's suggestion arrives from the server.
        app.deliver(fixture::remoteRecord("sug", bro::kind::goal_step,
                                          {{"goal_id", goal.toStdString()},
                                           {"title", "Snakke med faglig leder"},
                                           {"state", "suggested"},
                                           {"suggested_by", "Kari Rådgiver"}}));
        GoalStepsModel steps(app.session.get());
        steps.setCaseId(QStringLiteral("case-1"));
        steps.setGoalId(goal);
        QCOMPARE(steps.rowCount(), 1);
        QCOMPARE(roleOf(steps, 0, "state").toString(), QStringLiteral("suggested"));
        QCOMPARE(roleOf(steps, 0, "suggestedBy").toString(), QStringLiteral("Kari Rådgiver"));
        QCOMPARE(roleOf(goals, 0, "stepsTotal").toInt(), 0);
        QVERIFY(steps.accept(QStringLiteral("sug")));
        QCOMPARE(roleOf(goals, 0, "stepsTotal").toInt(), 1);
        QVERIFY(steps.decline(QStringLiteral("sug")));
        QCOMPARE(steps.rowCount(), 0); // declined steps are hidden …
        steps.setShowDeclined(true);
        QCOMPARE(steps.rowCount(), 1); // … unless asked for
    }

    void helpersAddSuggestions()
    {
        fixture::App app(bro::Role::adviser);
        GoalStepsModel steps(app.session.get());
        steps.setCaseId(QStringLiteral("case-1"));
        steps.setGoalId(QStringLiteral("g"));
        QVERIFY(!steps.add(QStringLiteral("Prøv dette")).isEmpty());
        QCOMPARE(roleOf(steps, 0, "state").toString(), QStringLiteral("suggested"));
        QCOMPARE(roleOf(steps, 0, "suggestedBy").toString(), QStringLiteral("Kari Rådgiver"));
    }

    // A helper's goal is a suggestion in their name, listed apart from the apprentice's goals
    // until the apprentice takes it (in their own words) — or says no thanks.
    void helpersSuggestGoals()
    {
        fixture::App app(bro::Role::adviser);
        GoalsModel goals(app.session.get()), suggested(app.session.get());
        goals.setCaseId(QStringLiteral("case-1"));
        suggested.setCaseId(QStringLiteral("case-1"));
        suggested.setSuggestions(true);
        const QString id = goals.add(QStringLiteral("Ta truckførerbevis"),
                                     QStringLiteral("Det gjør det lettere å få fast jobb."));
        QVERIFY(!id.isEmpty());
        QCOMPARE(goals.rowCount(), 0);
        QCOMPARE(suggested.rowCount(), 1);
        QCOMPARE(roleOf(suggested, 0, "state").toString(), QStringLiteral("suggested"));
        QCOMPARE(roleOf(suggested, 0, "suggestedBy").toString(), QStringLiteral("Kari Rådgiver"));
        QCOMPARE(roleOf(suggested, 0, "suggestionWhy").toString(),
                 QStringLiteral("Det gjør det lettere å få fast jobb."));
        QCOMPARE(roleOf(suggested, 0, "why").toString(), QString());
        QVERIFY(roleOf(suggested, 0, "mine").toBool());
        const auto stored = app.store()->local().get(id.toStdString());
        QVERIFY(stored);
        QCOMPARE(stored->str("suggested_by_id"), app.session->personId().toStdString());
    }

    void theApprenticeTakesASuggestedGoalInTheirWords()
    {
        fixture::App app;
        GoalsModel goals(app.session.get()), suggested(app.session.get());
        goals.setCaseId(QStringLiteral("case-1"));
        suggested.setCaseId(QStringLiteral("case-1"));
        suggested.setSuggestions(true);
        app.deliver(fixture::remoteRecord("sg", bro::kind::goal,
                                          {{"title", "Ta truckførerbevis"},
                                           {"status", "active"},
                                           {"state", "suggested"},
                                           {"suggested_by", "Kari Rådgiver"},
                                           {"suggested_by_id", "p-kari"}}));
        QCOMPARE(goals.rowCount(), 0);
        QCOMPARE(suggested.rowCount(), 1);
        QVERIFY(!roleOf(suggested, 0, "mine").toBool());
        QVERIFY(suggested.accept(QStringLiteral("sg"), QStringLiteral("Få truckførerbevis i vår")));
        QCOMPARE(suggested.rowCount(), 0);
        QCOMPARE(goals.rowCount(), 1);
        QCOMPARE(roleOf(goals, 0, "title").toString(), QStringLiteral("Få truckførerbevis i vår"));
        app.deliver(fixture::remoteRecord("sg2", bro::kind::goal,
                                          {{"title", "Bytte lærebedrift"},
                                           {"status", "active"},
                                           {"state", "suggested"},
                                           {"suggested_by_id", "p-kari"}}));
        QCOMPARE(suggested.rowCount(), 1);
        QVERIFY(suggested.decline(QStringLiteral("sg2")));
        QCOMPARE(suggested.rowCount(), 0); // declined: out of the apprentice's way, kept
        QCOMPARE(goals.rowCount(), 1);
        QVERIFY(app.store()->local().get("sg2"));
    }

    void modelsFollowTheSession()
    {
        // Signing out empties the models; they do not hold on to a closed store.
        fixture::App app;
        GoalsModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        model.add(QStringLiteral("Et mål"));
        QCOMPARE(model.rowCount(), 1);
        app.session->logout();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.add(QStringLiteral("Uten innlogging")), QString());
        QVERIFY(!model.lastError().isEmpty());
        // Signing in again reopens the same file: the unsent goal is still there.
        app.session->adopt(fixture::welcome());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(app.session->pendingCount(), 5);
    }
};

QTEST_GUILESS_MAIN(TestGoalsModel)
#include "tst_goals_model.moc"
