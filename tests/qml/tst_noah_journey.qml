import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// The second demo programme (issue 14): Noah is in Vest-Bygg's day rehabilitation with
// Fjordklinikken, whose journey has no preparation and calls the stay "Dagrehabilitering". His
// journey page shows his programme's phases, not the pilot's.
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
        compare(Session.phase, "stay");
        const stay = findChild(page, "phaseName_stay");
        verify(stay);
        compare(stay.text, "Dagrehabilitering");
        compare(findChild(page, "phaseName_preparation"), null, "no preparation in this programme");
        for (let i = 0; i < journey.count; ++i)
            verify(journey.get(i).phase !== "preparation");
        compare(journey.nextPhase, "return_to_work");
    }

    function test_namesFollowTheLanguage() {
        const page = createTemporaryObject(pageComponent, tc);
        wait(100);
        Session.language = "en";
        wait(50);
        compare(findChild(page, "phaseName_stay").text, "Day rehabilitation");
        Session.language = "nb";
        wait(50);
        compare(findChild(page, "phaseName_stay").text, "Dagrehabilitering");
    }
}
