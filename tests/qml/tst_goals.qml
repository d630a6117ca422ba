import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// My goals: the list loads with the fagbrev on top; adding a goal through the dialog stores it;
// a goal opens, a step is added and ticked off; status and order change; a helper's suggestion
// shows who suggested it and why, and is taken in the apprentice's own words.
TestCase {
    id: tc
    name: "Goals"
    when: windowShown
    visible: true
    width: 390
    height: 1600

    Component {
        id: stackComponent
        StackView {
            width: tc.width
            height: tc.height
        }
    }
    Component {
        id: goalsComponent
        GoalsPage {
        }
    }
    // A second, independent view on the same store: proves that changes are stored, not just shown.
    GoalsModel {
        id: stored
        caseId: Session.caseId
    }

    function openGoals() {
        const stack = createTemporaryObject(stackComponent, tc);
        const page = stack.push(goalsComponent, {}, StackView.Immediate);
        wait(100);
        verify(page);
        return page;
    }
    function storedIndexOf(title) {
        for (let i = 0; i < stored.count; ++i)
            if (stored.get(i).title === title)
                return i;
        return -1;
    }

    function test_loadsWithFagbrev() {
        const page = openGoals();
        tryVerify(() => page.goalCount > 0, 2000, "the demo goals are listed");
        let fagbrev = 0;
        for (let i = 0; i < page.goalsModel.count; ++i)
            if (page.goalsModel.get(i).isFagbrev)
                ++fagbrev;
        compare(fagbrev, 1, "one trade certificate goal");
    }

    function test_addGoalThroughDialog() {
        const page = openGoals();
        const before = stored.count;
        mouseClick(findChild(page, "addGoalButton"));
        const dialog = findChild(page, "addGoalDialog");
        verify(dialog);
        tryCompare(dialog, "opened", true);
        const title = findChild(page, "goalTitleField");
        title.forceActiveFocus();
        for (const c of "Sove godt")
            keyClick(c);
        compare(title.text, "Sove godt", "typed into the goal field");
        title.text = "Sove åtte timer på hverdager";
        findChild(page, "goalWhyField").text = "Da orker jeg jobben";
        dialog.accept();
        tryCompare(page.goalsModel, "count", before + 1);
        tryCompare(stored, "count", before + 1);
        const i = storedIndexOf("Sove åtte timer på hverdager");
        verify(i >= 0, "the new goal is in the store");
        compare(stored.get(i).why, "Da orker jeg jobben");
        compare(stored.get(i).status, "active");
    }

    function test_emptyTitleIsNotSaved() {
        const page = openGoals();
        const before = stored.count;
        mouseClick(findChild(page, "addGoalButton"));
        const dialog = findChild(page, "addGoalDialog");
        tryCompare(dialog, "opened", true);
        dialog.accept();
        wait(50);
        compare(stored.count, before);
    }

    function test_openGoalAddAndTickStep() {
        const page = openGoals();
        tryVerify(() => page.goalCount > 0);
        verify(page.openFirstGoal());
        const stack = page.StackView.view;
        tryCompare(stack, "depth", 2);
        const goalPage = stack.currentItem;
        wait(100);
        compare(goalPage.objectName, "goalPage");
        verify(goalPage.goal !== null, "the goal page found its goal");
        const before = goalPage.goal.stepsTotal;
        const steps = goalPage.stepCount;
        const field = findChild(goalPage, "newStepField");
        field.text = "Be om en samtale med verkstedlederen";
        mouseClick(findChild(goalPage, "addStepButton"));
        tryCompare(goalPage, "stepCount", steps + 1);
        compare(field.text, "", "the field is cleared after adding");
        tryCompare(goalPage.goal, "stepsTotal", before + 1);
        const doneBefore = goalPage.goal.stepsDone;
        // tick the new step through the model the page shows
        const model = findChild(goalPage, "stepsModel");
        verify(model);
        let id = "";
        for (let i = 0; i < model.count; ++i)
            if (model.get(i).title === "Be om en samtale med verkstedlederen")
                id = model.get(i).recordId;
        verify(id !== "");
        verify(model.setDone(id, true));
        tryCompare(goalPage.goal, "stepsDone", doneBefore + 1);
    }

    function test_suggestionsWaitOnTheGoalsPage() {
        const page = openGoals();
        const card = findChild(page, "suggestionsCard");
        verify(card);
        const model = findChild(page, "suggestionsModel");
        tryVerify(() => model.count > 0, 2000, "the demo has a suggestion waiting");
        verify(card.visible);
        compare(model.get(0).suggestedBy, "Kari Nordby");
        mouseClick(findChild(page, "suggestion_" + model.get(0).recordId));
        tryCompare(page.StackView.view, "depth", 2);
        compare(page.StackView.view.currentItem.goalId, model.get(0).goalId);
    }

    function test_takeSuggestionInOwnWords() {
        const page = openGoals();
        tryVerify(() => page.goalCount > 0);
        verify(page.openFirstGoal());
        const stack = page.StackView.view;
        tryCompare(stack, "depth", 2);
        const goalPage = stack.currentItem;
        wait(100);
        const model = findChild(goalPage, "stepsModel");
        let id = "";
        for (let i = 0; i < model.count; ++i)
            if (model.get(i).state === "suggested")
                id = model.get(i).recordId;
        verify(id !== "", "the demo has a suggestion waiting");
        const suggestion = model.get(model.indexOf(id));
        compare(suggestion.suggestedBy, "Kari Nordby");
        verify(suggestion.suggestionWhy !== "", "the apprentice sees why");
        const row = findChild(goalPage, "step_" + id);
        verify(row);
        mouseClick(findChild(row, "editStepButton"));
        const field = findChild(row, "ownWordsField");
        tryCompare(field, "visible", true);
        field.text = "Øve på maskinene jeg er usikker på";
        mouseClick(findChild(row, "takeStepButton"));
        tryVerify(() => model.get(model.indexOf(id)).state === "accepted");
        compare(model.get(model.indexOf(id)).title, "Øve på maskinene jeg er usikker på");
    }

    function test_pauseAndAchieve() {
        const page = openGoals();
        const id = page.addGoal("Gå til fysioterapeut", "");
        verify(id);
        tryVerify(() => storedIndexOf("Gå til fysioterapeut") >= 0);
        page.openGoal(id);
        const goalPage = page.StackView.view.currentItem;
        wait(100);
        tryVerify(() => goalPage.goal !== null);
        mouseClick(findChild(goalPage, "status_paused"));
        tryCompare(goalPage.goal, "status", "paused");
        mouseClick(findChild(goalPage, "status_achieved"));
        tryCompare(goalPage.goal, "status", "achieved");
        tryCompare(stored.get(storedIndexOf("Gå til fysioterapeut")), "status", "achieved");
    }

    function test_reorder() {
        const page = openGoals();
        const a = page.addGoal("Mål A", "");
        const b = page.addGoal("Mål B", "");
        tryVerify(() => storedIndexOf("Mål B") >= 0);
        const ia = storedIndexOf("Mål A"), ib = storedIndexOf("Mål B");
        verify(ia < ib);
        verify(page.goalsModel.move(b, ia));
        tryVerify(() => storedIndexOf("Mål B") < storedIndexOf("Mål A"), 2000, "B moved above A");
    }
}
