import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// An outcome point (issue 24) as the demo apprentice (Emil) meets it: the Today card shows the
// point that is due (the end of his stay), the page asks one question per goal and work ability
// 0–10, answered with clicks and the keyboard, and Save stores the answers as his outcome record.
TestCase {
    id: tc
    name: "Outcome"
    when: windowShown
    visible: true
    width: 390
    height: 2400

    Component {
        id: todayComponent
        TodayPage {
            width: 390
            height: 844
        }
    }
    Component {
        id: pageComponent
        OutcomePage {
            width: 390
            height: 2400
        }
    }
    Component {
        id: spyComponent
        SignalSpy {
        }
    }
    OutcomesModel {
        id: stored
        caseId: Session.caseId
    }
    GoalsModel {
        id: goals
        caseId: Session.caseId
    }

    function test_1_todayCardWhenAPointIsDue() {
        compare(Session.role, "apprentice");
        verify(stored.needsAnswer, "the demo has a point due for Emil");
        compare(stored.nextPoint, "stay_end");
        compare(stored.nextState, "due");
        const page = createTemporaryObject(todayComponent, tc);
        wait(100);
        const card = findChild(page, "outcomeCard");
        verify(card);
        verify(card.visible);
        compare(card.point, "stay_end");
        const spy = createTemporaryObject(spyComponent, tc, {
                "target": page,
                "signalName": "navigate"
            });
        const button = findChild(card, "outcomeAnswerButton");
        verify(button.Accessible.name !== "");
        mouseClick(button);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], "outcome");
    }

    function test_2_answerWithClicksAndKeys() {
        const page = createTemporaryObject(pageComponent, tc);
        wait(100);
        compare(page.point, "stay_end");
        const save = findChild(page, "saveOutcomeButton");
        verify(save);
        verify(!save.enabled, "nothing to save before the questions are answered");
        verify(goals.count > 0);
        const scores = {};
        for (let i = 0; i < goals.count; ++i) {
            const id = goals.get(i).recordId;
            const v = i === 0 ? 1 : (i === 1 ? 0 : 2);
            const option = findChild(page, "goalScore_" + id + "_" + v);
            verify(option, "goalScore_" + id + "_" + v);
            verify(option.Accessible.name.indexOf(goals.get(i).title) === 0, "the goal's name is read with each answer");
            if (i === 0) {
                // The keyboard: focus the answer and press space.
                option.forceActiveFocus(Qt.TabFocusReason);
                keyClick(Qt.Key_Space);
            } else {
                mouseClick(option);
            }
            scores[id] = v;
        }
        for (const id in scores)
            compare(page.scores[id], scores[id]);
        verify(!save.enabled, "work ability is still to answer");
        const seven = findChild(page, "workAbility_7");
        verify(seven.Accessible.name !== "");
        seven.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Space);
        compare(page.workAbility, 7);
        verify(save.enabled);
        // Tab from the last number reaches Save, and space saves.
        findChild(page, "workAbility_10").forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Tab);
        verify(save.activeFocus, "Save is next in the tab order");
        keyClick(Qt.Key_Space);
        tryCompare(page, "saved", true);
        verify(findChild(page, "outcomeSaved").visible);
        const row = stored.get(stored.rowOf("stay_end"));
        compare(row.state, "answered");
        compare(row.workAbility, 7);
        compare(row.answeredOn, ui.today());
        for (const id in scores)
            compare(row.goalScores[id], scores[id]);
        verify(!stored.needsAnswer, "nothing else is due for Emil now");
    }

    function test_3_anAnsweredPointOpensWithItsAnswers() {
        const page = createTemporaryObject(pageComponent, tc, {
                "point": "stay_end"
            });
        wait(100);
        compare(page.workAbility, 7);
        verify(findChild(page, "saveOutcomeButton").enabled);
        verify(findChild(page, "workAbility_7").selected, "7 is shown as chosen");
    }

    function test_4_todayCardGoneAfterAnswering() {
        const page = createTemporaryObject(todayComponent, tc);
        wait(100);
        const card = findChild(page, "outcomeCard");
        verify(card);
        verify(!card.visible);
    }

    Ui {
        id: ui
    }
}
