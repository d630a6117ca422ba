<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AbsenceDelegate</name>
    <message numerus="yes">
        <location filename="../components/AbsenceDelegate.qml" line="20"/>
        <location filename="../components/AbsenceDelegate.qml" line="43"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/AbsenceDelegate.qml" line="20"/>
        <location filename="../components/AbsenceDelegate.qml" line="63"/>
        <source>about health</source>
        <translation>about health</translation>
    </message>
</context>
<context>
    <name>AbsencePage</name>
    <message>
        <location filename="../pages/AbsencePage.qml" line="31"/>
        <location filename="../pages/AbsencePage.qml" line="149"/>
        <source>Absence</source>
        <translation>Absence</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="44"/>
        <source>Not shared with %1. The apprentice decides what you see.</source>
        <translation>Not shared with %1. The apprentice decides what you see.</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="44"/>
        <source>your service</source>
        <translation>your service</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="54"/>
        <source>Record an absence</source>
        <translation>Record an absence</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="61"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="71"/>
        <source>To and including</source>
        <translation>To and including</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="77"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="90"/>
        <source>Kind: %1</source>
        <translation>Kind: %1</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="103"/>
        <source>This is about my health</source>
        <translation>This is about my health</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="110"/>
        <source>Only those you share absence with can see this. You choose under Sharing.</source>
        <translation>Only those you share absence with can see this. You choose under Sharing.</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="119"/>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="123"/>
        <source>Note, optional</source>
        <translation>Note, optional</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="127"/>
        <source>Save absence</source>
        <translation>Save absence</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="136"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="149"/>
        <source>My absence</source>
        <translation>My absence</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="150"/>
        <source>Nothing recorded.</source>
        <translation>Nothing recorded.</translation>
    </message>
</context>
<context>
    <name>AbsenceStrip</name>
    <message numerus="yes">
        <location filename="../components/AbsenceStrip.qml" line="64"/>
        <source>Last %1 weeks: %n day(s) of absence</source>
        <translation>
            <numerusform>Last %1 weeks: %n day of absence</numerusform>
            <numerusform>Last %1 weeks: %n days of absence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../components/AbsenceStrip.qml" line="64"/>
        <source>%n of them about health.</source>
        <translation>
            <numerusform>%n of them about health.</numerusform>
            <numerusform>%n of them about health.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/AbsenceStrip.qml" line="70"/>
        <source>No absence in these weeks.</source>
        <translation>No absence in these weeks.</translation>
    </message>
    <message>
        <location filename="../components/AbsenceStrip.qml" line="87"/>
        <source>Most often on a %1 (%2 of %3 days).</source>
        <translation>Most often on a %1 (%2 of %3 days).</translation>
    </message>
    <message>
        <location filename="../components/AbsenceStrip.qml" line="90"/>
        <source>More in the last 4 weeks (%1 days) than in the 4 before (%2).</source>
        <translation>More in the last 4 weeks (%1 days) than in the 4 before (%2).</translation>
    </message>
    <message>
        <location filename="../components/AbsenceStrip.qml" line="92"/>
        <source>Less in the last 4 weeks (%1 days) than in the 4 before (%2).</source>
        <translation>Less in the last 4 weeks (%1 days) than in the 4 before (%2).</translation>
    </message>
    <message>
        <location filename="../components/AbsenceStrip.qml" line="94"/>
        <source>About the same in the last 4 weeks (%1 days) as in the 4 before (%2).</source>
        <translation>About the same in the last 4 weeks (%1 days) as in the 4 before (%2).</translation>
    </message>
    <message>
        <location filename="../components/AbsenceStrip.qml" line="210"/>
        <source>about health</source>
        <translation>about health</translation>
    </message>
    <message>
        <location filename="../components/AbsenceStrip.qml" line="213"/>
        <source>other absence</source>
        <translation>other absence</translation>
    </message>
    <message>
        <location filename="../components/AbsenceStrip.qml" line="216"/>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message numerus="yes">
        <location filename="../components/AbsenceStrip.qml" line="276"/>
        <source>%1: %n day(s) (%2 about health)</source>
        <translation>
            <numerusform>%1: %n day (%2 about health)</numerusform>
            <numerusform>%1: %n days (%2 about health)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message>
        <location filename="../../app/lock/AppLock.cpp" line="70"/>
        <source>Logg inn først.</source>
        <translation>Log in first.</translation>
    </message>
    <message>
        <location filename="../../app/lock/AppLock.cpp" line="74"/>
        <source>De to kodene er ikke like. Prøv en gang til.</source>
        <translation>The two codes are not the same. Try once more.</translation>
    </message>
    <message>
        <location filename="../../app/lock/AppLock.cpp" line="82"/>
        <source>Det gikk ikke å lagre koden. Prøv igjen.</source>
        <translation>The code could not be saved. Try again.</translation>
    </message>
</context>
<context>
    <name>AppearanceCard</name>
    <message>
        <location filename="../components/AppearanceCard.qml" line="12"/>
        <source>How it looks</source>
        <translation>How it looks</translation>
    </message>
    <message>
        <location filename="../components/AppearanceCard.qml" line="19"/>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <location filename="../components/AppearanceCard.qml" line="29"/>
        <source>Same as the device</source>
        <translation>Same as the device</translation>
    </message>
    <message>
        <location filename="../components/AppearanceCard.qml" line="32"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../components/AppearanceCard.qml" line="35"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../components/AppearanceCard.qml" line="42"/>
        <source>Colours: %1</source>
        <translation>Colours: %1</translation>
    </message>
    <message>
        <location filename="../components/AppearanceCard.qml" line="49"/>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../components/AppearanceCard.qml" line="64"/>
        <source>Text size %1 percent</source>
        <translation>Text size %1 percent</translation>
    </message>
    <message>
        <location filename="../components/AppearanceCard.qml" line="70"/>
        <source>This is how large the text is.</source>
        <translation>This is how large the text is.</translation>
    </message>
    <message>
        <location filename="../components/AppearanceCard.qml" line="79"/>
        <source>Less motion</source>
        <translation>Less motion</translation>
    </message>
</context>
<context>
    <name>AuditDelegate</name>
    <message>
        <location filename="../components/AuditDelegate.qml" line="24"/>
        <source>%1 received %2 (%3) on the device “%4”.</source>
        <translation>%1 received %2 (%3) on the device “%4”.</translation>
    </message>
    <message>
        <location filename="../components/AuditDelegate.qml" line="26"/>
        <source>%1 wrote to your %2 from the device “%3”.</source>
        <translation>%1 wrote to your %2 from the device “%3”.</translation>
    </message>
    <message>
        <location filename="../components/AuditDelegate.qml" line="28"/>
        <source>%1 joined the team around you, added by the programme coordinator.</source>
        <translation>%1 joined the team around you, added by the programme coordinator.</translation>
    </message>
    <message>
        <location filename="../components/AuditDelegate.qml" line="30"/>
        <source>%1 left the team around you. Their devices no longer get your data.</source>
        <translation>%1 left the team around you. Their devices no longer get your data.</translation>
    </message>
    <message>
        <location filename="../components/AuditDelegate.qml" line="32"/>
        <source>What %1 had of your case was deleted from the device “%2”, because they left the team.</source>
        <translation>What %1 had of your case was deleted from the device “%2”, because they left the team.</translation>
    </message>
    <message>
        <location filename="../components/AuditDelegate.qml" line="34"/>
        <source>You signed in on the device “%1”.</source>
        <translation>You signed in on the device “%1”.</translation>
    </message>
    <message>
        <location filename="../components/AuditDelegate.qml" line="36"/>
        <source>A sign-in as you with %1 did not go through. If it was not you, tell your adviser.</source>
        <translation>A sign-in as you with %1 did not go through. If it was not you, tell your adviser.</translation>
    </message>
    <message>
        <location filename="../components/AuditDelegate.qml" line="38"/>
        <source>The device “%1” was signed out. It deletes what it had of your case the next time it connects.</source>
        <translation>The device “%1” was signed out. It deletes what it had of your case the next time it connects.</translation>
    </message>
    <message>
        <location filename="../components/AuditDelegate.qml" line="40"/>
        <source>%1 signed out all your devices (%2). They delete what they had of your case the next time they connect.</source>
        <translation>%1 signed out all your devices (%2). They delete what they had of your case the next time they connect.</translation>
    </message>
    <message>
        <location filename="../components/AuditDelegate.qml" line="42"/>
        <source>%1 changed the steps of the programme. Your journey moved on to the nearest step that is still there. Nothing about you was deleted.</source>
        <translation>%1 changed the steps of the programme. Your journey moved on to the nearest step that is still there. Nothing about you was deleted.</translation>
    </message>
    <message>
        <location filename="../components/AuditDelegate.qml" line="44"/>
        <source>Your %1 (%2) were removed from the device “%3” at %4, because you stopped sharing.</source>
        <translation>Your %1 (%2) were removed from the device “%3” at %4, because you stopped sharing.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../pages/AuditPage.qml" line="12"/>
        <source>Who has seen what</source>
        <translation>Who has seen what</translation>
    </message>
    <message>
        <location filename="../pages/AuditPage.qml" line="24"/>
        <source>Each time a device of the training office or the clinic receives or changes your data, it is written here.</source>
        <translation>Each time a device of the training office or the clinic receives or changes your data, it is written here.</translation>
    </message>
    <message>
        <location filename="../pages/AuditPage.qml" line="33"/>
        <source>Nothing to show yet. The list comes from the server when you are online.</source>
        <translation>Nothing to show yet. The list comes from the server when you are online.</translation>
    </message>
    <message>
        <location filename="../pages/AuditPage.qml" line="33"/>
        <source>No one else has received your data yet.</source>
        <translation>No one else has received your data yet.</translation>
    </message>
    <message>
        <location filename="../pages/AuditPage.qml" line="46"/>
        <source>A device that stays offline keeps what it had until it next connects.</source>
        <translation>A device that stays offline keeps what it had until it next connects.</translation>
    </message>
    <message>
        <location filename="../pages/AuditPage.qml" line="53"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../pages/AuditPage.qml" line="56"/>
        <source>Refresh the list</source>
        <translation>Refresh the list</translation>
    </message>
</context>
<context>
    <name>CaseModel</name>
    <message>
        <location filename="../../app/models/CaseModel.cpp" line="109"/>
        <source>Du er ikke logget inn.</source>
        <translation>You are not logged in.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../components/CaseView.qml" line="21"/>
        <source>your service</source>
        <translation>your service</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="57"/>
        <source>Choose an apprentice to see their case.</source>
        <translation>Choose an apprentice to see their case.</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="77"/>
        <source>%1 · day %2 in this phase</source>
        <translation>%1 · day %2 in this phase</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="86"/>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="86"/>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="86"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="86"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="94"/>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="111"/>
        <source>Check-in trend</source>
        <translation>Check-in trend</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="112"/>
        <source>What the apprentice shares with you.</source>
        <translation>What the apprentice shares with you.</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="116"/>
        <source>Check-ins are not shared with %1. The apprentice decides what you see.</source>
        <translation>Check-ins are not shared with %1. The apprentice decides what you see.</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="128"/>
        <source>4 weeks</source>
        <translation>4 weeks</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="129"/>
        <source>Show the last 4 weeks</source>
        <translation>Show the last 4 weeks</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="134"/>
        <source>12 weeks</source>
        <translation>12 weeks</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="135"/>
        <source>Show the last 12 weeks</source>
        <translation>Show the last 12 weeks</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="167"/>
        <source>Absence</source>
        <translation>Absence</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="171"/>
        <source>Absence is not shared with %1. The apprentice decides what you see.</source>
        <translation>Absence is not shared with %1. The apprentice decides what you see.</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../pages/CasesPage.qml" line="24"/>
        <source>talk about health</source>
        <translation>talk about health</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="26"/>
        <source>absence rising</source>
        <translation>absence rising</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="30"/>
        <source>check-ins missing</source>
        <translation>check-ins missing</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="28"/>
        <source>check-ins falling</source>
        <translation>check-ins falling</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="32"/>
        <source>handover due</source>
        <translation>handover due</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="34"/>
        <source>sharing withdrawn</source>
        <translation>sharing withdrawn</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="36"/>
        <source>behind the return plan</source>
        <translation>behind the return plan</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="38"/>
        <source>follow-up questions due</source>
        <translation>follow-up questions due</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="45"/>
        <source>Most flags</source>
        <translation>Most flags</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="47"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="49"/>
        <source>Days in phase</source>
        <translation>Days in phase</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="51"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="85"/>
        <source>My apprentices</source>
        <translation>My apprentices</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="147"/>
        <source>You see what each apprentice has chosen to share with %1.</source>
        <translation>You see what each apprentice has chosen to share with %1.</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="147"/>
        <source>your service</source>
        <translation>your service</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="165"/>
        <source>Sort by</source>
        <translation>Sort by</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="175"/>
        <source>Sort by: %1</source>
        <translation>Sort by: %1</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="203"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="206"/>
        <source>Show: %1</source>
        <translation>Show: %1</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="215"/>
        <source>No apprentices yet.</source>
        <translation>No apprentices yet.</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="215"/>
        <source>No apprentice with this flag.</source>
        <translation>No apprentice with this flag.</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="267"/>
        <source>%1 · day %2 in this phase</source>
        <translation>%1 · day %2 in this phase</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="274"/>
        <source>last check-in %1</source>
        <translation>last check-in %1</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="274"/>
        <source>check-ins not shared</source>
        <translation>check-ins not shared</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="274"/>
        <source>no check-ins yet</source>
        <translation>no check-ins yet</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="274"/>
        <source>check-ins shared, waiting for a parent&apos;s or guardian&apos;s yes</source>
        <translation>check-ins shared, waiting for a parent&apos;s or guardian&apos;s yes</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="347"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../pages/CheckInPage.qml" line="45"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="45"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="68"/>
        <source>Not shared with %1. The apprentice decides what you see.</source>
        <translation>Not shared with %1. The apprentice decides what you see.</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="68"/>
        <source>your service</source>
        <translation>your service</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="106"/>
        <source>You have checked in today</source>
        <translation>You have checked in today</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="110"/>
        <source>Thank you! It is saved on your phone.</source>
        <translation>Thank you! It is saved on your phone.</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="116"/>
        <source>Check in again</source>
        <translation>Check in again</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="127"/>
        <source>How are you today?</source>
        <translation>How are you today?</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="128"/>
        <source>Tap one number on each line. 1 is low, 5 is high.</source>
        <translation>Tap one number on each line. 1 is low, 5 is high.</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="133"/>
        <source>Mood</source>
        <translation>Mood</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="134"/>
        <source>Very low</source>
        <translation>Very low</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="134"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="134"/>
        <location filename="../pages/CheckInPage.qml" line="140"/>
        <location filename="../pages/CheckInPage.qml" line="146"/>
        <location filename="../pages/CheckInPage.qml" line="152"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="134"/>
        <location filename="../pages/CheckInPage.qml" line="140"/>
        <location filename="../pages/CheckInPage.qml" line="146"/>
        <location filename="../pages/CheckInPage.qml" line="152"/>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="134"/>
        <location filename="../pages/CheckInPage.qml" line="146"/>
        <location filename="../pages/CheckInPage.qml" line="152"/>
        <source>Very good</source>
        <translation>Very good</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="139"/>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="140"/>
        <source>Drained</source>
        <translation>Drained</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="140"/>
        <source>Tired</source>
        <translation>Tired</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="140"/>
        <source>Full of energy</source>
        <translation>Full of energy</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="145"/>
        <source>Sleep last night</source>
        <translation>Sleep last night</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="146"/>
        <location filename="../pages/CheckInPage.qml" line="152"/>
        <source>Very bad</source>
        <translation>Very bad</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="146"/>
        <location filename="../pages/CheckInPage.qml" line="152"/>
        <source>Bad</source>
        <translation>Bad</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="151"/>
        <source>How work went</source>
        <translation>How work went</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="160"/>
        <source>Pain</source>
        <translation>Pain</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="166"/>
        <source>0 – no pain</source>
        <translation>0 – no pain</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="166"/>
        <source>%1 of 10</source>
        <translation>%1 of 10</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="181"/>
        <source>Pain from 0 to 10: %1</source>
        <translation>Pain from 0 to 10: %1</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="186"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="192"/>
        <source>worst</source>
        <translation>worst</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="199"/>
        <source>Anything you want to add? (optional)</source>
        <translation>Anything you want to add? (optional)</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="207"/>
        <source>A few words about today</source>
        <translation>A few words about today</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="210"/>
        <source>Note, optional</source>
        <translation>Note, optional</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="214"/>
        <location filename="../pages/CheckInPage.qml" line="218"/>
        <source>Save check-in</source>
        <translation>Save check-in</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="214"/>
        <source>Answer the four questions above</source>
        <translation>Answer the four questions above</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="239"/>
        <source>My trend</source>
        <translation>My trend</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="239"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="240"/>
        <source>Only you see this, unless you share your check-ins.</source>
        <translation>Only you see this, unless you share your check-ins.</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="240"/>
        <source>What the apprentice shares with you.</source>
        <translation>What the apprentice shares with you.</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="246"/>
        <source>4 weeks</source>
        <translation>4 weeks</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="247"/>
        <source>Show the last 4 weeks</source>
        <translation>Show the last 4 weeks</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="251"/>
        <source>12 weeks</source>
        <translation>12 weeks</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="252"/>
        <source>Show the last 12 weeks</source>
        <translation>Show the last 12 weeks</translation>
    </message>
</context>
<context>
    <name>ConsentDelegate</name>
    <message>
        <location filename="../components/ConsentDelegate.qml" line="57"/>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <location filename="../components/ConsentDelegate.qml" line="57"/>
        <source>Not shared</source>
        <translation>Not shared</translation>
    </message>
    <message>
        <location filename="../components/ConsentDelegate.qml" line="57"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../components/ConsentDelegate.qml" line="57"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../components/ConsentDelegate.qml" line="71"/>
        <source>Share %1 with %2</source>
        <translation>Share %1 with %2</translation>
    </message>
    <message>
        <location filename="../components/ConsentDelegate.qml" line="87"/>
        <source>Not started yet. Because of your age, a parent or guardian also has to say yes first. Nothing is sent before that.</source>
        <translation>Not started yet. Because of your age, a parent or guardian also has to say yes first. Nothing is sent before that.</translation>
    </message>
    <message>
        <location filename="../components/ConsentDelegate.qml" line="95"/>
        <source>Ended by itself on %1. Turn it on to share again.</source>
        <translation>Ended by itself on %1. Turn it on to share again.</translation>
    </message>
    <message>
        <location filename="../components/ConsentDelegate.qml" line="95"/>
        <source>Until %1, then it stops by itself.</source>
        <translation>Until %1, then it stops by itself.</translation>
    </message>
    <message>
        <location filename="../components/ConsentDelegate.qml" line="95"/>
        <source>Until you turn it off.</source>
        <translation>Until you turn it off.</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <location filename="../../app/models/ConsentModel.cpp" line="258"/>
        <location filename="../../app/models/ConsentModel.cpp" line="396"/>
        <source>Bare lærlingen kan endre hva som deles.</source>
        <translation>Only the apprentice can change what is shared.</translation>
    </message>
    <message>
        <location filename="../../app/models/ConsentModel.cpp" line="263"/>
        <location filename="../../app/models/ConsentModel.cpp" line="284"/>
        <location filename="../../app/models/ConsentModel.cpp" line="399"/>
        <source>Ukjent kategori.</source>
        <translation>Unknown category.</translation>
    </message>
    <message>
        <location filename="../../app/models/ConsentModel.cpp" line="265"/>
        <source>Sluttdatoen kan ikke være før i dag.</source>
        <translation>The end date cannot be before today.</translation>
    </message>
    <message>
        <location filename="../../app/models/ConsentModel.cpp" line="405"/>
        <source>Ukjent svar.</source>
        <translation>Unknown answer.</translation>
    </message>
</context>
<context>
    <name>ConsentReviewCard</name>
    <message>
        <location filename="../components/ConsentReviewCard.qml" line="21"/>
        <source>You share %1 with %2. Still OK?</source>
        <translation>You share %1 with %2. Still OK?</translation>
    </message>
    <message>
        <location filename="../components/ConsentReviewCard.qml" line="22"/>
        <source>You started sharing this on %1, with no end date. We ask once, so that it stays your choice.</source>
        <translation>You started sharing this on %1, with no end date. We ask once, so that it stays your choice.</translation>
    </message>
    <message>
        <location filename="../components/ConsentReviewCard.qml" line="34"/>
        <source>Yes, keep sharing</source>
        <translation>Yes, keep sharing</translation>
    </message>
    <message>
        <location filename="../components/ConsentReviewCard.qml" line="42"/>
        <source>Change it</source>
        <translation>Change it</translation>
    </message>
    <message>
        <location filename="../components/ConsentReviewCard.qml" line="53"/>
        <source>Stop sharing</source>
        <translation>Stop sharing</translation>
    </message>
    <message>
        <location filename="../components/ConsentReviewCard.qml" line="57"/>
        <source>Stop sharing %1 with %2</source>
        <translation>Stop sharing %1 with %2</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="24"/>
        <location filename="../pages/CoordinatorPage.qml" line="55"/>
        <location filename="../pages/CoordinatorPage.qml" line="83"/>
        <source>Programme figures</source>
        <translation>Programme figures</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="58"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="61"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="64"/>
        <source>Care teams</source>
        <translation>Care teams</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="70"/>
        <source>Talking to the server …</source>
        <translation>Talking to the server …</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="70"/>
        <source>The directory comes from the server when you are online.</source>
        <translation>The directory comes from the server when you are online.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="91"/>
        <source>These are counts only: no names, and nothing that points to one apprentice.</source>
        <translation>These are counts only: no names, and nothing that points to one apprentice.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="98"/>
        <source>Only apprentices who said yes to being counted are in these figures. A number under 5 is shown as «under 5», and a few others are «hidden» so that a small number cannot be worked out from the rest.</source>
        <translation>Only apprentices who said yes to being counted are in these figures. A number under 5 is shown as «under 5», and a few others are «hidden» so that a small number cannot be worked out from the rest.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="155"/>
        <source>Referred in %1</source>
        <translation>Referred in %1</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="158"/>
        <source>Trade certificates in %1</source>
        <translation>Trade certificates in %1</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="161"/>
        <source>Ended early in %1</source>
        <translation>Ended early in %1</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="190"/>
        <source>From referral to trade certificate, %1</source>
        <translation>From referral to trade certificate, %1</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="191"/>
        <source>The apprentices referred in %1, and how far they have come.</source>
        <translation>The apprentices referred in %1, and how far they have come.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="204"/>
        <source>Too few stays so far to show the wait.</source>
        <translation>Too few stays so far to show the wait.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="204"/>
        <source>Median wait from referral to the stay: %1 days (%2).</source>
        <translation>Median wait from referral to the stay: %1 days (%2).</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="204"/>
        <source>Too few stays in %1 to show the wait. All years: %2 days (%3).</source>
        <translation>Too few stays in %1 to show the wait. All years: %2 days (%3).</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="212"/>
        <source>Did it help? The apprentices&apos; own answers</source>
        <translation>Did it help? The apprentices&apos; own answers</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="213"/>
        <source>All years together. Each answer is compared with the same apprentice&apos;s answer before the stay.</source>
        <translation>All years together. Each answer is compared with the same apprentice&apos;s answer before the stay.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="216"/>
        <source>Work ability, change since the start (0–10)</source>
        <translation>Work ability, change since the start (0–10)</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="222"/>
        <source>Own goals, how far they have come (−2 to +2)</source>
        <translation>Own goals, how far they have come (−2 to +2)</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="231"/>
        <source>Each year&apos;s apprentices: where are they now?</source>
        <translation>Each year&apos;s apprentices: where are they now?</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="232"/>
        <source>Everyone counts in the year they started, whatever the period above — also those whose data has since been deleted.</source>
        <translation>Everyone counts in the year they started, whatever the period above — also those whose data has since been deleted.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="238"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="238"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="238"/>
        <source>Completed (trade certificate)</source>
        <translation>Completed (trade certificate)</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="238"/>
        <source>Still in the apprenticeship</source>
        <translation>Still in the apprenticeship</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="238"/>
        <source>Ended early</source>
        <translation>Ended early</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="281"/>
        <source>%1: target %2, started %3, completed %4, still in the apprenticeship %5, ended early %6</source>
        <translation>%1: target %2, started %3, completed %4, still in the apprenticeship %5, ended early %6</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="302"/>
        <source>In each phase now</source>
        <translation>In each phase now</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="303"/>
        <source>Apprentices whose journey is open today, whatever the period.</source>
        <translation>Apprentices whose journey is open today, whatever the period.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="339"/>
        <source>Together with other programmes</source>
        <translation>Together with other programmes</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="340"/>
        <source>Add the figures other programmes sent you. Together you reach numbers one programme cannot.</source>
        <translation>Add the figures other programmes sent you. Together you reach numbers one programme cannot.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="348"/>
        <source>%1 (this programme)</source>
        <translation>%1 (this programme)</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="348"/>
        <source>%1, figures from %2</source>
        <translation>%1, figures from %2</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="354"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="357"/>
        <source>Remove the figures from %1</source>
        <translation>Remove the figures from %1</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="368"/>
        <source>From referral to trade certificate, all years, all programmes</source>
        <translation>From referral to trade certificate, all years, all programmes</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="394"/>
        <source>A range (such as 7–11) means the programmes&apos; own small numbers are not known exactly, even here.</source>
        <translation>A range (such as 7–11) means the programmes&apos; own small numbers are not known exactly, even here.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="403"/>
        <location filename="../pages/CoordinatorPage.qml" line="410"/>
        <source>Add figures from another programme</source>
        <translation>Add figures from another programme</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="412"/>
        <location filename="../pages/CoordinatorPage.qml" line="467"/>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="415"/>
        <source>Added.</source>
        <translation>Added.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="436"/>
        <source>Saves the same protected figures as a CSV file for a spreadsheet, or as a JSON file another programme can add to its own.</source>
        <translation>Saves the same protected figures as a CSV file for a spreadsheet, or as a JSON file another programme can add to its own.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="120"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="123"/>
        <source>Refresh the figures</source>
        <translation>Refresh the figures</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="131"/>
        <source>Fetching the figures from the server …</source>
        <translation>Fetching the figures from the server …</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="131"/>
        <source>No figures yet. They come from the server when you are online.</source>
        <translation>No figures yet. They come from the server when you are online.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="138"/>
        <source>The server could not hide every small number this time, so it sent no figures. Nothing is wrong with your data.</source>
        <translation>The server could not hide every small number this time, so it sent no figures. Nothing is wrong with your data.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="152"/>
        <source>In the programme now</source>
        <translation>In the programme now</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="104"/>
        <location filename="../pages/CoordinatorPage.qml" line="238"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="202"/>
        <source>%1 stays</source>
        <translation>%1 stays</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="202"/>
        <source>5 stays or more</source>
        <translation>5 stays or more</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="433"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="443"/>
        <location filename="../pages/CoordinatorPage.qml" line="464"/>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="453"/>
        <source>Export for pooling (JSON)</source>
        <translation>Export for pooling (JSON)</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="467"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="470"/>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <location filename="../../app/print/DataExport.cpp" line="135"/>
        <source>Det er ingen data å eksportere ennå.</source>
        <translation>There is no data to export yet.</translation>
    </message>
    <message>
        <location filename="../../app/print/DataExport.cpp" line="137"/>
        <source>Velg en fil å lagre til.</source>
        <translation>Choose a file to save to.</translation>
    </message>
    <message>
        <location filename="../../app/print/DataExport.cpp" line="141"/>
        <location filename="../../app/print/DataExport.cpp" line="144"/>
        <source>Kunne ikke skrive %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../components/DateField.qml" line="77"/>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location filename="../components/DateField.qml" line="100"/>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <location filename="../../app/models/DevicesModel.cpp" line="114"/>
        <source>Enheten er ikke koblet til serveren nå. Listen kommer når den er det.</source>
        <translation>This device is not connected to the server right now. The list comes when it is.</translation>
    </message>
    <message>
        <location filename="../../app/models/DevicesModel.cpp" line="128"/>
        <source>Dette er enheten du bruker nå. Logg ut fra Innstillinger i stedet.</source>
        <translation>This is the device you are using now. Log out from Settings instead.</translation>
    </message>
    <message>
        <location filename="../../app/models/DevicesModel.cpp" line="133"/>
        <source>Enheten er ikke koblet til serveren nå. Prøv igjen når den er det.</source>
        <translation>This device is not connected to the server right now. Try again when it is.</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../pages/DevicesPage.qml" line="22"/>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="29"/>
        <source>iPhone or iPad</source>
        <translation>iPhone or iPad</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="48"/>
        <source>My devices</source>
        <translation>My devices</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="60"/>
        <source>Here are the phones and computers where you are logged in to Bro. If you have lost one, or do not use it any more, you can log it out here.</source>
        <translation>Here are the phones and computers where you are logged in to Bro. If you have lost one, or do not use it any more, you can log it out here.</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="69"/>
        <source>Loading your devices</source>
        <translation>Loading your devices</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="87"/>
        <source>this device</source>
        <translation>this device</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="87"/>
        <source>logged out</source>
        <translation>logged out</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="102"/>
        <source>This device</source>
        <translation>This device</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="113"/>
        <source>Logged in with %1</source>
        <translation>Logged in with %1</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="119"/>
        <source>Last used %1</source>
        <translation>Last used %1</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="126"/>
        <source>Logged out. It erases what it has stored about you the next time it connects.</source>
        <translation>Logged out. It erases what it has stored about you the next time it connects.</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="134"/>
        <location filename="../pages/DevicesPage.qml" line="173"/>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="139"/>
        <source>Log out %1</source>
        <translation>Log out %1</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="157"/>
        <source>Update the list</source>
        <translation>Update the list</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="180"/>
        <source>Log out %1?</source>
        <translation>Log out %1?</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="188"/>
        <source>It erases what it has stored about you the next time it connects.</source>
        <translation>It erases what it has stored about you the next time it connects.</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <location filename="../components/DialogButtons.qml" line="9"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../components/DialogButtons.qml" line="10"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DirectoryCareTeams</name>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="26"/>
        <source>Open a case</source>
        <translation>Open a case</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="27"/>
        <source>For an apprentice who has none yet: the training office and the clinic that will follow them.</source>
        <translation>For an apprentice who has none yet: the training office and the clinic that will follow them.</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="32"/>
        <source>Every apprentice has a case. Add a new apprentice under People first.</source>
        <translation>Every apprentice has a case. Add a new apprentice under People first.</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="61"/>
        <source>Training office</source>
        <translation>Training office</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="71"/>
        <source>Clinic</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="75"/>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="91"/>
        <source>The team around %1</source>
        <translation>The team around %1</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="92"/>
        <source>Training office: %1 · Clinic: %2</source>
        <translation>Training office: %1 · Clinic: %2</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="96"/>
        <source>Nobody on the team yet: nobody but the apprentice sees the case.</source>
        <translation>Nobody on the team yet: nobody but the apprentice sees the case.</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="123"/>
        <location filename="../components/DirectoryCareTeams.qml" line="176"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="127"/>
        <source>Remove %1 from the team</source>
        <translation>Remove %1 from the team</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="151"/>
        <source>Choose who joins the team</source>
        <translation>Choose who joins the team</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="154"/>
        <source>Who joins the team</source>
        <translation>Who joins the team</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="158"/>
        <source>Add to the team</source>
        <translation>Add to the team</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="174"/>
        <source>Remove from the team?</source>
        <translation>Remove from the team?</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="182"/>
        <source>%1 will no longer follow %2. What their devices hold of the case is deleted, and %2 can see in their log that %1 left the team.</source>
        <translation>%1 will no longer follow %2. What their devices hold of the case is deleted, and %2 can see in their log that %1 left the team.</translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <location filename="../../app/models/DirectoryModel.cpp" line="134"/>
        <source>Bare koordinatoren kan endre organisasjoner, personer og team.</source>
        <translation>Only the coordinator can change organisations, people and teams.</translation>
    </message>
    <message>
        <location filename="../../app/models/DirectoryModel.cpp" line="137"/>
        <source>Du er frakoblet. Koble til for å endre.</source>
        <translation>You are offline. Connect to make changes.</translation>
    </message>
    <message>
        <location filename="../../app/models/DirectoryModel.cpp" line="150"/>
        <source>Skriv inn navnet på organisasjonen.</source>
        <translation>Enter the name of the organisation.</translation>
    </message>
    <message>
        <location filename="../../app/models/DirectoryModel.cpp" line="153"/>
        <source>Velg hva slags organisasjon det er.</source>
        <translation>Choose what kind of organisation it is.</translation>
    </message>
    <message>
        <location filename="../../app/models/DirectoryModel.cpp" line="164"/>
        <source>Skriv inn navnet på personen.</source>
        <translation>Enter the person&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../app/models/DirectoryModel.cpp" line="167"/>
        <source>Velg en rolle.</source>
        <translation>Choose a role.</translation>
    </message>
    <message>
        <location filename="../../app/models/DirectoryModel.cpp" line="171"/>
        <source>Velg hvor personen jobber.</source>
        <translation>Choose where the person works.</translation>
    </message>
    <message>
        <location filename="../../app/models/DirectoryModel.cpp" line="181"/>
        <source>Velg lærling, opplæringskontor og klinikk.</source>
        <translation>Choose the apprentice, training office and clinic.</translation>
    </message>
    <message>
        <location filename="../../app/models/DirectoryModel.cpp" line="203"/>
        <source>Velg hvem det gjelder i teamet.</source>
        <translation>Choose who on the team it concerns.</translation>
    </message>
    <message>
        <location filename="../../app/models/DirectoryModel.cpp" line="217"/>
        <source>Velg hvem invitasjonen er til.</source>
        <translation>Choose who the invitation is for.</translation>
    </message>
    <message>
        <location filename="../../app/models/DirectoryModel.cpp" line="227"/>
        <source>Velg hvem det gjelder.</source>
        <translation>Choose who it is about.</translation>
    </message>
</context>
<context>
    <name>DirectoryOrganisations</name>
    <message>
        <location filename="../components/DirectoryOrganisations.qml" line="28"/>
        <source>Add an organisation</source>
        <translation>Add an organisation</translation>
    </message>
    <message>
        <location filename="../components/DirectoryOrganisations.qml" line="35"/>
        <source>Name, e.g. Opplæringskontoret for anleggsfag</source>
        <translation>Name, e.g. Opplæringskontoret for anleggsfag</translation>
    </message>
    <message>
        <location filename="../components/DirectoryOrganisations.qml" line="38"/>
        <source>Name of the organisation</source>
        <translation>Name of the organisation</translation>
    </message>
    <message>
        <location filename="../components/DirectoryOrganisations.qml" line="48"/>
        <source>Training office</source>
        <translation>Training office</translation>
    </message>
    <message>
        <location filename="../components/DirectoryOrganisations.qml" line="51"/>
        <source>Clinic</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <location filename="../components/DirectoryOrganisations.qml" line="54"/>
        <location filename="../components/DirectoryOrganisations.qml" line="77"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../components/DirectoryOrganisations.qml" line="58"/>
        <source>Kind of organisation</source>
        <translation>Kind of organisation</translation>
    </message>
    <message>
        <location filename="../components/DirectoryOrganisations.qml" line="63"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../components/DirectoryOrganisations.qml" line="77"/>
        <source>Training offices</source>
        <translation>Training offices</translation>
    </message>
    <message>
        <location filename="../components/DirectoryOrganisations.qml" line="77"/>
        <source>Clinics</source>
        <translation>Clinics</translation>
    </message>
    <message numerus="yes">
        <location filename="../components/DirectoryOrganisations.qml" line="87"/>
        <location filename="../components/DirectoryOrganisations.qml" line="94"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryPeople</name>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="31"/>
        <source>%1 had no devices signed in.</source>
        <translation>%1 had no devices signed in.</translation>
    </message>
    <message numerus="yes">
        <location filename="../components/DirectoryPeople.qml" line="31"/>
        <source>%n device(s) of %1 signed out. Each deletes what it had the next time it connects.</source>
        <translation>
            <numerusform>%n device of %1 signed out. It deletes what it had the next time it connects.</numerusform>
            <numerusform>%n devices of %1 signed out. Each deletes what it had the next time it connects.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="40"/>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="41"/>
        <source>An apprentice belongs to no organisation. An adviser works at a training office, a clinician at a clinic.</source>
        <translation>An apprentice belongs to no organisation. An adviser works at a training office, a clinician at a clinic.</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="50"/>
        <location filename="../components/DirectoryPeople.qml" line="53"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="75"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="84"/>
        <source>No organisation</source>
        <translation>No organisation</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="84"/>
        <source>Choose where they work</source>
        <translation>Choose where they work</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="87"/>
        <source>Works at</source>
        <translation>Works at</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="91"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="101"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="139"/>
        <source>Has an account</source>
        <translation>Has an account</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="147"/>
        <source>Sign out devices</source>
        <translation>Sign out devices</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="151"/>
        <source>Sign out all devices of %1</source>
        <translation>Sign out all devices of %1</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="161"/>
        <source>Make invite code</source>
        <translation>Make invite code</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="165"/>
        <source>Make an invite code for %1</source>
        <translation>Make an invite code for %1</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="190"/>
        <source>Sign out all</source>
        <translation>Sign out all</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="197"/>
        <source>Sign out all devices of %1?</source>
        <translation>Sign out all devices of %1?</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="205"/>
        <source>For someone who leaves the programme. Each device deletes what it has stored the next time it connects. They can sign in again later if they come back.</source>
        <translation>For someone who leaves the programme. Each device deletes what it has stored the next time it connects. They can sign in again later if they come back.</translation>
    </message>
</context>
<context>
    <name>EarlyWarningCard</name>
    <message>
        <location filename="../components/EarlyWarningCard.qml" line="30"/>
        <source>your adviser</source>
        <translation>your adviser</translation>
    </message>
    <message>
        <location filename="../components/EarlyWarningCard.qml" line="34"/>
        <source>Hi %1. Things are heavy for me right now. Can you get in touch?</source>
        <translation>Hi %1. Things are heavy for me right now. Can you get in touch?</translation>
    </message>
    <message>
        <location filename="../components/EarlyWarningCard.qml" line="34"/>
        <source>Things are heavy for me right now. Can someone get in touch?</source>
        <translation>Things are heavy for me right now. Can someone get in touch?</translation>
    </message>
    <message>
        <location filename="../components/EarlyWarningCard.qml" line="38"/>
        <source>It has been a while since you checked in</source>
        <translation>It has been a while since you checked in</translation>
    </message>
    <message>
        <location filename="../components/EarlyWarningCard.qml" line="38"/>
        <source>The last two weeks look heavier</source>
        <translation>The last two weeks look heavier</translation>
    </message>
    <message>
        <location filename="../components/EarlyWarningCard.qml" line="39"/>
        <source>That is completely fine. Sometimes there is a lot going on.</source>
        <translation>That is completely fine. Sometimes there is a lot going on.</translation>
    </message>
    <message>
        <location filename="../components/EarlyWarningCard.qml" line="39"/>
        <source>Your check-ins have gone down lately. That happens, and it is good that you notice.</source>
        <translation>Your check-ins have gone down lately. That happens, and it is good that you notice.</translation>
    </message>
    <message>
        <location filename="../components/EarlyWarningCard.qml" line="46"/>
        <source>Do you want to tell %1 that things are heavy right now? Nothing is sent unless you say yes.</source>
        <translation>Do you want to tell %1 that things are heavy right now? Nothing is sent unless you say yes.</translation>
    </message>
    <message>
        <location filename="../components/EarlyWarningCard.qml" line="54"/>
        <source>Yes, tell %1</source>
        <translation>Yes, tell %1</translation>
    </message>
    <message>
        <location filename="../components/EarlyWarningCard.qml" line="58"/>
        <source>Yes, tell %1 that things are heavy right now</source>
        <translation>Yes, tell %1 that things are heavy right now</translation>
    </message>
    <message>
        <location filename="../components/EarlyWarningCard.qml" line="64"/>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../components/EarlyWarningCard.qml" line="67"/>
        <source>Not now. Nothing is sent.</source>
        <translation>Not now. Nothing is sent.</translation>
    </message>
    <message>
        <location filename="../components/EarlyWarningCard.qml" line="73"/>
        <source>Your message is on its way to %1. You can read it under Messages.</source>
        <translation>Your message is on its way to %1. You can read it under Messages.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../app/store/Store.cpp" line="39"/>
        <location filename="../../app/store/Store.cpp" line="61"/>
        <source>Kunne ikke lagre på enheten: %1</source>
        <translation>Could not save on the device: %1</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../components/FunnelChart.qml" line="29"/>
        <source>From referral to trade certificate</source>
        <translation>From referral to trade certificate</translation>
    </message>
    <message>
        <location filename="../components/FunnelChart.qml" line="29"/>
        <source>Target: %1 a year</source>
        <translation>Target: %1 a year</translation>
    </message>
    <message>
        <location filename="../components/FunnelChart.qml" line="89"/>
        <source>The line marks the target: %1 referred a year.</source>
        <translation>The line marks the target: %1 referred a year.</translation>
    </message>
</context>
<context>
    <name>GoalComments</name>
    <message>
        <location filename="../components/GoalComments.qml" line="16"/>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../components/GoalComments.qml" line="17"/>
        <source>Your helpers can comment on your goal here, and you can answer.</source>
        <translation>Your helpers can comment on your goal here, and you can answer.</translation>
    </message>
    <message>
        <location filename="../components/GoalComments.qml" line="17"/>
        <source>Cheer on or ask. The goal stays in the apprentice&apos;s words.</source>
        <translation>Cheer on or ask. The goal stays in the apprentice&apos;s words.</translation>
    </message>
    <message>
        <location filename="../components/GoalComments.qml" line="46"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../components/GoalComments.qml" line="58"/>
        <source>Remove your comment</source>
        <translation>Remove your comment</translation>
    </message>
    <message>
        <location filename="../components/GoalComments.qml" line="75"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../components/GoalComments.qml" line="75"/>
        <source>Write a comment</source>
        <translation>Write a comment</translation>
    </message>
    <message>
        <location filename="../components/GoalComments.qml" line="84"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../components/GoalComments.qml" line="87"/>
        <source>Send comment</source>
        <translation>Send comment</translation>
    </message>
</context>
<context>
    <name>GoalCommentsModel</name>
    <message>
        <location filename="../../app/models/GoalCommentsModel.cpp" line="105"/>
        <source>Velg et mål først.</source>
        <translation>Choose a goal first.</translation>
    </message>
</context>
<context>
    <name>GoalDelegate</name>
    <message>
        <location filename="../components/GoalDelegate.qml" line="32"/>
        <source>Trade certificate goal</source>
        <translation>Trade certificate goal</translation>
    </message>
    <message>
        <location filename="../components/GoalDelegate.qml" line="32"/>
        <source>%1 of %2 steps done</source>
        <translation>%1 of %2 steps done</translation>
    </message>
    <message>
        <location filename="../components/GoalDelegate.qml" line="51"/>
        <source>THE GOAL ABOVE ALL</source>
        <translation>THE GOAL ABOVE ALL</translation>
    </message>
    <message>
        <location filename="../components/GoalDelegate.qml" line="66"/>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <location filename="../components/GoalDelegate.qml" line="98"/>
        <source>%1 of %2 steps</source>
        <translation>%1 of %2 steps</translation>
    </message>
    <message>
        <location filename="../components/GoalDelegate.qml" line="98"/>
        <source>No steps yet</source>
        <translation>No steps yet</translation>
    </message>
    <message>
        <location filename="../components/GoalDelegate.qml" line="111"/>
        <location filename="../components/GoalDelegate.qml" line="121"/>
        <source>Not available yet</source>
        <translation>Not available yet</translation>
    </message>
    <message>
        <location filename="../components/GoalDelegate.qml" line="114"/>
        <source>Move up: %1</source>
        <translation>Move up: %1</translation>
    </message>
    <message>
        <location filename="../components/GoalDelegate.qml" line="124"/>
        <source>Move down: %1</source>
        <translation>Move down: %1</translation>
    </message>
</context>
<context>
    <name>GoalPage</name>
    <message>
        <location filename="../pages/GoalPage.qml" line="38"/>
        <source>Trade certificate</source>
        <translation>Trade certificate</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="38"/>
        <location filename="../pages/GoalPage.qml" line="263"/>
        <location filename="../pages/GoalPage.qml" line="268"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="68"/>
        <source>The goal above all: finishing your apprenticeship with a trade certificate (fagbrev).</source>
        <translation>The goal above all: finishing your apprenticeship with a trade certificate (fagbrev).</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="84"/>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="84"/>
        <source>You have not written why yet.</source>
        <translation>You have not written why yet.</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="97"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="100"/>
        <source>%1 of %2 steps</source>
        <translation>%1 of %2 steps</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="106"/>
        <source>Edit words</source>
        <translation>Edit words</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="109"/>
        <source>Edit the goal and why</source>
        <translation>Edit the goal and why</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="115"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="128"/>
        <source>Set status: %1</source>
        <translation>Set status: %1</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="135"/>
        <source>Congratulations on your trade certificate! You did it.</source>
        <translation>Congratulations on your trade certificate! You did it.</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="135"/>
        <source>Well done. You reached this goal.</source>
        <translation>Well done. You reached this goal.</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="143"/>
        <source>Paused is fine. Take it up again when you are ready.</source>
        <translation>Paused is fine. Take it up again when you are ready.</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="151"/>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="152"/>
        <source>Break the goal into small steps you can tick off.</source>
        <translation>Break the goal into small steps you can tick off.</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="175"/>
        <location filename="../pages/GoalPage.qml" line="178"/>
        <source>A new step</source>
        <translation>A new step</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="175"/>
        <source>Suggest a step</source>
        <translation>Suggest a step</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="186"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="186"/>
        <source>Suggest</source>
        <translation>Suggest</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="189"/>
        <source>Add step</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="200"/>
        <source>Why you suggest it (optional)</source>
        <translation>Why you suggest it (optional)</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="203"/>
        <source>Why you suggest it</source>
        <translation>Why you suggest it</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="207"/>
        <source>The apprentice sees your name and why, and decides whether to take the step.</source>
        <translation>The apprentice sees your name and why, and decides whether to take the step.</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="229"/>
        <source>Delete this goal</source>
        <translation>Delete this goal</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="243"/>
        <source>Your goal, in your words</source>
        <translation>Your goal, in your words</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="245"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="271"/>
        <source>Why it matters to you</source>
        <translation>Why it matters to you</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="278"/>
        <source>Why it matters</source>
        <translation>Why it matters</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="289"/>
        <source>Delete this goal?</source>
        <translation>Delete this goal?</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="291"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="295"/>
        <source>The goal and its steps are removed for you and your helpers. If you only want a break, pause it instead.</source>
        <translation>The goal and its steps are removed for you and your helpers. If you only want a break, pause it instead.</translation>
    </message>
</context>
<context>
    <name>GoalScoreChoice</name>
    <message>
        <location filename="../components/GoalScoreChoice.qml" line="23"/>
        <source>Much worse than expected</source>
        <translation>Much worse than expected</translation>
    </message>
    <message>
        <location filename="../components/GoalScoreChoice.qml" line="23"/>
        <source>A bit worse than expected</source>
        <translation>A bit worse than expected</translation>
    </message>
    <message>
        <location filename="../components/GoalScoreChoice.qml" line="23"/>
        <source>As expected</source>
        <translation>As expected</translation>
    </message>
    <message>
        <location filename="../components/GoalScoreChoice.qml" line="23"/>
        <source>A bit better than expected</source>
        <translation>A bit better than expected</translation>
    </message>
    <message>
        <location filename="../components/GoalScoreChoice.qml" line="23"/>
        <source>Much better than expected</source>
        <translation>Much better than expected</translation>
    </message>
    <message>
        <location filename="../components/GoalScoreChoice.qml" line="35"/>
        <source>How far has this goal come since we agreed on it?</source>
        <translation>How far has this goal come since we agreed on it?</translation>
    </message>
</context>
<context>
    <name>GoalStepsModel</name>
    <message>
        <location filename="../../app/models/GoalStepsModel.cpp" line="143"/>
        <source>Velg et mål først.</source>
        <translation>Choose a goal first.</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <location filename="../../app/models/GoalsModel.cpp" line="213"/>
        <source>Fant ikke målet.</source>
        <translation>The goal was not found.</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../pages/GoalsPage.qml" line="46"/>
        <source>My goals</source>
        <translation>My goals</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="46"/>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="80"/>
        <source>Your goals, in your own words. Your helpers are here to help you reach them.</source>
        <translation>Your goals, in your own words. Your helpers are here to help you reach them.</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="80"/>
        <source>The apprentice&apos;s own goals. Open one to suggest a step.</source>
        <translation>The apprentice&apos;s own goals. Open one to suggest a step.</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="89"/>
        <source>Not shared with %1. The apprentice decides what you see.</source>
        <translation>Not shared with %1. The apprentice decides what you see.</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="89"/>
        <source>your service</source>
        <translation>your service</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="101"/>
        <source>A suggestion for you</source>
        <translation>A suggestion for you</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="101"/>
        <source>%1 suggestions for you</source>
        <translation>%1 suggestions for you</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="102"/>
        <source>You decide: take it, change the words first, or say no thanks.</source>
        <translation>You decide: take it, change the words first, or say no thanks.</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="125"/>
        <source>%1 suggests: %2</source>
        <translation>%1 suggests: %2</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="125"/>
        <source>A helper</source>
        <translation>A helper</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="144"/>
        <source>Open the suggestion: %1</source>
        <translation>Open the suggestion: %1</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="177"/>
        <source>No goals yet. Start with the one that matters most to you.</source>
        <translation>No goals yet. Start with the one that matters most to you.</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="177"/>
        <source>The apprentice has no goals yet.</source>
        <translation>The apprentice has no goals yet.</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="186"/>
        <source>Show achieved and dropped goals</source>
        <translation>Show achieved and dropped goals</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="197"/>
        <source>Add a goal</source>
        <translation>Add a goal</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="208"/>
        <source>Your suggestions</source>
        <translation>Your suggestions</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="209"/>
        <source>The goals are the apprentice&apos;s own words. You can suggest a goal; the apprentice sees your name and why, and decides.</source>
        <translation>The goals are the apprentice&apos;s own words. You can suggest a goal; the apprentice sees your name and why, and decides.</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="219"/>
        <location filename="../pages/GoalsPage.qml" line="242"/>
        <source>Suggest a goal</source>
        <translation>Suggest a goal</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="242"/>
        <source>A new goal</source>
        <translation>A new goal</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="244"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="261"/>
        <source>What do you want to achieve?</source>
        <translation>What do you want to achieve?</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="261"/>
        <source>What could the apprentice aim for?</source>
        <translation>What could the apprentice aim for?</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="268"/>
        <source>For example: Sleep better on work days</source>
        <translation>For example: Sleep better on work days</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="270"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="273"/>
        <source>Why does it matter to you? (optional)</source>
        <translation>Why does it matter to you? (optional)</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="273"/>
        <source>Why you suggest it (optional)</source>
        <translation>Why you suggest it (optional)</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="283"/>
        <source>Why it matters</source>
        <translation>Why it matters</translation>
    </message>
</context>
<context>
    <name>HealthTalkGuide</name>
    <message>
        <location filename="../components/HealthTalkGuide.qml" line="19"/>
        <source>Time to talk about health</source>
        <translation>Time to talk about health</translation>
    </message>
    <message>
        <location filename="../components/HealthTalkGuide.qml" line="21"/>
        <source>%1 absences, %2 days in the last %3 days. When absence repeats, ask about health, plainly and kindly.</source>
        <translation>%1 absences, %2 days in the last %3 days. When absence repeats, ask about health, plainly and kindly.</translation>
    </message>
    <message>
        <location filename="../components/HealthTalkGuide.qml" line="31"/>
        <source>Hide the guide</source>
        <translation>Hide the guide</translation>
    </message>
    <message>
        <location filename="../components/HealthTalkGuide.qml" line="31"/>
        <source>How to have the conversation</source>
        <translation>How to have the conversation</translation>
    </message>
    <message>
        <location filename="../components/HealthTalkGuide.qml" line="38"/>
        <source>Say it plainly: you have noticed the absence, and ask whether it has to do with health.</source>
        <translation>Say it plainly: you have noticed the absence, and ask whether it has to do with health.</translation>
    </message>
    <message>
        <location filename="../components/HealthTalkGuide.qml" line="38"/>
        <source>Ask open questions: “How are you doing?”, “What makes the days hard?”, “What would help at work?”</source>
        <translation>Ask open questions: “How are you doing?”, “What makes the days hard?”, “What would help at work?”</translation>
    </message>
    <message>
        <location filename="../components/HealthTalkGuide.qml" line="38"/>
        <source>Listen more than you talk. You do not need to find the cause or a diagnosis.</source>
        <translation>Listen more than you talk. You do not need to find the cause or a diagnosis.</translation>
    </message>
    <message>
        <location filename="../components/HealthTalkGuide.qml" line="38"/>
        <source>The apprentice decides what happens next and what is shared. Agree on one small step together.</source>
        <translation>The apprentice decides what happens next and what is shared. Agree on one small step together.</translation>
    </message>
    <message>
        <location filename="../components/HealthTalkGuide.qml" line="38"/>
        <source>Know who can help: the clinic (work-focused rehabilitation), the GP, the employer. Offer to make contact if the apprentice wants it.</source>
        <translation>Know who can help: the clinic (work-focused rehabilitation), the GP, the employer. Offer to make contact if the apprentice wants it.</translation>
    </message>
    <message>
        <location filename="../components/HealthTalkGuide.qml" line="38"/>
        <source>Know where your role ends: you follow up the apprenticeship; treatment belongs to health services.</source>
        <translation>Know where your role ends: you follow up the apprenticeship; treatment belongs to health services.</translation>
    </message>
</context>
<context>
    <name>HelpCard</name>
    <message>
        <location filename="../components/HelpCard.qml" line="37"/>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="37"/>
        <source>your care team</source>
        <translation>your care team</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="41"/>
        <source>It sounds like today is heavy</source>
        <translation>It sounds like today is heavy</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="42"/>
        <source>Thank you for telling us. You don&apos;t have to carry it alone. Here is who you can talk to now.</source>
        <translation>Thank you for telling us. You don&apos;t have to carry it alone. Here is who you can talk to now.</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="72"/>
        <source>%1, your clinician at %2</source>
        <translation>%1, your clinician at %2</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="73"/>
        <location filename="../components/HelpCard.qml" line="79"/>
        <source>Send a message under Messages in Bro.</source>
        <translation>Send a message under Messages in Bro.</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="78"/>
        <source>%1, your adviser at %2</source>
        <translation>%1, your adviser at %2</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="84"/>
        <source>Want someone from your team to get in touch? One tap sends %1 this message: “%2” Nothing is sent unless you tap.</source>
        <translation>Want someone from your team to get in touch? One tap sends %1 this message: “%2” Nothing is sent unless you tap.</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="92"/>
        <source>Tell my team</source>
        <translation>Tell my team</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="96"/>
        <source>Tell my team that I am having a hard time</source>
        <translation>Tell my team that I am having a hard time</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="102"/>
        <source>Your message is on its way to %1. They will get in touch. If it cannot wait, use the numbers below.</source>
        <translation>Your message is on its way to %1. They will get in touch. If it cannot wait, use the numbers below.</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="116"/>
        <source>Other help, any time</source>
        <translation>Other help, any time</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="125"/>
        <source>Your GP (fastlege)</source>
        <translation>Your GP (fastlege)</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="126"/>
        <source>Call the GP&apos;s office on a weekday and ask for an appointment soon.</source>
        <translation>Call the GP&apos;s office on a weekday and ask for an appointment soon.</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="129"/>
        <source>Out-of-hours service (legevakt): 116 117</source>
        <translation>Out-of-hours service (legevakt): 116 117</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="130"/>
        <source>When the GP&apos;s office is closed and you need to talk to a doctor.</source>
        <translation>When the GP&apos;s office is closed and you need to talk to a doctor.</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="133"/>
        <source>Mental Helse&apos;s helpline: 116 123</source>
        <translation>Mental Helse&apos;s helpline: 116 123</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="134"/>
        <source>Free, open day and night. You can be anonymous.</source>
        <translation>Free, open day and night. You can be anonymous.</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="137"/>
        <source>In an emergency: call 113</source>
        <translation>In an emergency: call 113</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="138"/>
        <source>If you or someone else is in danger right now.</source>
        <translation>If you or someone else is in danger right now.</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="143"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="143"/>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="152"/>
        <source>I&apos;m having a hard time. Can someone get in touch?</source>
        <translation>I&apos;m having a hard time. Can someone get in touch?</translation>
    </message>
</context>
<context>
    <name>InviteCodeCard</name>
    <message>
        <location filename="../components/InviteCodeCard.qml" line="15"/>
        <source>Invite code for %1</source>
        <translation>Invite code for %1</translation>
    </message>
    <message>
        <location filename="../components/InviteCodeCard.qml" line="35"/>
        <source>Give the code to the person yourself, in person or by phone. It works once, until %1. They choose a username and password when they sign in with it.</source>
        <translation>Give the code to the person yourself, in person or by phone. It works once, until %1. They choose a username and password when they sign in with it.</translation>
    </message>
    <message>
        <location filename="../components/InviteCodeCard.qml" line="40"/>
        <source>Done, the code is passed on</source>
        <translation>Done, the code is passed on</translation>
    </message>
</context>
<context>
    <name>JourneyModel</name>
    <message>
        <location filename="../../app/models/JourneyModel.cpp" line="234"/>
        <location filename="../../app/models/JourneyModel.cpp" line="275"/>
        <location filename="../../app/models/JourneyModel.cpp" line="286"/>
        <source>Saken har ingen fase ennå.</source>
        <translation>The case has no phase yet.</translation>
    </message>
    <message>
        <location filename="../../app/models/JourneyModel.cpp" line="239"/>
        <source>Ukjent punkt på sjekklisten.</source>
        <translation>Unknown item on the checklist.</translation>
    </message>
    <message>
        <location filename="../../app/models/JourneyModel.cpp" line="266"/>
        <source>Neste fase kan ikke hoppes over.</source>
        <translation>The next phase cannot be skipped.</translation>
    </message>
    <message>
        <location filename="../../app/models/JourneyModel.cpp" line="277"/>
        <source>Saken er avsluttet.</source>
        <translation>The case is closed.</translation>
    </message>
    <message>
        <location filename="../../app/models/JourneyModel.cpp" line="279"/>
        <source>Bare den som har ansvaret i denne fasen kan gå videre.</source>
        <translation>Only the person responsible for this phase can move on.</translation>
    </message>
    <message>
        <location filename="../../app/models/JourneyModel.cpp" line="281"/>
        <source>Kryss av eller forklar alle punktene på sjekklisten først.</source>
        <translation>Tick or explain every item on the checklist first.</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <location filename="../pages/JourneyPage.qml" line="15"/>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="26"/>
        <source>Your way back to work and to your trade certificate. You always see who is responsible.</source>
        <translation>Your way back to work and to your trade certificate. You always see who is responsible.</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="26"/>
        <source>The apprentice&apos;s way back to work and to the trade certificate. Everyone on the team sees who is responsible.</source>
        <translation>The apprentice&apos;s way back to work and to the trade certificate. Everyone on the team sees who is responsible.</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="36"/>
        <location filename="../pages/JourneyPage.qml" line="46"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="37"/>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="37"/>
        <source>No meeting planned.</source>
        <translation>No meeting planned.</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="49"/>
        <source>Open the meetings</source>
        <translation>Open the meetings</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="56"/>
        <source>Return plan</source>
        <translation>Return plan</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="59"/>
        <source>Open the return plan</source>
        <translation>Open the return plan</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="66"/>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="77"/>
        <source>Before the next phase</source>
        <translation>Before the next phase</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="78"/>
        <source>Tick each item, or explain why it is not needed.</source>
        <translation>Tick each item, or explain why it is not needed.</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="78"/>
        <source>Your helpers go through this list together before the next phase starts. Ask them about anything here.</source>
        <translation>Your helpers go through this list together before the next phase starts. Ask them about anything here.</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="81"/>
        <source>The checklist is not shared with %1.</source>
        <translation>The checklist is not shared with %1.</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="81"/>
        <source>your service</source>
        <translation>your service</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="108"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="108"/>
        <source>Not done yet</source>
        <translation>Not done yet</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="134"/>
        <source>Or explain why it is not needed</source>
        <translation>Or explain why it is not needed</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="138"/>
        <source>Why this is not needed: %1</source>
        <translation>Why this is not needed: %1</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="148"/>
        <source>Ticked by %1, %2</source>
        <translation>Ticked by %1, %2</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="148"/>
        <source>Explained by %1, %2</source>
        <translation>Explained by %1, %2</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="157"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="168"/>
        <source>No checklist for this phase.</source>
        <translation>No checklist for this phase.</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="173"/>
        <source>The next phase can start when every item is ticked or explained.</source>
        <translation>The next phase can start when every item is ticked or explained.</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="180"/>
        <source>Next phase: %1</source>
        <translation>Next phase: %1</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="190"/>
        <source>Start the next phase</source>
        <translation>Start the next phase</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="201"/>
        <source>Skip %1 and start %2</source>
        <translation>Skip %1 and start %2</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="228"/>
        <source>Your team</source>
        <translation>Your team</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message numerus="yes">
        <location filename="../components/LockScreen.qml" line="42"/>
        <source>That was not the code. You can try %n more time(s).</source>
        <translation>
            <numerusform>That was not the code. You can try %n more time.</numerusform>
            <numerusform>That was not the code. You can try %n more times.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="73"/>
        <source>Bro is locked</source>
        <translation>Bro is locked</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="73"/>
        <source>Choose a PIN for Bro</source>
        <translation>Choose a PIN for Bro</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="82"/>
        <source>Type your PIN to open the app.</source>
        <translation>Type your PIN to open the app.</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="82"/>
        <source>Six digits or more that only you know. The app asks for it when it starts and after a while away. Then nobody else can read what you have written.</source>
        <translation>Six digits or more that only you know. The app asks for it when it starts and after a while away. Then nobody else can read what you have written.</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="95"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="99"/>
        <source>Your PIN</source>
        <translation>Your PIN</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="99"/>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="100"/>
        <source>Digits only, at least six</source>
        <translation>Digits only, at least six</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="113"/>
        <location filename="../components/LockScreen.qml" line="117"/>
        <source>The same PIN again</source>
        <translation>The same PIN again</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="132"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="132"/>
        <source>Save PIN</source>
        <translation>Save PIN</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="138"/>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="149"/>
        <source>Log out instead</source>
        <translation>Log out instead</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="154"/>
        <source>Your unsent changes stay on this device for the next time you log in</source>
        <translation>Your unsent changes stay on this device for the next time you log in</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../pages/LoginPage.qml" line="32"/>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="36"/>
        <source>Choose a password of at least 8 characters.</source>
        <translation>Choose a password of at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="43"/>
        <location filename="../pages/LoginPage.qml" line="189"/>
        <location filename="../pages/LoginPage.qml" line="233"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="68"/>
        <source>Could not log in.</source>
        <translation>Could not log in.</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="85"/>
        <source>Your goals, your journey, your trade certificate.</source>
        <translation>Your goals, your journey, your trade certificate.</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="111"/>
        <source>Log in with %1</source>
        <translation>Log in with %1</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="122"/>
        <source>Have you got an invite code? Type it here the first time you log in.</source>
        <translation>Have you got an invite code? Type it here the first time you log in.</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="131"/>
        <source>Invite code (only the first time)</source>
        <translation>Invite code (only the first time)</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="135"/>
        <source>Invite code, only the first time you log in</source>
        <translation>Invite code, only the first time you log in</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="143"/>
        <source>Continue in the browser …</source>
        <translation>Continue in the browser …</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="143"/>
        <source>Logging you in …</source>
        <translation>Logging you in …</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="143"/>
        <source>Starting the login …</source>
        <translation>Starting the login …</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="146"/>
        <source>We opened %1 in your browser. Log in there, and you come back here by yourself.</source>
        <translation>We opened %1 in your browser. Log in there, and you come back here by yourself.</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="153"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="158"/>
        <source>Open the browser again</source>
        <translation>Open the browser again</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="168"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="171"/>
        <source>Cancel logging in</source>
        <translation>Cancel logging in</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="178"/>
        <source>Or with user name and password</source>
        <translation>Or with user name and password</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="190"/>
        <source>Log in with user name and password</source>
        <translation>Log in with user name and password</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="195"/>
        <location filename="../pages/LoginPage.qml" line="246"/>
        <location filename="../pages/LoginPage.qml" line="254"/>
        <source>Invite code</source>
        <translation>Invite code</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="196"/>
        <source>I have an invite code</source>
        <translation>I have an invite code</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="204"/>
        <location filename="../pages/LoginPage.qml" line="212"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="216"/>
        <location filename="../pages/LoginPage.qml" line="226"/>
        <location filename="../pages/LoginPage.qml" line="227"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="244"/>
        <source>Your adviser at the training office gives you an invite code. Choose your own user name and password.</source>
        <translation>Your adviser at the training office gives you an invite code. Choose your own user name and password.</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="257"/>
        <location filename="../pages/LoginPage.qml" line="265"/>
        <source>Choose a user name</source>
        <translation>Choose a user name</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="268"/>
        <source>Choose a password (at least 8 characters)</source>
        <translation>Choose a password (at least 8 characters)</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="280"/>
        <location filename="../pages/LoginPage.qml" line="281"/>
        <source>Choose a password</source>
        <translation>Choose a password</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="284"/>
        <source>The same password again</source>
        <translation>The same password again</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="294"/>
        <location filename="../pages/LoginPage.qml" line="295"/>
        <source>Repeat the password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="299"/>
        <source>Start using Bro</source>
        <translation>Start using Bro</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="324"/>
        <source>Try it on this phone only, without a server</source>
        <translation>Try it on this phone only, without a server</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="331"/>
        <source>Could not open the demo.</source>
        <translation>Could not open the demo.</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="338"/>
        <source>Demo accounts</source>
        <translation>Demo accounts</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="339"/>
        <source>This is a demo. Pick a person to log in as.</source>
        <translation>This is a demo. Pick a person to log in as.</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="353"/>
        <source>Log in as %1, %2</source>
        <translation>Log in as %1, %2</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="367"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="371"/>
        <source>Change server address</source>
        <translation>Change server address</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="383"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="386"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="388"/>
        <source>Save server address</source>
        <translation>Save server address</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirect</name>
    <message>
        <location filename="../../app/signin/LoopbackRedirect.cpp" line="36"/>
        <source>nb</source>
        <comment>the page&apos;s language code</comment>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../../app/signin/LoopbackRedirect.cpp" line="117"/>
        <location filename="../../app/signin/LoopbackRedirect.cpp" line="123"/>
        <location filename="../../app/signin/LoopbackRedirect.cpp" line="133"/>
        <source>Denne adressen er bare for Bro.</source>
        <translation>This address is only for Bro.</translation>
    </message>
    <message>
        <location filename="../../app/signin/LoopbackRedirect.cpp" line="142"/>
        <source>Du er logget inn. Du kan lukke denne fanen og gå tilbake til Bro.</source>
        <translation>You are logged in. You can close this tab and go back to Bro.</translation>
    </message>
    <message>
        <location filename="../../app/signin/LoopbackRedirect.cpp" line="145"/>
        <source>Innloggingen ble ikke fullført. Gå tilbake til Bro og prøv igjen.</source>
        <translation>The login was not completed. Go back to Bro and try again.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../Main.qml" line="20"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="20"/>
        <source>Apprentices</source>
        <translation>Apprentices</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="24"/>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="28"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="28"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="32"/>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="36"/>
        <source>Sharing</source>
        <translation>Sharing</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="36"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="230"/>
        <source>Not saved on the server: %1</source>
        <translation>Not saved on the server: %1</translation>
    </message>
    <message>
        <location filename="../components/AppHeader.qml" line="48"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../components/AppHeader.qml" line="74"/>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../components/AppHeader.qml" line="81"/>
        <location filename="../components/NavigationRail.qml" line="50"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../components/AppHeader.qml" line="86"/>
        <location filename="../components/NavigationRail.qml" line="55"/>
        <source>Absence</source>
        <translation>Absence</translation>
    </message>
    <message>
        <location filename="../components/AppHeader.qml" line="91"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../components/AppHeader.qml" line="96"/>
        <source>Return plan</source>
        <translation>Return plan</translation>
    </message>
    <message>
        <location filename="../components/AppHeader.qml" line="101"/>
        <location filename="../components/NavigationRail.qml" line="61"/>
        <source>Notes about me</source>
        <translation>Notes about me</translation>
    </message>
    <message>
        <location filename="../components/AppHeader.qml" line="108"/>
        <source>Who has seen my data</source>
        <translation>Who has seen my data</translation>
    </message>
    <message>
        <location filename="../components/AppHeader.qml" line="115"/>
        <location filename="../components/NavigationRail.qml" line="72"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../components/AppHeader.qml" line="120"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../components/NavigationRail.qml" line="67"/>
        <source>Who has seen what</source>
        <translation>Who has seen what</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="322"/>
        <source>New message. You find it under Messages.</source>
        <translation>New message. You find it under Messages.</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../app/models/MeetingsModel.cpp" line="287"/>
        <source>Avtalt på samarbeidsmøtet.</source>
        <translation>Agreed at the collaboration meeting.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="16"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="31"/>
        <source>Meetings with your helpers and your workplace. Put what you want to talk about on the agenda. Afterwards you read the minutes and say whether you agree.</source>
        <translation>Meetings with your helpers and your workplace. Put what you want to talk about on the agenda. Afterwards you read the minutes and say whether you agree.</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="31"/>
        <source>Meetings with the apprentice, the team and the workplace. The apprentice reads the minutes and says whether they agree.</source>
        <translation>Meetings with the apprentice, the team and the workplace. The apprentice reads the minutes and says whether they agree.</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="41"/>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="49"/>
        <location filename="../pages/MeetingsPage.qml" line="51"/>
        <source>What the meeting is about</source>
        <translation>What the meeting is about</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="58"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="61"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="66"/>
        <source>Time (HH:MM)</source>
        <translation>Time (HH:MM)</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="69"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="75"/>
        <location filename="../pages/MeetingsPage.qml" line="77"/>
        <source>Where, or a video link</source>
        <translation>Where, or a video link</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="82"/>
        <source>Others taking part, e.g. Ole Hansen, instructor at the company</source>
        <translation>Others taking part, e.g. Ole Hansen, instructor at the company</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="84"/>
        <source>Others taking part</source>
        <translation>Others taking part</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="89"/>
        <source>Plan the meeting</source>
        <translation>Plan the meeting</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="117"/>
        <source>No meetings yet.</source>
        <translation>No meetings yet.</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="142"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="142"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="142"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="146"/>
        <source>Video: %1</source>
        <translation>Video: %1</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="153"/>
        <source>Also taking part: %1</source>
        <translation>Also taking part: %1</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="161"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="168"/>
        <source>Nothing on the agenda yet.</source>
        <translation>Nothing on the agenda yet.</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="192"/>
        <source>Your item</source>
        <translation>Your item</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="192"/>
        <source>The apprentice&apos;s item</source>
        <translation>The apprentice&apos;s item</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="192"/>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="205"/>
        <source>Minutes by %1</source>
        <translation>Minutes by %1</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="214"/>
        <source>Minutes: what was said, what was agreed</source>
        <translation>Minutes: what was said, what was agreed</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="217"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="222"/>
        <source>Save minutes</source>
        <translation>Save minutes</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="235"/>
        <source>What I want to talk about</source>
        <translation>What I want to talk about</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="235"/>
        <source>A new item</source>
        <translation>A new item</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="241"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="244"/>
        <source>Add to the agenda</source>
        <translation>Add to the agenda</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="255"/>
        <source>Agreed actions</source>
        <translation>Agreed actions</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="274"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="274"/>
        <source>The apprentice</source>
        <translation>The apprentice</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="274"/>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="274"/>
        <source>a suggested step for you under Goals</source>
        <translation>a suggested step for you under Goals</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="274"/>
        <source>waiting for the apprentice&apos;s answer</source>
        <translation>waiting for the apprentice&apos;s answer</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="274"/>
        <source>taken on as a step</source>
        <translation>taken on as a step</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="289"/>
        <source>A new agreed action</source>
        <translation>A new agreed action</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="298"/>
        <source>For the apprentice</source>
        <translation>For the apprentice</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="304"/>
        <location filename="../pages/MeetingsPage.qml" line="306"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="311"/>
        <source>By (YYYY-MM-DD)</source>
        <translation>By (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="313"/>
        <source>By when</source>
        <translation>By when</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="324"/>
        <source>Under which goal</source>
        <translation>Under which goal</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="328"/>
        <source>Suggest it to the apprentice</source>
        <translation>Suggest it to the apprentice</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="328"/>
        <source>Add the action</source>
        <translation>Add the action</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="346"/>
        <source>You have read the minutes and agree.</source>
        <translation>You have read the minutes and agree.</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="346"/>
        <source>The apprentice has read the minutes and agrees.</source>
        <translation>The apprentice has read the minutes and agrees.</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="346"/>
        <source>You see it differently: %1</source>
        <translation>You see it differently: %1</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="346"/>
        <source>The apprentice sees it differently: %1</source>
        <translation>The apprentice sees it differently: %1</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="346"/>
        <source>Read the minutes. Do they match what you remember?</source>
        <translation>Read the minutes. Do they match what you remember?</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="346"/>
        <source>The apprentice has not answered the minutes yet.</source>
        <translation>The apprentice has not answered the minutes yet.</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="358"/>
        <source>Read and agreed</source>
        <translation>Read and agreed</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="368"/>
        <source>What I see differently</source>
        <translation>What I see differently</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="375"/>
        <source>Send what I see differently</source>
        <translation>Send what I see differently</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="388"/>
        <source>Mark as held</source>
        <translation>Mark as held</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../pages/MessagesPage.qml" line="22"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../pages/MessagesPage.qml" line="88"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../pages/MessagesPage.qml" line="103"/>
        <source>read by %1</source>
        <translation>read by %1</translation>
    </message>
    <message>
        <location filename="../pages/MessagesPage.qml" line="117"/>
        <source>Write to your helpers here. Everyone on your team reads the same thread.</source>
        <translation>Write to your helpers here. Everyone on your team reads the same thread.</translation>
    </message>
    <message>
        <location filename="../pages/MessagesPage.qml" line="117"/>
        <source>Write to the apprentice and the team here. The apprentice reads everything.</source>
        <translation>Write to the apprentice and the team here. The apprentice reads everything.</translation>
    </message>
    <message>
        <location filename="../pages/MessagesPage.qml" line="125"/>
        <source>Not read yet by: %1</source>
        <translation>Not read yet by: %1</translation>
    </message>
    <message>
        <location filename="../pages/MessagesPage.qml" line="147"/>
        <source>Write a message</source>
        <translation>Write a message</translation>
    </message>
    <message>
        <location filename="../pages/MessagesPage.qml" line="151"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../pages/MessagesPage.qml" line="155"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../pages/MessagesPage.qml" line="158"/>
        <source>Send message</source>
        <translation>Send message</translation>
    </message>
</context>
<context>
    <name>MyDataCard</name>
    <message>
        <location filename="../components/MyDataCard.qml" line="16"/>
        <source>Your data</source>
        <translation>Your data</translation>
    </message>
    <message>
        <location filename="../components/MyDataCard.qml" line="17"/>
        <source>You have the right to a copy of everything Bro holds about you. This saves what this phone holds: one file a computer can read, and your plan as a PDF.</source>
        <translation>You have the right to a copy of everything Bro holds about you. This saves what this phone holds: one file a computer can read, and your plan as a PDF.</translation>
    </message>
    <message>
        <location filename="../components/MyDataCard.qml" line="28"/>
        <location filename="../components/MyDataCard.qml" line="40"/>
        <source>Save a copy of my data</source>
        <translation>Save a copy of my data</translation>
    </message>
    <message>
        <location filename="../components/MyDataCard.qml" line="43"/>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../components/MyDataCard.qml" line="47"/>
        <source>Saved: %1 and the plan %2.</source>
        <translation>Saved: %1 and the plan %2.</translation>
    </message>
    <message>
        <location filename="../components/MyDataCard.qml" line="58"/>
        <source>Want the server&apos;s copy too, or want your data erased? Ask your training office. They can export it for you, and erase it when you ask.</source>
        <translation>Want the server&apos;s copy too, or want your data erased? Ask your training office. They can export it for you, and erase it when you ask.</translation>
    </message>
</context>
<context>
    <name>NationalSignIn</name>
    <message>
        <location filename="../../app/signin/NationalSignIn.cpp" line="46"/>
        <source>Innloggingen tok så lang tid at vi avbrøt den. Prøv igjen når du er klar.</source>
        <translation>The login took so long that we stopped it. Try again when you are ready.</translation>
    </message>
    <message>
        <location filename="../../app/signin/NationalSignIn.cpp" line="139"/>
        <source>Innloggingen kunne ikke starte på denne enheten. Prøv igjen.</source>
        <translation>The login could not start on this device. Try again.</translation>
    </message>
    <message>
        <location filename="../../app/signin/NationalSignIn.cpp" line="162"/>
        <location filename="../../app/signin/NationalSignIn.cpp" line="208"/>
        <source>Fikk ikke åpnet nettleseren på denne enheten.</source>
        <translation>Could not open the browser on this device.</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../pages/NotesPage.qml" line="14"/>
        <source>Notes about me</source>
        <translation>Notes about me</translation>
    </message>
    <message>
        <location filename="../pages/NotesPage.qml" line="14"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../pages/NotesPage.qml" line="25"/>
        <source>Everything your helpers write about you is here. Nothing about you without you.</source>
        <translation>Everything your helpers write about you is here. Nothing about you without you.</translation>
    </message>
    <message>
        <location filename="../pages/NotesPage.qml" line="25"/>
        <source>The apprentice reads every note. Write as you would say it to them.</source>
        <translation>The apprentice reads every note. Write as you would say it to them.</translation>
    </message>
    <message>
        <location filename="../pages/NotesPage.qml" line="34"/>
        <source>Not shared with %1. The apprentice decides what you see.</source>
        <translation>Not shared with %1. The apprentice decides what you see.</translation>
    </message>
    <message>
        <location filename="../pages/NotesPage.qml" line="34"/>
        <source>your service</source>
        <translation>your service</translation>
    </message>
    <message>
        <location filename="../pages/NotesPage.qml" line="43"/>
        <location filename="../pages/NotesPage.qml" line="51"/>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../pages/NotesPage.qml" line="48"/>
        <source>What happened, what was agreed</source>
        <translation>What happened, what was agreed</translation>
    </message>
    <message>
        <location filename="../pages/NotesPage.qml" line="55"/>
        <source>Save note</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location filename="../pages/NotesPage.qml" line="76"/>
        <source>No notes yet.</source>
        <translation>No notes yet.</translation>
    </message>
</context>
<context>
    <name>OutcomeCard</name>
    <message>
        <location filename="../components/OutcomeCard.qml" line="19"/>
        <source>A few questions: %1</source>
        <translation>A few questions: %1</translation>
    </message>
    <message>
        <location filename="../components/OutcomeCard.qml" line="20"/>
        <source>It is fine to answer now. It takes about a minute.</source>
        <translation>It is fine to answer now. It takes about a minute.</translation>
    </message>
    <message>
        <location filename="../components/OutcomeCard.qml" line="20"/>
        <source>How is it going with your goals and your work? It takes about a minute.</source>
        <translation>How is it going with your goals and your work? It takes about a minute.</translation>
    </message>
    <message>
        <location filename="../components/OutcomeCard.qml" line="38"/>
        <source>Answer now</source>
        <translation>Answer now</translation>
    </message>
    <message>
        <location filename="../components/OutcomeCard.qml" line="40"/>
        <source>Answer the questions: %1</source>
        <translation>Answer the questions: %1</translation>
    </message>
</context>
<context>
    <name>OutcomeChart</name>
    <message>
        <location filename="../components/OutcomeChart.qml" line="31"/>
        <source>End of the stay</source>
        <translation>End of the stay</translation>
    </message>
    <message>
        <location filename="../components/OutcomeChart.qml" line="33"/>
        <source>After 3 months</source>
        <translation>After 3 months</translation>
    </message>
    <message>
        <location filename="../components/OutcomeChart.qml" line="35"/>
        <source>After 6 months</source>
        <translation>After 6 months</translation>
    </message>
    <message>
        <location filename="../components/OutcomeChart.qml" line="37"/>
        <source>After 12 months</source>
        <translation>After 12 months</translation>
    </message>
    <message>
        <location filename="../components/OutcomeChart.qml" line="43"/>
        <source>under 5 answers</source>
        <translation>under 5 answers</translation>
    </message>
    <message>
        <location filename="../components/OutcomeChart.qml" line="45"/>
        <source>%1 (%2 answers)</source>
        <translation>%1 (%2 answers)</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <location filename="../pages/OutcomePage.qml" line="45"/>
        <source>Follow-up questions</source>
        <translation>Follow-up questions</translation>
    </message>
    <message>
        <location filename="../pages/OutcomePage.qml" line="63"/>
        <source>A few questions: %1</source>
        <translation>A few questions: %1</translation>
    </message>
    <message>
        <location filename="../pages/OutcomePage.qml" line="72"/>
        <source>There are no right or wrong answers. Answer as it feels today.</source>
        <translation>There are no right or wrong answers. Answer as it feels today.</translation>
    </message>
    <message>
        <location filename="../pages/OutcomePage.qml" line="80"/>
        <source>This was due %1. It is fine to answer now.</source>
        <translation>This was due %1. It is fine to answer now.</translation>
    </message>
    <message>
        <location filename="../pages/OutcomePage.qml" line="108"/>
        <source>You have no goals yet. Then there is only the question below.</source>
        <translation>You have no goals yet. Then there is only the question below.</translation>
    </message>
    <message>
        <location filename="../pages/OutcomePage.qml" line="118"/>
        <source>How well can you work today?</source>
        <translation>How well can you work today?</translation>
    </message>
    <message>
        <location filename="../pages/OutcomePage.qml" line="119"/>
        <source>0 means not at all. 10 means as well as when you are at your best.</source>
        <translation>0 means not at all. 10 means as well as when you are at your best.</translation>
    </message>
    <message>
        <location filename="../pages/OutcomePage.qml" line="137"/>
        <source>Work ability: %1 of 10</source>
        <translation>Work ability: %1 of 10</translation>
    </message>
    <message>
        <location filename="../pages/OutcomePage.qml" line="163"/>
        <location filename="../pages/OutcomePage.qml" line="166"/>
        <source>Save answers</source>
        <translation>Save answers</translation>
    </message>
    <message>
        <location filename="../pages/OutcomePage.qml" line="163"/>
        <source>Answer all the questions above</source>
        <translation>Answer all the questions above</translation>
    </message>
    <message>
        <location filename="../pages/OutcomePage.qml" line="179"/>
        <source>Thank you! Your answers are saved.</source>
        <translation>Thank you! Your answers are saved.</translation>
    </message>
    <message>
        <location filename="../pages/OutcomePage.qml" line="186"/>
        <source>Your helpers see the answers if you share your journey with them.</source>
        <translation>Your helpers see the answers if you share your journey with them.</translation>
    </message>
</context>
<context>
    <name>OutcomePointsCard</name>
    <message>
        <location filename="../components/OutcomePointsCard.qml" line="19"/>
        <source>Follow-up questions</source>
        <translation>Follow-up questions</translation>
    </message>
    <message>
        <location filename="../components/OutcomePointsCard.qml" line="20"/>
        <source>Five times you answer a few questions about your goals and your work. It helps everyone see what works.</source>
        <translation>Five times you answer a few questions about your goals and your work. It helps everyone see what works.</translation>
    </message>
    <message>
        <location filename="../components/OutcomePointsCard.qml" line="20"/>
        <source>The apprentice&apos;s answers and the status in the apprenticeship at each point.</source>
        <translation>The apprentice&apos;s answers and the status in the apprenticeship at each point.</translation>
    </message>
    <message>
        <location filename="../components/OutcomePointsCard.qml" line="54"/>
        <source>work ability %1 of 10</source>
        <translation>work ability %1 of 10</translation>
    </message>
    <message>
        <location filename="../components/OutcomePointsCard.qml" line="69"/>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../components/OutcomePointsCard.qml" line="72"/>
        <source>Status %1: %2</source>
        <translation>Status %1: %2</translation>
    </message>
    <message>
        <location filename="../components/OutcomePointsCard.qml" line="81"/>
        <source>Answer now</source>
        <translation>Answer now</translation>
    </message>
    <message>
        <location filename="../components/OutcomePointsCard.qml" line="84"/>
        <source>Answer the questions: %1</source>
        <translation>Answer the questions: %1</translation>
    </message>
    <message>
        <location filename="../components/OutcomePointsCard.qml" line="91"/>
        <source>The apprentice does not share the journey with you.</source>
        <translation>The apprentice does not share the journey with you.</translation>
    </message>
</context>
<context>
    <name>OutcomeTexts</name>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="17"/>
        <source>At the start</source>
        <translation>At the start</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="19"/>
        <source>When the stay ends</source>
        <translation>When the stay ends</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="21"/>
        <source>3 months after the stay</source>
        <translation>3 months after the stay</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="23"/>
        <source>6 months after the stay</source>
        <translation>6 months after the stay</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="25"/>
        <source>12 months after the stay</source>
        <translation>12 months after the stay</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="33"/>
        <source>Answered %1</source>
        <translation>Answered %1</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="35"/>
        <source>Ready to answer, by %1</source>
        <translation>Ready to answer, by %1</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="37"/>
        <source>You can still answer. It was due %1.</source>
        <translation>You can still answer. It was due %1.</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="37"/>
        <source>Not answered yet, due %1</source>
        <translation>Not answered yet, due %1</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="39"/>
        <source>No date yet</source>
        <translation>No date yet</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="39"/>
        <source>Coming %1</source>
        <translation>Coming %1</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="44"/>
        <source>In the apprenticeship</source>
        <translation>In the apprenticeship</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="46"/>
        <source>On sick leave</source>
        <translation>On sick leave</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="48"/>
        <source>Taking a break</source>
        <translation>Taking a break</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="50"/>
        <source>Has left the apprenticeship</source>
        <translation>Has left the apprenticeship</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="52"/>
        <source>Has the trade certificate</source>
        <translation>Has the trade certificate</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="54"/>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="59"/>
        <source>The training office</source>
        <translation>The training office</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="61"/>
        <source>The GP</source>
        <translation>The GP</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="63"/>
        <source>The apprentice</source>
        <translation>The apprentice</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="65"/>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="72"/>
        <source>The clinic said yes</source>
        <translation>The clinic said yes</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="74"/>
        <source>The clinic said no</source>
        <translation>The clinic said no</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="76"/>
        <source>Waiting for the clinic&apos;s answer</source>
        <translation>Waiting for the clinic&apos;s answer</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <location filename="../../app/models/OutcomesModel.cpp" line="186"/>
        <source>Dette målepunktet finnes ikke.</source>
        <translation>This follow-up point does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/models/OutcomesModel.cpp" line="188"/>
        <source>Dette målepunktet har ingen dato ennå.</source>
        <translation>This follow-up point has no date yet.</translation>
    </message>
    <message>
        <location filename="../../app/models/OutcomesModel.cpp" line="200"/>
        <source>Velg et tall fra 0 til 10.</source>
        <translation>Choose a number from 0 to 10.</translation>
    </message>
    <message>
        <location filename="../../app/models/OutcomesModel.cpp" line="205"/>
        <source>Hvert mål får et svar fra −2 til +2.</source>
        <translation>Each goal gets an answer from −2 to +2.</translation>
    </message>
    <message>
        <location filename="../../app/models/OutcomesModel.cpp" line="237"/>
        <location filename="../../app/models/OutcomesModel.cpp" line="250"/>
        <source>Det finnes ingen henvisning å svare på ennå.</source>
        <translation>There is no referral to answer yet.</translation>
    </message>
    <message>
        <location filename="../../app/models/OutcomesModel.cpp" line="252"/>
        <source>Oppholdet kan ikke slutte før det begynner.</source>
        <translation>The stay cannot end before it begins.</translation>
    </message>
</context>
<context>
    <name>PhaseTimeline</name>
    <message>
        <location filename="../components/PhaseTimeline.qml" line="45"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../components/PhaseTimeline.qml" line="45"/>
        <location filename="../components/PhaseTimeline.qml" line="98"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../components/PhaseTimeline.qml" line="45"/>
        <source>Coming</source>
        <translation>Coming</translation>
    </message>
    <message>
        <location filename="../components/PhaseTimeline.qml" line="45"/>
        <location filename="../components/PhaseTimeline.qml" line="98"/>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../components/PhaseTimeline.qml" line="110"/>
        <source>Responsible: %1, %2</source>
        <translation>Responsible: %1, %2</translation>
    </message>
    <message>
        <location filename="../components/PhaseTimeline.qml" line="118"/>
        <source>Since %1</source>
        <translation>Since %1</translation>
    </message>
    <message>
        <location filename="../components/PhaseTimeline.qml" line="127"/>
        <source>Checklist: %1 of %2 ticked or explained</source>
        <translation>Checklist: %1 of %2 ticked or explained</translation>
    </message>
</context>
<context>
    <name>PlanPrinter</name>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="90"/>
        <source>Lærling</source>
        <translation>Apprentice</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="92"/>
        <source>Rådgiver</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="94"/>
        <source>Behandler</source>
        <translation>Clinician</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="96"/>
        <source>Koordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="103"/>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="105"/>
        <source>På pause</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="107"/>
        <source>Nådd</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="109"/>
        <source>Droppet</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="116"/>
        <source>Klinikken</source>
        <translation>The clinic</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="118"/>
        <source>Opplæringskontoret</source>
        <translation>The training office</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="151"/>
        <location filename="../../app/print/PlanPrinter.cpp" line="300"/>
        <source>Min plan</source>
        <translation>My plan</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="151"/>
        <source>Planen til %1</source>
        <translation>Plan for %1</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="156"/>
        <source>Fase nå: %1</source>
        <translation>Phase now: %1</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="164"/>
        <source>Mål og steg</source>
        <translation>Goals and steps</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="167"/>
        <source>%1 deler ikke mål og steg med deg nå.</source>
        <translation>%1 does not share goals and steps with you now.</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="169"/>
        <source>Ingen mål er skrevet ennå.</source>
        <translation>No goals have been written yet.</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="172"/>
        <source>Målene og stegene står slik du skrev dem.</source>
        <translation>The goals and steps are written as you wrote them.</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="173"/>
        <source>Målene og stegene står slik lærlingen skrev dem.</source>
        <translation>The goals and steps are written as the apprentice wrote them.</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="182"/>
        <source>Hvorfor:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="185"/>
        <source>%1 av %2 steg gjort</source>
        <translation>%1 of %2 steps done</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="199"/>
        <source>forslag fra %1, ikke bestemt ennå</source>
        <translation>suggested by %1, not decided yet</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="204"/>
        <source>Ingen steg ennå.</source>
        <translation>No steps yet.</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="212"/>
        <source>Reisen og hvem som har ansvaret</source>
        <translation>The journey and who is responsible</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="214"/>
        <source>Reisen er ikke startet ennå.</source>
        <translation>The journey has not started yet.</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="219"/>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="219"/>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="219"/>
        <source>Startet</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="219"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="230"/>
        <source>Nå</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="231"/>
        <source>Ferdig</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="232"/>
        <source>Hoppet over</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="233"/>
        <source>Senere</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="246"/>
        <source>Hvem er med</source>
        <translation>Who is on the team</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="248"/>
        <source>Ingen i teamet ennå.</source>
        <translation>Nobody on the team yet.</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="256"/>
        <source>Utskriften viser bare det %1 deler med deg.</source>
        <translation>This printout shows only what %1 shares with you.</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="268"/>
        <source>Skrevet ut av %1, %2 kl. %3</source>
        <translation>Printed by %1, %2 at %3</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="298"/>
        <source>Det er ingen plan å skrive ut ennå.</source>
        <translation>There is no plan to print yet.</translation>
    </message>
    <message>
        <location filename="../../app/print/PagedPdf.cpp" line="19"/>
        <source>Velg en fil å lagre til.</source>
        <translation>Choose a file to save to.</translation>
    </message>
    <message>
        <location filename="../../app/print/PagedPdf.cpp" line="24"/>
        <source>Kunne ikke skrive %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="300"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../app/print/PagedPdf.cpp" line="67"/>
        <location filename="../../app/print/PagedPdf.cpp" line="94"/>
        <source>Kunne ikke skrive %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="301"/>
        <source>Fortrolig: inneholder helseopplysninger.</source>
        <translation>Confidential: contains health information.</translation>
    </message>
    <message>
        <location filename="../../app/print/PagedPdf.cpp" line="90"/>
        <source>Side %1 av %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>PoolingModel</name>
    <message>
        <location filename="../../app/models/PoolingModel.cpp" line="95"/>
        <source>Kunne ikke åpne %1: %2</source>
        <translation>Could not open %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/models/PoolingModel.cpp" line="99"/>
        <source>Filen er ikke tall fra et annet tilbud: %1</source>
        <translation>The file is not figures from another programme: %1</translation>
    </message>
    <message>
        <location filename="../../app/models/PoolingModel.cpp" line="102"/>
        <source>Du er ikke logget inn.</source>
        <translation>You are not logged in.</translation>
    </message>
    <message>
        <location filename="../../app/models/PoolingModel.cpp" line="179"/>
        <source>under 5</source>
        <translation>under 5</translation>
    </message>
    <message>
        <location filename="../../app/models/PoolingModel.cpp" line="182"/>
        <source>minst %1</source>
        <translation>at least %1</translation>
    </message>
    <message>
        <location filename="../../app/models/PoolingModel.cpp" line="189"/>
        <source>Tallene kunne ikke legges sammen: %1</source>
        <translation>The figures could not be added up: %1</translation>
    </message>
</context>
<context>
    <name>PrimaryButton</name>
    <message>
        <location filename="../components/PrimaryButton.qml" line="23"/>
        <source>Not available yet</source>
        <translation>Not available yet</translation>
    </message>
</context>
<context>
    <name>PrintPlanCard</name>
    <message>
        <location filename="../components/PrintPlanCard.qml" line="17"/>
        <source>Print the plan</source>
        <translation>Print the plan</translation>
    </message>
    <message>
        <location filename="../components/PrintPlanCard.qml" line="28"/>
        <source>Your goals and steps, the phases and who is responsible, on paper. Good for a meeting, or to bring to your doctor.</source>
        <translation>Your goals and steps, the phases and who is responsible, on paper. Good for a meeting, or to bring to your doctor.</translation>
    </message>
    <message>
        <location filename="../components/PrintPlanCard.qml" line="28"/>
        <source>The goals and steps, the phases and who is responsible, as far as the apprentice shares them with you.</source>
        <translation>The goals and steps, the phases and who is responsible, as far as the apprentice shares them with you.</translation>
    </message>
    <message>
        <location filename="../components/PrintPlanCard.qml" line="35"/>
        <source>Print / save as PDF</source>
        <translation>Print / save as PDF</translation>
    </message>
    <message>
        <location filename="../components/PrintPlanCard.qml" line="47"/>
        <source>Save the plan as PDF</source>
        <translation>Save the plan as PDF</translation>
    </message>
    <message>
        <location filename="../components/PrintPlanCard.qml" line="50"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../components/PrintPlanCard.qml" line="53"/>
        <source>Saved to %1. Open it to print it.</source>
        <translation>Saved to %1. Open it to print it.</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <location filename="../../app/models/ProgrammeModel.cpp" line="129"/>
        <source>under 5</source>
        <translation>under 5</translation>
    </message>
    <message>
        <location filename="../../app/models/ProgrammeModel.cpp" line="130"/>
        <source>skjult</source>
        <translation>hidden</translation>
    </message>
    <message>
        <location filename="../../app/models/ProgrammeModel.cpp" line="270"/>
        <source>Det er ingen tall å eksportere ennå.</source>
        <translation>There are no figures to export yet.</translation>
    </message>
    <message>
        <location filename="../../app/models/ProgrammeModel.cpp" line="273"/>
        <source>Velg en fil å eksportere til.</source>
        <translation>Choose a file to export to.</translation>
    </message>
    <message>
        <location filename="../../app/models/ProgrammeModel.cpp" line="277"/>
        <location filename="../../app/models/ProgrammeModel.cpp" line="281"/>
        <source>Kunne ikke skrive %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>ReferralCard</name>
    <message>
        <location filename="../components/ReferralCard.qml" line="20"/>
        <source>The referral</source>
        <translation>The referral</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="31"/>
        <source>The apprentice does not share the journey with you.</source>
        <translation>The apprentice does not share the journey with you.</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="38"/>
        <source>No referral is written yet.</source>
        <translation>No referral is written yet.</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="46"/>
        <source>%1 referred on %2</source>
        <translation>%1 referred on %2</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="79"/>
        <source>The stay: %1 to %2</source>
        <translation>The stay: %1 to %2</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="79"/>
        <source>The stay starts %1</source>
        <translation>The stay starts %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../components/ReferralCard.qml" line="87"/>
        <source>Waiting time: %n days</source>
        <translation>
            <numerusform>Waiting time: %n day</numerusform>
            <numerusform>Waiting time: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../components/ReferralCard.qml" line="87"/>
        <source>Waited so far: %n days</source>
        <translation>
            <numerusform>Waited so far: %n day</numerusform>
            <numerusform>Waited so far: %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="103"/>
        <source>Who referred: %1</source>
        <translation>Who referred: %1</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="109"/>
        <location filename="../components/ReferralCard.qml" line="112"/>
        <source>Why, in the apprentice&apos;s own words</source>
        <translation>Why, in the apprentice&apos;s own words</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="116"/>
        <source>Save referral</source>
        <translation>Save referral</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="130"/>
        <source>Change the referral</source>
        <translation>Change the referral</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="144"/>
        <location filename="../components/ReferralCard.qml" line="147"/>
        <source>A reason the apprentice can read</source>
        <translation>A reason the apprentice can read</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="153"/>
        <source>Say yes</source>
        <translation>Say yes</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="155"/>
        <source>Say yes to the referral</source>
        <translation>Say yes to the referral</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="161"/>
        <source>Say no</source>
        <translation>Say no</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="163"/>
        <source>Say no to the referral</source>
        <translation>Say no to the referral</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="172"/>
        <source>Stay starts</source>
        <translation>Stay starts</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="179"/>
        <source>Stay ends</source>
        <translation>Stay ends</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="187"/>
        <source>Save the stay&apos;s dates</source>
        <translation>Save the stay&apos;s dates</translation>
    </message>
</context>
<context>
    <name>RejectedBanner</name>
    <message numerus="yes">
        <location filename="../components/RejectedBanner.qml" line="32"/>
        <source>%n change(s) could not be saved on the server. They are kept here.</source>
        <translation>
            <numerusform>%n change could not be saved on the server. It is kept here.</numerusform>
            <numerusform>%n changes could not be saved on the server. They are kept here.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/RejectedBanner.qml" line="38"/>
        <source>See why</source>
        <translation>See why</translation>
    </message>
    <message>
        <location filename="../components/RejectedBanner.qml" line="41"/>
        <source>See the changes the server did not accept</source>
        <translation>See the changes the server did not accept</translation>
    </message>
</context>
<context>
    <name>RejectedPage</name>
    <message>
        <location filename="../pages/RejectedPage.qml" line="12"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../pages/RejectedPage.qml" line="22"/>
        <source>The server did not accept these changes. They are kept here so nothing gets lost. Talk to your adviser if something looks wrong.</source>
        <translation>The server did not accept these changes. They are kept here so nothing gets lost. Talk to your adviser if something looks wrong.</translation>
    </message>
    <message>
        <location filename="../pages/RejectedPage.qml" line="29"/>
        <source>Nothing here. All your changes were accepted.</source>
        <translation>Nothing here. All your changes were accepted.</translation>
    </message>
    <message>
        <location filename="../pages/RejectedPage.qml" line="45"/>
        <source>A change to %1</source>
        <translation>A change to %1</translation>
    </message>
    <message>
        <location filename="../pages/RejectedPage.qml" line="48"/>
        <source>What you wrote: “%1”</source>
        <translation>What you wrote: “%1”</translation>
    </message>
    <message>
        <location filename="../pages/RejectedPage.qml" line="61"/>
        <source>Reason code: %1 (%2)</source>
        <translation>Reason code: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../pages/RejectedPage.qml" line="66"/>
        <source>I have read this</source>
        <translation>I have read this</translation>
    </message>
    <message>
        <location filename="../pages/RejectedPage.qml" line="69"/>
        <source>Dismiss: %1</source>
        <translation>Dismiss: %1</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../components/ReminderBanner.qml" line="43"/>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../components/ReminderBanner.qml" line="63"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../components/ReminderBanner.qml" line="64"/>
        <source>Open the check-in</source>
        <translation>Open the check-in</translation>
    </message>
    <message>
        <location filename="../components/ReminderBanner.qml" line="64"/>
        <source>Open the meetings</source>
        <translation>Open the meetings</translation>
    </message>
    <message>
        <location filename="../components/ReminderBanner.qml" line="69"/>
        <source>Turn off these reminders</source>
        <translation>Turn off these reminders</translation>
    </message>
</context>
<context>
    <name>ReminderCard</name>
    <message>
        <location filename="../components/ReminderCard.qml" line="16"/>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="17"/>
        <source>Bro reminds you with a notification on this device. Nothing is sent to anyone.</source>
        <translation>Bro reminds you with a notification on this device. Nothing is sent to anyone.</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="17"/>
        <source>Bro reminds you on the Today page of this device. Nothing is sent to anyone.</source>
        <translation>Bro reminds you on the Today page of this device. Nothing is sent to anyone.</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="57"/>
        <source>Remind me to check in</source>
        <translation>Remind me to check in</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="64"/>
        <source>On these days</source>
        <translation>On these days</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="81"/>
        <source>Remind me on %1</source>
        <translation>Remind me on %1</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="91"/>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="100"/>
        <source>Time of the reminder: %1</source>
        <translation>Time of the reminder: %1</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="109"/>
        <source>The day before a meeting</source>
        <translation>The day before a meeting</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="116"/>
        <source>An hour before a meeting</source>
        <translation>An hour before a meeting</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="124"/>
        <source>When the minutes from a meeting are ready</source>
        <translation>When the minutes from a meeting are ready</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="131"/>
        <source>Quiet hours</source>
        <translation>Quiet hours</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="138"/>
        <source>No reminders from %1 to %2. What comes then waits until the morning.</source>
        <translation>No reminders from %1 to %2. What comes then waits until the morning.</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="150"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="159"/>
        <source>Quiet from: %1</source>
        <translation>Quiet from: %1</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="168"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="177"/>
        <source>Quiet until: %1</source>
        <translation>Quiet until: %1</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../app/reminders/Reminders.cpp" line="120"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/reminders/Reminders.cpp" line="121"/>
        <source>Turn off these reminders</source>
        <translation>Turn off these reminders</translation>
    </message>
    <message>
        <location filename="../../app/reminders/Reminders.cpp" line="188"/>
        <source>Remember to check in today – it takes half a minute.</source>
        <translation>Remember to check in today – it takes half a minute.</translation>
    </message>
    <message>
        <location filename="../../app/reminders/Reminders.cpp" line="191"/>
        <source>You have a meeting today at %1.</source>
        <translation>You have a meeting today at %1.</translation>
    </message>
    <message>
        <location filename="../../app/reminders/Reminders.cpp" line="192"/>
        <source>You have a meeting tomorrow at %1.</source>
        <translation>You have a meeting tomorrow at %1.</translation>
    </message>
    <message>
        <location filename="../../app/reminders/Reminders.cpp" line="194"/>
        <source>You have a meeting soon, at %1.</source>
        <translation>You have a meeting soon, at %1.</translation>
    </message>
    <message>
        <location filename="../../app/reminders/Reminders.cpp" line="196"/>
        <source>The minutes from a meeting are ready. Read them and say if you agree.</source>
        <translation>The minutes from a meeting are ready. Read them and say if you agree.</translation>
    </message>
</context>
<context>
    <name>ReturnPlanPage</name>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="39"/>
        <source>Return plan</source>
        <translation>Return plan</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="50"/>
        <source>Your way back into work, week by week. Say yes to each week, or ask for a change. It is your plan too.</source>
        <translation>Your way back into work, week by week. Say yes to each week, or ask for a change. It is your plan too.</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="50"/>
        <source>Week by week: what is planned, and how the week went. The clinic drafts; the apprentice accepts or asks for changes.</source>
        <translation>Week by week: what is planned, and how the week went. The clinic drafts; the apprentice accepts or asks for changes.</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="58"/>
        <source>Not shared with %1. The apprentice decides what you see.</source>
        <translation>Not shared with %1. The apprentice decides what you see.</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="58"/>
        <source>your service</source>
        <translation>your service</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="68"/>
        <source>The last two weeks were harder than planned</source>
        <translation>The last two weeks were harder than planned</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="68"/>
        <source>Two weeks running behind the plan</source>
        <translation>Two weeks running behind the plan</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="69"/>
        <source>That happens. Talk with your helpers about whether the plan should go slower.</source>
        <translation>That happens. Talk with your helpers about whether the plan should go slower.</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="69"/>
        <source>A reason to talk together about the plan, not a verdict.</source>
        <translation>A reason to talk together about the plan, not a verdict.</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="73"/>
        <source>No weeks yet. Draft the first week below.</source>
        <translation>No weeks yet. Draft the first week below.</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="73"/>
        <source>No return plan yet. The clinic drafts it with you.</source>
        <translation>No return plan yet. The clinic drafts it with you.</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="111"/>
        <source>Week %1 · %2 %</source>
        <translation>Week %1 · %2 %</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="111"/>
        <source>%1 hours</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="111"/>
        <source>this week</source>
        <translation>this week</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="112"/>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/ReturnPlanPage.qml" line="140"/>
        <source>%n day(s) planned</source>
        <translation>
            <numerusform>%n day planned</numerusform>
            <numerusform>%n days planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/ReturnPlanPage.qml" line="149"/>
        <source>%n day(s) away</source>
        <translation>
            <numerusform>%n day away</numerusform>
            <numerusform>%n days away</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="149"/>
        <source>No absence</source>
        <translation>No absence</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="149"/>
        <source>how work went: %1 of 5</source>
        <translation>how work went: %1 of 5</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="149"/>
        <source>Absence is not shared with you</source>
        <translation>Absence is not shared with you</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="149"/>
        <source>Absence shared, waiting for a parent&apos;s or guardian&apos;s yes</source>
        <translation>Absence shared, waiting for a parent&apos;s or guardian&apos;s yes</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="156"/>
        <source>You said yes to this week.</source>
        <translation>You said yes to this week.</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="156"/>
        <source>The apprentice said yes to this week.</source>
        <translation>The apprentice said yes to this week.</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="156"/>
        <source>You asked for a change: %1</source>
        <translation>You asked for a change: %1</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="156"/>
        <source>The apprentice asks for a change: %1</source>
        <translation>The apprentice asks for a change: %1</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="156"/>
        <source>Waiting for your answer.</source>
        <translation>Waiting for your answer.</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="156"/>
        <source>Waiting for the apprentice&apos;s answer.</source>
        <translation>Waiting for the apprentice&apos;s answer.</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="156"/>
        <source>The clinic changed this week after your answer. Does it work for you now?</source>
        <translation>The clinic changed this week after your answer. Does it work for you now?</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="156"/>
        <source>Changed after the apprentice&apos;s answer. Waiting for a new answer.</source>
        <translation>Changed after the apprentice&apos;s answer. Waiting for a new answer.</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="167"/>
        <source>Yes, this works for me</source>
        <translation>Yes, this works for me</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="176"/>
        <source>What would work better?</source>
        <translation>What would work better?</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="182"/>
        <source>Ask for a change</source>
        <translation>Ask for a change</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="193"/>
        <source>Change this week</source>
        <translation>Change this week</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="196"/>
        <location filename="../pages/ReturnPlanPage.qml" line="206"/>
        <source>Change week %1</source>
        <translation>Change week %1</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="206"/>
        <source>Draft the next week</source>
        <translation>Draft the next week</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="210"/>
        <source>Share of full time (%)</source>
        <translation>Share of full time (%)</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="221"/>
        <source>Share of full time</source>
        <translation>Share of full time</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="227"/>
        <location filename="../pages/ReturnPlanPage.qml" line="237"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="243"/>
        <source>Adapted tasks this week</source>
        <translation>Adapted tasks this week</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="250"/>
        <source>Add the week</source>
        <translation>Add the week</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="250"/>
        <source>Save the change</source>
        <translation>Save the change</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="265"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../app/session/Session.cpp" line="69"/>
        <source>Du har prøvd fem ganger. For sikkerhets skyld må du logge inn på nytt. Ingenting du har skrevet er borte.</source>
        <translation>You have tried five times. To be safe, you need to log in again. Nothing you have written is lost.</translation>
    </message>
    <message>
        <location filename="../../app/session/SessionSignIn.cpp" line="21"/>
        <source>Skriv inn brukernavn og passord.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <location filename="../../app/session/SessionSignIn.cpp" line="34"/>
        <source>Skriv inn invitasjonskode, brukernavn og passord.</source>
        <translation>Enter the invite code, a username and a password.</translation>
    </message>
    <message>
        <location filename="../../app/session/SessionSignIn.cpp" line="70"/>
        <source>Ukjent demobruker.</source>
        <translation>Unknown demo user.</translation>
    </message>
    <message>
        <location filename="../../app/session/SessionStore.cpp" line="71"/>
        <source>Kunne ikke åpne dataene på enheten: %1</source>
        <translation>Could not open the data on the device: %1</translation>
    </message>
    <message>
        <location filename="../../app/session/SessionSignIn.cpp" line="125"/>
        <source>Denne enheten ble logget ut, og det som var lagret om deg her er slettet.</source>
        <translation>This device was logged out, and what was stored about you here has been deleted.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../pages/SettingsPage.qml" line="12"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="19"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="36"/>
        <source>PIN lock</source>
        <translation>PIN lock</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/SettingsPage.qml" line="38"/>
        <source>The app asks for your PIN when it starts and after %n minute(s) away.</source>
        <translation>
            <numerusform>The app asks for your PIN when it starts and after %n minute away.</numerusform>
            <numerusform>The app asks for your PIN when it starts and after %n minutes away.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="38"/>
        <source>Lock the app with a PIN, so that nobody else can read what you have written if they pick up your phone.</source>
        <translation>Lock the app with a PIN, so that nobody else can read what you have written if they pick up your phone.</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="44"/>
        <source>Change PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="44"/>
        <source>Lock the app with a PIN</source>
        <translation>Lock the app with a PIN</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="49"/>
        <source>Remove the PIN</source>
        <translation>Remove the PIN</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="58"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="71"/>
        <source>Same as the phone</source>
        <translation>Same as the phone</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="81"/>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="92"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="93"/>
        <source>Your training office tells you the address. You only need to change it if they ask you to.</source>
        <translation>Your training office tells you the address. You only need to change it if they ask you to.</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="101"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="104"/>
        <source>Save address</source>
        <translation>Save address</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="113"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="125"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="134"/>
        <location filename="../pages/SettingsPage.qml" line="151"/>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="149"/>
        <source>Log out?</source>
        <translation>Log out?</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/SettingsPage.qml" line="156"/>
        <source>%n change(s) have not reached the server yet. If you log out now, they stay on this phone and are sent the next time you log in here.</source>
        <translation>
            <numerusform>%n change has not reached the server yet. If you log out now, it stays on this phone and is sent the next time you log in here.</numerusform>
            <numerusform>%n changes have not reached the server yet. If you log out now, they stay on this phone and are sent the next time you log in here.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="156"/>
        <source>Your data stays safe on the server. You can log in again at any time.</source>
        <translation>Your data stays safe on the server. You can log in again at any time.</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="163"/>
        <source>My devices</source>
        <translation>My devices</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="165"/>
        <source>See where you are logged in, and log out a phone or computer you have lost.</source>
        <translation>See where you are logged in, and log out a phone or computer you have lost.</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="171"/>
        <source>Show my devices</source>
        <translation>Show my devices</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <location filename="../pages/SharingPage.qml" line="57"/>
        <source>Sharing</source>
        <translation>Sharing</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="82"/>
        <source>Nothing about you without you. You decide what the training office and the clinic may see. You see everything yourself.</source>
        <translation>Nothing about you without you. You decide what the training office and the clinic may see. You see everything yourself.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="92"/>
        <source>A parent or guardian says yes too</source>
        <translation>A parent or guardian says yes too</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="95"/>
        <source>Check-ins, absence and notes are about your health. When you are under %1, a parent or guardian has to agree before they are shared. That is the same for everyone under %1.</source>
        <translation>Check-ins, absence and notes are about your health. When you are under %1, a parent or guardian has to agree before they are shared. That is the same for everyone under %1.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="102"/>
        <source>You can still choose what to share. When your coordinator has noted that a parent or guardian agreed, it starts by itself. From %1 you decide on your own.</source>
        <translation>You can still choose what to share. When your coordinator has noted that a parent or guardian agreed, it starts by itself. From %1 you decide on your own.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="136"/>
        <source>See what they see</source>
        <translation>See what they see</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="139"/>
        <source>See what %1 sees</source>
        <translation>See what %1 sees</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="148"/>
        <source>Counted in the programme&apos;s figures</source>
        <translation>Counted in the programme&apos;s figures</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="150"/>
        <source>The figures show whether the programme helps apprentices like you. Nobody sees your name in them.</source>
        <translation>The figures show whether the programme helps apprentices like you. Nobody sees your name in them.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="158"/>
        <source>Count my journey in the figures</source>
        <translation>Count my journey in the figures</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="167"/>
        <source>the programme</source>
        <translation>the programme</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="170"/>
        <source>You said yes. You can stop whenever you like.</source>
        <translation>You said yes. You can stop whenever you like.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="170"/>
        <source>This is off until you turn it on.</source>
        <translation>This is off until you turn it on.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="179"/>
        <source>What turning a switch off does</source>
        <translation>What turning a switch off does</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="181"/>
        <source>They stop receiving it at once, and it is deleted from their phones and computers the next time each of them connects.</source>
        <translation>They stop receiving it at once, and it is deleted from their phones and computers the next time each of them connects.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="186"/>
        <source>To be honest: a device that stays offline keeps what it had until it next connects. That is why their log-ins expire after a short time.</source>
        <translation>To be honest: a device that stays offline keeps what it had until it next connects. That is why their log-ins expire after a short time.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="192"/>
        <source>Who has seen my data</source>
        <translation>Who has seen my data</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="202"/>
        <source>My consent history</source>
        <translation>My consent history</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="203"/>
        <source>No changes yet.</source>
        <translation>No changes yet.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="217"/>
        <location filename="../pages/SharingPage.qml" line="276"/>
        <source>You shared %1 with %2 until %3.</source>
        <translation>You shared %1 with %2 until %3.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="217"/>
        <location filename="../pages/SharingPage.qml" line="276"/>
        <source>You shared %1 with %2.</source>
        <translation>You shared %1 with %2.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="217"/>
        <source>You stopped sharing %1 with %2.</source>
        <translation>You stopped sharing %1 with %2.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="217"/>
        <source>You said yes to being counted in the programme&apos;s figures.</source>
        <translation>You said yes to being counted in the programme&apos;s figures.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="217"/>
        <source>You stopped being counted in the programme&apos;s figures.</source>
        <translation>You stopped being counted in the programme&apos;s figures.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="227"/>
        <source>What you were shown</source>
        <translation>What you were shown</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="258"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="265"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="282"/>
        <source>This is what you were shown:</source>
        <translation>This is what you were shown:</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="294"/>
        <source>Shown %1 on %2. Text version %3.</source>
        <translation>Shown %1 on %2. Text version %3.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="319"/>
        <source>Share %1 with %2?</source>
        <translation>Share %1 with %2?</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="319"/>
        <source>Stop sharing %1 with %2?</source>
        <translation>Stop sharing %1 with %2?</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="319"/>
        <source>Count your journey in the figures?</source>
        <translation>Count your journey in the figures?</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="319"/>
        <source>Stop being counted?</source>
        <translation>Stop being counted?</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="331"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="331"/>
        <source>Stop sharing</source>
        <translation>Stop sharing</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="331"/>
        <source>Yes, count me</source>
        <translation>Yes, count me</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="331"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="348"/>
        <source>%1 can no longer see your %2. What they already received is deleted from their devices the next time they connect.</source>
        <translation>%1 can no longer see your %2. What they already received is deleted from their devices the next time they connect.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="348"/>
        <source>New figures will not count your journey. Figures already made stay as they are, and they never show who you are.</source>
        <translation>New figures will not count your journey. Figures already made stay as they are, and they never show who you are.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="355"/>
        <source>It starts when a parent or guardian has also said yes.</source>
        <translation>It starts when a parent or guardian has also said yes.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="365"/>
        <source>Stop by itself on a date</source>
        <translation>Stop by itself on a date</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="373"/>
        <source>Shared until</source>
        <translation>Shared until</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="379"/>
        <source>We suggest the end of this phase. Its end date is not set yet, so we suggest three months. You can change it, or turn sharing off whenever you like.</source>
        <translation>We suggest the end of this phase. Its end date is not set yet, so we suggest three months. You can change it, or turn sharing off whenever you like.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="379"/>
        <source>We suggest the expected end of this phase (%1). You can change it, or turn sharing off whenever you like.</source>
        <translation>We suggest the expected end of this phase (%1). You can change it, or turn sharing off whenever you like.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="387"/>
        <source>A device that stays offline keeps what it had until it next connects.</source>
        <translation>A device that stays offline keeps what it had until it next connects.</translation>
    </message>
</context>
<context>
    <name>SharingPreviewPage</name>
    <message>
        <location filename="../pages/SharingPreviewPage.qml" line="43"/>
        <source>Shared with %1, waiting for a parent&apos;s or guardian&apos;s yes. Nothing is sent before that.</source>
        <translation>Shared with %1, waiting for a parent&apos;s or guardian&apos;s yes. Nothing is sent before that.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPreviewPage.qml" line="44"/>
        <source>Not shared with %1.</source>
        <translation>Not shared with %1.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPreviewPage.qml" line="47"/>
        <source>What they see</source>
        <translation>What they see</translation>
    </message>
    <message>
        <location filename="../pages/SharingPreviewPage.qml" line="79"/>
        <source>Training office</source>
        <translation>Training office</translation>
    </message>
    <message>
        <location filename="../pages/SharingPreviewPage.qml" line="80"/>
        <source>See what the training office sees</source>
        <translation>See what the training office sees</translation>
    </message>
    <message>
        <location filename="../pages/SharingPreviewPage.qml" line="84"/>
        <source>Clinic</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <location filename="../pages/SharingPreviewPage.qml" line="85"/>
        <source>See what the clinic sees</source>
        <translation>See what the clinic sees</translation>
    </message>
    <message>
        <location filename="../pages/SharingPreviewPage.qml" line="91"/>
        <source>This is what %1 sees about you right now. Change it under Sharing.</source>
        <translation>This is what %1 sees about you right now. Change it under Sharing.</translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <location filename="../components/StepDelegate.qml" line="50"/>
        <source>%1 suggests a step:</source>
        <translation>%1 suggests a step:</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="50"/>
        <source>A helper</source>
        <translation>A helper</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="50"/>
        <source>%1 suggested this. The apprentice said no thanks.</source>
        <translation>%1 suggested this. The apprentice said no thanks.</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="69"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="69"/>
        <source>Not done yet</source>
        <translation>Not done yet</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="97"/>
        <source>The step in your own words</source>
        <translation>The step in your own words</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="105"/>
        <source>Remove step: %1</source>
        <translation>Remove step: %1</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="111"/>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="127"/>
        <source>Take it</source>
        <translation>Take it</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="127"/>
        <source>Take it in my words</source>
        <translation>Take it in my words</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="130"/>
        <source>Take the suggested step: %1</source>
        <translation>Take the suggested step: %1</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="142"/>
        <source>Change the words first</source>
        <translation>Change the words first</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="145"/>
        <source>Change the words of the suggested step first: %1</source>
        <translation>Change the words of the suggested step first: %1</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="154"/>
        <source>No thanks</source>
        <translation>No thanks</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="157"/>
        <source>Decline the suggested step: %1</source>
        <translation>Decline the suggested step: %1</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="169"/>
        <source>Waiting for the apprentice to answer.</source>
        <translation>Waiting for the apprentice to answer.</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="178"/>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="181"/>
        <source>Withdraw your suggestion: %1</source>
        <translation>Withdraw your suggestion: %1</translation>
    </message>
</context>
<context>
    <name>SuggestedGoalDelegate</name>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="42"/>
        <source>%1 suggested this goal. The apprentice said no thanks.</source>
        <translation>%1 suggested this goal. The apprentice said no thanks.</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="42"/>
        <source>A helper</source>
        <translation>A helper</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="42"/>
        <source>%1 suggests a goal:</source>
        <translation>%1 suggests a goal:</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="65"/>
        <source>The goal in your own words</source>
        <translation>The goal in your own words</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="69"/>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="81"/>
        <source>Take it in my words</source>
        <translation>Take it in my words</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="81"/>
        <source>Take it</source>
        <translation>Take it</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="84"/>
        <source>Take the suggested goal: %1</source>
        <translation>Take the suggested goal: %1</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="93"/>
        <source>Change the words first</source>
        <translation>Change the words first</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="96"/>
        <source>Change the words of the suggested goal first: %1</source>
        <translation>Change the words of the suggested goal first: %1</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="105"/>
        <source>No thanks</source>
        <translation>No thanks</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="108"/>
        <source>Decline the suggested goal: %1</source>
        <translation>Decline the suggested goal: %1</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="119"/>
        <source>Waiting for the apprentice to answer.</source>
        <translation>Waiting for the apprentice to answer.</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="128"/>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="131"/>
        <source>Withdraw your suggestion: %1</source>
        <translation>Withdraw your suggestion: %1</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <location filename="../../app/sync/SyncClient.cpp" line="50"/>
        <location filename="../../app/sync/SyncClient.cpp" line="364"/>
        <source>Uventet svar fra serveren.</source>
        <translation>Unexpected reply from the server.</translation>
    </message>
    <message>
        <location filename="../../app/sync/SyncClient.cpp" line="317"/>
        <source>Forbindelsen til serveren ble brutt. Prøv igjen.</source>
        <translation>The connection to the server was lost. Try again.</translation>
    </message>
    <message>
        <location filename="../../app/sync/SyncClient.cpp" line="318"/>
        <location filename="../../app/sync/SyncClient.cpp" line="327"/>
        <source>Fikk ikke kontakt med serveren (%1).</source>
        <translation>Could not reach the server (%1).</translation>
    </message>
    <message>
        <location filename="../../app/sync/SyncClient.cpp" line="373"/>
        <source>Kunne ikke lagre på enheten: %1</source>
        <translation>Could not save on the device: %1</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../components/SyncIndicator.qml" line="23"/>
        <source>Sync state: %1. Tap to sync now.</source>
        <translation>Sync state: %1. Tap to sync now.</translation>
    </message>
</context>
<context>
    <name>TextButton</name>
    <message>
        <location filename="../components/TextButton.qml" line="20"/>
        <source>Not available yet</source>
        <translation>Not available yet</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../pages/TodayPage.qml" line="50"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="108"/>
        <source>Hi, %1</source>
        <translation>Hi, %1</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="176"/>
        <source>You have checked in today</source>
        <translation>You have checked in today</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="176"/>
        <source>How are you today?</source>
        <translation>How are you today?</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="177"/>
        <source>Thank you. You can look at your trend whenever you like.</source>
        <translation>Thank you. You can look at your trend whenever you like.</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="177"/>
        <source>A check-in takes less than 30 seconds. It helps you and your helpers see how things are going.</source>
        <translation>A check-in takes less than 30 seconds. It helps you and your helpers see how things are going.</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="180"/>
        <source>See my trend</source>
        <translation>See my trend</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="180"/>
        <source>Check in now</source>
        <translation>Check in now</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="194"/>
        <source>Next meeting</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="202"/>
        <source>Add what you want to talk about</source>
        <translation>Add what you want to talk about</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="218"/>
        <source>A suggestion for you</source>
        <translation>A suggestion for you</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="218"/>
        <source>%1 suggestions for you</source>
        <translation>%1 suggestions for you</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="219"/>
        <source>Your helpers have an idea. You decide whether it becomes yours.</source>
        <translation>Your helpers have an idea. You decide whether it becomes yours.</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="222"/>
        <source>Look at it</source>
        <translation>Look at it</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="222"/>
        <source>Look at them</source>
        <translation>Look at them</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="240"/>
        <source>Where you are now</source>
        <translation>Where you are now</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="251"/>
        <source>Since %1</source>
        <translation>Since %1</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="273"/>
        <source>Responsible now</source>
        <translation>Responsible now</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="297"/>
        <source>See the whole journey</source>
        <translation>See the whole journey</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="309"/>
        <source>Your next step</source>
        <translation>Your next step</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="312"/>
        <source>You have no goals yet. What do you want to achieve?</source>
        <translation>You have no goals yet. What do you want to achieve?</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="312"/>
        <source>No open steps right now. Add a step to one of your goals.</source>
        <translation>No open steps right now. Add a step to one of your goals.</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="325"/>
        <source>Mark as done: %1</source>
        <translation>Mark as done: %1</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="334"/>
        <source>For your goal: %1</source>
        <translation>For your goal: %1</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="345"/>
        <source>Towards your trade certificate (fagbrev): %1 of %2 steps</source>
        <translation>Towards your trade certificate (fagbrev): %1 of %2 steps</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="355"/>
        <source>Progress towards the trade certificate</source>
        <translation>Progress towards the trade certificate</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="359"/>
        <source>Go to my goals</source>
        <translation>Go to my goals</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="370"/>
        <source>Away from work?</source>
        <translation>Away from work?</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="371"/>
        <source>Write down an absence while you remember it. You decide who sees it.</source>
        <translation>Write down an absence while you remember it. You decide who sees it.</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="373"/>
        <source>Record absence</source>
        <translation>Record absence</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="385"/>
        <source>On this phone</source>
        <translation>On this phone</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="385"/>
        <source>On this device</source>
        <translation>On this device</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="386"/>
        <source>Everything you do is saved here and sent when you are online again.</source>
        <translation>Everything you do is saved here and sent when you are online again.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../components/TrendChart.qml" line="46"/>
        <source>going up</source>
        <translation>going up</translation>
    </message>
    <message>
        <location filename="../components/TrendChart.qml" line="46"/>
        <source>going down</source>
        <translation>going down</translation>
    </message>
    <message>
        <location filename="../components/TrendChart.qml" line="46"/>
        <source>about the same</source>
        <translation>about the same</translation>
    </message>
    <message>
        <location filename="../components/TrendChart.qml" line="51"/>
        <source>%1: no check-ins in this period</source>
        <translation>%1: no check-ins in this period</translation>
    </message>
    <message>
        <location filename="../components/TrendChart.qml" line="51"/>
        <source>%1: %2 check-ins, average %3, last %4</source>
        <translation>%1: %2 check-ins, average %3, last %4</translation>
    </message>
    <message>
        <location filename="../components/TrendChart.qml" line="67"/>
        <source>average %1</source>
        <translation>average %1</translation>
    </message>
    <message>
        <location filename="../components/TrendChart.qml" line="154"/>
        <source>No check-ins yet in this period</source>
        <translation>No check-ins yet in this period</translation>
    </message>
    <message>
        <location filename="../components/TrendChart.qml" line="173"/>
        <source>today</source>
        <translation>today</translation>
    </message>
</context>
<context>
    <name>Ui</name>
    <message>
        <location filename="../components/Ui.qml" line="136"/>
        <source>Shared with %1, waiting for a parent&apos;s or guardian&apos;s yes. Because of the apprentice&apos;s age, it starts when the coordinator has noted that a parent or guardian agreed.</source>
        <translation>Shared with %1, waiting for a parent&apos;s or guardian&apos;s yes. Because of the apprentice&apos;s age, it starts when the coordinator has noted that a parent or guardian agreed.</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="144"/>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="146"/>
        <source>Accepted by the clinic</source>
        <translation>Accepted by the clinic</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="148"/>
        <source>Stay started</source>
        <translation>Stay started</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="150"/>
        <source>Stay completed</source>
        <translation>Stay completed</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="152"/>
        <source>In training after 6 months</source>
        <translation>In training after 6 months</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="154"/>
        <source>In training after 12 months</source>
        <translation>In training after 12 months</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="156"/>
        <source>Trade certificate</source>
        <translation>Trade certificate</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="163"/>
        <source>Goals and steps</source>
        <translation>Goals and steps</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="165"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="167"/>
        <source>Absence</source>
        <translation>Absence</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="169"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="171"/>
        <source>Journey and phases</source>
        <translation>Journey and phases</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="173"/>
        <source>Programme figures</source>
        <translation>Programme figures</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="178"/>
        <source>the clinic</source>
        <translation>the clinic</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="178"/>
        <source>the training office</source>
        <translation>the training office</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="181"/>
        <source>The clinic</source>
        <translation>The clinic</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="181"/>
        <source>The training office</source>
        <translation>The training office</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="186"/>
        <source>Apprentice</source>
        <translation>Apprentice</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="188"/>
        <source>Adviser</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="190"/>
        <source>Clinician</source>
        <translation>Clinician</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="192"/>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="205"/>
        <source>a goal</source>
        <translation>a goal</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="208"/>
        <source>a step</source>
        <translation>a step</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="210"/>
        <source>a check-in</source>
        <translation>a check-in</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="212"/>
        <source>an absence</source>
        <translation>an absence</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="214"/>
        <source>a note</source>
        <translation>a note</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="217"/>
        <source>a message</source>
        <translation>a message</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="219"/>
        <source>what you share</source>
        <translation>what you share</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="223"/>
        <source>the journey</source>
        <translation>the journey</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="230"/>
        <source>Sick</source>
        <translation>Sick</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="232"/>
        <source>Sick child</source>
        <translation>Sick child</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="234"/>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="236"/>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="238"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="245"/>
        <source>Mood</source>
        <translation>Mood</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="247"/>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="249"/>
        <source>Sleep</source>
        <translation>Sleep</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="251"/>
        <source>Pain</source>
        <translation>Pain</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="253"/>
        <source>How work went</source>
        <translation>How work went</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="260"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="262"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="264"/>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="266"/>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message numerus="yes">
        <location filename="../components/Ui.qml" line="273"/>
        <source>Offline – %n change(s) waiting</source>
        <translation>
            <numerusform>Offline – %n change waiting</numerusform>
            <numerusform>Offline – %n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="273"/>
        <source>Offline – everything is saved here</source>
        <translation>Offline – everything is saved here</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="275"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="277"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message numerus="yes">
        <location filename="../components/Ui.qml" line="279"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="279"/>
        <location filename="../components/Ui.qml" line="285"/>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="285"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="285"/>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="285"/>
        <source>Syncing</source>
        <translation>Syncing</translation>
    </message>
</context>
<context>
    <name>UpcomingMeetings</name>
    <message>
        <location filename="../components/UpcomingMeetings.qml" line="18"/>
        <source>Upcoming meetings</source>
        <translation>Upcoming meetings</translation>
    </message>
    <message>
        <location filename="../components/UpcomingMeetings.qml" line="19"/>
        <source>No meetings planned.</source>
        <translation>No meetings planned.</translation>
    </message>
    <message>
        <location filename="../components/UpcomingMeetings.qml" line="49"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../components/UpcomingMeetings.qml" line="60"/>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <location filename="../components/UpcomingMeetings.qml" line="72"/>
        <source>Show all %1</source>
        <translation>Show all %1</translation>
    </message>
</context>
<context>
    <name>YearReport</name>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="29"/>
        <source>(Ikke skrevet ennå.)</source>
        <translation>(Not written yet.)</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="54"/>
        <source>Henvist</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="56"/>
        <source>Tatt imot av klinikken</source>
        <translation>Accepted by the clinic</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="58"/>
        <source>Opphold startet</source>
        <translation>Stay started</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="60"/>
        <source>Opphold fullført</source>
        <translation>Stay completed</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="62"/>
        <source>I opplæring etter 6 måneder</source>
        <translation>In training after 6 months</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="64"/>
        <source>I opplæring etter 12 måneder</source>
        <translation>In training after 12 months</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="66"/>
        <location filename="../../app/print/YearReport.cpp" line="258"/>
        <source>Fagbrev</source>
        <translation>Trade certificate</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="73"/>
        <source>Slutten av oppholdet</source>
        <translation>End of the stay</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="75"/>
        <source>Etter 3 måneder</source>
        <translation>After 3 months</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="77"/>
        <source>Etter 6 måneder</source>
        <translation>After 6 months</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="78"/>
        <source>Etter 12 måneder</source>
        <translation>After 12 months</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="84"/>
        <source>under 5 svar</source>
        <translation>under 5 answers</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="87"/>
        <source>%1 (%2 svar)</source>
        <translation>%1 (%2 answers)</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="165"/>
        <location filename="../../app/print/YearReport.cpp" line="294"/>
        <source>Årsrapport %1</source>
        <translation>Annual report %1</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="168"/>
        <source>Bakgrunn</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="170"/>
        <source>Mål</source>
        <translation>Aims</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="173"/>
        <source>Tallene er ikke hentet fra serveren ennå.</source>
        <translation>The figures have not come from the server yet.</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="177"/>
        <source>Resultat:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="180"/>
        <source>Hvor mange som ble henvist i %1, er skjult for å verne små tall.</source>
        <translation>How many were referred in %1 is hidden to protect small numbers.</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="217"/>
        <source>Ventetid fra henvisning til opphold (median): %1 dager (%2).</source>
        <translation>Median wait from referral to the stay: %1 days (%2).</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="221"/>
        <source>%1 opphold</source>
        <translation>%1 stays</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="223"/>
        <source>5 opphold eller flere</source>
        <translation>5 stays or more</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="183"/>
        <source>I %1 ble %2 lærlinger henvist.</source>
        <translation>In %1, %2 apprentices were referred.</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="185"/>
        <source>Målet er %1 i året.</source>
        <translation>The target is %1 a year.</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="188"/>
        <source>Fagbrev i løpet av året: %1.</source>
        <translation>Trade certificates during the year: %1.</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="192"/>
        <source>Delmål 1</source>
        <translation>Sub-aim 1</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="194"/>
        <source>Delmål 2</source>
        <translation>Sub-aim 2</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="196"/>
        <source>Fra henvisning til fagbrev, %1</source>
        <translation>From referral to trade certificate, %1</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="213"/>
        <source>Målet er %1 henviste i året.</source>
        <translation>The target is %1 referred a year.</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="224"/>
        <source>For få opphold i %1 til å vise ventetiden.</source>
        <translation>Too few stays in %1 to show the wait.</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="226"/>
        <source>Lærlingenes egne svar, alle år</source>
        <translation>The apprentices&apos; own answers, all years</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="230"/>
        <source>Når</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="230"/>
        <source>Arbeidsevne, endring (0–10)</source>
        <translation>Work ability, change (0–10)</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="231"/>
        <source>Egne mål (−2 til +2)</source>
        <translation>Own goals (−2 to +2)</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="250"/>
        <source>Hvert svar er sammenlignet med den samme lærlingens svar før oppholdet.</source>
        <translation>Each answer is compared with the same apprentice&apos;s answer before the stay.</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="253"/>
        <source>Hvert års lærlinger: hvor er de nå?</source>
        <translation>Each year&apos;s apprentices: where are they now?</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="258"/>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="258"/>
        <source>Startet</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="258"/>
        <source>Måltall</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="259"/>
        <source>Fortsatt i læretiden</source>
        <translation>Still in the apprenticeship</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="259"/>
        <source>Avsluttet tidlig</source>
        <translation>Ended early</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="278"/>
        <source>Delmål 3</source>
        <translation>Sub-aim 3</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="280"/>
        <source>Om tallene</source>
        <translation>About the figures</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="281"/>
        <source>Bare lærlinger som har sagt ja til å telles med, er med. Et tall under 5 vises som «under 5», og noen tall er skjult, så et lite tall ikke kan regnes ut fra de andre. Et snitt vises bare når minst 5 har svart.</source>
        <translation>Only apprentices who said yes to being counted are included. A number under 5 is shown as “under 5”, and some numbers are hidden so that a small number cannot be worked out from the others. A mean is shown only when at least 5 have answered.</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="291"/>
        <source>Bare koordinatoren lager årsrapporten.</source>
        <translation>Only the coordinator makes the annual report.</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="295"/>
        <source>Laget av %1, %2</source>
        <translation>Made by %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="298"/>
        <source>Bare tall: ingen navn, og ingen tall under 5.</source>
        <translation>Figures only: no names, and no number under 5.</translation>
    </message>
</context>
<context>
    <name>YearReportCard</name>
    <message>
        <location filename="../components/YearReportCard.qml" line="20"/>
        <source>The year&apos;s report, %1</source>
        <translation>The year&apos;s report, %1</translation>
    </message>
    <message>
        <location filename="../components/YearReportCard.qml" line="21"/>
        <source>Write the text parts here, in the pilot report&apos;s order. Bro fills in the figures and the charts.</source>
        <translation>Write the text parts here, in the pilot report&apos;s order. Bro fills in the figures and the charts.</translation>
    </message>
    <message>
        <location filename="../components/YearReportCard.qml" line="24"/>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../components/YearReportCard.qml" line="33"/>
        <location filename="../components/YearReportCard.qml" line="50"/>
        <location filename="../components/YearReportCard.qml" line="67"/>
        <location filename="../components/YearReportCard.qml" line="84"/>
        <location filename="../components/YearReportCard.qml" line="101"/>
        <source>Write a few sentences …</source>
        <translation>Write a few sentences …</translation>
    </message>
    <message>
        <location filename="../components/YearReportCard.qml" line="41"/>
        <source>Main aim</source>
        <translation>Main aim</translation>
    </message>
    <message>
        <location filename="../components/YearReportCard.qml" line="58"/>
        <source>Sub-aim 1: one journey for the apprentice</source>
        <translation>Sub-aim 1: one journey for the apprentice</translation>
    </message>
    <message>
        <location filename="../components/YearReportCard.qml" line="75"/>
        <source>Sub-aim 2: results and effects</source>
        <translation>Sub-aim 2: results and effects</translation>
    </message>
    <message>
        <location filename="../components/YearReportCard.qml" line="92"/>
        <source>Sub-aim 3: what others can use</source>
        <translation>Sub-aim 3: what others can use</translation>
    </message>
    <message>
        <location filename="../components/YearReportCard.qml" line="109"/>
        <location filename="../components/YearReportCard.qml" line="119"/>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <location filename="../components/YearReportCard.qml" line="122"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../components/YearReportCard.qml" line="125"/>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>errortext</name>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="29"/>
        <source>Steget</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="29"/>
        <source>Tittelen</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="31"/>
        <source>Hvorfor</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="33"/>
        <source>Statusen</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="35"/>
        <source>Plasseringen</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="37"/>
        <source>Datoen</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="39"/>
        <source>Humøret</source>
        <translation>Mood</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="41"/>
        <source>Energien</source>
        <translation>Energy</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="43"/>
        <source>Søvnen</source>
        <translation>Sleep</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="45"/>
        <source>Smerten</source>
        <translation>Pain</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="47"/>
        <source>Hvordan jobben gikk</source>
        <translation>How work went</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="49"/>
        <source>Notatet</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="51"/>
        <source>Meldingen</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="51"/>
        <source>Teksten</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="53"/>
        <source>Første dag</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="55"/>
        <source>Siste dag</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="57"/>
        <source>Typen fravær</source>
        <translation>Kind of absence</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="59"/>
        <source>Om det gjelder helse</source>
        <translation>Whether it is about health</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="61"/>
        <source>Sluttdatoen</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="63"/>
        <source>Kategorien</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="65"/>
        <source>Fasen</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="67"/>
        <source>Sjekklisten</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="81"/>
        <source>Siste dag kan ikke være før første dag.</source>
        <translation>The last day cannot be before the first day.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="83"/>
        <location filename="../../app/store/ErrorText.cpp" line="85"/>
        <source>%1 må fylles ut.</source>
        <translation>%1 must be filled in.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="87"/>
        <source>%1 er for kort.</source>
        <translation>%1 is too short.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="89"/>
        <source>%1 har for mange tegn (høyst %2).</source>
        <translation>%1 has too many characters (at most %2).</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="91"/>
        <source>%1 må være mellom %2 og %3.</source>
        <translation>%1 must be between %2 and %3.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="93"/>
        <source>%1 kan høyst være %2.</source>
        <translation>%1 can be at most %2.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="95"/>
        <source>%1 må være et helt tall.</source>
        <translation>%1 must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="97"/>
        <source>%1 må være en gyldig dato.</source>
        <translation>%1 must be a valid date.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="99"/>
        <source>%1 må være et gyldig tidspunkt.</source>
        <translation>%1 must be a valid time.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="101"/>
        <source>%1 må være ja eller nei.</source>
        <translation>%1 must be yes or no.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="103"/>
        <source>%1 har en verdi som ikke er tillatt.</source>
        <translation>%1 has a value that is not allowed.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="105"/>
        <source>%1 må være tekst.</source>
        <translation>%1 must be text.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="107"/>
        <source>%1 inneholder ugyldige tegn.</source>
        <translation>%1 contains invalid characters.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="109"/>
        <source>%1 har for høy verdi.</source>
        <translation>%1 is too high.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="111"/>
        <source>Ukjent felt: %1.</source>
        <translation>Unknown field: %1.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="112"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="124"/>
        <source>Målet er lærlingens eget, med lærlingens egne ord. Bare lærlingen kan endre eller slette det. Du kan foreslå et steg i stedet.</source>
        <translation>This goal is the apprentice&apos;s own, in their own words. Only the apprentice can change or delete it. You can suggest a step instead.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="127"/>
        <source>Steget er lærlingens eget. Bare lærlingen kan endre eller slette det.</source>
        <translation>This step is the apprentice&apos;s own. Only the apprentice can change or delete it.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="129"/>
        <source>Du kan foreslå mål og steg, men ikke legge dem til selv. Lærlingen bestemmer om forslaget blir deres.</source>
        <translation>You can suggest goals and steps, but not add them yourself. The apprentice decides whether a suggestion becomes theirs.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="132"/>
        <source>Bare lærlingen kan ta imot eller si nei takk til et forslag.</source>
        <translation>Only the apprentice can take or decline a suggestion.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="134"/>
        <source>Innsjekkene er lærlingens egne. Bare lærlingen kan endre dem.</source>
        <translation>Check-ins are the apprentice&apos;s own. Only the apprentice can change them.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="136"/>
        <source>Fraværsmeldingene er lærlingens egne. Bare lærlingen kan endre dem.</source>
        <translation>Absence notes are the apprentice&apos;s own. Only the apprentice can change them.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="138"/>
        <source>Du kan bare endre dine egne notater.</source>
        <translation>You can only change your own notes.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="140"/>
        <source>Du kan bare endre dine egne kommentarer.</source>
        <translation>You can only change your own comments.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="142"/>
        <source>Møtene settes opp av hjelperne. Du kan legge til det du vil snakke om.</source>
        <translation>Meetings are arranged by the helpers. You can add what you want to talk about.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="144"/>
        <source>Du kan bare endre dine egne saker på sakslista.</source>
        <translation>You can only change your own agenda items.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="146"/>
        <source>Referatet skrives av hjelperne. Du kan si om du er enig, eller skrive hva du ser annerledes.</source>
        <translation>The minutes are written by the helpers. You can say whether you agree, or write what you see differently.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="149"/>
        <source>Avtalte oppgaver skrives ned av hjelperne.</source>
        <translation>Agreed actions are written down by the helpers.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="151"/>
        <source>Bare lærlingen kan si om de er enige i referatet.</source>
        <translation>Only the apprentice can say whether they agree with the minutes.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="153"/>
        <source>Klinikken lager utkastet til opptrappingsplanen. Bare lærlingen svarer på den.</source>
        <translation>The clinic drafts the return plan. Only the apprentice answers it.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="156"/>
        <source>Du kan bare skrive i ditt eget navn.</source>
        <translation>You can only write in your own name.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="157"/>
        <source>Du har ikke lov til å gjøre denne endringen.</source>
        <translation>You are not allowed to make this change.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="160"/>
        <location filename="../../app/store/ErrorText.cpp" line="240"/>
        <source>Serveren godtok ikke endringen: %1</source>
        <translation>The server did not accept the change: %1</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="162"/>
        <source>Klokka på enheten går feil. Sjekk dato og tid.</source>
        <translation>The clock on the device is wrong. Check the date and time.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="164"/>
        <source>Serveren er full. Prøv igjen senere.</source>
        <translation>The server is full. Try again later.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="166"/>
        <source>Serveren får ikke lagret akkurat nå. Det du har skrevet er trygt på enheten og sendes av seg selv når serveren er tilbake.</source>
        <translation>The server cannot save anything right now. What you wrote is safe on this device and will be sent by itself when the server is back.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="169"/>
        <source>Feil brukernavn eller passord.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="171"/>
        <source>Invitasjonskoden er ugyldig eller brukt.</source>
        <translation>The invite code is invalid or already used.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="173"/>
        <source>For mange forsøk. Vent litt og prøv igjen.</source>
        <translation>Too many attempts. Wait a little and try again.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="175"/>
        <source>Du må logge inn på nytt.</source>
        <translation>You need to log in again.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="177"/>
        <source>Appen er for gammel for serveren. Oppdater appen.</source>
        <translation>The app is too old for the server. Update the app.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="180"/>
        <source>Innloggingen mislyktes. Prøv igjen.</source>
        <translation>The login did not work. Try again.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="182"/>
        <source>Innloggingstjenesten svarer ikke akkurat nå. Prøv igjen om litt.</source>
        <translation>The login service is not answering right now. Try again in a little while.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="193"/>
        <source>Vi fant deg ikke. Første gang trenger du invitasjonskoden fra koordinatoren.</source>
        <translation>We did not find you. The first time, you need the invite code from the coordinator.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="195"/>
        <source>Invitasjonskoden virker ikke. Spør koordinatoren om en ny.</source>
        <translation>The invite code does not work. Ask the coordinator for a new one.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="205"/>
        <source>Bare koordinatoren kan se og endre organisasjoner, personer og team.</source>
        <translation>Only the coordinator can see and change organisations, people and teams.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="212"/>
        <source>Det finnes allerede en med samme id.</source>
        <translation>One with the same id already exists.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="214"/>
        <source>Lærlingen har allerede en sak.</source>
        <translation>The apprentice already has a case.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="216"/>
        <source>Velg en lærling.</source>
        <translation>Choose an apprentice.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="218"/>
        <source>Velg et opplæringskontor.</source>
        <translation>Choose a training office.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="220"/>
        <source>Velg en klinikk.</source>
        <translation>Choose a clinic.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="222"/>
        <source>En rådgiver må høre til et opplæringskontor.</source>
        <translation>An adviser must belong to a training office.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="224"/>
        <source>En behandler må høre til en klinikk.</source>
        <translation>A clinician must belong to a clinic.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="226"/>
        <source>En koordinator må høre til programmet.</source>
        <translation>A coordinator must belong to the programme.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="228"/>
        <source>En lærling hører ikke til en organisasjon.</source>
        <translation>An apprentice does not belong to an organisation.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="230"/>
        <source>Personen jobber verken ved lærlingens opplæringskontor eller klinikk.</source>
        <translation>The person works at neither the apprentice&apos;s training office nor clinic.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="232"/>
        <source>Bare rådgivere og behandlere kan være med i teamet.</source>
        <translation>Only advisers and clinicians can be on the team.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="234"/>
        <source>Personen er allerede med i teamet.</source>
        <translation>The person is already on the team.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="236"/>
        <source>Personen er ikke med i teamet.</source>
        <translation>The person is not on the team.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="238"/>
        <source>Personen har allerede en konto og trenger ingen invitasjonskode.</source>
        <translation>The person already has an account and needs no invite code.</translation>
    </message>
</context>
<context>
    <name>pinrules</name>
    <message>
        <location filename="../../app/lock/PinRules.cpp" line="44"/>
        <source>Koden må ha minst seks tall.</source>
        <translation>The code needs at least six digits.</translation>
    </message>
    <message>
        <location filename="../../app/lock/PinRules.cpp" line="47"/>
        <source>Koden kan bare ha tall.</source>
        <translation>The code can only have digits.</translation>
    </message>
    <message>
        <location filename="../../app/lock/PinRules.cpp" line="59"/>
        <source>Den koden er lett å gjette. Velg seks andre tall.</source>
        <translation>That code is easy to guess. Choose six other digits.</translation>
    </message>
</context>
</TS>
