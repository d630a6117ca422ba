import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// Jonas (run with BRO_TEST_USER=jonas) has a goal and a step his adviser Per suggested: the goals
// page shows both with who and why; he takes the goal in his own words and it becomes his.
TestCase {
    id: tc
    name: "JonasSuggestions"
    when: windowShown
    visible: true
    width: 390
    height: 1600

    Component {
        id: stackComponent
        StackView {
            width: tc.width
            height: tc.height
            initialItem: GoalsPage {
            }
        }
    }
    GoalsModel {
        id: own
        caseId: Session.caseId
    }

    Component {
        id: todayComponent
        TodayPage {
            width: tc.width
            height: tc.height
        }
    }

    // Alphabetically first: before the goal is taken.
    function test_aTodaySaysSuggestionsWait() {
        const page = createTemporaryObject(todayComponent, tc);
        wait(100);
        const card = findChild(page, "suggestionsWaitingCard");
        verify(card);
        tryCompare(card, "waiting", 2);
        verify(card.visible);
        let went = "";
        page.navigate.connect(name => went = name);
        mouseClick(findChild(card, "openSuggestionsButton"));
        compare(went, "goals");
    }

    function test_takeTheSuggestedGoalInHisWords() {
        compare(Session.role, "apprentice");
        const stack = createTemporaryObject(stackComponent, tc);
        wait(100);
        const page = stack.currentItem;
        const suggested = findChild(page, "suggestedGoalsModel");
        tryCompare(suggested, "count", 1);
        const card = findChild(page, "suggestionsCard");
        verify(card.visible);
        compare(card.waiting, 2, "a goal and a step from Per");
        const goal = suggested.get(0);
        compare(goal.suggestedBy, "Per Haugen");
        verify(goal.suggestionWhy !== "");
        const ownBefore = own.count;
        const row = findChild(page, "suggestedGoal_" + goal.recordId);
        verify(row);
        mouseClick(findChild(row, "editGoalWordsButton"));
        const field = findChild(row, "ownGoalWordsField");
        tryCompare(field, "visible", true);
        field.text = "Trene på onsdager";
        mouseClick(findChild(row, "takeGoalButton"));
        tryCompare(suggested, "count", 0);
        tryCompare(own, "count", ownBefore + 1);
        let found = false;
        for (let i = 0; i < own.count; ++i)
            found = found || own.get(i).title === "Trene på onsdager";
        verify(found, "now one of his own goals, in his words");
        compare(card.waiting, 1);
    }
}
