import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// The same app for an adviser (run with BRO_TEST_USER=kari): their apprentices instead of Today,
// the case's notes instead of Sharing; goals are read, not rewritten; a note can be written; a
// step is suggested with why, and the adviser sees Emil's answer (a declined suggestion stays).
TestCase {
    id: tc
    name: "Adviser"
    when: windowShown
    visible: true
    width: 390
    height: 1600

    Component {
        id: mainComponent
        Main {
        }
    }
    Component {
        id: notesComponent
        NotesPage {
            width: tc.width
            height: tc.height
        }
    }
    NotesModel {
        id: stored
        caseId: Session.caseId
    }
    GoalsModel {
        id: emilsGoals
        caseId: "case-emil"
    }
    Component {
        id: goalComponent
        GoalPage {
            width: tc.width
            height: tc.height
            goals: emilsGoals
        }
    }

    Component {
        id: goalsPageComponent
        StackView {
            width: tc.width
            height: tc.height
            initialItem: GoalsPage {
            }
        }
    }

    function test_suggestAGoal() {
        Session.caseId = "case-emil";
        const stack = createTemporaryObject(goalsPageComponent, tc);
        wait(100);
        const page = stack.currentItem;
        const suggested = findChild(page, "suggestedGoalsModel");
        const before = suggested.count;
        const ownBefore = emilsGoals.count;
        verify(findChild(page, "helperSuggestionsCard").visible);
        mouseClick(findChild(page, "suggestGoalButton"));
        const dialog = findChild(page, "addGoalDialog");
        tryCompare(dialog, "opened", true);
        findChild(page, "goalTitleField").text = "Ta truckførerbevis";
        findChild(page, "goalWhyField").text = "Det gjør det lettere å få fast jobb.";
        dialog.accept();
        tryCompare(suggested, "count", before + 1);
        let row = null;
        for (let i = 0; i < suggested.count; ++i)
            if (suggested.get(i).title === "Ta truckførerbevis")
                row = suggested.get(i);
        verify(row !== null);
        compare(row.state, "suggested");
        compare(row.suggestionWhy, "Det gjør det lettere å få fast jobb.");
        verify(row.mine);
        compare(emilsGoals.count, ownBefore, "not among Emil's own goals until he takes it");
        verify(findChild(page, "withdrawGoalButton").visible);
    }

    function test_suggestAStepWithWhy() {
        Session.caseId = "case-emil";
        tryVerify(() => emilsGoals.count > 0);
        const page = createTemporaryObject(goalComponent, tc, {
                "goalId": emilsGoals.get(0).recordId
            });
        wait(100);
        verify(page.goal !== null);
        const model = findChild(page, "stepsModel");
        const before = model.count;
        findChild(page, "newStepField").text = "Øve på gravemaskin med faglig leder";
        findChild(page, "suggestionWhyField").text = "Du sa du vil bli tryggere før fagprøven.";
        mouseClick(findChild(page, "addStepButton"));
        tryCompare(model, "count", before + 1);
        let row = null;
        for (let i = 0; i < model.count; ++i)
            if (model.get(i).title === "Øve på gravemaskin med faglig leder")
                row = model.get(i);
        verify(row !== null);
        compare(row.state, "suggested");
        compare(row.suggestedBy, "Kari Nordby");
        compare(row.suggestionWhy, "Du sa du vil bli tryggere før fagprøven.");
        verify(row.mine, "her own suggestion: she may withdraw it");
        // The apprentice's own goal offers no edit or delete to a helper.
        verify(!findChild(page, "deleteGoalButton").visible);
    }

    // Kari comments under Emil's goal: his answer from the demo is there, hers is added and
    // removable by her; his comment offers her no remove.
    function test_commentOnAGoal() {
        Session.caseId = "case-emil";
        tryVerify(() => emilsGoals.count > 0);
        const page = createTemporaryObject(goalComponent, tc, {
                "goalId": "goal-emil-3"
            });
        wait(100);
        const card = findChild(page, "goalComments");
        const model = card.commentsModel;
        tryCompare(model, "count", 2);
        compare(model.get(0).authorName, "Kari Nordby");
        verify(model.get(0).mine);
        compare(model.get(1).text, "Takk! Turene er vanskeligst når det regner.");
        verify(model.get(1).byApprentice);
        verify(!findChild(card, "removeComment_1").visible, "Emil's answer is his");
        verify(findChild(card, "removeComment_0").visible);
        const field = findChild(card, "newCommentField");
        field.text = "Regnklær fra bedriften? Jeg kan spørre Ole.";
        mouseClick(findChild(card, "addCommentButton"));
        tryCompare(model, "count", 3);
        compare(field.text, "");
        compare(model.get(2).text, "Regnklær fra bedriften? Jeg kan spørre Ole.");
        compare(model.get(2).authorName, "Kari Nordby");
        verify(model.remove(model.get(2).recordId));
        tryCompare(model, "count", 2);
    }

    function test_declinedSuggestionStaysVisibleToTheSuggester() {
        Session.caseId = "case-emil";
        tryVerify(() => emilsGoals.count > 0);
        let goalId = "";
        for (let i = 0; i < emilsGoals.count; ++i)
            if (emilsGoals.get(i).recordId === "goal-emil-3")
                goalId = "goal-emil-3";
        verify(goalId !== "");
        const page = createTemporaryObject(goalComponent, tc, {
                "goalId": goalId
            });
        wait(100);
        const model = findChild(page, "stepsModel");
        let declined = null;
        for (let i = 0; i < model.count; ++i)
            if (model.get(i).state === "declined")
                declined = model.get(i);
        verify(declined !== null, "the demo has a suggestion Emil said no to");
        compare(declined.suggestedBy, "Kari Nordby");
    }

    function test_helperTabs() {
        compare(Session.role, "adviser");
        const main = createTemporaryObject(mainComponent, tc);
        const stack = findChild(main, "stack");
        tryVerify(() => stack.currentItem && stack.currentItem.objectName === "casesPage");
        verify(Session.cases.length > 0, "the adviser has apprentices");
        tryVerify(() => stack.currentItem.caseCount === Session.cases.length, 2000, "one row per apprentice");
        main.selectTab(4);
        compare(stack.currentItem.objectName, "notesPage");
        main.selectTab(1);
        compare(stack.currentItem.objectName, "goalsPage");
        compare(stack.currentItem.apprentice, false);
        verify(!findChild(stack.currentItem, "addGoalButton").visible, "helpers do not add the apprentice's goals");
        main.selectTab(2);
        compare(stack.currentItem.formOpen, false, "helpers do not check in for the apprentice");
    }

    function test_writeNote() {
        const page = createTemporaryObject(notesComponent, tc);
        wait(100);
        const before = stored.count;
        findChild(page, "noteText").text = "Snakket med Emil om turnus etter oppholdet.";
        mouseClick(findChild(page, "addNoteButton"));
        tryCompare(stored, "count", before + 1);
        tryCompare(page, "noteCount", before + 1);
    }
}
