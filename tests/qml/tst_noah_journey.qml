import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// The second demo programme (issue 14, and its own phases, issue 25): Noah is in Vest-Bygg's
// day rehabilitation with Fjordklinikken. Its journey has phases of its own (ids too), an
// assessment Noah skipped, and calls the clinic's part "Dagrehabilitering". His journey page shows
// his programme's phases, not the pilot's. His check-ins have fallen for two weeks: Today asks
// him, and only him, whether to tell his adviser, and sends only on his yes.
TestCase {
    id: tc
    name: "NoahJourney"
    when: windowShown
    visible: true
    width: 390
    height: 1600

    Component {
        id: pageComponent
        JourneyPage {
            width: tc.width
            height: tc.height
        }
    }
    JourneyModel {
        id: journey
        caseId: Session.caseId
    }

    function init() {
        Session.language = "nb";
    }

    function test_noahSeesHisOwnProgramme() {
        compare(Session.caseId, "case-noah");
        compare(Session.programme.programmeId, "vestbygg-dagrehab");
        const page = createTemporaryObject(pageComponent, tc);
        wait(100);
        compare(Session.phase, "dagrehab");
        const stay = findChild(page, "phaseName_dagrehab");
        verify(stay);
        compare(stay.text, "Dagrehabilitering");
        for (const pilot of ["preparation", "stay", "referral"])
            compare(findChild(page, "phaseName_" + pilot), null, "not a phase of this programme: " + pilot);
        const states = {};
        for (let i = 0; i < journey.count; ++i)
            states[journey.get(i).phase] = journey.get(i).state;
        compare(states["henvisning"], "done");
        compare(states["kartlegging"], "skipped", "Noah went straight to day rehabilitation");
        compare(states["dagrehab"], "current");
        compare(states["arbeidstrening"], "upcoming");
        compare(findChild(page, "phaseName_kartlegging").text, "Kartlegging av arbeidsevne");
        compare(journey.nextPhase, "arbeidstrening");
        compare(journey.skipTo, "", "day rehabilitation's next phase may not be skipped");
    }

    Component {
        id: todayComponent
        TodayPage {
            width: tc.width
            height: tc.height
        }
    }
    MessagesModel {
        id: messages
        caseId: Session.caseId
    }

    function test_noahIsAskedFirstAndDecides() {
        const page = createTemporaryObject(todayComponent, tc);
        wait(100);
        const card = findChild(page, "earlyWarningCard");
        verify(card);
        tryCompare(card, "visible", true);
        compare(card.warning, "falling");
        verify(card.title.indexOf("tyngre") >= 0, card.title);
        const before = messages.count;
        const yes = findChild(page, "earlyWarningTell");
        verify(yes.text.indexOf("Tone") >= 0, yes.text); // his adviser, by name
        compare(messages.count, before, "nothing is sent before he says yes");
        mouseClick(yes);
        tryCompare(messages, "count", before + 1);
        verify(findChild(page, "earlyWarningSent").visible);
        // Answered: not asked again on his next visit to Today.
        const again = createTemporaryObject(todayComponent, tc);
        wait(100);
        compare(findChild(again, "earlyWarningCard").visible, false);
    }

    function test_namesFollowTheLanguage() {
        const page = createTemporaryObject(pageComponent, tc);
        wait(100);
        Session.language = "en";
        wait(50);
        compare(findChild(page, "phaseName_dagrehab").text, "Day rehabilitation");
        Session.language = "nb";
        wait(50);
        compare(findChild(page, "phaseName_dagrehab").text, "Dagrehabilitering");
    }
}
