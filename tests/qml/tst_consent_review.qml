import QtQuick
import QtQuick.Controls
import QtTest
import Bro

// "You share X with Y. Still OK?" (issue 12), as Emil on the demo: his grants date from the
// start of his case, about two months ago. With a one-month review period they are due; the card
// asks about one at a time, once; keep, change and stop are one tap each. (A helper never gets
// anything due: tst_app_consent_model.)
TestCase {
    id: tc
    name: "ConsentReview"
    when: windowShown
    visible: true
    width: 390
    height: 900

    Component {
        id: cardComponent
        ConsentReviewCard {
            width: 360
        }
    }
    ConsentModel {
        id: stored
        caseId: Session.caseId
    }

    function cleanup() {
        Session.language = "";
    }

    function card() {
        const c = createTemporaryObject(cardComponent, tc);
        c.consentModel.reviewMonths = 1;
        wait(50);
        return c;
    }

    function test_1_notDueWithTheProgrammesSixMonths() {
        const c = createTemporaryObject(cardComponent, tc);
        wait(50);
        compare(c.consentModel.reviewMonths, 6);
        compare(c.due.length, 0);
        verify(!c.visible);
    }

    function test_2_keepAsksNoMoreAboutThatGrant() {
        const c = card();
        verify(c.visible);
        const before = c.due.length;
        verify(before > 1);
        const first = c.item;
        verify(c.title.indexOf(first.orgName) >= 0);
        mouseClick(findChild(c, "reviewKeepButton"));
        tryCompare(c.due, "length", before - 1);
        verify(c.item.orgId !== first.orgId || c.item.category !== first.category);
        // Still shared, and a new card (the page opened again) does not ask about it.
        verify(stored.isActive(first.orgId, first.category));
        const again = card();
        for (let i = 0; i < again.due.length; ++i)
            verify(again.due[i].orgId !== first.orgId || again.due[i].category !== first.category);
    }

    function test_3_stopWithdrawsInOneTap() {
        const c = card();
        const item = c.item;
        verify(item !== null);
        verify(stored.isActive(item.orgId, item.category));
        mouseClick(findChild(c, "reviewStopButton"));
        tryVerify(() => !stored.isActive(item.orgId, item.category));
    }

    function test_4_changeOpensSharing() {
        const c = card();
        const item = c.item;
        verify(item !== null);
        const spy = createTemporaryObject(spyComponent, tc, {target: c});
        mouseClick(findChild(c, "reviewChangeButton"));
        compare(spy.count, 1);
        verify(stored.isActive(item.orgId, item.category)); // changed on Sharing, not here
    }

    function test_5_bokmalByDefault() {
        Session.language = "nb";
        const c = card();
        verify(c.visible);
        verify(c.title.indexOf("Er det fortsatt greit?") >= 0, c.title);
    }

    Component {
        id: spyComponent
        SignalSpy {
            signalName: "changeRequested"
        }
    }
}
