<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AbsenceDelegate</name>
    <message numerus="yes">
        <location filename="../components/AbsenceDelegate.qml" line="20"/>
        <location filename="../components/AbsenceDelegate.qml" line="43"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dager</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/AbsenceDelegate.qml" line="20"/>
        <location filename="../components/AbsenceDelegate.qml" line="63"/>
        <source>about health</source>
        <translation>om helse</translation>
    </message>
</context>
<context>
    <name>AbsencePage</name>
    <message>
        <location filename="../pages/AbsencePage.qml" line="31"/>
        <location filename="../pages/AbsencePage.qml" line="149"/>
        <source>Absence</source>
        <translation>Fravær</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="44"/>
        <source>Not shared with %1. The apprentice decides what you see.</source>
        <translation>Ikke delt med %1. Lærlingen bestemmer hva du ser.</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="44"/>
        <source>your service</source>
        <translation>tjenesten din</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="54"/>
        <source>Record an absence</source>
        <translation>Registrer fravær</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="61"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="71"/>
        <source>To and including</source>
        <translation>Til og med</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="77"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="90"/>
        <source>Kind: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="103"/>
        <source>This is about my health</source>
        <translation>Dette handler om helsen min</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="110"/>
        <source>Only those you share absence with can see this. You choose under Sharing.</source>
        <translation>Bare de du deler fravær med, kan se dette. Du velger under Deling.</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="119"/>
        <source>Note (optional)</source>
        <translation>Merknad (valgfritt)</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="123"/>
        <source>Note, optional</source>
        <translation>Merknad, valgfritt</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="127"/>
        <source>Save absence</source>
        <translation>Lagre fravær</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="136"/>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="149"/>
        <source>My absence</source>
        <translation>Mitt fravær</translation>
    </message>
    <message>
        <location filename="../pages/AbsencePage.qml" line="150"/>
        <source>Nothing recorded.</source>
        <translation>Ingenting registrert.</translation>
    </message>
</context>
<context>
    <name>AbsenceStrip</name>
    <message numerus="yes">
        <location filename="../components/AbsenceStrip.qml" line="64"/>
        <source>Last %1 weeks: %n day(s) of absence</source>
        <translation>
            <numerusform>Siste %1 uker: %n fraværsdag</numerusform>
            <numerusform>Siste %1 uker: %n fraværsdager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../components/AbsenceStrip.qml" line="64"/>
        <source>%n of them about health.</source>
        <translation>
            <numerusform>%n av dem om helse.</numerusform>
            <numerusform>%n av dem om helse.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/AbsenceStrip.qml" line="70"/>
        <source>No absence in these weeks.</source>
        <translation>Ikke noe fravær disse ukene.</translation>
    </message>
    <message>
        <location filename="../components/AbsenceStrip.qml" line="87"/>
        <source>Most often on a %1 (%2 of %3 days).</source>
        <translation>Oftest på en %1 (%2 av %3 dager).</translation>
    </message>
    <message>
        <location filename="../components/AbsenceStrip.qml" line="90"/>
        <source>More in the last 4 weeks (%1 days) than in the 4 before (%2).</source>
        <translation>Mer de siste 4 ukene (%1 dager) enn de 4 før (%2).</translation>
    </message>
    <message>
        <location filename="../components/AbsenceStrip.qml" line="92"/>
        <source>Less in the last 4 weeks (%1 days) than in the 4 before (%2).</source>
        <translation>Mindre de siste 4 ukene (%1 dager) enn de 4 før (%2).</translation>
    </message>
    <message>
        <location filename="../components/AbsenceStrip.qml" line="94"/>
        <source>About the same in the last 4 weeks (%1 days) as in the 4 before (%2).</source>
        <translation>Omtrent like mye de siste 4 ukene (%1 dager) som de 4 før (%2).</translation>
    </message>
    <message>
        <location filename="../components/AbsenceStrip.qml" line="210"/>
        <source>about health</source>
        <translation>om helse</translation>
    </message>
    <message>
        <location filename="../components/AbsenceStrip.qml" line="213"/>
        <source>other absence</source>
        <translation>annet fravær</translation>
    </message>
    <message>
        <location filename="../components/AbsenceStrip.qml" line="216"/>
        <source>present</source>
        <translation>til stede</translation>
    </message>
    <message numerus="yes">
        <location filename="../components/AbsenceStrip.qml" line="276"/>
        <source>%1: %n day(s) (%2 about health)</source>
        <translation>
            <numerusform>%1: %n dag (%2 om helse)</numerusform>
            <numerusform>%1: %n dager (%2 om helse)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message>
        <location filename="../../app/lock/AppLock.cpp" line="70"/>
        <source>Logg inn først.</source>
        <translation>Logg inn først.</translation>
    </message>
    <message>
        <location filename="../../app/lock/AppLock.cpp" line="74"/>
        <source>De to kodene er ikke like. Prøv en gang til.</source>
        <translation>De to kodene er ikke like. Prøv en gang til.</translation>
    </message>
    <message>
        <location filename="../../app/lock/AppLock.cpp" line="82"/>
        <source>Det gikk ikke å lagre koden. Prøv igjen.</source>
        <translation>Det gikk ikke å lagre koden. Prøv igjen.</translation>
    </message>
</context>
<context>
    <name>AppearanceCard</name>
    <message>
        <location filename="../components/AppearanceCard.qml" line="12"/>
        <source>How it looks</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <location filename="../components/AppearanceCard.qml" line="19"/>
        <source>Colours</source>
        <translation>Farger</translation>
    </message>
    <message>
        <location filename="../components/AppearanceCard.qml" line="29"/>
        <source>Same as the device</source>
        <translation>Som på enheten</translation>
    </message>
    <message>
        <location filename="../components/AppearanceCard.qml" line="32"/>
        <source>Light</source>
        <translation>Lyse</translation>
    </message>
    <message>
        <location filename="../components/AppearanceCard.qml" line="35"/>
        <source>Dark</source>
        <translation>Mørke</translation>
    </message>
    <message>
        <location filename="../components/AppearanceCard.qml" line="42"/>
        <source>Colours: %1</source>
        <translation>Farger: %1</translation>
    </message>
    <message>
        <location filename="../components/AppearanceCard.qml" line="49"/>
        <source>Text size</source>
        <translation>Tekststørrelse</translation>
    </message>
    <message>
        <location filename="../components/AppearanceCard.qml" line="64"/>
        <source>Text size %1 percent</source>
        <translation>Tekststørrelse %1 prosent</translation>
    </message>
    <message>
        <location filename="../components/AppearanceCard.qml" line="70"/>
        <source>This is how large the text is.</source>
        <translation>Så stor blir teksten.</translation>
    </message>
    <message>
        <location filename="../components/AppearanceCard.qml" line="79"/>
        <source>Less motion</source>
        <translation>Mindre bevegelse</translation>
    </message>
</context>
<context>
    <name>AuditDelegate</name>
    <message>
        <location filename="../components/AuditDelegate.qml" line="24"/>
        <source>%1 received %2 (%3) on the device “%4”.</source>
        <translation>%1 mottok %2 (%3) på enheten «%4».</translation>
    </message>
    <message>
        <location filename="../components/AuditDelegate.qml" line="26"/>
        <source>%1 wrote to your %2 from the device “%3”.</source>
        <translation>%1 skrev i %2 dine fra enheten «%3».</translation>
    </message>
    <message>
        <location filename="../components/AuditDelegate.qml" line="28"/>
        <source>%1 joined the team around you, added by the programme coordinator.</source>
        <translation>%1 ble med i teamet rundt deg, lagt til av koordinatoren.</translation>
    </message>
    <message>
        <location filename="../components/AuditDelegate.qml" line="30"/>
        <source>%1 left the team around you. Their devices no longer get your data.</source>
        <translation>%1 gikk ut av teamet rundt deg. Enhetene til %1 får ikke lenger dataene dine.</translation>
    </message>
    <message>
        <location filename="../components/AuditDelegate.qml" line="32"/>
        <source>What %1 had of your case was deleted from the device “%2”, because they left the team.</source>
        <translation>Det %1 hadde av saken din, ble slettet fra enheten «%2», fordi %1 gikk ut av teamet.</translation>
    </message>
    <message>
        <location filename="../components/AuditDelegate.qml" line="34"/>
        <source>You signed in on the device “%1”.</source>
        <translation>Du logget inn på enheten «%1».</translation>
    </message>
    <message>
        <location filename="../components/AuditDelegate.qml" line="36"/>
        <source>A sign-in as you with %1 did not go through. If it was not you, tell your adviser.</source>
        <translation>En innlogging som deg med %1 gikk ikke gjennom. Hvis det ikke var deg, si fra til rådgiveren din.</translation>
    </message>
    <message>
        <location filename="../components/AuditDelegate.qml" line="38"/>
        <source>The device “%1” was signed out. It deletes what it had of your case the next time it connects.</source>
        <translation>Enheten «%1» ble logget ut. Den sletter det den hadde av saken din neste gang den kobler seg til.</translation>
    </message>
    <message>
        <location filename="../components/AuditDelegate.qml" line="40"/>
        <source>%1 signed out all your devices (%2). They delete what they had of your case the next time they connect.</source>
        <translation>%1 logget ut alle enhetene dine (%2). De sletter det de hadde av saken din neste gang de kobler seg til.</translation>
    </message>
    <message>
        <location filename="../components/AuditDelegate.qml" line="42"/>
        <source>%1 changed the steps of the programme. Your journey moved on to the nearest step that is still there. Nothing about you was deleted.</source>
        <translation>%1 endret stegene i programmet. Reisen din gikk videre til det nærmeste steget som fortsatt finnes. Ingenting om deg er slettet.</translation>
    </message>
    <message>
        <location filename="../components/AuditDelegate.qml" line="44"/>
        <source>Your %1 (%2) were removed from the device “%3” at %4, because you stopped sharing.</source>
        <translation>%1 (%2) ble slettet fra enheten «%3» hos %4, fordi du sluttet å dele.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../pages/AuditPage.qml" line="12"/>
        <source>Who has seen what</source>
        <translation>Hvem har sett hva</translation>
    </message>
    <message>
        <location filename="../pages/AuditPage.qml" line="24"/>
        <source>Each time a device of the training office or the clinic receives or changes your data, it is written here.</source>
        <translation>Hver gang en enhet hos opplæringskontoret eller klinikken mottar eller endrer opplysninger om deg, står det her.</translation>
    </message>
    <message>
        <location filename="../pages/AuditPage.qml" line="33"/>
        <source>Nothing to show yet. The list comes from the server when you are online.</source>
        <translation>Ingenting å vise ennå. Listen kommer fra serveren når du er på nett.</translation>
    </message>
    <message>
        <location filename="../pages/AuditPage.qml" line="33"/>
        <source>No one else has received your data yet.</source>
        <translation>Ingen andre har mottatt opplysninger om deg ennå.</translation>
    </message>
    <message>
        <location filename="../pages/AuditPage.qml" line="46"/>
        <source>A device that stays offline keeps what it had until it next connects.</source>
        <translation>En enhet som holder seg frakoblet, beholder det den hadde til den kobler seg på igjen.</translation>
    </message>
    <message>
        <location filename="../pages/AuditPage.qml" line="53"/>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <location filename="../pages/AuditPage.qml" line="56"/>
        <source>Refresh the list</source>
        <translation>Oppdater listen</translation>
    </message>
</context>
<context>
    <name>CaseModel</name>
    <message>
        <location filename="../../app/models/CaseModel.cpp" line="109"/>
        <source>Du er ikke logget inn.</source>
        <translation>Du er ikke logget inn.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../components/CaseView.qml" line="21"/>
        <source>your service</source>
        <translation>tjenesten din</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="57"/>
        <source>Choose an apprentice to see their case.</source>
        <translation>Velg en lærling for å se saken.</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="77"/>
        <source>%1 · day %2 in this phase</source>
        <translation>%1 · dag %2 i denne fasen</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="86"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="86"/>
        <source>Journey</source>
        <translation>Reisen</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="86"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="86"/>
        <source>Messages</source>
        <translation>Meldinger</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="94"/>
        <source>Open %1</source>
        <translation>Åpne %1</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="111"/>
        <source>Check-in trend</source>
        <translation>Utvikling i innsjekkene</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="112"/>
        <source>What the apprentice shares with you.</source>
        <translation>Det lærlingen deler med deg.</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="116"/>
        <source>Check-ins are not shared with %1. The apprentice decides what you see.</source>
        <translation>Innsjekkene er ikke delt med %1. Lærlingen bestemmer hva du ser.</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="128"/>
        <source>4 weeks</source>
        <translation>4 uker</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="129"/>
        <source>Show the last 4 weeks</source>
        <translation>Vis de siste 4 ukene</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="134"/>
        <source>12 weeks</source>
        <translation>12 uker</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="135"/>
        <source>Show the last 12 weeks</source>
        <translation>Vis de siste 12 ukene</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="167"/>
        <source>Absence</source>
        <translation>Fravær</translation>
    </message>
    <message>
        <location filename="../components/CaseView.qml" line="171"/>
        <source>Absence is not shared with %1. The apprentice decides what you see.</source>
        <translation>Fraværet er ikke delt med %1. Lærlingen bestemmer hva du ser.</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../pages/CasesPage.qml" line="24"/>
        <source>talk about health</source>
        <translation>snakk om helse</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="26"/>
        <source>absence rising</source>
        <translation>økende fravær</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="30"/>
        <source>check-ins missing</source>
        <translation>mangler innsjekker</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="28"/>
        <source>check-ins falling</source>
        <translation>innsjekkene går ned</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="32"/>
        <source>handover due</source>
        <translation>overgang nærmer seg</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="34"/>
        <source>sharing withdrawn</source>
        <translation>deling trukket tilbake</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="36"/>
        <source>behind the return plan</source>
        <translation>bak opptrappingsplanen</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="38"/>
        <source>follow-up questions due</source>
        <translation>spørsmål underveis venter</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="45"/>
        <source>Most flags</source>
        <translation>Flest varsler</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="47"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="49"/>
        <source>Days in phase</source>
        <translation>Dager i fasen</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="51"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="85"/>
        <source>My apprentices</source>
        <translation>Mine lærlinger</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="147"/>
        <source>You see what each apprentice has chosen to share with %1.</source>
        <translation>Du ser det hver lærling har valgt å dele med %1.</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="147"/>
        <source>your service</source>
        <translation>tjenesten din</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="165"/>
        <source>Sort by</source>
        <translation>Sorter etter</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="175"/>
        <source>Sort by: %1</source>
        <translation>Sorter etter: %1</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="203"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="206"/>
        <source>Show: %1</source>
        <translation>Vis: %1</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="215"/>
        <source>No apprentices yet.</source>
        <translation>Ingen lærlinger ennå.</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="215"/>
        <source>No apprentice with this flag.</source>
        <translation>Ingen lærling med dette varselet.</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="267"/>
        <source>%1 · day %2 in this phase</source>
        <translation>%1 · dag %2 i denne fasen</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="274"/>
        <source>last check-in %1</source>
        <translation>siste innsjekk %1</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="274"/>
        <source>check-ins not shared</source>
        <translation>innsjekker ikke delt</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="274"/>
        <source>no check-ins yet</source>
        <translation>ingen innsjekker ennå</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="274"/>
        <source>check-ins shared, waiting for a parent&apos;s or guardian&apos;s yes</source>
        <translation>innsjekker delt, venter på ja fra en forelder eller verge</translation>
    </message>
    <message>
        <location filename="../pages/CasesPage.qml" line="347"/>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../pages/CheckInPage.qml" line="45"/>
        <source>Check-in</source>
        <translation>Innsjekk</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="45"/>
        <source>Check-ins</source>
        <translation>Innsjekker</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="68"/>
        <source>Not shared with %1. The apprentice decides what you see.</source>
        <translation>Ikke delt med %1. Lærlingen bestemmer hva du ser.</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="68"/>
        <source>your service</source>
        <translation>tjenesten din</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="106"/>
        <source>You have checked in today</source>
        <translation>Du har sjekket inn i dag</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="110"/>
        <source>Thank you! It is saved on your phone.</source>
        <translation>Takk! Det er lagret på telefonen din.</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="116"/>
        <source>Check in again</source>
        <translation>Sjekk inn på nytt</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="127"/>
        <source>How are you today?</source>
        <translation>Hvordan har du det i dag?</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="128"/>
        <source>Tap one number on each line. 1 is low, 5 is high.</source>
        <translation>Trykk på ett tall på hver linje. 1 er lavt, 5 er høyt.</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="133"/>
        <source>Mood</source>
        <translation>Humør</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="134"/>
        <source>Very low</source>
        <translation>Veldig lavt</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="134"/>
        <source>Low</source>
        <translation>Lavt</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="134"/>
        <location filename="../pages/CheckInPage.qml" line="140"/>
        <location filename="../pages/CheckInPage.qml" line="146"/>
        <location filename="../pages/CheckInPage.qml" line="152"/>
        <source>OK</source>
        <translation>Greit</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="134"/>
        <location filename="../pages/CheckInPage.qml" line="140"/>
        <location filename="../pages/CheckInPage.qml" line="146"/>
        <location filename="../pages/CheckInPage.qml" line="152"/>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="134"/>
        <location filename="../pages/CheckInPage.qml" line="146"/>
        <location filename="../pages/CheckInPage.qml" line="152"/>
        <source>Very good</source>
        <translation>Veldig bra</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="139"/>
        <source>Energy</source>
        <translation>Energi</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="140"/>
        <source>Drained</source>
        <translation>Helt tom</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="140"/>
        <source>Tired</source>
        <translation>Sliten</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="140"/>
        <source>Full of energy</source>
        <translation>Full av energi</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="145"/>
        <source>Sleep last night</source>
        <translation>Søvn i natt</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="146"/>
        <location filename="../pages/CheckInPage.qml" line="152"/>
        <source>Very bad</source>
        <translation>Veldig dårlig</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="146"/>
        <location filename="../pages/CheckInPage.qml" line="152"/>
        <source>Bad</source>
        <translation>Dårlig</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="151"/>
        <source>How work went</source>
        <translation>Hvordan jobben gikk</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="160"/>
        <source>Pain</source>
        <translation>Smerte</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="166"/>
        <source>0 – no pain</source>
        <translation>0 – ingen smerte</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="166"/>
        <source>%1 of 10</source>
        <translation>%1 av 10</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="181"/>
        <source>Pain from 0 to 10: %1</source>
        <translation>Smerte fra 0 til 10: %1</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="186"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="192"/>
        <source>worst</source>
        <translation>verst</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="199"/>
        <source>Anything you want to add? (optional)</source>
        <translation>Noe du vil legge til? (valgfritt)</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="207"/>
        <source>A few words about today</source>
        <translation>Noen ord om dagen i dag</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="210"/>
        <source>Note, optional</source>
        <translation>Merknad, valgfritt</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="214"/>
        <location filename="../pages/CheckInPage.qml" line="218"/>
        <source>Save check-in</source>
        <translation>Lagre innsjekk</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="214"/>
        <source>Answer the four questions above</source>
        <translation>Svar på de fire spørsmålene over</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="239"/>
        <source>My trend</source>
        <translation>Min utvikling</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="239"/>
        <source>Trend</source>
        <translation>Utvikling</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="240"/>
        <source>Only you see this, unless you share your check-ins.</source>
        <translation>Bare du ser dette, med mindre du deler innsjekkene dine.</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="240"/>
        <source>What the apprentice shares with you.</source>
        <translation>Det lærlingen deler med deg.</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="246"/>
        <source>4 weeks</source>
        <translation>4 uker</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="247"/>
        <source>Show the last 4 weeks</source>
        <translation>Vis de siste 4 ukene</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="251"/>
        <source>12 weeks</source>
        <translation>12 uker</translation>
    </message>
    <message>
        <location filename="../pages/CheckInPage.qml" line="252"/>
        <source>Show the last 12 weeks</source>
        <translation>Vis de siste 12 ukene</translation>
    </message>
</context>
<context>
    <name>ConsentDelegate</name>
    <message>
        <location filename="../components/ConsentDelegate.qml" line="57"/>
        <source>Shared</source>
        <translation>Delt</translation>
    </message>
    <message>
        <location filename="../components/ConsentDelegate.qml" line="57"/>
        <source>Not shared</source>
        <translation>Ikke delt</translation>
    </message>
    <message>
        <location filename="../components/ConsentDelegate.qml" line="57"/>
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <location filename="../components/ConsentDelegate.qml" line="57"/>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <location filename="../components/ConsentDelegate.qml" line="71"/>
        <source>Share %1 with %2</source>
        <translation>Del %1 med %2</translation>
    </message>
    <message>
        <location filename="../components/ConsentDelegate.qml" line="87"/>
        <source>Not started yet. Because of your age, a parent or guardian also has to say yes first. Nothing is sent before that.</source>
        <translation>Ikke startet ennå. På grunn av alderen din må en forelder eller verge også si ja først. Ingenting sendes før det.</translation>
    </message>
    <message>
        <location filename="../components/ConsentDelegate.qml" line="95"/>
        <source>Ended by itself on %1. Turn it on to share again.</source>
        <translation>Utløp av seg selv %1. Slå på for å dele igjen.</translation>
    </message>
    <message>
        <location filename="../components/ConsentDelegate.qml" line="95"/>
        <source>Until %1, then it stops by itself.</source>
        <translation>Til %1, så stopper det av seg selv.</translation>
    </message>
    <message>
        <location filename="../components/ConsentDelegate.qml" line="95"/>
        <source>Until you turn it off.</source>
        <translation>Til du slår det av.</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <location filename="../../app/models/ConsentModel.cpp" line="258"/>
        <location filename="../../app/models/ConsentModel.cpp" line="396"/>
        <source>Bare lærlingen kan endre hva som deles.</source>
        <translation>Bare lærlingen kan endre hva som deles.</translation>
    </message>
    <message>
        <location filename="../../app/models/ConsentModel.cpp" line="263"/>
        <location filename="../../app/models/ConsentModel.cpp" line="284"/>
        <location filename="../../app/models/ConsentModel.cpp" line="399"/>
        <source>Ukjent kategori.</source>
        <translation>Ukjent kategori.</translation>
    </message>
    <message>
        <location filename="../../app/models/ConsentModel.cpp" line="265"/>
        <source>Sluttdatoen kan ikke være før i dag.</source>
        <translation>Sluttdatoen kan ikke være før i dag.</translation>
    </message>
    <message>
        <location filename="../../app/models/ConsentModel.cpp" line="405"/>
        <source>Ukjent svar.</source>
        <translation>Ukjent svar.</translation>
    </message>
</context>
<context>
    <name>ConsentReviewCard</name>
    <message>
        <location filename="../components/ConsentReviewCard.qml" line="21"/>
        <source>You share %1 with %2. Still OK?</source>
        <translation>Du deler %1 med %2. Er det fortsatt greit?</translation>
    </message>
    <message>
        <location filename="../components/ConsentReviewCard.qml" line="22"/>
        <source>You started sharing this on %1, with no end date. We ask once, so that it stays your choice.</source>
        <translation>Du begynte å dele dette %1, uten sluttdato. Vi spør én gang, så det fortsatt er ditt valg.</translation>
    </message>
    <message>
        <location filename="../components/ConsentReviewCard.qml" line="34"/>
        <source>Yes, keep sharing</source>
        <translation>Ja, fortsett å dele</translation>
    </message>
    <message>
        <location filename="../components/ConsentReviewCard.qml" line="42"/>
        <source>Change it</source>
        <translation>Endre</translation>
    </message>
    <message>
        <location filename="../components/ConsentReviewCard.qml" line="53"/>
        <source>Stop sharing</source>
        <translation>Slutt å dele</translation>
    </message>
    <message>
        <location filename="../components/ConsentReviewCard.qml" line="57"/>
        <source>Stop sharing %1 with %2</source>
        <translation>Slutt å dele %1 med %2</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="24"/>
        <location filename="../pages/CoordinatorPage.qml" line="55"/>
        <location filename="../pages/CoordinatorPage.qml" line="83"/>
        <source>Programme figures</source>
        <translation>Tall for programmet</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="58"/>
        <source>Organisations</source>
        <translation>Organisasjoner</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="61"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="64"/>
        <source>Care teams</source>
        <translation>Behandlingsteam</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="70"/>
        <source>Talking to the server …</source>
        <translation>Snakker med serveren …</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="70"/>
        <source>The directory comes from the server when you are online.</source>
        <translation>Oversikten hentes fra serveren når du er på nett.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="91"/>
        <source>These are counts only: no names, and nothing that points to one apprentice.</source>
        <translation>Dette er bare antall: ingen navn, og ingenting som peker på én lærling.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="98"/>
        <source>Only apprentices who said yes to being counted are in these figures. A number under 5 is shown as «under 5», and a few others are «hidden» so that a small number cannot be worked out from the rest.</source>
        <translation>Bare lærlinger som har sagt ja til å telles med, er med i disse tallene. Et tall under 5 vises som «under 5». Noen andre er «skjult», så et lite tall ikke kan regnes ut fra resten.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="155"/>
        <source>Referred in %1</source>
        <translation>Henvist i %1</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="158"/>
        <source>Trade certificates in %1</source>
        <translation>Fagbrev i %1</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="161"/>
        <source>Ended early in %1</source>
        <translation>Avsluttet tidlig i %1</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="190"/>
        <source>From referral to trade certificate, %1</source>
        <translation>Fra henvisning til fagbrev, %1</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="191"/>
        <source>The apprentices referred in %1, and how far they have come.</source>
        <translation>Lærlingene som ble henvist i %1, og hvor langt de har kommet.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="204"/>
        <source>Too few stays so far to show the wait.</source>
        <translation>For få opphold så langt til å vise ventetiden.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="204"/>
        <source>Median wait from referral to the stay: %1 days (%2).</source>
        <translation>Ventetid fra henvisning til oppholdet (median): %1 dager (%2).</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="204"/>
        <source>Too few stays in %1 to show the wait. All years: %2 days (%3).</source>
        <translation>For få opphold i %1 til å vise ventetiden. Alle år: %2 dager (%3).</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="212"/>
        <source>Did it help? The apprentices&apos; own answers</source>
        <translation>Hjalp det? Lærlingenes egne svar</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="213"/>
        <source>All years together. Each answer is compared with the same apprentice&apos;s answer before the stay.</source>
        <translation>Alle år sammen. Hvert svar sammenlignes med den samme lærlingens svar før oppholdet.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="216"/>
        <source>Work ability, change since the start (0–10)</source>
        <translation>Arbeidsevne, endring siden start (0–10)</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="222"/>
        <source>Own goals, how far they have come (−2 to +2)</source>
        <translation>Egne mål, hvor langt de har kommet (−2 til +2)</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="231"/>
        <source>Each year&apos;s apprentices: where are they now?</source>
        <translation>Hvert årskull: hvor er de nå?</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="232"/>
        <source>Everyone counts in the year they started, whatever the period above — also those whose data has since been deleted.</source>
        <translation>Hver lærling telles i året de startet, uansett perioden over – også de som har fått dataene sine slettet siden.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="238"/>
        <source>Target</source>
        <translation>Måltall</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="238"/>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="238"/>
        <source>Completed (trade certificate)</source>
        <translation>Fullført (fagbrev)</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="238"/>
        <source>Still in the apprenticeship</source>
        <translation>Fortsatt i lære</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="238"/>
        <source>Ended early</source>
        <translation>Avsluttet tidlig</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="281"/>
        <source>%1: target %2, started %3, completed %4, still in the apprenticeship %5, ended early %6</source>
        <translation>%1: måltall %2, startet %3, fullført %4, fortsatt i lære %5, avsluttet tidlig %6</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="302"/>
        <source>In each phase now</source>
        <translation>I hver fase nå</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="303"/>
        <source>Apprentices whose journey is open today, whatever the period.</source>
        <translation>Lærlinger som er underveis i dag, uansett periode.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="339"/>
        <source>Together with other programmes</source>
        <translation>Sammen med andre tilbud</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="340"/>
        <source>Add the figures other programmes sent you. Together you reach numbers one programme cannot.</source>
        <translation>Legg til tallene andre tilbud har sendt deg. Sammen når dere tall som ett tilbud ikke når alene.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="348"/>
        <source>%1 (this programme)</source>
        <translation>%1 (dette tilbudet)</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="348"/>
        <source>%1, figures from %2</source>
        <translation>%1, tall fra %2</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="354"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="357"/>
        <source>Remove the figures from %1</source>
        <translation>Fjern tallene fra %1</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="368"/>
        <source>From referral to trade certificate, all years, all programmes</source>
        <translation>Fra henvisning til fagbrev, alle år, alle tilbud</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="394"/>
        <source>A range (such as 7–11) means the programmes&apos; own small numbers are not known exactly, even here.</source>
        <translation>Et spenn (som 7–11) betyr at de små tallene til hvert tilbud ikke er kjent nøyaktig, heller ikke her.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="403"/>
        <location filename="../pages/CoordinatorPage.qml" line="410"/>
        <source>Add figures from another programme</source>
        <translation>Legg til tall fra et annet tilbud</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="412"/>
        <location filename="../pages/CoordinatorPage.qml" line="467"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="415"/>
        <source>Added.</source>
        <translation>Lagt til.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="436"/>
        <source>Saves the same protected figures as a CSV file for a spreadsheet, or as a JSON file another programme can add to its own.</source>
        <translation>Lagrer de samme beskyttede tallene som en CSV-fil for regneark, eller som en JSON-fil et annet tilbud kan legge til sine egne.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="120"/>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="123"/>
        <source>Refresh the figures</source>
        <translation>Oppdater tallene</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="131"/>
        <source>Fetching the figures from the server …</source>
        <translation>Henter tallene fra serveren …</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="131"/>
        <source>No figures yet. They come from the server when you are online.</source>
        <translation>Ingen tall ennå. De kommer fra serveren når du er på nett.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="138"/>
        <source>The server could not hide every small number this time, so it sent no figures. Nothing is wrong with your data.</source>
        <translation>Serveren klarte ikke å skjule alle små tall denne gangen, så den sendte ingen tall. Det er ingenting galt med dataene dine.</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="152"/>
        <source>In the programme now</source>
        <translation>I programmet nå</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="104"/>
        <location filename="../pages/CoordinatorPage.qml" line="238"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="202"/>
        <source>%1 stays</source>
        <translation>%1 opphold</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="202"/>
        <source>5 stays or more</source>
        <translation>5 opphold eller flere</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="433"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="443"/>
        <location filename="../pages/CoordinatorPage.qml" line="464"/>
        <source>Export as CSV</source>
        <translation>Eksporter som CSV</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="453"/>
        <source>Export for pooling (JSON)</source>
        <translation>Eksporter for samling (JSON)</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="467"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../pages/CoordinatorPage.qml" line="470"/>
        <source>Saved to %1</source>
        <translation>Lagret i %1</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <location filename="../../app/print/DataExport.cpp" line="135"/>
        <source>Det er ingen data å eksportere ennå.</source>
        <translation>Det er ingen data å eksportere ennå.</translation>
    </message>
    <message>
        <location filename="../../app/print/DataExport.cpp" line="137"/>
        <source>Velg en fil å lagre til.</source>
        <translation>Velg en fil å lagre til.</translation>
    </message>
    <message>
        <location filename="../../app/print/DataExport.cpp" line="141"/>
        <location filename="../../app/print/DataExport.cpp" line="144"/>
        <source>Kunne ikke skrive %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../components/DateField.qml" line="77"/>
        <source>Previous month</source>
        <translation>Forrige måned</translation>
    </message>
    <message>
        <location filename="../components/DateField.qml" line="100"/>
        <source>Next month</source>
        <translation>Neste måned</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <location filename="../../app/models/DevicesModel.cpp" line="114"/>
        <source>Enheten er ikke koblet til serveren nå. Listen kommer når den er det.</source>
        <translation>Enheten er ikke koblet til serveren nå. Listen kommer når den er det.</translation>
    </message>
    <message>
        <location filename="../../app/models/DevicesModel.cpp" line="128"/>
        <source>Dette er enheten du bruker nå. Logg ut fra Innstillinger i stedet.</source>
        <translation>Dette er enheten du bruker nå. Logg ut fra Innstillinger i stedet.</translation>
    </message>
    <message>
        <location filename="../../app/models/DevicesModel.cpp" line="133"/>
        <source>Enheten er ikke koblet til serveren nå. Prøv igjen når den er det.</source>
        <translation>Enheten er ikke koblet til serveren nå. Prøv igjen når den er det.</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../pages/DevicesPage.qml" line="22"/>
        <source>password</source>
        <translation>passord</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="29"/>
        <source>iPhone or iPad</source>
        <translation>iPhone eller iPad</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="48"/>
        <source>My devices</source>
        <translation>Mine enheter</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="60"/>
        <source>Here are the phones and computers where you are logged in to Bro. If you have lost one, or do not use it any more, you can log it out here.</source>
        <translation>Her er telefonene og datamaskinene der du er logget inn i Bro. Hvis du har mistet en, eller ikke bruker den lenger, kan du logge den ut her.</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="69"/>
        <source>Loading your devices</source>
        <translation>Henter enhetene dine</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="87"/>
        <source>this device</source>
        <translation>denne enheten</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="87"/>
        <source>logged out</source>
        <translation>logget ut</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="102"/>
        <source>This device</source>
        <translation>Denne enheten</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="113"/>
        <source>Logged in with %1</source>
        <translation>Logget inn med %1</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="119"/>
        <source>Last used %1</source>
        <translation>Sist brukt %1</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="126"/>
        <source>Logged out. It erases what it has stored about you the next time it connects.</source>
        <translation>Logget ut. Den sletter det den har lagret om deg neste gang den kobler seg til.</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="134"/>
        <location filename="../pages/DevicesPage.qml" line="173"/>
        <source>Log out</source>
        <translation>Logg ut</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="139"/>
        <source>Log out %1</source>
        <translation>Logg ut %1</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="157"/>
        <source>Update the list</source>
        <translation>Oppdater listen</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="180"/>
        <source>Log out %1?</source>
        <translation>Logge ut %1?</translation>
    </message>
    <message>
        <location filename="../pages/DevicesPage.qml" line="188"/>
        <source>It erases what it has stored about you the next time it connects.</source>
        <translation>Den sletter det den har lagret om deg neste gang den kobler seg til.</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <location filename="../components/DialogButtons.qml" line="9"/>
        <source>Confirm</source>
        <translation>Bekreft</translation>
    </message>
    <message>
        <location filename="../components/DialogButtons.qml" line="10"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>DirectoryCareTeams</name>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="26"/>
        <source>Open a case</source>
        <translation>Opprett en sak</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="27"/>
        <source>For an apprentice who has none yet: the training office and the clinic that will follow them.</source>
        <translation>For en lærling som ikke har sak ennå: opplæringskontoret og klinikken som skal følge lærlingen.</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="32"/>
        <source>Every apprentice has a case. Add a new apprentice under People first.</source>
        <translation>Alle lærlinger har en sak. Legg til en ny lærling under Personer først.</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="61"/>
        <source>Training office</source>
        <translation>Opplæringskontor</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="71"/>
        <source>Clinic</source>
        <translation>Klinikk</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="75"/>
        <source>Open case</source>
        <translation>Opprett sak</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="91"/>
        <source>The team around %1</source>
        <translation>Teamet rundt %1</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="92"/>
        <source>Training office: %1 · Clinic: %2</source>
        <translation>Opplæringskontor: %1 · Klinikk: %2</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="96"/>
        <source>Nobody on the team yet: nobody but the apprentice sees the case.</source>
        <translation>Ingen i teamet ennå: bare lærlingen ser saken.</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="123"/>
        <location filename="../components/DirectoryCareTeams.qml" line="176"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="127"/>
        <source>Remove %1 from the team</source>
        <translation>Fjern %1 fra teamet</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="151"/>
        <source>Choose who joins the team</source>
        <translation>Velg hvem som skal inn i teamet</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="154"/>
        <source>Who joins the team</source>
        <translation>Hvem som skal inn i teamet</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="158"/>
        <source>Add to the team</source>
        <translation>Legg til i teamet</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="174"/>
        <source>Remove from the team?</source>
        <translation>Fjerne fra teamet?</translation>
    </message>
    <message>
        <location filename="../components/DirectoryCareTeams.qml" line="182"/>
        <source>%1 will no longer follow %2. What their devices hold of the case is deleted, and %2 can see in their log that %1 left the team.</source>
        <translation>%1 følger ikke lenger %2. Det enhetene til %1 har av saken, slettes, og %2 kan se i loggen sin at %1 gikk ut av teamet.</translation>
    </message>
</context>
<context>
    <name>DirectoryModel</name>
    <message>
        <location filename="../../app/models/DirectoryModel.cpp" line="134"/>
        <source>Bare koordinatoren kan endre organisasjoner, personer og team.</source>
        <translation>Bare koordinatoren kan endre organisasjoner, personer og team.</translation>
    </message>
    <message>
        <location filename="../../app/models/DirectoryModel.cpp" line="137"/>
        <source>Du er frakoblet. Koble til for å endre.</source>
        <translation>Du er frakoblet. Koble til for å endre.</translation>
    </message>
    <message>
        <location filename="../../app/models/DirectoryModel.cpp" line="150"/>
        <source>Skriv inn navnet på organisasjonen.</source>
        <translation>Skriv inn navnet på organisasjonen.</translation>
    </message>
    <message>
        <location filename="../../app/models/DirectoryModel.cpp" line="153"/>
        <source>Velg hva slags organisasjon det er.</source>
        <translation>Velg hva slags organisasjon det er.</translation>
    </message>
    <message>
        <location filename="../../app/models/DirectoryModel.cpp" line="164"/>
        <source>Skriv inn navnet på personen.</source>
        <translation>Skriv inn navnet på personen.</translation>
    </message>
    <message>
        <location filename="../../app/models/DirectoryModel.cpp" line="167"/>
        <source>Velg en rolle.</source>
        <translation>Velg en rolle.</translation>
    </message>
    <message>
        <location filename="../../app/models/DirectoryModel.cpp" line="171"/>
        <source>Velg hvor personen jobber.</source>
        <translation>Velg hvor personen jobber.</translation>
    </message>
    <message>
        <location filename="../../app/models/DirectoryModel.cpp" line="181"/>
        <source>Velg lærling, opplæringskontor og klinikk.</source>
        <translation>Velg lærling, opplæringskontor og klinikk.</translation>
    </message>
    <message>
        <location filename="../../app/models/DirectoryModel.cpp" line="203"/>
        <source>Velg hvem det gjelder i teamet.</source>
        <translation>Velg hvem det gjelder i teamet.</translation>
    </message>
    <message>
        <location filename="../../app/models/DirectoryModel.cpp" line="217"/>
        <source>Velg hvem invitasjonen er til.</source>
        <translation>Velg hvem invitasjonen er til.</translation>
    </message>
    <message>
        <location filename="../../app/models/DirectoryModel.cpp" line="227"/>
        <source>Velg hvem det gjelder.</source>
        <translation>Velg hvem det gjelder.</translation>
    </message>
</context>
<context>
    <name>DirectoryOrganisations</name>
    <message>
        <location filename="../components/DirectoryOrganisations.qml" line="28"/>
        <source>Add an organisation</source>
        <translation>Legg til en organisasjon</translation>
    </message>
    <message>
        <location filename="../components/DirectoryOrganisations.qml" line="35"/>
        <source>Name, e.g. Opplæringskontoret for anleggsfag</source>
        <translation>Navn, f.eks. Opplæringskontoret for anleggsfag</translation>
    </message>
    <message>
        <location filename="../components/DirectoryOrganisations.qml" line="38"/>
        <source>Name of the organisation</source>
        <translation>Navnet på organisasjonen</translation>
    </message>
    <message>
        <location filename="../components/DirectoryOrganisations.qml" line="48"/>
        <source>Training office</source>
        <translation>Opplæringskontor</translation>
    </message>
    <message>
        <location filename="../components/DirectoryOrganisations.qml" line="51"/>
        <source>Clinic</source>
        <translation>Klinikk</translation>
    </message>
    <message>
        <location filename="../components/DirectoryOrganisations.qml" line="54"/>
        <location filename="../components/DirectoryOrganisations.qml" line="77"/>
        <source>Programme</source>
        <translation>Programmet</translation>
    </message>
    <message>
        <location filename="../components/DirectoryOrganisations.qml" line="58"/>
        <source>Kind of organisation</source>
        <translation>Type organisasjon</translation>
    </message>
    <message>
        <location filename="../components/DirectoryOrganisations.qml" line="63"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../components/DirectoryOrganisations.qml" line="77"/>
        <source>Training offices</source>
        <translation>Opplæringskontorer</translation>
    </message>
    <message>
        <location filename="../components/DirectoryOrganisations.qml" line="77"/>
        <source>Clinics</source>
        <translation>Klinikker</translation>
    </message>
    <message numerus="yes">
        <location filename="../components/DirectoryOrganisations.qml" line="87"/>
        <location filename="../components/DirectoryOrganisations.qml" line="94"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryPeople</name>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="31"/>
        <source>%1 had no devices signed in.</source>
        <translation>%1 hadde ingen enheter som var logget inn.</translation>
    </message>
    <message numerus="yes">
        <location filename="../components/DirectoryPeople.qml" line="31"/>
        <source>%n device(s) of %1 signed out. Each deletes what it had the next time it connects.</source>
        <translation>
            <numerusform>%n enhet til %1 er logget ut. Den sletter det den hadde neste gang den kobler seg til.</numerusform>
            <numerusform>%n enheter til %1 er logget ut. Hver av dem sletter det den hadde neste gang den kobler seg til.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="40"/>
        <source>Add a person</source>
        <translation>Legg til en person</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="41"/>
        <source>An apprentice belongs to no organisation. An adviser works at a training office, a clinician at a clinic.</source>
        <translation>En lærling hører ikke til noen organisasjon. En rådgiver jobber ved et opplæringskontor, en behandler ved en klinikk.</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="50"/>
        <location filename="../components/DirectoryPeople.qml" line="53"/>
        <source>Full name</source>
        <translation>Fullt navn</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="75"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="84"/>
        <source>No organisation</source>
        <translation>Ingen organisasjon</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="84"/>
        <source>Choose where they work</source>
        <translation>Velg hvor personen jobber</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="87"/>
        <source>Works at</source>
        <translation>Jobber ved</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="91"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="101"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="139"/>
        <source>Has an account</source>
        <translation>Har konto</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="147"/>
        <source>Sign out devices</source>
        <translation>Logg ut enheter</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="151"/>
        <source>Sign out all devices of %1</source>
        <translation>Logg ut alle enhetene til %1</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="161"/>
        <source>Make invite code</source>
        <translation>Lag invitasjonskode</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="165"/>
        <source>Make an invite code for %1</source>
        <translation>Lag en invitasjonskode til %1</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="190"/>
        <source>Sign out all</source>
        <translation>Logg ut alle</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="197"/>
        <source>Sign out all devices of %1?</source>
        <translation>Logge ut alle enhetene til %1?</translation>
    </message>
    <message>
        <location filename="../components/DirectoryPeople.qml" line="205"/>
        <source>For someone who leaves the programme. Each device deletes what it has stored the next time it connects. They can sign in again later if they come back.</source>
        <translation>For den som slutter i programmet. Hver enhet sletter det den har lagret neste gang den kobler seg til. De kan logge inn igjen senere hvis de kommer tilbake.</translation>
    </message>
</context>
<context>
    <name>EarlyWarningCard</name>
    <message>
        <location filename="../components/EarlyWarningCard.qml" line="30"/>
        <source>your adviser</source>
        <translation>rådgiveren din</translation>
    </message>
    <message>
        <location filename="../components/EarlyWarningCard.qml" line="34"/>
        <source>Hi %1. Things are heavy for me right now. Can you get in touch?</source>
        <translation>Hei %1. Det er tungt for meg nå. Kan du ta kontakt?</translation>
    </message>
    <message>
        <location filename="../components/EarlyWarningCard.qml" line="34"/>
        <source>Things are heavy for me right now. Can someone get in touch?</source>
        <translation>Det er tungt for meg nå. Kan noen ta kontakt?</translation>
    </message>
    <message>
        <location filename="../components/EarlyWarningCard.qml" line="38"/>
        <source>It has been a while since you checked in</source>
        <translation>Det er en stund siden du sjekket inn</translation>
    </message>
    <message>
        <location filename="../components/EarlyWarningCard.qml" line="38"/>
        <source>The last two weeks look heavier</source>
        <translation>De siste to ukene ser tyngre ut</translation>
    </message>
    <message>
        <location filename="../components/EarlyWarningCard.qml" line="39"/>
        <source>That is completely fine. Sometimes there is a lot going on.</source>
        <translation>Det er helt greit. Noen ganger skjer det mye.</translation>
    </message>
    <message>
        <location filename="../components/EarlyWarningCard.qml" line="39"/>
        <source>Your check-ins have gone down lately. That happens, and it is good that you notice.</source>
        <translation>Innsjekkene dine har gått nedover i det siste. Det skjer, og det er bra at du merker det.</translation>
    </message>
    <message>
        <location filename="../components/EarlyWarningCard.qml" line="46"/>
        <source>Do you want to tell %1 that things are heavy right now? Nothing is sent unless you say yes.</source>
        <translation>Vil du si fra til %1 at det er tungt nå? Ingenting blir sendt hvis du ikke sier ja.</translation>
    </message>
    <message>
        <location filename="../components/EarlyWarningCard.qml" line="54"/>
        <source>Yes, tell %1</source>
        <translation>Ja, si fra til %1</translation>
    </message>
    <message>
        <location filename="../components/EarlyWarningCard.qml" line="58"/>
        <source>Yes, tell %1 that things are heavy right now</source>
        <translation>Ja, si fra til %1 at det er tungt nå</translation>
    </message>
    <message>
        <location filename="../components/EarlyWarningCard.qml" line="64"/>
        <source>Not now</source>
        <translation>Ikke nå</translation>
    </message>
    <message>
        <location filename="../components/EarlyWarningCard.qml" line="67"/>
        <source>Not now. Nothing is sent.</source>
        <translation>Ikke nå. Ingenting blir sendt.</translation>
    </message>
    <message>
        <location filename="../components/EarlyWarningCard.qml" line="73"/>
        <source>Your message is on its way to %1. You can read it under Messages.</source>
        <translation>Meldingen din er på vei til %1. Du finner den under Meldinger.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../app/store/Store.cpp" line="39"/>
        <location filename="../../app/store/Store.cpp" line="61"/>
        <source>Kunne ikke lagre på enheten: %1</source>
        <translation>Kunne ikke lagre på enheten: %1</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../components/FunnelChart.qml" line="29"/>
        <source>From referral to trade certificate</source>
        <translation>Fra henvisning til fagbrev</translation>
    </message>
    <message>
        <location filename="../components/FunnelChart.qml" line="29"/>
        <source>Target: %1 a year</source>
        <translation>Mål: %1 i året</translation>
    </message>
    <message>
        <location filename="../components/FunnelChart.qml" line="89"/>
        <source>The line marks the target: %1 referred a year.</source>
        <translation>Streken viser målet: %1 henvist i året.</translation>
    </message>
</context>
<context>
    <name>GoalComments</name>
    <message>
        <location filename="../components/GoalComments.qml" line="16"/>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <location filename="../components/GoalComments.qml" line="17"/>
        <source>Your helpers can comment on your goal here, and you can answer.</source>
        <translation>Hjelperne dine kan kommentere målet ditt her, og du kan svare.</translation>
    </message>
    <message>
        <location filename="../components/GoalComments.qml" line="17"/>
        <source>Cheer on or ask. The goal stays in the apprentice&apos;s words.</source>
        <translation>Heia på eller spør. Målet står med lærlingens egne ord.</translation>
    </message>
    <message>
        <location filename="../components/GoalComments.qml" line="46"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../components/GoalComments.qml" line="58"/>
        <source>Remove your comment</source>
        <translation>Fjern kommentaren din</translation>
    </message>
    <message>
        <location filename="../components/GoalComments.qml" line="75"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../components/GoalComments.qml" line="75"/>
        <source>Write a comment</source>
        <translation>Skriv en kommentar</translation>
    </message>
    <message>
        <location filename="../components/GoalComments.qml" line="84"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../components/GoalComments.qml" line="87"/>
        <source>Send comment</source>
        <translation>Send kommentaren</translation>
    </message>
</context>
<context>
    <name>GoalCommentsModel</name>
    <message>
        <location filename="../../app/models/GoalCommentsModel.cpp" line="105"/>
        <source>Velg et mål først.</source>
        <translation>Velg et mål først.</translation>
    </message>
</context>
<context>
    <name>GoalDelegate</name>
    <message>
        <location filename="../components/GoalDelegate.qml" line="32"/>
        <source>Trade certificate goal</source>
        <translation>Fagbrevmålet</translation>
    </message>
    <message>
        <location filename="../components/GoalDelegate.qml" line="32"/>
        <source>%1 of %2 steps done</source>
        <translation>%1 av %2 steg gjort</translation>
    </message>
    <message>
        <location filename="../components/GoalDelegate.qml" line="51"/>
        <source>THE GOAL ABOVE ALL</source>
        <translation>DET VIKTIGSTE MÅLET</translation>
    </message>
    <message>
        <location filename="../components/GoalDelegate.qml" line="66"/>
        <source>Why: %1</source>
        <translation>Hvorfor: %1</translation>
    </message>
    <message>
        <location filename="../components/GoalDelegate.qml" line="98"/>
        <source>%1 of %2 steps</source>
        <translation>%1 av %2 steg</translation>
    </message>
    <message>
        <location filename="../components/GoalDelegate.qml" line="98"/>
        <source>No steps yet</source>
        <translation>Ingen steg ennå</translation>
    </message>
    <message>
        <location filename="../components/GoalDelegate.qml" line="111"/>
        <location filename="../components/GoalDelegate.qml" line="121"/>
        <source>Not available yet</source>
        <translation>Ikke tilgjengelig ennå</translation>
    </message>
    <message>
        <location filename="../components/GoalDelegate.qml" line="114"/>
        <source>Move up: %1</source>
        <translation>Flytt opp: %1</translation>
    </message>
    <message>
        <location filename="../components/GoalDelegate.qml" line="124"/>
        <source>Move down: %1</source>
        <translation>Flytt ned: %1</translation>
    </message>
</context>
<context>
    <name>GoalPage</name>
    <message>
        <location filename="../pages/GoalPage.qml" line="38"/>
        <source>Trade certificate</source>
        <translation>Fagbrev</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="38"/>
        <location filename="../pages/GoalPage.qml" line="263"/>
        <location filename="../pages/GoalPage.qml" line="268"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="68"/>
        <source>The goal above all: finishing your apprenticeship with a trade certificate (fagbrev).</source>
        <translation>Det viktigste målet: å fullføre læretiden med fagbrev.</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="84"/>
        <source>Why: %1</source>
        <translation>Hvorfor: %1</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="84"/>
        <source>You have not written why yet.</source>
        <translation>Du har ikke skrevet hvorfor ennå.</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="97"/>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="100"/>
        <source>%1 of %2 steps</source>
        <translation>%1 av %2 steg</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="106"/>
        <source>Edit words</source>
        <translation>Endre teksten</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="109"/>
        <source>Edit the goal and why</source>
        <translation>Endre målet og hvorfor</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="115"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="128"/>
        <source>Set status: %1</source>
        <translation>Sett status: %1</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="135"/>
        <source>Congratulations on your trade certificate! You did it.</source>
        <translation>Gratulerer med fagbrevet! Du klarte det.</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="135"/>
        <source>Well done. You reached this goal.</source>
        <translation>Bra jobbet. Du har nådd dette målet.</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="143"/>
        <source>Paused is fine. Take it up again when you are ready.</source>
        <translation>Det er greit å ta en pause. Ta det opp igjen når du er klar.</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="151"/>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="152"/>
        <source>Break the goal into small steps you can tick off.</source>
        <translation>Del målet opp i små steg du kan krysse av.</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="175"/>
        <location filename="../pages/GoalPage.qml" line="178"/>
        <source>A new step</source>
        <translation>Et nytt steg</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="175"/>
        <source>Suggest a step</source>
        <translation>Foreslå et steg</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="186"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="186"/>
        <source>Suggest</source>
        <translation>Foreslå</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="189"/>
        <source>Add step</source>
        <translation>Legg til steg</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="200"/>
        <source>Why you suggest it (optional)</source>
        <translation>Hvorfor du foreslår det (valgfritt)</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="203"/>
        <source>Why you suggest it</source>
        <translation>Hvorfor du foreslår det</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="207"/>
        <source>The apprentice sees your name and why, and decides whether to take the step.</source>
        <translation>Lærlingen ser navnet ditt og hvorfor, og bestemmer selv om steget skal bli deres.</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="229"/>
        <source>Delete this goal</source>
        <translation>Slett dette målet</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="243"/>
        <source>Your goal, in your words</source>
        <translation>Målet ditt, med dine ord</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="245"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="271"/>
        <source>Why it matters to you</source>
        <translation>Hvorfor det er viktig for deg</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="278"/>
        <source>Why it matters</source>
        <translation>Hvorfor det er viktig</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="289"/>
        <source>Delete this goal?</source>
        <translation>Slette dette målet?</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="291"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../pages/GoalPage.qml" line="295"/>
        <source>The goal and its steps are removed for you and your helpers. If you only want a break, pause it instead.</source>
        <translation>Målet og stegene fjernes for deg og hjelperne dine. Vil du bare ha en pause, kan du sette det på pause i stedet.</translation>
    </message>
</context>
<context>
    <name>GoalScoreChoice</name>
    <message>
        <location filename="../components/GoalScoreChoice.qml" line="23"/>
        <source>Much worse than expected</source>
        <translation>Mye dårligere enn ventet</translation>
    </message>
    <message>
        <location filename="../components/GoalScoreChoice.qml" line="23"/>
        <source>A bit worse than expected</source>
        <translation>Litt dårligere enn ventet</translation>
    </message>
    <message>
        <location filename="../components/GoalScoreChoice.qml" line="23"/>
        <source>As expected</source>
        <translation>Som ventet</translation>
    </message>
    <message>
        <location filename="../components/GoalScoreChoice.qml" line="23"/>
        <source>A bit better than expected</source>
        <translation>Litt bedre enn ventet</translation>
    </message>
    <message>
        <location filename="../components/GoalScoreChoice.qml" line="23"/>
        <source>Much better than expected</source>
        <translation>Mye bedre enn ventet</translation>
    </message>
    <message>
        <location filename="../components/GoalScoreChoice.qml" line="35"/>
        <source>How far has this goal come since we agreed on it?</source>
        <translation>Hvor langt har dette målet kommet siden vi ble enige om det?</translation>
    </message>
</context>
<context>
    <name>GoalStepsModel</name>
    <message>
        <location filename="../../app/models/GoalStepsModel.cpp" line="143"/>
        <source>Velg et mål først.</source>
        <translation>Velg et mål først.</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <location filename="../../app/models/GoalsModel.cpp" line="213"/>
        <source>Fant ikke målet.</source>
        <translation>Fant ikke målet.</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../pages/GoalsPage.qml" line="46"/>
        <source>My goals</source>
        <translation>Mine mål</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="46"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="80"/>
        <source>Your goals, in your own words. Your helpers are here to help you reach them.</source>
        <translation>Målene dine, med dine egne ord. Hjelperne dine er her for å hjelpe deg å nå dem.</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="80"/>
        <source>The apprentice&apos;s own goals. Open one to suggest a step.</source>
        <translation>Lærlingens egne mål. Åpne et mål for å foreslå et steg.</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="89"/>
        <source>Not shared with %1. The apprentice decides what you see.</source>
        <translation>Ikke delt med %1. Lærlingen bestemmer hva du ser.</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="89"/>
        <source>your service</source>
        <translation>tjenesten din</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="101"/>
        <source>A suggestion for you</source>
        <translation>Et forslag til deg</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="101"/>
        <source>%1 suggestions for you</source>
        <translation>%1 forslag til deg</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="102"/>
        <source>You decide: take it, change the words first, or say no thanks.</source>
        <translation>Du bestemmer: ta det, endre ordene først, eller si nei takk.</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="125"/>
        <source>%1 suggests: %2</source>
        <translation>%1 foreslår: %2</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="125"/>
        <source>A helper</source>
        <translation>En hjelper</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="144"/>
        <source>Open the suggestion: %1</source>
        <translation>Åpne forslaget: %1</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="177"/>
        <source>No goals yet. Start with the one that matters most to you.</source>
        <translation>Ingen mål ennå. Begynn med det som betyr mest for deg.</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="177"/>
        <source>The apprentice has no goals yet.</source>
        <translation>Lærlingen har ingen mål ennå.</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="186"/>
        <source>Show achieved and dropped goals</source>
        <translation>Vis nådde og droppede mål</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="197"/>
        <source>Add a goal</source>
        <translation>Legg til et mål</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="208"/>
        <source>Your suggestions</source>
        <translation>Dine forslag</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="209"/>
        <source>The goals are the apprentice&apos;s own words. You can suggest a goal; the apprentice sees your name and why, and decides.</source>
        <translation>Målene er lærlingens egne ord. Du kan foreslå et mål; lærlingen ser navnet ditt og hvorfor, og bestemmer selv.</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="219"/>
        <location filename="../pages/GoalsPage.qml" line="242"/>
        <source>Suggest a goal</source>
        <translation>Foreslå et mål</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="242"/>
        <source>A new goal</source>
        <translation>Et nytt mål</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="244"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="261"/>
        <source>What do you want to achieve?</source>
        <translation>Hva vil du oppnå?</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="261"/>
        <source>What could the apprentice aim for?</source>
        <translation>Hva kan lærlingen sikte mot?</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="268"/>
        <source>For example: Sleep better on work days</source>
        <translation>For eksempel: Sove bedre på arbeidsdager</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="270"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="273"/>
        <source>Why does it matter to you? (optional)</source>
        <translation>Hvorfor er det viktig for deg? (valgfritt)</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="273"/>
        <source>Why you suggest it (optional)</source>
        <translation>Hvorfor du foreslår det (valgfritt)</translation>
    </message>
    <message>
        <location filename="../pages/GoalsPage.qml" line="283"/>
        <source>Why it matters</source>
        <translation>Hvorfor det er viktig</translation>
    </message>
</context>
<context>
    <name>HealthTalkGuide</name>
    <message>
        <location filename="../components/HealthTalkGuide.qml" line="19"/>
        <source>Time to talk about health</source>
        <translation>Tid for å snakke om helse</translation>
    </message>
    <message>
        <location filename="../components/HealthTalkGuide.qml" line="21"/>
        <source>%1 absences, %2 days in the last %3 days. When absence repeats, ask about health, plainly and kindly.</source>
        <translation>%1 fravær, %2 dager de siste %3 dagene. Når fraværet gjentar seg, spør om helse – tydelig og vennlig.</translation>
    </message>
    <message>
        <location filename="../components/HealthTalkGuide.qml" line="31"/>
        <source>Hide the guide</source>
        <translation>Skjul veiledningen</translation>
    </message>
    <message>
        <location filename="../components/HealthTalkGuide.qml" line="31"/>
        <source>How to have the conversation</source>
        <translation>Slik kan du ta samtalen</translation>
    </message>
    <message>
        <location filename="../components/HealthTalkGuide.qml" line="38"/>
        <source>Say it plainly: you have noticed the absence, and ask whether it has to do with health.</source>
        <translation>Si det rett ut: du har lagt merke til fraværet, og spør om det har med helsa å gjøre.</translation>
    </message>
    <message>
        <location filename="../components/HealthTalkGuide.qml" line="38"/>
        <source>Ask open questions: “How are you doing?”, “What makes the days hard?”, “What would help at work?”</source>
        <translation>Still åpne spørsmål: «Hvordan har du det?», «Hva gjør dagene tunge?», «Hva ville hjulpet på jobben?»</translation>
    </message>
    <message>
        <location filename="../components/HealthTalkGuide.qml" line="38"/>
        <source>Listen more than you talk. You do not need to find the cause or a diagnosis.</source>
        <translation>Lytt mer enn du snakker. Du trenger ikke finne årsaken eller en diagnose.</translation>
    </message>
    <message>
        <location filename="../components/HealthTalkGuide.qml" line="38"/>
        <source>The apprentice decides what happens next and what is shared. Agree on one small step together.</source>
        <translation>Lærlingen bestemmer hva som skjer videre og hva som deles. Bli enige om ett lite steg sammen.</translation>
    </message>
    <message>
        <location filename="../components/HealthTalkGuide.qml" line="38"/>
        <source>Know who can help: the clinic (work-focused rehabilitation), the GP, the employer. Offer to make contact if the apprentice wants it.</source>
        <translation>Vit hvem som kan hjelpe: klinikken (arbeidsrettet rehabilitering), fastlegen, bedriften. Tilby å ta kontakt hvis lærlingen vil det.</translation>
    </message>
    <message>
        <location filename="../components/HealthTalkGuide.qml" line="38"/>
        <source>Know where your role ends: you follow up the apprenticeship; treatment belongs to health services.</source>
        <translation>Vit hvor din rolle slutter: du følger opp læretiden; behandling hører til helsetjenesten.</translation>
    </message>
</context>
<context>
    <name>HelpCard</name>
    <message>
        <location filename="../components/HelpCard.qml" line="37"/>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="37"/>
        <source>your care team</source>
        <translation>teamet ditt</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="41"/>
        <source>It sounds like today is heavy</source>
        <translation>Det høres ut som en tung dag</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="42"/>
        <source>Thank you for telling us. You don&apos;t have to carry it alone. Here is who you can talk to now.</source>
        <translation>Takk for at du sier fra. Du trenger ikke bære det alene. Her er noen du kan snakke med nå.</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="72"/>
        <source>%1, your clinician at %2</source>
        <translation>%1, behandleren din hos %2</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="73"/>
        <location filename="../components/HelpCard.qml" line="79"/>
        <source>Send a message under Messages in Bro.</source>
        <translation>Send en melding under Meldinger i Bro.</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="78"/>
        <source>%1, your adviser at %2</source>
        <translation>%1, rådgiveren din hos %2</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="84"/>
        <source>Want someone from your team to get in touch? One tap sends %1 this message: “%2” Nothing is sent unless you tap.</source>
        <translation>Vil du at noen fra teamet ditt tar kontakt? Ett trykk sender denne meldingen til %1: «%2» Ingenting blir sendt hvis du ikke trykker.</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="92"/>
        <source>Tell my team</source>
        <translation>Si fra til teamet mitt</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="96"/>
        <source>Tell my team that I am having a hard time</source>
        <translation>Si fra til teamet mitt at jeg har det tungt</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="102"/>
        <source>Your message is on its way to %1. They will get in touch. If it cannot wait, use the numbers below.</source>
        <translation>Meldingen din er på vei til %1. De tar kontakt med deg. Hvis det ikke kan vente, bruk numrene under.</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="116"/>
        <source>Other help, any time</source>
        <translation>Annen hjelp, når som helst</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="125"/>
        <source>Your GP (fastlege)</source>
        <translation>Fastlegen din</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="126"/>
        <source>Call the GP&apos;s office on a weekday and ask for an appointment soon.</source>
        <translation>Ring legekontoret på en hverdag og be om en time snart.</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="129"/>
        <source>Out-of-hours service (legevakt): 116 117</source>
        <translation>Legevakten: 116 117</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="130"/>
        <source>When the GP&apos;s office is closed and you need to talk to a doctor.</source>
        <translation>Når legekontoret er stengt og du trenger å snakke med en lege.</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="133"/>
        <source>Mental Helse&apos;s helpline: 116 123</source>
        <translation>Mental Helses hjelpetelefon: 116 123</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="134"/>
        <source>Free, open day and night. You can be anonymous.</source>
        <translation>Gratis og åpen hele døgnet. Du kan være anonym.</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="137"/>
        <source>In an emergency: call 113</source>
        <translation>I en nødsituasjon: ring 113</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="138"/>
        <source>If you or someone else is in danger right now.</source>
        <translation>Hvis du eller noen andre er i fare akkurat nå.</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="143"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="143"/>
        <source>Not now</source>
        <translation>Ikke nå</translation>
    </message>
    <message>
        <location filename="../components/HelpCard.qml" line="152"/>
        <source>I&apos;m having a hard time. Can someone get in touch?</source>
        <translation>Jeg har det tungt nå. Kan noen ta kontakt?</translation>
    </message>
</context>
<context>
    <name>InviteCodeCard</name>
    <message>
        <location filename="../components/InviteCodeCard.qml" line="15"/>
        <source>Invite code for %1</source>
        <translation>Invitasjonskode til %1</translation>
    </message>
    <message>
        <location filename="../components/InviteCodeCard.qml" line="35"/>
        <source>Give the code to the person yourself, in person or by phone. It works once, until %1. They choose a username and password when they sign in with it.</source>
        <translation>Gi koden til personen selv, ansikt til ansikt eller på telefon. Den virker én gang, til %1. Personen velger brukernavn og passord når hen logger inn med den.</translation>
    </message>
    <message>
        <location filename="../components/InviteCodeCard.qml" line="40"/>
        <source>Done, the code is passed on</source>
        <translation>Ferdig, koden er gitt videre</translation>
    </message>
</context>
<context>
    <name>JourneyModel</name>
    <message>
        <location filename="../../app/models/JourneyModel.cpp" line="234"/>
        <location filename="../../app/models/JourneyModel.cpp" line="275"/>
        <location filename="../../app/models/JourneyModel.cpp" line="286"/>
        <source>Saken har ingen fase ennå.</source>
        <translation>Saken har ingen fase ennå.</translation>
    </message>
    <message>
        <location filename="../../app/models/JourneyModel.cpp" line="239"/>
        <source>Ukjent punkt på sjekklisten.</source>
        <translation>Ukjent punkt på sjekklisten.</translation>
    </message>
    <message>
        <location filename="../../app/models/JourneyModel.cpp" line="266"/>
        <source>Neste fase kan ikke hoppes over.</source>
        <translation>Neste fase kan ikke hoppes over.</translation>
    </message>
    <message>
        <location filename="../../app/models/JourneyModel.cpp" line="277"/>
        <source>Saken er avsluttet.</source>
        <translation>Saken er avsluttet.</translation>
    </message>
    <message>
        <location filename="../../app/models/JourneyModel.cpp" line="279"/>
        <source>Bare den som har ansvaret i denne fasen kan gå videre.</source>
        <translation>Bare den som har ansvaret i denne fasen kan gå videre.</translation>
    </message>
    <message>
        <location filename="../../app/models/JourneyModel.cpp" line="281"/>
        <source>Kryss av eller forklar alle punktene på sjekklisten først.</source>
        <translation>Kryss av eller forklar alle punktene på sjekklisten først.</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <location filename="../pages/JourneyPage.qml" line="15"/>
        <source>Journey</source>
        <translation>Reisen</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="26"/>
        <source>Your way back to work and to your trade certificate. You always see who is responsible.</source>
        <translation>Veien din tilbake til jobb og fram til fagbrevet. Du ser alltid hvem som har ansvaret.</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="26"/>
        <source>The apprentice&apos;s way back to work and to the trade certificate. Everyone on the team sees who is responsible.</source>
        <translation>Lærlingens vei tilbake til jobb og fram til fagbrevet. Alle i teamet ser hvem som har ansvaret.</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="36"/>
        <location filename="../pages/JourneyPage.qml" line="46"/>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="37"/>
        <source>Next: %1</source>
        <translation>Neste: %1</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="37"/>
        <source>No meeting planned.</source>
        <translation>Ingen møter planlagt.</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="49"/>
        <source>Open the meetings</source>
        <translation>Åpne møtene</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="56"/>
        <source>Return plan</source>
        <translation>Opptrappingsplan</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="59"/>
        <source>Open the return plan</source>
        <translation>Åpne opptrappingsplanen</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="66"/>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="77"/>
        <source>Before the next phase</source>
        <translation>Før neste fase</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="78"/>
        <source>Tick each item, or explain why it is not needed.</source>
        <translation>Kryss av hvert punkt, eller forklar hvorfor det ikke trengs.</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="78"/>
        <source>Your helpers go through this list together before the next phase starts. Ask them about anything here.</source>
        <translation>Hjelperne dine går gjennom denne listen sammen før neste fase starter. Spør dem om hva som helst her.</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="81"/>
        <source>The checklist is not shared with %1.</source>
        <translation>Sjekklisten er ikke delt med %1.</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="81"/>
        <source>your service</source>
        <translation>tjenesten din</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="108"/>
        <source>Done</source>
        <translation>Gjort</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="108"/>
        <source>Not done yet</source>
        <translation>Ikke gjort ennå</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="134"/>
        <source>Or explain why it is not needed</source>
        <translation>Eller forklar hvorfor det ikke trengs</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="138"/>
        <source>Why this is not needed: %1</source>
        <translation>Hvorfor dette ikke trengs: %1</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="148"/>
        <source>Ticked by %1, %2</source>
        <translation>Avkrysset av %1, %2</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="148"/>
        <source>Explained by %1, %2</source>
        <translation>Forklart av %1, %2</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="157"/>
        <source>Note: %1</source>
        <translation>Merknad: %1</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="168"/>
        <source>No checklist for this phase.</source>
        <translation>Ingen sjekkliste for denne fasen.</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="173"/>
        <source>The next phase can start when every item is ticked or explained.</source>
        <translation>Neste fase kan starte når hvert punkt er krysset av eller forklart.</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="180"/>
        <source>Next phase: %1</source>
        <translation>Neste fase: %1</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="190"/>
        <source>Start the next phase</source>
        <translation>Start neste fase</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="201"/>
        <source>Skip %1 and start %2</source>
        <translation>Hopp over «%1» og start «%2»</translation>
    </message>
    <message>
        <location filename="../pages/JourneyPage.qml" line="228"/>
        <source>Your team</source>
        <translation>Teamet ditt</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message numerus="yes">
        <location filename="../components/LockScreen.qml" line="42"/>
        <source>That was not the code. You can try %n more time(s).</source>
        <translation>
            <numerusform>Det var ikke koden. Du kan prøve %n gang til.</numerusform>
            <numerusform>Det var ikke koden. Du kan prøve %n ganger til.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="73"/>
        <source>Bro is locked</source>
        <translation>Bro er låst</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="73"/>
        <source>Choose a PIN for Bro</source>
        <translation>Velg en PIN-kode for Bro</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="82"/>
        <source>Type your PIN to open the app.</source>
        <translation>Skriv PIN-koden din for å åpne appen.</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="82"/>
        <source>Six digits or more that only you know. The app asks for it when it starts and after a while away. Then nobody else can read what you have written.</source>
        <translation>Seks tall eller flere som bare du kan. Appen spør om koden når den starter, og når du har vært borte en stund. Da kan ingen andre lese det du har skrevet.</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="95"/>
        <source>PIN</source>
        <translation>PIN-kode</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="99"/>
        <source>Your PIN</source>
        <translation>PIN-koden din</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="99"/>
        <source>New PIN</source>
        <translation>Ny PIN-kode</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="100"/>
        <source>Digits only, at least six</source>
        <translation>Bare tall, minst seks</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="113"/>
        <location filename="../components/LockScreen.qml" line="117"/>
        <source>The same PIN again</source>
        <translation>Den samme koden en gang til</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="132"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="132"/>
        <source>Save PIN</source>
        <translation>Lagre koden</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="138"/>
        <source>Not now</source>
        <translation>Ikke nå</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="149"/>
        <source>Log out instead</source>
        <translation>Logg ut i stedet</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="154"/>
        <source>Your unsent changes stay on this device for the next time you log in</source>
        <translation>Det du ikke har sendt ennå, blir liggende på enheten til neste gang du logger inn</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../pages/LoginPage.qml" line="32"/>
        <source>The two passwords are not the same.</source>
        <translation>De to passordene er ikke like.</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="36"/>
        <source>Choose a password of at least 8 characters.</source>
        <translation>Velg et passord på minst 8 tegn.</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="43"/>
        <location filename="../pages/LoginPage.qml" line="189"/>
        <location filename="../pages/LoginPage.qml" line="233"/>
        <source>Log in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="68"/>
        <source>Could not log in.</source>
        <translation>Kunne ikke logge inn.</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="85"/>
        <source>Your goals, your journey, your trade certificate.</source>
        <translation>Dine mål, din vei, ditt fagbrev.</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="111"/>
        <source>Log in with %1</source>
        <translation>Logg inn med %1</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="122"/>
        <source>Have you got an invite code? Type it here the first time you log in.</source>
        <translation>Har du fått en invitasjonskode? Skriv den her første gang du logger inn.</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="131"/>
        <source>Invite code (only the first time)</source>
        <translation>Invitasjonskode (bare første gang)</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="135"/>
        <source>Invite code, only the first time you log in</source>
        <translation>Invitasjonskode, bare første gang du logger inn</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="143"/>
        <source>Continue in the browser …</source>
        <translation>Fortsett i nettleseren …</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="143"/>
        <source>Logging you in …</source>
        <translation>Logger deg inn …</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="143"/>
        <source>Starting the login …</source>
        <translation>Starter innloggingen …</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="146"/>
        <source>We opened %1 in your browser. Log in there, and you come back here by yourself.</source>
        <translation>Vi åpnet %1 i nettleseren din. Logg inn der, så kommer du tilbake hit av deg selv.</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="153"/>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="158"/>
        <source>Open the browser again</source>
        <translation>Åpne nettleseren igjen</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="168"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="171"/>
        <source>Cancel logging in</source>
        <translation>Avbryt innloggingen</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="178"/>
        <source>Or with user name and password</source>
        <translation>Eller med brukernavn og passord</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="190"/>
        <source>Log in with user name and password</source>
        <translation>Logg inn med brukernavn og passord</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="195"/>
        <location filename="../pages/LoginPage.qml" line="246"/>
        <location filename="../pages/LoginPage.qml" line="254"/>
        <source>Invite code</source>
        <translation>Invitasjonskode</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="196"/>
        <source>I have an invite code</source>
        <translation>Jeg har en invitasjonskode</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="204"/>
        <location filename="../pages/LoginPage.qml" line="212"/>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="216"/>
        <location filename="../pages/LoginPage.qml" line="226"/>
        <location filename="../pages/LoginPage.qml" line="227"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="244"/>
        <source>Your adviser at the training office gives you an invite code. Choose your own user name and password.</source>
        <translation>Rådgiveren din på opplæringskontoret gir deg en invitasjonskode. Velg ditt eget brukernavn og passord.</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="257"/>
        <location filename="../pages/LoginPage.qml" line="265"/>
        <source>Choose a user name</source>
        <translation>Velg et brukernavn</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="268"/>
        <source>Choose a password (at least 8 characters)</source>
        <translation>Velg et passord (minst 8 tegn)</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="280"/>
        <location filename="../pages/LoginPage.qml" line="281"/>
        <source>Choose a password</source>
        <translation>Velg et passord</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="284"/>
        <source>The same password again</source>
        <translation>Samme passord en gang til</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="294"/>
        <location filename="../pages/LoginPage.qml" line="295"/>
        <source>Repeat the password</source>
        <translation>Gjenta passordet</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="299"/>
        <source>Start using Bro</source>
        <translation>Begynn å bruke Bro</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="324"/>
        <source>Try it on this phone only, without a server</source>
        <translation>Prøv det bare på denne telefonen, uten server</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="331"/>
        <source>Could not open the demo.</source>
        <translation>Kunne ikke åpne demoen.</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="338"/>
        <source>Demo accounts</source>
        <translation>Demokontoer</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="339"/>
        <source>This is a demo. Pick a person to log in as.</source>
        <translation>Dette er en demo. Velg en person å logge inn som.</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="353"/>
        <source>Log in as %1, %2</source>
        <translation>Logg inn som %1, %2</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="367"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="371"/>
        <source>Change server address</source>
        <translation>Endre serveradresse</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="383"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="386"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../pages/LoginPage.qml" line="388"/>
        <source>Save server address</source>
        <translation>Lagre serveradressen</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirect</name>
    <message>
        <location filename="../../app/signin/LoopbackRedirect.cpp" line="36"/>
        <source>nb</source>
        <comment>the page&apos;s language code</comment>
        <translation>nb</translation>
    </message>
    <message>
        <location filename="../../app/signin/LoopbackRedirect.cpp" line="117"/>
        <location filename="../../app/signin/LoopbackRedirect.cpp" line="123"/>
        <location filename="../../app/signin/LoopbackRedirect.cpp" line="133"/>
        <source>Denne adressen er bare for Bro.</source>
        <translation>Denne adressen er bare for Bro.</translation>
    </message>
    <message>
        <location filename="../../app/signin/LoopbackRedirect.cpp" line="142"/>
        <source>Du er logget inn. Du kan lukke denne fanen og gå tilbake til Bro.</source>
        <translation>Du er logget inn. Du kan lukke denne fanen og gå tilbake til Bro.</translation>
    </message>
    <message>
        <location filename="../../app/signin/LoopbackRedirect.cpp" line="145"/>
        <source>Innloggingen ble ikke fullført. Gå tilbake til Bro og prøv igjen.</source>
        <translation>Innloggingen ble ikke fullført. Gå tilbake til Bro og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../Main.qml" line="20"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="20"/>
        <source>Apprentices</source>
        <translation>Lærlinger</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="24"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="28"/>
        <source>Check-in</source>
        <translation>Innsjekk</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="28"/>
        <source>Check-ins</source>
        <translation>Innsjekker</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="32"/>
        <source>Journey</source>
        <translation>Reisen</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="36"/>
        <source>Sharing</source>
        <translation>Deling</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="36"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="230"/>
        <source>Not saved on the server: %1</source>
        <translation>Ikke lagret på serveren: %1</translation>
    </message>
    <message>
        <location filename="../components/AppHeader.qml" line="48"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="../components/AppHeader.qml" line="74"/>
        <source>More</source>
        <translation>Mer</translation>
    </message>
    <message>
        <location filename="../components/AppHeader.qml" line="81"/>
        <location filename="../components/NavigationRail.qml" line="50"/>
        <source>Messages</source>
        <translation>Meldinger</translation>
    </message>
    <message>
        <location filename="../components/AppHeader.qml" line="86"/>
        <location filename="../components/NavigationRail.qml" line="55"/>
        <source>Absence</source>
        <translation>Fravær</translation>
    </message>
    <message>
        <location filename="../components/AppHeader.qml" line="91"/>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location filename="../components/AppHeader.qml" line="96"/>
        <source>Return plan</source>
        <translation>Opptrappingsplan</translation>
    </message>
    <message>
        <location filename="../components/AppHeader.qml" line="101"/>
        <location filename="../components/NavigationRail.qml" line="61"/>
        <source>Notes about me</source>
        <translation>Notater om meg</translation>
    </message>
    <message>
        <location filename="../components/AppHeader.qml" line="108"/>
        <source>Who has seen my data</source>
        <translation>Hvem har sett mine opplysninger</translation>
    </message>
    <message>
        <location filename="../components/AppHeader.qml" line="115"/>
        <location filename="../components/NavigationRail.qml" line="72"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../components/AppHeader.qml" line="120"/>
        <source>Sync now</source>
        <translation>Synkroniser nå</translation>
    </message>
    <message>
        <location filename="../components/NavigationRail.qml" line="67"/>
        <source>Who has seen what</source>
        <translation>Hvem har sett hva</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="322"/>
        <source>New message. You find it under Messages.</source>
        <translation>Ny melding. Du finner den under Meldinger.</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../app/models/MeetingsModel.cpp" line="287"/>
        <source>Avtalt på samarbeidsmøtet.</source>
        <translation>Avtalt på samarbeidsmøtet.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="16"/>
        <source>Meetings</source>
        <translation>Møter</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="31"/>
        <source>Meetings with your helpers and your workplace. Put what you want to talk about on the agenda. Afterwards you read the minutes and say whether you agree.</source>
        <translation>Møter med hjelperne dine og arbeidsplassen. Sett opp det du vil snakke om på sakslista. Etterpå leser du referatet og sier om du er enig.</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="31"/>
        <source>Meetings with the apprentice, the team and the workplace. The apprentice reads the minutes and says whether they agree.</source>
        <translation>Møter med lærlingen, teamet og arbeidsplassen. Lærlingen leser referatet og sier om de er enige.</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="41"/>
        <source>New meeting</source>
        <translation>Nytt møte</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="49"/>
        <location filename="../pages/MeetingsPage.qml" line="51"/>
        <source>What the meeting is about</source>
        <translation>Hva møtet handler om</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="58"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Dato (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="61"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="66"/>
        <source>Time (HH:MM)</source>
        <translation>Tid (TT:MM)</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="69"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="75"/>
        <location filename="../pages/MeetingsPage.qml" line="77"/>
        <source>Where, or a video link</source>
        <translation>Hvor, eller en videolenke</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="82"/>
        <source>Others taking part, e.g. Ole Hansen, instructor at the company</source>
        <translation>Andre som er med, f.eks. Ole Hansen, instruktør i bedriften</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="84"/>
        <source>Others taking part</source>
        <translation>Andre som er med</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="89"/>
        <source>Plan the meeting</source>
        <translation>Sett opp møtet</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="117"/>
        <source>No meetings yet.</source>
        <translation>Ingen møter ennå.</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="142"/>
        <source>Held</source>
        <translation>Holdt</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="142"/>
        <source>Cancelled</source>
        <translation>Avlyst</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="142"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="146"/>
        <source>Video: %1</source>
        <translation>Video: %1</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="153"/>
        <source>Also taking part: %1</source>
        <translation>Med også: %1</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="161"/>
        <source>Agenda</source>
        <translation>Saksliste</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="168"/>
        <source>Nothing on the agenda yet.</source>
        <translation>Ingenting på sakslista ennå.</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="192"/>
        <source>Your item</source>
        <translation>Din sak</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="192"/>
        <source>The apprentice&apos;s item</source>
        <translation>Lærlingens sak</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="192"/>
        <source>From %1</source>
        <translation>Fra %1</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="205"/>
        <source>Minutes by %1</source>
        <translation>Referat av %1</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="214"/>
        <source>Minutes: what was said, what was agreed</source>
        <translation>Referat: hva ble sagt, hva ble avtalt</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="217"/>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="222"/>
        <source>Save minutes</source>
        <translation>Lagre referatet</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="235"/>
        <source>What I want to talk about</source>
        <translation>Det jeg vil snakke om</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="235"/>
        <source>A new item</source>
        <translation>En ny sak</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="241"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="244"/>
        <source>Add to the agenda</source>
        <translation>Legg til på sakslista</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="255"/>
        <source>Agreed actions</source>
        <translation>Avtalte oppgaver</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="274"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="274"/>
        <source>The apprentice</source>
        <translation>Lærlingen</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="274"/>
        <source>by %1</source>
        <translation>innen %1</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="274"/>
        <source>a suggested step for you under Goals</source>
        <translation>et foreslått steg til deg under Mål</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="274"/>
        <source>waiting for the apprentice&apos;s answer</source>
        <translation>venter på svar fra lærlingen</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="274"/>
        <source>taken on as a step</source>
        <translation>tatt imot som et steg</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="289"/>
        <source>A new agreed action</source>
        <translation>En ny avtalt oppgave</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="298"/>
        <source>For the apprentice</source>
        <translation>For lærlingen</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="304"/>
        <location filename="../pages/MeetingsPage.qml" line="306"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="311"/>
        <source>By (YYYY-MM-DD)</source>
        <translation>Innen (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="313"/>
        <source>By when</source>
        <translation>Innen når</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="324"/>
        <source>Under which goal</source>
        <translation>Under hvilket mål</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="328"/>
        <source>Suggest it to the apprentice</source>
        <translation>Foreslå den for lærlingen</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="328"/>
        <source>Add the action</source>
        <translation>Legg til oppgaven</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="346"/>
        <source>You have read the minutes and agree.</source>
        <translation>Du har lest referatet og er enig.</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="346"/>
        <source>The apprentice has read the minutes and agrees.</source>
        <translation>Lærlingen har lest referatet og er enig.</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="346"/>
        <source>You see it differently: %1</source>
        <translation>Du ser det annerledes: %1</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="346"/>
        <source>The apprentice sees it differently: %1</source>
        <translation>Lærlingen ser det annerledes: %1</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="346"/>
        <source>Read the minutes. Do they match what you remember?</source>
        <translation>Les referatet. Stemmer det med det du husker?</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="346"/>
        <source>The apprentice has not answered the minutes yet.</source>
        <translation>Lærlingen har ikke svart på referatet ennå.</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="358"/>
        <source>Read and agreed</source>
        <translation>Lest og enig</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="368"/>
        <source>What I see differently</source>
        <translation>Det jeg ser annerledes</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="375"/>
        <source>Send what I see differently</source>
        <translation>Send det jeg ser annerledes</translation>
    </message>
    <message>
        <location filename="../pages/MeetingsPage.qml" line="388"/>
        <source>Mark as held</source>
        <translation>Merk som holdt</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../pages/MessagesPage.qml" line="22"/>
        <source>Messages</source>
        <translation>Meldinger</translation>
    </message>
    <message>
        <location filename="../pages/MessagesPage.qml" line="88"/>
        <source>You</source>
        <translation>Deg</translation>
    </message>
    <message>
        <location filename="../pages/MessagesPage.qml" line="103"/>
        <source>read by %1</source>
        <translation>lest av %1</translation>
    </message>
    <message>
        <location filename="../pages/MessagesPage.qml" line="117"/>
        <source>Write to your helpers here. Everyone on your team reads the same thread.</source>
        <translation>Skriv til hjelperne dine her. Alle i teamet ditt leser den samme tråden.</translation>
    </message>
    <message>
        <location filename="../pages/MessagesPage.qml" line="117"/>
        <source>Write to the apprentice and the team here. The apprentice reads everything.</source>
        <translation>Skriv til lærlingen og teamet her. Lærlingen leser alt.</translation>
    </message>
    <message>
        <location filename="../pages/MessagesPage.qml" line="125"/>
        <source>Not read yet by: %1</source>
        <translation>Ikke lest ennå av: %1</translation>
    </message>
    <message>
        <location filename="../pages/MessagesPage.qml" line="147"/>
        <source>Write a message</source>
        <translation>Skriv en melding</translation>
    </message>
    <message>
        <location filename="../pages/MessagesPage.qml" line="151"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../pages/MessagesPage.qml" line="155"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../pages/MessagesPage.qml" line="158"/>
        <source>Send message</source>
        <translation>Send melding</translation>
    </message>
</context>
<context>
    <name>MyDataCard</name>
    <message>
        <location filename="../components/MyDataCard.qml" line="16"/>
        <source>Your data</source>
        <translation>Dine data</translation>
    </message>
    <message>
        <location filename="../components/MyDataCard.qml" line="17"/>
        <source>You have the right to a copy of everything Bro holds about you. This saves what this phone holds: one file a computer can read, and your plan as a PDF.</source>
        <translation>Du har rett til en kopi av alt Bro har om deg. Her lagrer du det denne telefonen har: én fil som en datamaskin kan lese, og planen din som PDF.</translation>
    </message>
    <message>
        <location filename="../components/MyDataCard.qml" line="28"/>
        <location filename="../components/MyDataCard.qml" line="40"/>
        <source>Save a copy of my data</source>
        <translation>Lagre en kopi av dataene mine</translation>
    </message>
    <message>
        <location filename="../components/MyDataCard.qml" line="43"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <location filename="../components/MyDataCard.qml" line="47"/>
        <source>Saved: %1 and the plan %2.</source>
        <translation>Lagret: %1 og planen %2.</translation>
    </message>
    <message>
        <location filename="../components/MyDataCard.qml" line="58"/>
        <source>Want the server&apos;s copy too, or want your data erased? Ask your training office. They can export it for you, and erase it when you ask.</source>
        <translation>Vil du også ha kopien fra serveren, eller vil du at dataene dine skal slettes? Spør opplæringskontoret. De kan hente den ut for deg, og slette den når du ber om det.</translation>
    </message>
</context>
<context>
    <name>NationalSignIn</name>
    <message>
        <location filename="../../app/signin/NationalSignIn.cpp" line="46"/>
        <source>Innloggingen tok så lang tid at vi avbrøt den. Prøv igjen når du er klar.</source>
        <translation>Innloggingen tok så lang tid at vi avbrøt den. Prøv igjen når du er klar.</translation>
    </message>
    <message>
        <location filename="../../app/signin/NationalSignIn.cpp" line="139"/>
        <source>Innloggingen kunne ikke starte på denne enheten. Prøv igjen.</source>
        <translation>Innloggingen kunne ikke starte på denne enheten. Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../app/signin/NationalSignIn.cpp" line="162"/>
        <location filename="../../app/signin/NationalSignIn.cpp" line="208"/>
        <source>Fikk ikke åpnet nettleseren på denne enheten.</source>
        <translation>Fikk ikke åpnet nettleseren på denne enheten.</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../pages/NotesPage.qml" line="14"/>
        <source>Notes about me</source>
        <translation>Notater om meg</translation>
    </message>
    <message>
        <location filename="../pages/NotesPage.qml" line="14"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../pages/NotesPage.qml" line="25"/>
        <source>Everything your helpers write about you is here. Nothing about you without you.</source>
        <translation>Alt hjelperne dine skriver om deg, står her. Ingenting om deg uten deg.</translation>
    </message>
    <message>
        <location filename="../pages/NotesPage.qml" line="25"/>
        <source>The apprentice reads every note. Write as you would say it to them.</source>
        <translation>Lærlingen leser alle notater. Skriv slik du ville sagt det til hen.</translation>
    </message>
    <message>
        <location filename="../pages/NotesPage.qml" line="34"/>
        <source>Not shared with %1. The apprentice decides what you see.</source>
        <translation>Ikke delt med %1. Lærlingen bestemmer hva du ser.</translation>
    </message>
    <message>
        <location filename="../pages/NotesPage.qml" line="34"/>
        <source>your service</source>
        <translation>tjenesten din</translation>
    </message>
    <message>
        <location filename="../pages/NotesPage.qml" line="43"/>
        <location filename="../pages/NotesPage.qml" line="51"/>
        <source>New note</source>
        <translation>Nytt notat</translation>
    </message>
    <message>
        <location filename="../pages/NotesPage.qml" line="48"/>
        <source>What happened, what was agreed</source>
        <translation>Hva som skjedde, hva dere ble enige om</translation>
    </message>
    <message>
        <location filename="../pages/NotesPage.qml" line="55"/>
        <source>Save note</source>
        <translation>Lagre notat</translation>
    </message>
    <message>
        <location filename="../pages/NotesPage.qml" line="76"/>
        <source>No notes yet.</source>
        <translation>Ingen notater ennå.</translation>
    </message>
</context>
<context>
    <name>OutcomeCard</name>
    <message>
        <location filename="../components/OutcomeCard.qml" line="19"/>
        <source>A few questions: %1</source>
        <translation>Noen spørsmål: %1</translation>
    </message>
    <message>
        <location filename="../components/OutcomeCard.qml" line="20"/>
        <source>It is fine to answer now. It takes about a minute.</source>
        <translation>Det går fint å svare nå. Det tar omtrent ett minutt.</translation>
    </message>
    <message>
        <location filename="../components/OutcomeCard.qml" line="20"/>
        <source>How is it going with your goals and your work? It takes about a minute.</source>
        <translation>Hvordan går det med målene dine og jobben? Det tar omtrent ett minutt.</translation>
    </message>
    <message>
        <location filename="../components/OutcomeCard.qml" line="38"/>
        <source>Answer now</source>
        <translation>Svar nå</translation>
    </message>
    <message>
        <location filename="../components/OutcomeCard.qml" line="40"/>
        <source>Answer the questions: %1</source>
        <translation>Svar på spørsmålene: %1</translation>
    </message>
</context>
<context>
    <name>OutcomeChart</name>
    <message>
        <location filename="../components/OutcomeChart.qml" line="31"/>
        <source>End of the stay</source>
        <translation>Slutten av oppholdet</translation>
    </message>
    <message>
        <location filename="../components/OutcomeChart.qml" line="33"/>
        <source>After 3 months</source>
        <translation>Etter 3 måneder</translation>
    </message>
    <message>
        <location filename="../components/OutcomeChart.qml" line="35"/>
        <source>After 6 months</source>
        <translation>Etter 6 måneder</translation>
    </message>
    <message>
        <location filename="../components/OutcomeChart.qml" line="37"/>
        <source>After 12 months</source>
        <translation>Etter 12 måneder</translation>
    </message>
    <message>
        <location filename="../components/OutcomeChart.qml" line="43"/>
        <source>under 5 answers</source>
        <translation>under 5 svar</translation>
    </message>
    <message>
        <location filename="../components/OutcomeChart.qml" line="45"/>
        <source>%1 (%2 answers)</source>
        <translation>%1 (%2 svar)</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <location filename="../pages/OutcomePage.qml" line="45"/>
        <source>Follow-up questions</source>
        <translation>Spørsmål underveis</translation>
    </message>
    <message>
        <location filename="../pages/OutcomePage.qml" line="63"/>
        <source>A few questions: %1</source>
        <translation>Noen spørsmål: %1</translation>
    </message>
    <message>
        <location filename="../pages/OutcomePage.qml" line="72"/>
        <source>There are no right or wrong answers. Answer as it feels today.</source>
        <translation>Det finnes ingen riktige eller gale svar. Svar slik det kjennes i dag.</translation>
    </message>
    <message>
        <location filename="../pages/OutcomePage.qml" line="80"/>
        <source>This was due %1. It is fine to answer now.</source>
        <translation>Dette skulle vært svart %1. Det går fint å svare nå.</translation>
    </message>
    <message>
        <location filename="../pages/OutcomePage.qml" line="108"/>
        <source>You have no goals yet. Then there is only the question below.</source>
        <translation>Du har ingen mål ennå. Da er det bare spørsmålet under.</translation>
    </message>
    <message>
        <location filename="../pages/OutcomePage.qml" line="118"/>
        <source>How well can you work today?</source>
        <translation>Hvor godt kan du jobbe i dag?</translation>
    </message>
    <message>
        <location filename="../pages/OutcomePage.qml" line="119"/>
        <source>0 means not at all. 10 means as well as when you are at your best.</source>
        <translation>0 betyr ikke i det hele tatt. 10 betyr like godt som når du er på ditt beste.</translation>
    </message>
    <message>
        <location filename="../pages/OutcomePage.qml" line="137"/>
        <source>Work ability: %1 of 10</source>
        <translation>Arbeidsevne: %1 av 10</translation>
    </message>
    <message>
        <location filename="../pages/OutcomePage.qml" line="163"/>
        <location filename="../pages/OutcomePage.qml" line="166"/>
        <source>Save answers</source>
        <translation>Lagre svarene</translation>
    </message>
    <message>
        <location filename="../pages/OutcomePage.qml" line="163"/>
        <source>Answer all the questions above</source>
        <translation>Svar på alle spørsmålene over</translation>
    </message>
    <message>
        <location filename="../pages/OutcomePage.qml" line="179"/>
        <source>Thank you! Your answers are saved.</source>
        <translation>Takk! Svarene dine er lagret.</translation>
    </message>
    <message>
        <location filename="../pages/OutcomePage.qml" line="186"/>
        <source>Your helpers see the answers if you share your journey with them.</source>
        <translation>Hjelperne dine ser svarene hvis du deler reisen din med dem.</translation>
    </message>
</context>
<context>
    <name>OutcomePointsCard</name>
    <message>
        <location filename="../components/OutcomePointsCard.qml" line="19"/>
        <source>Follow-up questions</source>
        <translation>Spørsmål underveis</translation>
    </message>
    <message>
        <location filename="../components/OutcomePointsCard.qml" line="20"/>
        <source>Five times you answer a few questions about your goals and your work. It helps everyone see what works.</source>
        <translation>Fem ganger svarer du på noen spørsmål om målene dine og jobben. Det hjelper alle å se hva som virker.</translation>
    </message>
    <message>
        <location filename="../components/OutcomePointsCard.qml" line="20"/>
        <source>The apprentice&apos;s answers and the status in the apprenticeship at each point.</source>
        <translation>Lærlingens svar og status i læretiden ved hvert punkt.</translation>
    </message>
    <message>
        <location filename="../components/OutcomePointsCard.qml" line="54"/>
        <source>work ability %1 of 10</source>
        <translation>arbeidsevne %1 av 10</translation>
    </message>
    <message>
        <location filename="../components/OutcomePointsCard.qml" line="69"/>
        <source>Not set</source>
        <translation>Ikke satt</translation>
    </message>
    <message>
        <location filename="../components/OutcomePointsCard.qml" line="72"/>
        <source>Status %1: %2</source>
        <translation>Status %1: %2</translation>
    </message>
    <message>
        <location filename="../components/OutcomePointsCard.qml" line="81"/>
        <source>Answer now</source>
        <translation>Svar nå</translation>
    </message>
    <message>
        <location filename="../components/OutcomePointsCard.qml" line="84"/>
        <source>Answer the questions: %1</source>
        <translation>Svar på spørsmålene: %1</translation>
    </message>
    <message>
        <location filename="../components/OutcomePointsCard.qml" line="91"/>
        <source>The apprentice does not share the journey with you.</source>
        <translation>Lærlingen deler ikke reisen med deg.</translation>
    </message>
</context>
<context>
    <name>OutcomeTexts</name>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="17"/>
        <source>At the start</source>
        <translation>Ved start</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="19"/>
        <source>When the stay ends</source>
        <translation>Når oppholdet slutter</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="21"/>
        <source>3 months after the stay</source>
        <translation>3 måneder etter oppholdet</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="23"/>
        <source>6 months after the stay</source>
        <translation>6 måneder etter oppholdet</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="25"/>
        <source>12 months after the stay</source>
        <translation>12 måneder etter oppholdet</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="33"/>
        <source>Answered %1</source>
        <translation>Svart %1</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="35"/>
        <source>Ready to answer, by %1</source>
        <translation>Klar til å svare, innen %1</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="37"/>
        <source>You can still answer. It was due %1.</source>
        <translation>Du kan fortsatt svare. Det skulle vært svart %1.</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="37"/>
        <source>Not answered yet, due %1</source>
        <translation>Ikke svart ennå, skulle vært %1</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="39"/>
        <source>No date yet</source>
        <translation>Ingen dato ennå</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="39"/>
        <source>Coming %1</source>
        <translation>Kommer %1</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="44"/>
        <source>In the apprenticeship</source>
        <translation>I læretid</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="46"/>
        <source>On sick leave</source>
        <translation>Sykmeldt</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="48"/>
        <source>Taking a break</source>
        <translation>Har pause</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="50"/>
        <source>Has left the apprenticeship</source>
        <translation>Har sluttet i læretiden</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="52"/>
        <source>Has the trade certificate</source>
        <translation>Har fått fagbrev</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="54"/>
        <source>Not set</source>
        <translation>Ikke satt</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="59"/>
        <source>The training office</source>
        <translation>Opplæringskontoret</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="61"/>
        <source>The GP</source>
        <translation>Fastlegen</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="63"/>
        <source>The apprentice</source>
        <translation>Lærlingen selv</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="65"/>
        <source>Someone else</source>
        <translation>Noen andre</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="72"/>
        <source>The clinic said yes</source>
        <translation>Klinikken sa ja</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="74"/>
        <source>The clinic said no</source>
        <translation>Klinikken sa nei</translation>
    </message>
    <message>
        <location filename="../components/OutcomeTexts.qml" line="76"/>
        <source>Waiting for the clinic&apos;s answer</source>
        <translation>Venter på svar fra klinikken</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <location filename="../../app/models/OutcomesModel.cpp" line="186"/>
        <source>Dette målepunktet finnes ikke.</source>
        <translation>Dette målepunktet finnes ikke.</translation>
    </message>
    <message>
        <location filename="../../app/models/OutcomesModel.cpp" line="188"/>
        <source>Dette målepunktet har ingen dato ennå.</source>
        <translation>Dette målepunktet har ingen dato ennå.</translation>
    </message>
    <message>
        <location filename="../../app/models/OutcomesModel.cpp" line="200"/>
        <source>Velg et tall fra 0 til 10.</source>
        <translation>Velg et tall fra 0 til 10.</translation>
    </message>
    <message>
        <location filename="../../app/models/OutcomesModel.cpp" line="205"/>
        <source>Hvert mål får et svar fra −2 til +2.</source>
        <translation>Hvert mål får et svar fra −2 til +2.</translation>
    </message>
    <message>
        <location filename="../../app/models/OutcomesModel.cpp" line="237"/>
        <location filename="../../app/models/OutcomesModel.cpp" line="250"/>
        <source>Det finnes ingen henvisning å svare på ennå.</source>
        <translation>Det finnes ingen henvisning å svare på ennå.</translation>
    </message>
    <message>
        <location filename="../../app/models/OutcomesModel.cpp" line="252"/>
        <source>Oppholdet kan ikke slutte før det begynner.</source>
        <translation>Oppholdet kan ikke slutte før det begynner.</translation>
    </message>
</context>
<context>
    <name>PhaseTimeline</name>
    <message>
        <location filename="../components/PhaseTimeline.qml" line="45"/>
        <source>Done</source>
        <translation>Gjort</translation>
    </message>
    <message>
        <location filename="../components/PhaseTimeline.qml" line="45"/>
        <location filename="../components/PhaseTimeline.qml" line="98"/>
        <source>Now</source>
        <translation>Nå</translation>
    </message>
    <message>
        <location filename="../components/PhaseTimeline.qml" line="45"/>
        <source>Coming</source>
        <translation>Kommer</translation>
    </message>
    <message>
        <location filename="../components/PhaseTimeline.qml" line="45"/>
        <location filename="../components/PhaseTimeline.qml" line="98"/>
        <source>Skipped</source>
        <translation>Hoppet over</translation>
    </message>
    <message>
        <location filename="../components/PhaseTimeline.qml" line="110"/>
        <source>Responsible: %1, %2</source>
        <translation>Ansvarlig: %1, %2</translation>
    </message>
    <message>
        <location filename="../components/PhaseTimeline.qml" line="118"/>
        <source>Since %1</source>
        <translation>Siden %1</translation>
    </message>
    <message>
        <location filename="../components/PhaseTimeline.qml" line="127"/>
        <source>Checklist: %1 of %2 ticked or explained</source>
        <translation>Sjekkliste: %1 av %2 krysset av eller forklart</translation>
    </message>
</context>
<context>
    <name>PlanPrinter</name>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="90"/>
        <source>Lærling</source>
        <translation>Lærling</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="92"/>
        <source>Rådgiver</source>
        <translation>Rådgiver</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="94"/>
        <source>Behandler</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="96"/>
        <source>Koordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="103"/>
        <source>Aktiv</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="105"/>
        <source>På pause</source>
        <translation>På pause</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="107"/>
        <source>Nådd</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="109"/>
        <source>Droppet</source>
        <translation>Droppet</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="116"/>
        <source>Klinikken</source>
        <translation>Klinikken</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="118"/>
        <source>Opplæringskontoret</source>
        <translation>Opplæringskontoret</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="151"/>
        <location filename="../../app/print/PlanPrinter.cpp" line="300"/>
        <source>Min plan</source>
        <translation>Min plan</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="151"/>
        <source>Planen til %1</source>
        <translation>Planen til %1</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="156"/>
        <source>Fase nå: %1</source>
        <translation>Fase nå: %1</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="164"/>
        <source>Mål og steg</source>
        <translation>Mål og steg</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="167"/>
        <source>%1 deler ikke mål og steg med deg nå.</source>
        <translation>%1 deler ikke mål og steg med deg nå.</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="169"/>
        <source>Ingen mål er skrevet ennå.</source>
        <translation>Ingen mål er skrevet ennå.</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="172"/>
        <source>Målene og stegene står slik du skrev dem.</source>
        <translation>Målene og stegene står slik du skrev dem.</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="173"/>
        <source>Målene og stegene står slik lærlingen skrev dem.</source>
        <translation>Målene og stegene står slik lærlingen skrev dem.</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="182"/>
        <source>Hvorfor:</source>
        <translation>Hvorfor:</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="185"/>
        <source>%1 av %2 steg gjort</source>
        <translation>%1 av %2 steg gjort</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="199"/>
        <source>forslag fra %1, ikke bestemt ennå</source>
        <translation>forslag fra %1, ikke bestemt ennå</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="204"/>
        <source>Ingen steg ennå.</source>
        <translation>Ingen steg ennå.</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="212"/>
        <source>Reisen og hvem som har ansvaret</source>
        <translation>Reisen og hvem som har ansvaret</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="214"/>
        <source>Reisen er ikke startet ennå.</source>
        <translation>Reisen er ikke startet ennå.</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="219"/>
        <source>Fase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="219"/>
        <source>Ansvarlig</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="219"/>
        <source>Startet</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="219"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="230"/>
        <source>Nå</source>
        <translation>Nå</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="231"/>
        <source>Ferdig</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="232"/>
        <source>Hoppet over</source>
        <translation>Hoppet over</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="233"/>
        <source>Senere</source>
        <translation>Senere</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="246"/>
        <source>Hvem er med</source>
        <translation>Hvem er med</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="248"/>
        <source>Ingen i teamet ennå.</source>
        <translation>Ingen i teamet ennå.</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="256"/>
        <source>Utskriften viser bare det %1 deler med deg.</source>
        <translation>Utskriften viser bare det %1 deler med deg.</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="268"/>
        <source>Skrevet ut av %1, %2 kl. %3</source>
        <translation>Skrevet ut av %1, %2 kl. %3</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="298"/>
        <source>Det er ingen plan å skrive ut ennå.</source>
        <translation>Det er ingen plan å skrive ut ennå.</translation>
    </message>
    <message>
        <location filename="../../app/print/PagedPdf.cpp" line="19"/>
        <source>Velg en fil å lagre til.</source>
        <translation>Velg en fil å lagre til.</translation>
    </message>
    <message>
        <location filename="../../app/print/PagedPdf.cpp" line="24"/>
        <source>Kunne ikke skrive %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
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
        <translation>Kunne ikke skrive %1.</translation>
    </message>
    <message>
        <location filename="../../app/print/PlanPrinter.cpp" line="301"/>
        <source>Fortrolig: inneholder helseopplysninger.</source>
        <translation>Fortrolig: inneholder helseopplysninger.</translation>
    </message>
    <message>
        <location filename="../../app/print/PagedPdf.cpp" line="90"/>
        <source>Side %1 av %2</source>
        <translation>Side %1 av %2</translation>
    </message>
</context>
<context>
    <name>PoolingModel</name>
    <message>
        <location filename="../../app/models/PoolingModel.cpp" line="95"/>
        <source>Kunne ikke åpne %1: %2</source>
        <translation>Kunne ikke åpne %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/models/PoolingModel.cpp" line="99"/>
        <source>Filen er ikke tall fra et annet tilbud: %1</source>
        <translation>Filen er ikke tall fra et annet tilbud: %1</translation>
    </message>
    <message>
        <location filename="../../app/models/PoolingModel.cpp" line="102"/>
        <source>Du er ikke logget inn.</source>
        <translation>Du er ikke logget inn.</translation>
    </message>
    <message>
        <location filename="../../app/models/PoolingModel.cpp" line="179"/>
        <source>under 5</source>
        <translation>under 5</translation>
    </message>
    <message>
        <location filename="../../app/models/PoolingModel.cpp" line="182"/>
        <source>minst %1</source>
        <translation>minst %1</translation>
    </message>
    <message>
        <location filename="../../app/models/PoolingModel.cpp" line="189"/>
        <source>Tallene kunne ikke legges sammen: %1</source>
        <translation>Tallene kunne ikke legges sammen: %1</translation>
    </message>
</context>
<context>
    <name>PrimaryButton</name>
    <message>
        <location filename="../components/PrimaryButton.qml" line="23"/>
        <source>Not available yet</source>
        <translation>Ikke tilgjengelig ennå</translation>
    </message>
</context>
<context>
    <name>PrintPlanCard</name>
    <message>
        <location filename="../components/PrintPlanCard.qml" line="17"/>
        <source>Print the plan</source>
        <translation>Skriv ut planen</translation>
    </message>
    <message>
        <location filename="../components/PrintPlanCard.qml" line="28"/>
        <source>Your goals and steps, the phases and who is responsible, on paper. Good for a meeting, or to bring to your doctor.</source>
        <translation>Målene og stegene dine, fasene og hvem som har ansvaret, på papir. Fint til et møte, eller til å ta med til fastlegen.</translation>
    </message>
    <message>
        <location filename="../components/PrintPlanCard.qml" line="28"/>
        <source>The goals and steps, the phases and who is responsible, as far as the apprentice shares them with you.</source>
        <translation>Målene og stegene, fasene og hvem som har ansvaret, så langt lærlingen deler dem med deg.</translation>
    </message>
    <message>
        <location filename="../components/PrintPlanCard.qml" line="35"/>
        <source>Print / save as PDF</source>
        <translation>Skriv ut / lagre som PDF</translation>
    </message>
    <message>
        <location filename="../components/PrintPlanCard.qml" line="47"/>
        <source>Save the plan as PDF</source>
        <translation>Lagre planen som PDF</translation>
    </message>
    <message>
        <location filename="../components/PrintPlanCard.qml" line="50"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../components/PrintPlanCard.qml" line="53"/>
        <source>Saved to %1. Open it to print it.</source>
        <translation>Lagret i %1. Åpne filen for å skrive den ut.</translation>
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
        <translation>skjult</translation>
    </message>
    <message>
        <location filename="../../app/models/ProgrammeModel.cpp" line="270"/>
        <source>Det er ingen tall å eksportere ennå.</source>
        <translation>Det er ingen tall å eksportere ennå.</translation>
    </message>
    <message>
        <location filename="../../app/models/ProgrammeModel.cpp" line="273"/>
        <source>Velg en fil å eksportere til.</source>
        <translation>Velg en fil å eksportere til.</translation>
    </message>
    <message>
        <location filename="../../app/models/ProgrammeModel.cpp" line="277"/>
        <location filename="../../app/models/ProgrammeModel.cpp" line="281"/>
        <source>Kunne ikke skrive %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
</context>
<context>
    <name>ReferralCard</name>
    <message>
        <location filename="../components/ReferralCard.qml" line="20"/>
        <source>The referral</source>
        <translation>Henvisningen</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="31"/>
        <source>The apprentice does not share the journey with you.</source>
        <translation>Lærlingen deler ikke reisen med deg.</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="38"/>
        <source>No referral is written yet.</source>
        <translation>Ingen henvisning er skrevet ennå.</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="46"/>
        <source>%1 referred on %2</source>
        <translation>%1 henviste %2</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="79"/>
        <source>The stay: %1 to %2</source>
        <translation>Oppholdet: %1 til %2</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="79"/>
        <source>The stay starts %1</source>
        <translation>Oppholdet starter %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../components/ReferralCard.qml" line="87"/>
        <source>Waiting time: %n days</source>
        <translation>
            <numerusform>Ventetid: %n dag</numerusform>
            <numerusform>Ventetid: %n dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../components/ReferralCard.qml" line="87"/>
        <source>Waited so far: %n days</source>
        <translation>
            <numerusform>Ventet så langt: %n dag</numerusform>
            <numerusform>Ventet så langt: %n dager</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="103"/>
        <source>Who referred: %1</source>
        <translation>Hvem henviste: %1</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="109"/>
        <location filename="../components/ReferralCard.qml" line="112"/>
        <source>Why, in the apprentice&apos;s own words</source>
        <translation>Hvorfor, med lærlingens egne ord</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="116"/>
        <source>Save referral</source>
        <translation>Lagre henvisningen</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="130"/>
        <source>Change the referral</source>
        <translation>Endre henvisningen</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="144"/>
        <location filename="../components/ReferralCard.qml" line="147"/>
        <source>A reason the apprentice can read</source>
        <translation>En grunn lærlingen kan lese</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="153"/>
        <source>Say yes</source>
        <translation>Si ja</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="155"/>
        <source>Say yes to the referral</source>
        <translation>Si ja til henvisningen</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="161"/>
        <source>Say no</source>
        <translation>Si nei</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="163"/>
        <source>Say no to the referral</source>
        <translation>Si nei til henvisningen</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="172"/>
        <source>Stay starts</source>
        <translation>Oppholdet starter</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="179"/>
        <source>Stay ends</source>
        <translation>Oppholdet slutter</translation>
    </message>
    <message>
        <location filename="../components/ReferralCard.qml" line="187"/>
        <source>Save the stay&apos;s dates</source>
        <translation>Lagre datoene for oppholdet</translation>
    </message>
</context>
<context>
    <name>RejectedBanner</name>
    <message numerus="yes">
        <location filename="../components/RejectedBanner.qml" line="32"/>
        <source>%n change(s) could not be saved on the server. They are kept here.</source>
        <translation>
            <numerusform>%n endring kunne ikke lagres på serveren. Den er tatt vare på her.</numerusform>
            <numerusform>%n endringer kunne ikke lagres på serveren. De er tatt vare på her.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/RejectedBanner.qml" line="38"/>
        <source>See why</source>
        <translation>Se hvorfor</translation>
    </message>
    <message>
        <location filename="../components/RejectedBanner.qml" line="41"/>
        <source>See the changes the server did not accept</source>
        <translation>Se endringene serveren ikke godtok</translation>
    </message>
</context>
<context>
    <name>RejectedPage</name>
    <message>
        <location filename="../pages/RejectedPage.qml" line="12"/>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../pages/RejectedPage.qml" line="22"/>
        <source>The server did not accept these changes. They are kept here so nothing gets lost. Talk to your adviser if something looks wrong.</source>
        <translation>Serveren godtok ikke disse endringene. De er tatt vare på her, så ingenting går tapt. Snakk med rådgiveren din hvis noe ser feil ut.</translation>
    </message>
    <message>
        <location filename="../pages/RejectedPage.qml" line="29"/>
        <source>Nothing here. All your changes were accepted.</source>
        <translation>Ingenting her. Alle endringene dine ble godtatt.</translation>
    </message>
    <message>
        <location filename="../pages/RejectedPage.qml" line="45"/>
        <source>A change to %1</source>
        <translation>En endring i %1</translation>
    </message>
    <message>
        <location filename="../pages/RejectedPage.qml" line="48"/>
        <source>What you wrote: “%1”</source>
        <translation>Det du skrev: «%1»</translation>
    </message>
    <message>
        <location filename="../pages/RejectedPage.qml" line="61"/>
        <source>Reason code: %1 (%2)</source>
        <translation>Årsakskode: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../pages/RejectedPage.qml" line="66"/>
        <source>I have read this</source>
        <translation>Jeg har lest dette</translation>
    </message>
    <message>
        <location filename="../pages/RejectedPage.qml" line="69"/>
        <source>Dismiss: %1</source>
        <translation>Lukk: %1</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../components/ReminderBanner.qml" line="43"/>
        <source>Reminder</source>
        <translation>Påminnelse</translation>
    </message>
    <message>
        <location filename="../components/ReminderBanner.qml" line="63"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../components/ReminderBanner.qml" line="64"/>
        <source>Open the check-in</source>
        <translation>Åpne innsjekken</translation>
    </message>
    <message>
        <location filename="../components/ReminderBanner.qml" line="64"/>
        <source>Open the meetings</source>
        <translation>Åpne møtene</translation>
    </message>
    <message>
        <location filename="../components/ReminderBanner.qml" line="69"/>
        <source>Turn off these reminders</source>
        <translation>Slå av disse påminnelsene</translation>
    </message>
</context>
<context>
    <name>ReminderCard</name>
    <message>
        <location filename="../components/ReminderCard.qml" line="16"/>
        <source>Reminders</source>
        <translation>Påminnelser</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="17"/>
        <source>Bro reminds you with a notification on this device. Nothing is sent to anyone.</source>
        <translation>Bro minner deg på ting med et varsel på denne enheten. Ingenting blir sendt til noen.</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="17"/>
        <source>Bro reminds you on the Today page of this device. Nothing is sent to anyone.</source>
        <translation>Bro minner deg på ting på siden I dag på denne enheten. Ingenting blir sendt til noen.</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="57"/>
        <source>Remind me to check in</source>
        <translation>Minn meg på å sjekke inn</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="64"/>
        <source>On these days</source>
        <translation>Disse dagene</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="81"/>
        <source>Remind me on %1</source>
        <translation>Påminnelse på %1</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="91"/>
        <source>At</source>
        <translation>Klokka</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="100"/>
        <source>Time of the reminder: %1</source>
        <translation>Tidspunkt for påminnelsen: %1</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="109"/>
        <source>The day before a meeting</source>
        <translation>Dagen før et møte</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="116"/>
        <source>An hour before a meeting</source>
        <translation>En time før et møte</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="124"/>
        <source>When the minutes from a meeting are ready</source>
        <translation>Når referatet fra et møte er klart</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="131"/>
        <source>Quiet hours</source>
        <translation>Stille timer</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="138"/>
        <source>No reminders from %1 to %2. What comes then waits until the morning.</source>
        <translation>Ingen påminnelser fra %1 til %2. Det som kommer da, venter til morgenen.</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="150"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="159"/>
        <source>Quiet from: %1</source>
        <translation>Stille fra: %1</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="168"/>
        <source>Until</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../components/ReminderCard.qml" line="177"/>
        <source>Quiet until: %1</source>
        <translation>Stille til: %1</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../app/reminders/Reminders.cpp" line="120"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../app/reminders/Reminders.cpp" line="121"/>
        <source>Turn off these reminders</source>
        <translation>Slå av disse påminnelsene</translation>
    </message>
    <message>
        <location filename="../../app/reminders/Reminders.cpp" line="188"/>
        <source>Remember to check in today – it takes half a minute.</source>
        <translation>Husk å sjekke inn i dag – det tar et halvt minutt.</translation>
    </message>
    <message>
        <location filename="../../app/reminders/Reminders.cpp" line="191"/>
        <source>You have a meeting today at %1.</source>
        <translation>Du har et møte i dag kl. %1.</translation>
    </message>
    <message>
        <location filename="../../app/reminders/Reminders.cpp" line="192"/>
        <source>You have a meeting tomorrow at %1.</source>
        <translation>Du har et møte i morgen kl. %1.</translation>
    </message>
    <message>
        <location filename="../../app/reminders/Reminders.cpp" line="194"/>
        <source>You have a meeting soon, at %1.</source>
        <translation>Du har et møte snart, kl. %1.</translation>
    </message>
    <message>
        <location filename="../../app/reminders/Reminders.cpp" line="196"/>
        <source>The minutes from a meeting are ready. Read them and say if you agree.</source>
        <translation>Referatet fra et møte er klart. Les det og si om du er enig.</translation>
    </message>
</context>
<context>
    <name>ReturnPlanPage</name>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="39"/>
        <source>Return plan</source>
        <translation>Opptrappingsplan</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="50"/>
        <source>Your way back into work, week by week. Say yes to each week, or ask for a change. It is your plan too.</source>
        <translation>Veien din tilbake i jobb, uke for uke. Si ja til hver uke, eller be om en endring. Det er din plan også.</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="50"/>
        <source>Week by week: what is planned, and how the week went. The clinic drafts; the apprentice accepts or asks for changes.</source>
        <translation>Uke for uke: hva som er planlagt, og hvordan uka gikk. Klinikken lager utkastet; lærlingen sier ja eller ber om endringer.</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="58"/>
        <source>Not shared with %1. The apprentice decides what you see.</source>
        <translation>Ikke delt med %1. Lærlingen bestemmer hva du ser.</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="58"/>
        <source>your service</source>
        <translation>tjenesten din</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="68"/>
        <source>The last two weeks were harder than planned</source>
        <translation>De to siste ukene var tyngre enn planlagt</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="68"/>
        <source>Two weeks running behind the plan</source>
        <translation>To uker på rad bak planen</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="69"/>
        <source>That happens. Talk with your helpers about whether the plan should go slower.</source>
        <translation>Sånn kan det bli. Snakk med hjelperne dine om planen bør gå saktere.</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="69"/>
        <source>A reason to talk together about the plan, not a verdict.</source>
        <translation>En grunn til å snakke sammen om planen, ikke en dom.</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="73"/>
        <source>No weeks yet. Draft the first week below.</source>
        <translation>Ingen uker ennå. Lag utkast til første uke nedenfor.</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="73"/>
        <source>No return plan yet. The clinic drafts it with you.</source>
        <translation>Ingen opptrappingsplan ennå. Klinikken lager den sammen med deg.</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="111"/>
        <source>Week %1 · %2 %</source>
        <translation>Uke %1 · %2 %</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="111"/>
        <source>%1 hours</source>
        <translation>%1 timer</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="111"/>
        <source>this week</source>
        <translation>denne uka</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="112"/>
        <source>From %1</source>
        <translation>Fra %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/ReturnPlanPage.qml" line="140"/>
        <source>%n day(s) planned</source>
        <translation>
            <numerusform>%n dag planlagt</numerusform>
            <numerusform>%n dager planlagt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/ReturnPlanPage.qml" line="149"/>
        <source>%n day(s) away</source>
        <translation>
            <numerusform>%n dag borte</numerusform>
            <numerusform>%n dager borte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="149"/>
        <source>No absence</source>
        <translation>Ikke noe fravær</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="149"/>
        <source>how work went: %1 of 5</source>
        <translation>hvordan jobben gikk: %1 av 5</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="149"/>
        <source>Absence is not shared with you</source>
        <translation>Fraværet er ikke delt med deg</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="149"/>
        <source>Absence shared, waiting for a parent&apos;s or guardian&apos;s yes</source>
        <translation>Fravær delt, venter på ja fra en forelder eller verge</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="156"/>
        <source>You said yes to this week.</source>
        <translation>Du har sagt ja til denne uka.</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="156"/>
        <source>The apprentice said yes to this week.</source>
        <translation>Lærlingen har sagt ja til denne uka.</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="156"/>
        <source>You asked for a change: %1</source>
        <translation>Du ba om en endring: %1</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="156"/>
        <source>The apprentice asks for a change: %1</source>
        <translation>Lærlingen ber om en endring: %1</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="156"/>
        <source>Waiting for your answer.</source>
        <translation>Venter på svaret ditt.</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="156"/>
        <source>Waiting for the apprentice&apos;s answer.</source>
        <translation>Venter på svar fra lærlingen.</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="156"/>
        <source>The clinic changed this week after your answer. Does it work for you now?</source>
        <translation>Klinikken har endret denne uka etter at du svarte. Passer den for deg nå?</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="156"/>
        <source>Changed after the apprentice&apos;s answer. Waiting for a new answer.</source>
        <translation>Endret etter lærlingens svar. Venter på nytt svar.</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="167"/>
        <source>Yes, this works for me</source>
        <translation>Ja, dette passer for meg</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="176"/>
        <source>What would work better?</source>
        <translation>Hva ville passet bedre?</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="182"/>
        <source>Ask for a change</source>
        <translation>Be om en endring</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="193"/>
        <source>Change this week</source>
        <translation>Endre denne uka</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="196"/>
        <location filename="../pages/ReturnPlanPage.qml" line="206"/>
        <source>Change week %1</source>
        <translation>Endre uke %1</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="206"/>
        <source>Draft the next week</source>
        <translation>Lag utkast til neste uke</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="210"/>
        <source>Share of full time (%)</source>
        <translation>Andel av full stilling (%)</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="221"/>
        <source>Share of full time</source>
        <translation>Andel av full stilling</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="227"/>
        <location filename="../pages/ReturnPlanPage.qml" line="237"/>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="243"/>
        <source>Adapted tasks this week</source>
        <translation>Tilrettelagte oppgaver denne uka</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="250"/>
        <source>Add the week</source>
        <translation>Legg til uka</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="250"/>
        <source>Save the change</source>
        <translation>Lagre endringen</translation>
    </message>
    <message>
        <location filename="../pages/ReturnPlanPage.qml" line="265"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../app/session/Session.cpp" line="69"/>
        <source>Du har prøvd fem ganger. For sikkerhets skyld må du logge inn på nytt. Ingenting du har skrevet er borte.</source>
        <translation>Du har prøvd fem ganger. For sikkerhets skyld må du logge inn på nytt. Ingenting du har skrevet er borte.</translation>
    </message>
    <message>
        <location filename="../../app/session/SessionSignIn.cpp" line="21"/>
        <source>Skriv inn brukernavn og passord.</source>
        <translation>Skriv inn brukernavn og passord.</translation>
    </message>
    <message>
        <location filename="../../app/session/SessionSignIn.cpp" line="34"/>
        <source>Skriv inn invitasjonskode, brukernavn og passord.</source>
        <translation>Skriv inn invitasjonskode, brukernavn og passord.</translation>
    </message>
    <message>
        <location filename="../../app/session/SessionSignIn.cpp" line="70"/>
        <source>Ukjent demobruker.</source>
        <translation>Ukjent demobruker.</translation>
    </message>
    <message>
        <location filename="../../app/session/SessionStore.cpp" line="71"/>
        <source>Kunne ikke åpne dataene på enheten: %1</source>
        <translation>Kunne ikke åpne dataene på enheten: %1</translation>
    </message>
    <message>
        <location filename="../../app/session/SessionSignIn.cpp" line="125"/>
        <source>Denne enheten ble logget ut, og det som var lagret om deg her er slettet.</source>
        <translation>Denne enheten ble logget ut, og det som var lagret om deg her er slettet.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../pages/SettingsPage.qml" line="12"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="19"/>
        <source>You</source>
        <translation>Deg</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="36"/>
        <source>PIN lock</source>
        <translation>PIN-lås</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/SettingsPage.qml" line="38"/>
        <source>The app asks for your PIN when it starts and after %n minute(s) away.</source>
        <translation>
            <numerusform>Appen spør om PIN-koden når den starter og etter %n minutt borte.</numerusform>
            <numerusform>Appen spør om PIN-koden når den starter og etter %n minutter borte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="38"/>
        <source>Lock the app with a PIN, so that nobody else can read what you have written if they pick up your phone.</source>
        <translation>Lås appen med en PIN-kode, så ingen andre kan lese det du har skrevet hvis de tar telefonen din.</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="44"/>
        <source>Change PIN</source>
        <translation>Bytt PIN-kode</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="44"/>
        <source>Lock the app with a PIN</source>
        <translation>Lås appen med PIN-kode</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="49"/>
        <source>Remove the PIN</source>
        <translation>Fjern PIN-koden</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="58"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="71"/>
        <source>Same as the phone</source>
        <translation>Samme som telefonen</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="81"/>
        <source>Language: %1</source>
        <translation>Språk: %1</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="92"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="93"/>
        <source>Your training office tells you the address. You only need to change it if they ask you to.</source>
        <translation>Opplæringskontoret ditt gir deg adressen. Du trenger bare å endre den hvis de ber deg om det.</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="101"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="104"/>
        <source>Save address</source>
        <translation>Lagre adressen</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="113"/>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="125"/>
        <source>Sync now</source>
        <translation>Synkroniser nå</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="134"/>
        <location filename="../pages/SettingsPage.qml" line="151"/>
        <source>Log out</source>
        <translation>Logg ut</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="149"/>
        <source>Log out?</source>
        <translation>Logge ut?</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/SettingsPage.qml" line="156"/>
        <source>%n change(s) have not reached the server yet. If you log out now, they stay on this phone and are sent the next time you log in here.</source>
        <translation>
            <numerusform>%n endring har ikke kommet fram til serveren ennå. Logger du ut nå, blir den liggende på telefonen og sendes neste gang du logger inn her.</numerusform>
            <numerusform>%n endringer har ikke kommet fram til serveren ennå. Logger du ut nå, blir de liggende på telefonen og sendes neste gang du logger inn her.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="156"/>
        <source>Your data stays safe on the server. You can log in again at any time.</source>
        <translation>Opplysningene dine er trygt lagret på serveren. Du kan logge inn igjen når som helst.</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="163"/>
        <source>My devices</source>
        <translation>Mine enheter</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="165"/>
        <source>See where you are logged in, and log out a phone or computer you have lost.</source>
        <translation>Se hvor du er logget inn, og logg ut en telefon eller datamaskin du har mistet.</translation>
    </message>
    <message>
        <location filename="../pages/SettingsPage.qml" line="171"/>
        <source>Show my devices</source>
        <translation>Vis enhetene mine</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <location filename="../pages/SharingPage.qml" line="57"/>
        <source>Sharing</source>
        <translation>Deling</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="82"/>
        <source>Nothing about you without you. You decide what the training office and the clinic may see. You see everything yourself.</source>
        <translation>Ingenting om deg uten deg. Du bestemmer hva opplæringskontoret og klinikken får se. Selv ser du alt.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="92"/>
        <source>A parent or guardian says yes too</source>
        <translation>En forelder eller verge sier også ja</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="95"/>
        <source>Check-ins, absence and notes are about your health. When you are under %1, a parent or guardian has to agree before they are shared. That is the same for everyone under %1.</source>
        <translation>Innsjekker, fravær og notater handler om helsen din. Når du er under %1 år, må en forelder eller verge si ja før de deles. Slik er det for alle under %1.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="102"/>
        <source>You can still choose what to share. When your coordinator has noted that a parent or guardian agreed, it starts by itself. From %1 you decide on your own.</source>
        <translation>Du kan fortsatt velge hva du vil dele. Når koordinatoren din har skrevet ned at en forelder eller verge har sagt ja, starter det av seg selv. Fra %1 bestemmer du helt selv.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="136"/>
        <source>See what they see</source>
        <translation>Se det de ser</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="139"/>
        <source>See what %1 sees</source>
        <translation>Se det %1 ser</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="148"/>
        <source>Counted in the programme&apos;s figures</source>
        <translation>Telles med i programmets tall</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="150"/>
        <source>The figures show whether the programme helps apprentices like you. Nobody sees your name in them.</source>
        <translation>Tallene viser om tilbudet hjelper lærlinger som deg. Ingen ser navnet ditt i dem.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="158"/>
        <source>Count my journey in the figures</source>
        <translation>Tell med reisen min i tallene</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="167"/>
        <source>the programme</source>
        <translation>programmet</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="170"/>
        <source>You said yes. You can stop whenever you like.</source>
        <translation>Du har sagt ja. Du kan slutte når du vil.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="170"/>
        <source>This is off until you turn it on.</source>
        <translation>Dette er av til du slår det på.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="179"/>
        <source>What turning a switch off does</source>
        <translation>Hva som skjer når du slår av en bryter</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="181"/>
        <source>They stop receiving it at once, and it is deleted from their phones and computers the next time each of them connects.</source>
        <translation>De slutter å få det med en gang, og det slettes fra telefonene og datamaskinene deres neste gang hver av dem kobler seg på.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="186"/>
        <source>To be honest: a device that stays offline keeps what it had until it next connects. That is why their log-ins expire after a short time.</source>
        <translation>Ærlig talt: en enhet som holder seg frakoblet, beholder det den hadde til den kobler seg på igjen. Derfor varer innloggingen deres bare en kort stund.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="192"/>
        <source>Who has seen my data</source>
        <translation>Hvem har sett mine opplysninger</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="202"/>
        <source>My consent history</source>
        <translation>Mine samtykker over tid</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="203"/>
        <source>No changes yet.</source>
        <translation>Ingen endringer ennå.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="217"/>
        <location filename="../pages/SharingPage.qml" line="276"/>
        <source>You shared %1 with %2 until %3.</source>
        <translation>Du delte %1 med %2 til %3.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="217"/>
        <location filename="../pages/SharingPage.qml" line="276"/>
        <source>You shared %1 with %2.</source>
        <translation>Du delte %1 med %2.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="217"/>
        <source>You stopped sharing %1 with %2.</source>
        <translation>Du sluttet å dele %1 med %2.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="217"/>
        <source>You said yes to being counted in the programme&apos;s figures.</source>
        <translation>Du sa ja til å telles med i programmets tall.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="217"/>
        <source>You stopped being counted in the programme&apos;s figures.</source>
        <translation>Du sluttet å telles med i programmets tall.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="227"/>
        <source>What you were shown</source>
        <translation>Det du fikk se</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="258"/>
        <source>Receipt</source>
        <translation>Kvittering</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="265"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="282"/>
        <source>This is what you were shown:</source>
        <translation>Dette fikk du se:</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="294"/>
        <source>Shown %1 on %2. Text version %3.</source>
        <translation>Vist %1 på %2. Tekstversjon %3.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="319"/>
        <source>Share %1 with %2?</source>
        <translation>Dele %1 med %2?</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="319"/>
        <source>Stop sharing %1 with %2?</source>
        <translation>Slutte å dele %1 med %2?</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="319"/>
        <source>Count your journey in the figures?</source>
        <translation>Telle med reisen din i tallene?</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="319"/>
        <source>Stop being counted?</source>
        <translation>Slutte å telles med?</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="331"/>
        <source>Share</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="331"/>
        <source>Stop sharing</source>
        <translation>Slutt å dele</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="331"/>
        <source>Yes, count me</source>
        <translation>Ja, tell meg med</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="331"/>
        <source>Stop</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="348"/>
        <source>%1 can no longer see your %2. What they already received is deleted from their devices the next time they connect.</source>
        <translation>%1 kan ikke lenger se %2 dine. Det de allerede har fått, slettes fra enhetene deres neste gang de kobler seg på.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="348"/>
        <source>New figures will not count your journey. Figures already made stay as they are, and they never show who you are.</source>
        <translation>Nye tall teller ikke med reisen din. Tall som alt er laget, blir som de er. De viser aldri hvem du er.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="355"/>
        <source>It starts when a parent or guardian has also said yes.</source>
        <translation>Det starter når en forelder eller verge også har sagt ja.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="365"/>
        <source>Stop by itself on a date</source>
        <translation>Stopp av seg selv på en dato</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="373"/>
        <source>Shared until</source>
        <translation>Delt til og med</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="379"/>
        <source>We suggest the end of this phase. Its end date is not set yet, so we suggest three months. You can change it, or turn sharing off whenever you like.</source>
        <translation>Vi foreslår slutten av denne fasen. Sluttdatoen er ikke satt ennå, så vi foreslår tre måneder. Du kan endre datoen, eller slå av delingen når du vil.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="379"/>
        <source>We suggest the expected end of this phase (%1). You can change it, or turn sharing off whenever you like.</source>
        <translation>Vi foreslår forventet slutt på denne fasen (%1). Du kan endre datoen, eller slå av delingen når du vil.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPage.qml" line="387"/>
        <source>A device that stays offline keeps what it had until it next connects.</source>
        <translation>En enhet som holder seg frakoblet, beholder det den hadde til den kobler seg på igjen.</translation>
    </message>
</context>
<context>
    <name>SharingPreviewPage</name>
    <message>
        <location filename="../pages/SharingPreviewPage.qml" line="43"/>
        <source>Shared with %1, waiting for a parent&apos;s or guardian&apos;s yes. Nothing is sent before that.</source>
        <translation>Delt med %1, venter på ja fra en forelder eller verge. Ingenting sendes før det.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPreviewPage.qml" line="44"/>
        <source>Not shared with %1.</source>
        <translation>Ikke delt med %1.</translation>
    </message>
    <message>
        <location filename="../pages/SharingPreviewPage.qml" line="47"/>
        <source>What they see</source>
        <translation>Det de ser</translation>
    </message>
    <message>
        <location filename="../pages/SharingPreviewPage.qml" line="79"/>
        <source>Training office</source>
        <translation>Opplæringskontoret</translation>
    </message>
    <message>
        <location filename="../pages/SharingPreviewPage.qml" line="80"/>
        <source>See what the training office sees</source>
        <translation>Se det opplæringskontoret ser</translation>
    </message>
    <message>
        <location filename="../pages/SharingPreviewPage.qml" line="84"/>
        <source>Clinic</source>
        <translation>Klinikken</translation>
    </message>
    <message>
        <location filename="../pages/SharingPreviewPage.qml" line="85"/>
        <source>See what the clinic sees</source>
        <translation>Se det klinikken ser</translation>
    </message>
    <message>
        <location filename="../pages/SharingPreviewPage.qml" line="91"/>
        <source>This is what %1 sees about you right now. Change it under Sharing.</source>
        <translation>Dette er det %1 ser om deg akkurat nå. Du endrer det under Deling.</translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <location filename="../components/StepDelegate.qml" line="50"/>
        <source>%1 suggests a step:</source>
        <translation>%1 foreslår et steg:</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="50"/>
        <source>A helper</source>
        <translation>En hjelper</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="50"/>
        <source>%1 suggested this. The apprentice said no thanks.</source>
        <translation>%1 foreslo dette. Lærlingen sa nei takk.</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="69"/>
        <source>Done</source>
        <translation>Gjort</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="69"/>
        <source>Not done yet</source>
        <translation>Ikke gjort ennå</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="97"/>
        <source>The step in your own words</source>
        <translation>Steget med dine egne ord</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="105"/>
        <source>Remove step: %1</source>
        <translation>Fjern steg: %1</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="111"/>
        <source>Why: %1</source>
        <translation>Hvorfor: %1</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="127"/>
        <source>Take it</source>
        <translation>Ta det med</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="127"/>
        <source>Take it in my words</source>
        <translation>Ta det med, i mine ord</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="130"/>
        <source>Take the suggested step: %1</source>
        <translation>Ta med det foreslåtte steget: %1</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="142"/>
        <source>Change the words first</source>
        <translation>Endre ordene først</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="145"/>
        <source>Change the words of the suggested step first: %1</source>
        <translation>Endre ordene i det foreslåtte steget først: %1</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="154"/>
        <source>No thanks</source>
        <translation>Nei takk</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="157"/>
        <source>Decline the suggested step: %1</source>
        <translation>Si nei takk til det foreslåtte steget: %1</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="169"/>
        <source>Waiting for the apprentice to answer.</source>
        <translation>Venter på svar fra lærlingen.</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="178"/>
        <source>Withdraw</source>
        <translation>Trekk tilbake</translation>
    </message>
    <message>
        <location filename="../components/StepDelegate.qml" line="181"/>
        <source>Withdraw your suggestion: %1</source>
        <translation>Trekk tilbake forslaget ditt: %1</translation>
    </message>
</context>
<context>
    <name>SuggestedGoalDelegate</name>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="42"/>
        <source>%1 suggested this goal. The apprentice said no thanks.</source>
        <translation>%1 foreslo dette målet. Lærlingen sa nei takk.</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="42"/>
        <source>A helper</source>
        <translation>En hjelper</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="42"/>
        <source>%1 suggests a goal:</source>
        <translation>%1 foreslår et mål:</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="65"/>
        <source>The goal in your own words</source>
        <translation>Målet med dine egne ord</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="69"/>
        <source>Why: %1</source>
        <translation>Hvorfor: %1</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="81"/>
        <source>Take it in my words</source>
        <translation>Ta det med, i mine ord</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="81"/>
        <source>Take it</source>
        <translation>Ta det med</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="84"/>
        <source>Take the suggested goal: %1</source>
        <translation>Ta det foreslåtte målet: %1</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="93"/>
        <source>Change the words first</source>
        <translation>Endre ordene først</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="96"/>
        <source>Change the words of the suggested goal first: %1</source>
        <translation>Endre ordene i det foreslåtte målet først: %1</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="105"/>
        <source>No thanks</source>
        <translation>Nei takk</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="108"/>
        <source>Decline the suggested goal: %1</source>
        <translation>Si nei takk til det foreslåtte målet: %1</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="119"/>
        <source>Waiting for the apprentice to answer.</source>
        <translation>Venter på svar fra lærlingen.</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="128"/>
        <source>Withdraw</source>
        <translation>Trekk tilbake</translation>
    </message>
    <message>
        <location filename="../components/SuggestedGoalDelegate.qml" line="131"/>
        <source>Withdraw your suggestion: %1</source>
        <translation>Trekk tilbake forslaget ditt: %1</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <location filename="../../app/sync/SyncClient.cpp" line="50"/>
        <location filename="../../app/sync/SyncClient.cpp" line="364"/>
        <source>Uventet svar fra serveren.</source>
        <translation>Uventet svar fra serveren.</translation>
    </message>
    <message>
        <location filename="../../app/sync/SyncClient.cpp" line="317"/>
        <source>Forbindelsen til serveren ble brutt. Prøv igjen.</source>
        <translation>Forbindelsen til serveren ble brutt. Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../app/sync/SyncClient.cpp" line="318"/>
        <location filename="../../app/sync/SyncClient.cpp" line="327"/>
        <source>Fikk ikke kontakt med serveren (%1).</source>
        <translation>Fikk ikke kontakt med serveren (%1).</translation>
    </message>
    <message>
        <location filename="../../app/sync/SyncClient.cpp" line="373"/>
        <source>Kunne ikke lagre på enheten: %1</source>
        <translation>Kunne ikke lagre på enheten: %1</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../components/SyncIndicator.qml" line="23"/>
        <source>Sync state: %1. Tap to sync now.</source>
        <translation>Synkronisering: %1. Trykk for å synkronisere nå.</translation>
    </message>
</context>
<context>
    <name>TextButton</name>
    <message>
        <location filename="../components/TextButton.qml" line="20"/>
        <source>Not available yet</source>
        <translation>Ikke tilgjengelig ennå</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../pages/TodayPage.qml" line="50"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="108"/>
        <source>Hi, %1</source>
        <translation>Hei, %1</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="176"/>
        <source>You have checked in today</source>
        <translation>Du har sjekket inn i dag</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="176"/>
        <source>How are you today?</source>
        <translation>Hvordan har du det i dag?</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="177"/>
        <source>Thank you. You can look at your trend whenever you like.</source>
        <translation>Takk. Du kan se på utviklingen din når du vil.</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="177"/>
        <source>A check-in takes less than 30 seconds. It helps you and your helpers see how things are going.</source>
        <translation>En innsjekk tar under 30 sekunder. Den hjelper deg og hjelperne dine å se hvordan det går.</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="180"/>
        <source>See my trend</source>
        <translation>Se utviklingen min</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="180"/>
        <source>Check in now</source>
        <translation>Sjekk inn nå</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="194"/>
        <source>Next meeting</source>
        <translation>Neste møte</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="202"/>
        <source>Add what you want to talk about</source>
        <translation>Legg til det du vil snakke om</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="218"/>
        <source>A suggestion for you</source>
        <translation>Et forslag til deg</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="218"/>
        <source>%1 suggestions for you</source>
        <translation>%1 forslag til deg</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="219"/>
        <source>Your helpers have an idea. You decide whether it becomes yours.</source>
        <translation>Hjelperne dine har en idé. Du bestemmer om den blir din.</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="222"/>
        <source>Look at it</source>
        <translation>Se på det</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="222"/>
        <source>Look at them</source>
        <translation>Se på dem</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="240"/>
        <source>Where you are now</source>
        <translation>Der du er nå</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="251"/>
        <source>Since %1</source>
        <translation>Siden %1</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="273"/>
        <source>Responsible now</source>
        <translation>Ansvarlig nå</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="297"/>
        <source>See the whole journey</source>
        <translation>Se hele reisen</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="309"/>
        <source>Your next step</source>
        <translation>Ditt neste steg</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="312"/>
        <source>You have no goals yet. What do you want to achieve?</source>
        <translation>Du har ingen mål ennå. Hva vil du oppnå?</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="312"/>
        <source>No open steps right now. Add a step to one of your goals.</source>
        <translation>Ingen åpne steg akkurat nå. Legg til et steg i et av målene dine.</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="325"/>
        <source>Mark as done: %1</source>
        <translation>Merk som gjort: %1</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="334"/>
        <source>For your goal: %1</source>
        <translation>For målet ditt: %1</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="345"/>
        <source>Towards your trade certificate (fagbrev): %1 of %2 steps</source>
        <translation>På vei mot fagbrevet: %1 av %2 steg</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="355"/>
        <source>Progress towards the trade certificate</source>
        <translation>Fremdrift mot fagbrevet</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="359"/>
        <source>Go to my goals</source>
        <translation>Gå til målene mine</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="370"/>
        <source>Away from work?</source>
        <translation>Borte fra jobb?</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="371"/>
        <source>Write down an absence while you remember it. You decide who sees it.</source>
        <translation>Skriv ned fraværet mens du husker det. Du bestemmer hvem som ser det.</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="373"/>
        <source>Record absence</source>
        <translation>Registrer fravær</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="385"/>
        <source>On this phone</source>
        <translation>På denne telefonen</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="385"/>
        <source>On this device</source>
        <translation>På denne enheten</translation>
    </message>
    <message>
        <location filename="../pages/TodayPage.qml" line="386"/>
        <source>Everything you do is saved here and sent when you are online again.</source>
        <translation>Alt du gjør, lagres her og sendes når du er på nett igjen.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../components/TrendChart.qml" line="46"/>
        <source>going up</source>
        <translation>på vei opp</translation>
    </message>
    <message>
        <location filename="../components/TrendChart.qml" line="46"/>
        <source>going down</source>
        <translation>på vei ned</translation>
    </message>
    <message>
        <location filename="../components/TrendChart.qml" line="46"/>
        <source>about the same</source>
        <translation>omtrent likt</translation>
    </message>
    <message>
        <location filename="../components/TrendChart.qml" line="51"/>
        <source>%1: no check-ins in this period</source>
        <translation>%1: ingen innsjekker i denne perioden</translation>
    </message>
    <message>
        <location filename="../components/TrendChart.qml" line="51"/>
        <source>%1: %2 check-ins, average %3, last %4</source>
        <translation>%1: %2 innsjekker, snitt %3, siste %4</translation>
    </message>
    <message>
        <location filename="../components/TrendChart.qml" line="67"/>
        <source>average %1</source>
        <translation>snitt %1</translation>
    </message>
    <message>
        <location filename="../components/TrendChart.qml" line="154"/>
        <source>No check-ins yet in this period</source>
        <translation>Ingen innsjekker ennå i denne perioden</translation>
    </message>
    <message>
        <location filename="../components/TrendChart.qml" line="173"/>
        <source>today</source>
        <translation>i dag</translation>
    </message>
</context>
<context>
    <name>Ui</name>
    <message>
        <location filename="../components/Ui.qml" line="136"/>
        <source>Shared with %1, waiting for a parent&apos;s or guardian&apos;s yes. Because of the apprentice&apos;s age, it starts when the coordinator has noted that a parent or guardian agreed.</source>
        <translation>Delt med %1, venter på ja fra en forelder eller verge. På grunn av lærlingens alder starter det når koordinatoren har skrevet ned at en forelder eller verge har sagt ja.</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="144"/>
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="146"/>
        <source>Accepted by the clinic</source>
        <translation>Tatt imot av klinikken</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="148"/>
        <source>Stay started</source>
        <translation>Opphold startet</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="150"/>
        <source>Stay completed</source>
        <translation>Opphold fullført</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="152"/>
        <source>In training after 6 months</source>
        <translation>I opplæring etter 6 måneder</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="154"/>
        <source>In training after 12 months</source>
        <translation>I opplæring etter 12 måneder</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="156"/>
        <source>Trade certificate</source>
        <translation>Fagbrev</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="163"/>
        <source>Goals and steps</source>
        <translation>Mål og steg</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="165"/>
        <source>Check-ins</source>
        <translation>Innsjekker</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="167"/>
        <source>Absence</source>
        <translation>Fravær</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="169"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="171"/>
        <source>Journey and phases</source>
        <translation>Reise og faser</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="173"/>
        <source>Programme figures</source>
        <translation>Programmets tall</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="178"/>
        <source>the clinic</source>
        <translation>klinikken</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="178"/>
        <source>the training office</source>
        <translation>opplæringskontoret</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="181"/>
        <source>The clinic</source>
        <translation>Klinikken</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="181"/>
        <source>The training office</source>
        <translation>Opplæringskontoret</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="186"/>
        <source>Apprentice</source>
        <translation>Lærling</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="188"/>
        <source>Adviser</source>
        <translation>Rådgiver</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="190"/>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="192"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="205"/>
        <source>a goal</source>
        <translation>et mål</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="208"/>
        <source>a step</source>
        <translation>et steg</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="210"/>
        <source>a check-in</source>
        <translation>en innsjekk</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="212"/>
        <source>an absence</source>
        <translation>et fravær</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="214"/>
        <source>a note</source>
        <translation>et notat</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="217"/>
        <source>a message</source>
        <translation>en melding</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="219"/>
        <source>what you share</source>
        <translation>det du deler</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="223"/>
        <source>the journey</source>
        <translation>reisen</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="230"/>
        <source>Sick</source>
        <translation>Syk</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="232"/>
        <source>Sick child</source>
        <translation>Sykt barn</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="234"/>
        <source>Appointment</source>
        <translation>Avtale (lege o.l.)</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="236"/>
        <source>Personal</source>
        <translation>Personlig</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="238"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="245"/>
        <source>Mood</source>
        <translation>Humør</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="247"/>
        <source>Energy</source>
        <translation>Energi</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="249"/>
        <source>Sleep</source>
        <translation>Søvn</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="251"/>
        <source>Pain</source>
        <translation>Smerte</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="253"/>
        <source>How work went</source>
        <translation>Hvordan jobben gikk</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="260"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="262"/>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="264"/>
        <source>Achieved</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="266"/>
        <source>Dropped</source>
        <translation>Droppet</translation>
    </message>
    <message numerus="yes">
        <location filename="../components/Ui.qml" line="273"/>
        <source>Offline – %n change(s) waiting</source>
        <translation>
            <numerusform>Frakoblet – %n endring venter</numerusform>
            <numerusform>Frakoblet – %n endringer venter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="273"/>
        <source>Offline – everything is saved here</source>
        <translation>Frakoblet – alt er lagret her</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="275"/>
        <source>Connecting…</source>
        <translation>Kobler til …</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="277"/>
        <source>Syncing…</source>
        <translation>Synkroniserer …</translation>
    </message>
    <message numerus="yes">
        <location filename="../components/Ui.qml" line="279"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n endring venter</numerusform>
            <numerusform>%n endringer venter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="279"/>
        <location filename="../components/Ui.qml" line="285"/>
        <source>Up to date</source>
        <translation>Oppdatert</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="285"/>
        <source>Offline</source>
        <translation>Frakoblet</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="285"/>
        <source>Connecting</source>
        <translation>Kobler til</translation>
    </message>
    <message>
        <location filename="../components/Ui.qml" line="285"/>
        <source>Syncing</source>
        <translation>Synkroniserer</translation>
    </message>
</context>
<context>
    <name>UpcomingMeetings</name>
    <message>
        <location filename="../components/UpcomingMeetings.qml" line="18"/>
        <source>Upcoming meetings</source>
        <translation>Kommende møter</translation>
    </message>
    <message>
        <location filename="../components/UpcomingMeetings.qml" line="19"/>
        <source>No meetings planned.</source>
        <translation>Ingen møter er planlagt.</translation>
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
        <translation>Vis alle %1</translation>
    </message>
</context>
<context>
    <name>YearReport</name>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="29"/>
        <source>(Ikke skrevet ennå.)</source>
        <translation>(Ikke skrevet ennå.)</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="54"/>
        <source>Henvist</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="56"/>
        <source>Tatt imot av klinikken</source>
        <translation>Tatt imot av klinikken</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="58"/>
        <source>Opphold startet</source>
        <translation>Opphold startet</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="60"/>
        <source>Opphold fullført</source>
        <translation>Opphold fullført</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="62"/>
        <source>I opplæring etter 6 måneder</source>
        <translation>I opplæring etter 6 måneder</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="64"/>
        <source>I opplæring etter 12 måneder</source>
        <translation>I opplæring etter 12 måneder</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="66"/>
        <location filename="../../app/print/YearReport.cpp" line="258"/>
        <source>Fagbrev</source>
        <translation>Fagbrev</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="73"/>
        <source>Slutten av oppholdet</source>
        <translation>Slutten av oppholdet</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="75"/>
        <source>Etter 3 måneder</source>
        <translation>Etter 3 måneder</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="77"/>
        <source>Etter 6 måneder</source>
        <translation>Etter 6 måneder</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="78"/>
        <source>Etter 12 måneder</source>
        <translation>Etter 12 måneder</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="84"/>
        <source>under 5 svar</source>
        <translation>under 5 svar</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="87"/>
        <source>%1 (%2 svar)</source>
        <translation>%1 (%2 svar)</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="165"/>
        <location filename="../../app/print/YearReport.cpp" line="294"/>
        <source>Årsrapport %1</source>
        <translation>Årsrapport %1</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="168"/>
        <source>Bakgrunn</source>
        <translation>Bakgrunn</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="170"/>
        <source>Mål</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="173"/>
        <source>Tallene er ikke hentet fra serveren ennå.</source>
        <translation>Tallene er ikke hentet fra serveren ennå.</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="177"/>
        <source>Resultat:</source>
        <translation>Resultat:</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="180"/>
        <source>Hvor mange som ble henvist i %1, er skjult for å verne små tall.</source>
        <translation>Hvor mange som ble henvist i %1, er skjult for å verne små tall.</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="217"/>
        <source>Ventetid fra henvisning til opphold (median): %1 dager (%2).</source>
        <translation>Ventetid fra henvisning til opphold (median): %1 dager (%2).</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="221"/>
        <source>%1 opphold</source>
        <translation>%1 opphold</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="223"/>
        <source>5 opphold eller flere</source>
        <translation>5 opphold eller flere</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="183"/>
        <source>I %1 ble %2 lærlinger henvist.</source>
        <translation>I %1 ble %2 lærlinger henvist.</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="185"/>
        <source>Målet er %1 i året.</source>
        <translation>Målet er %1 i året.</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="188"/>
        <source>Fagbrev i løpet av året: %1.</source>
        <translation>Fagbrev i løpet av året: %1.</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="192"/>
        <source>Delmål 1</source>
        <translation>Delmål 1</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="194"/>
        <source>Delmål 2</source>
        <translation>Delmål 2</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="196"/>
        <source>Fra henvisning til fagbrev, %1</source>
        <translation>Fra henvisning til fagbrev, %1</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="213"/>
        <source>Målet er %1 henviste i året.</source>
        <translation>Målet er %1 henviste i året.</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="224"/>
        <source>For få opphold i %1 til å vise ventetiden.</source>
        <translation>For få opphold i %1 til å vise ventetiden.</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="226"/>
        <source>Lærlingenes egne svar, alle år</source>
        <translation>Lærlingenes egne svar, alle år</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="230"/>
        <source>Når</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="230"/>
        <source>Arbeidsevne, endring (0–10)</source>
        <translation>Arbeidsevne, endring (0–10)</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="231"/>
        <source>Egne mål (−2 til +2)</source>
        <translation>Egne mål (−2 til +2)</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="250"/>
        <source>Hvert svar er sammenlignet med den samme lærlingens svar før oppholdet.</source>
        <translation>Hvert svar er sammenlignet med den samme lærlingens svar før oppholdet.</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="253"/>
        <source>Hvert års lærlinger: hvor er de nå?</source>
        <translation>Hvert års lærlinger: hvor er de nå?</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="258"/>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="258"/>
        <source>Startet</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="258"/>
        <source>Måltall</source>
        <translation>Måltall</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="259"/>
        <source>Fortsatt i læretiden</source>
        <translation>Fortsatt i læretiden</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="259"/>
        <source>Avsluttet tidlig</source>
        <translation>Avsluttet tidlig</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="278"/>
        <source>Delmål 3</source>
        <translation>Delmål 3</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="280"/>
        <source>Om tallene</source>
        <translation>Om tallene</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="281"/>
        <source>Bare lærlinger som har sagt ja til å telles med, er med. Et tall under 5 vises som «under 5», og noen tall er skjult, så et lite tall ikke kan regnes ut fra de andre. Et snitt vises bare når minst 5 har svart.</source>
        <translation>Bare lærlinger som har sagt ja til å telles med, er med. Et tall under 5 vises som «under 5», og noen tall er skjult, så et lite tall ikke kan regnes ut fra de andre. Et snitt vises bare når minst 5 har svart.</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="291"/>
        <source>Bare koordinatoren lager årsrapporten.</source>
        <translation>Bare koordinatoren lager årsrapporten.</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="295"/>
        <source>Laget av %1, %2</source>
        <translation>Laget av %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/print/YearReport.cpp" line="298"/>
        <source>Bare tall: ingen navn, og ingen tall under 5.</source>
        <translation>Bare tall: ingen navn, og ingen tall under 5.</translation>
    </message>
</context>
<context>
    <name>YearReportCard</name>
    <message>
        <location filename="../components/YearReportCard.qml" line="20"/>
        <source>The year&apos;s report, %1</source>
        <translation>Årsrapporten for %1</translation>
    </message>
    <message>
        <location filename="../components/YearReportCard.qml" line="21"/>
        <source>Write the text parts here, in the pilot report&apos;s order. Bro fills in the figures and the charts.</source>
        <translation>Skriv tekstdelene her, i samme rekkefølge som pilotrapporten. Bro fyller inn tallene og figurene.</translation>
    </message>
    <message>
        <location filename="../components/YearReportCard.qml" line="24"/>
        <source>Background</source>
        <translation>Bakgrunn</translation>
    </message>
    <message>
        <location filename="../components/YearReportCard.qml" line="33"/>
        <location filename="../components/YearReportCard.qml" line="50"/>
        <location filename="../components/YearReportCard.qml" line="67"/>
        <location filename="../components/YearReportCard.qml" line="84"/>
        <location filename="../components/YearReportCard.qml" line="101"/>
        <source>Write a few sentences …</source>
        <translation>Skriv noen setninger …</translation>
    </message>
    <message>
        <location filename="../components/YearReportCard.qml" line="41"/>
        <source>Main aim</source>
        <translation>Hovedmål</translation>
    </message>
    <message>
        <location filename="../components/YearReportCard.qml" line="58"/>
        <source>Sub-aim 1: one journey for the apprentice</source>
        <translation>Delmål 1: én sammenhengende reise for lærlingen</translation>
    </message>
    <message>
        <location filename="../components/YearReportCard.qml" line="75"/>
        <source>Sub-aim 2: results and effects</source>
        <translation>Delmål 2: resultater og effekter</translation>
    </message>
    <message>
        <location filename="../components/YearReportCard.qml" line="92"/>
        <source>Sub-aim 3: what others can use</source>
        <translation>Delmål 3: det andre kan bruke</translation>
    </message>
    <message>
        <location filename="../components/YearReportCard.qml" line="109"/>
        <location filename="../components/YearReportCard.qml" line="119"/>
        <source>Save the report as PDF</source>
        <translation>Lagre rapporten som PDF</translation>
    </message>
    <message>
        <location filename="../components/YearReportCard.qml" line="122"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../components/YearReportCard.qml" line="125"/>
        <source>Saved to %1</source>
        <translation>Lagret i %1</translation>
    </message>
</context>
<context>
    <name>errortext</name>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="29"/>
        <source>Steget</source>
        <translation>Steget</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="29"/>
        <source>Tittelen</source>
        <translation>Tittelen</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="31"/>
        <source>Hvorfor</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="33"/>
        <source>Statusen</source>
        <translation>Statusen</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="35"/>
        <source>Plasseringen</source>
        <translation>Plasseringen</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="37"/>
        <source>Datoen</source>
        <translation>Datoen</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="39"/>
        <source>Humøret</source>
        <translation>Humøret</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="41"/>
        <source>Energien</source>
        <translation>Energien</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="43"/>
        <source>Søvnen</source>
        <translation>Søvnen</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="45"/>
        <source>Smerten</source>
        <translation>Smerten</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="47"/>
        <source>Hvordan jobben gikk</source>
        <translation>Hvordan jobben gikk</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="49"/>
        <source>Notatet</source>
        <translation>Notatet</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="51"/>
        <source>Meldingen</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="51"/>
        <source>Teksten</source>
        <translation>Teksten</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="53"/>
        <source>Første dag</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="55"/>
        <source>Siste dag</source>
        <translation>Siste dag</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="57"/>
        <source>Typen fravær</source>
        <translation>Typen fravær</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="59"/>
        <source>Om det gjelder helse</source>
        <translation>Om det gjelder helse</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="61"/>
        <source>Sluttdatoen</source>
        <translation>Sluttdatoen</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="63"/>
        <source>Kategorien</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="65"/>
        <source>Fasen</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="67"/>
        <source>Sjekklisten</source>
        <translation>Sjekklisten</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="81"/>
        <source>Siste dag kan ikke være før første dag.</source>
        <translation>Siste dag kan ikke være før første dag.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="83"/>
        <location filename="../../app/store/ErrorText.cpp" line="85"/>
        <source>%1 må fylles ut.</source>
        <translation>%1 må fylles ut.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="87"/>
        <source>%1 er for kort.</source>
        <translation>%1 er for kort.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="89"/>
        <source>%1 har for mange tegn (høyst %2).</source>
        <translation>%1 har for mange tegn (høyst %2).</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="91"/>
        <source>%1 må være mellom %2 og %3.</source>
        <translation>%1 må være mellom %2 og %3.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="93"/>
        <source>%1 kan høyst være %2.</source>
        <translation>%1 kan høyst være %2.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="95"/>
        <source>%1 må være et helt tall.</source>
        <translation>%1 må være et helt tall.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="97"/>
        <source>%1 må være en gyldig dato.</source>
        <translation>%1 må være en gyldig dato.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="99"/>
        <source>%1 må være et gyldig tidspunkt.</source>
        <translation>%1 må være et gyldig tidspunkt.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="101"/>
        <source>%1 må være ja eller nei.</source>
        <translation>%1 må være ja eller nei.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="103"/>
        <source>%1 har en verdi som ikke er tillatt.</source>
        <translation>%1 har en verdi som ikke er tillatt.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="105"/>
        <source>%1 må være tekst.</source>
        <translation>%1 må være tekst.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="107"/>
        <source>%1 inneholder ugyldige tegn.</source>
        <translation>%1 inneholder ugyldige tegn.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="109"/>
        <source>%1 har for høy verdi.</source>
        <translation>%1 har for høy verdi.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="111"/>
        <source>Ukjent felt: %1.</source>
        <translation>Ukjent felt: %1.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="112"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="124"/>
        <source>Målet er lærlingens eget, med lærlingens egne ord. Bare lærlingen kan endre eller slette det. Du kan foreslå et steg i stedet.</source>
        <translation>Målet er lærlingens eget, med lærlingens egne ord. Bare lærlingen kan endre eller slette det. Du kan foreslå et steg i stedet.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="127"/>
        <source>Steget er lærlingens eget. Bare lærlingen kan endre eller slette det.</source>
        <translation>Steget er lærlingens eget. Bare lærlingen kan endre eller slette det.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="129"/>
        <source>Du kan foreslå mål og steg, men ikke legge dem til selv. Lærlingen bestemmer om forslaget blir deres.</source>
        <translation>Du kan foreslå mål og steg, men ikke legge dem til selv. Lærlingen bestemmer om forslaget blir deres.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="132"/>
        <source>Bare lærlingen kan ta imot eller si nei takk til et forslag.</source>
        <translation>Bare lærlingen kan ta imot eller si nei takk til et forslag.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="134"/>
        <source>Innsjekkene er lærlingens egne. Bare lærlingen kan endre dem.</source>
        <translation>Innsjekkene er lærlingens egne. Bare lærlingen kan endre dem.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="136"/>
        <source>Fraværsmeldingene er lærlingens egne. Bare lærlingen kan endre dem.</source>
        <translation>Fraværsmeldingene er lærlingens egne. Bare lærlingen kan endre dem.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="138"/>
        <source>Du kan bare endre dine egne notater.</source>
        <translation>Du kan bare endre dine egne notater.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="140"/>
        <source>Du kan bare endre dine egne kommentarer.</source>
        <translation>Du kan bare endre dine egne kommentarer.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="142"/>
        <source>Møtene settes opp av hjelperne. Du kan legge til det du vil snakke om.</source>
        <translation>Møtene settes opp av hjelperne. Du kan legge til det du vil snakke om.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="144"/>
        <source>Du kan bare endre dine egne saker på sakslista.</source>
        <translation>Du kan bare endre dine egne saker på sakslista.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="146"/>
        <source>Referatet skrives av hjelperne. Du kan si om du er enig, eller skrive hva du ser annerledes.</source>
        <translation>Referatet skrives av hjelperne. Du kan si om du er enig, eller skrive hva du ser annerledes.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="149"/>
        <source>Avtalte oppgaver skrives ned av hjelperne.</source>
        <translation>Avtalte oppgaver skrives ned av hjelperne.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="151"/>
        <source>Bare lærlingen kan si om de er enige i referatet.</source>
        <translation>Bare lærlingen kan si om de er enige i referatet.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="153"/>
        <source>Klinikken lager utkastet til opptrappingsplanen. Bare lærlingen svarer på den.</source>
        <translation>Klinikken lager utkastet til opptrappingsplanen. Bare lærlingen svarer på den.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="156"/>
        <source>Du kan bare skrive i ditt eget navn.</source>
        <translation>Du kan bare skrive i ditt eget navn.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="157"/>
        <source>Du har ikke lov til å gjøre denne endringen.</source>
        <translation>Du har ikke lov til å gjøre denne endringen.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="160"/>
        <location filename="../../app/store/ErrorText.cpp" line="240"/>
        <source>Serveren godtok ikke endringen: %1</source>
        <translation>Serveren godtok ikke endringen: %1</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="162"/>
        <source>Klokka på enheten går feil. Sjekk dato og tid.</source>
        <translation>Klokka på enheten går feil. Sjekk dato og tid.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="164"/>
        <source>Serveren er full. Prøv igjen senere.</source>
        <translation>Serveren er full. Prøv igjen senere.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="166"/>
        <source>Serveren får ikke lagret akkurat nå. Det du har skrevet er trygt på enheten og sendes av seg selv når serveren er tilbake.</source>
        <translation>Serveren får ikke lagret akkurat nå. Det du har skrevet er trygt på enheten og sendes av seg selv når serveren er tilbake.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="169"/>
        <source>Feil brukernavn eller passord.</source>
        <translation>Feil brukernavn eller passord.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="171"/>
        <source>Invitasjonskoden er ugyldig eller brukt.</source>
        <translation>Invitasjonskoden er ugyldig eller brukt.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="173"/>
        <source>For mange forsøk. Vent litt og prøv igjen.</source>
        <translation>For mange forsøk. Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="175"/>
        <source>Du må logge inn på nytt.</source>
        <translation>Du må logge inn på nytt.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="177"/>
        <source>Appen er for gammel for serveren. Oppdater appen.</source>
        <translation>Appen er for gammel for serveren. Oppdater appen.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="180"/>
        <source>Innloggingen mislyktes. Prøv igjen.</source>
        <translation>Innloggingen mislyktes. Prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="182"/>
        <source>Innloggingstjenesten svarer ikke akkurat nå. Prøv igjen om litt.</source>
        <translation>Innloggingstjenesten svarer ikke akkurat nå. Prøv igjen om litt.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="193"/>
        <source>Vi fant deg ikke. Første gang trenger du invitasjonskoden fra koordinatoren.</source>
        <translation>Vi fant deg ikke. Første gang trenger du invitasjonskoden fra koordinatoren.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="195"/>
        <source>Invitasjonskoden virker ikke. Spør koordinatoren om en ny.</source>
        <translation>Invitasjonskoden virker ikke. Spør koordinatoren om en ny.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="205"/>
        <source>Bare koordinatoren kan se og endre organisasjoner, personer og team.</source>
        <translation>Bare koordinatoren kan se og endre organisasjoner, personer og team.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="212"/>
        <source>Det finnes allerede en med samme id.</source>
        <translation>Det finnes allerede en med samme id.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="214"/>
        <source>Lærlingen har allerede en sak.</source>
        <translation>Lærlingen har allerede en sak.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="216"/>
        <source>Velg en lærling.</source>
        <translation>Velg en lærling.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="218"/>
        <source>Velg et opplæringskontor.</source>
        <translation>Velg et opplæringskontor.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="220"/>
        <source>Velg en klinikk.</source>
        <translation>Velg en klinikk.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="222"/>
        <source>En rådgiver må høre til et opplæringskontor.</source>
        <translation>En rådgiver må høre til et opplæringskontor.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="224"/>
        <source>En behandler må høre til en klinikk.</source>
        <translation>En behandler må høre til en klinikk.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="226"/>
        <source>En koordinator må høre til programmet.</source>
        <translation>En koordinator må høre til programmet.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="228"/>
        <source>En lærling hører ikke til en organisasjon.</source>
        <translation>En lærling hører ikke til en organisasjon.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="230"/>
        <source>Personen jobber verken ved lærlingens opplæringskontor eller klinikk.</source>
        <translation>Personen jobber verken ved lærlingens opplæringskontor eller klinikk.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="232"/>
        <source>Bare rådgivere og behandlere kan være med i teamet.</source>
        <translation>Bare rådgivere og behandlere kan være med i teamet.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="234"/>
        <source>Personen er allerede med i teamet.</source>
        <translation>Personen er allerede med i teamet.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="236"/>
        <source>Personen er ikke med i teamet.</source>
        <translation>Personen er ikke med i teamet.</translation>
    </message>
    <message>
        <location filename="../../app/store/ErrorText.cpp" line="238"/>
        <source>Personen har allerede en konto og trenger ingen invitasjonskode.</source>
        <translation>Personen har allerede en konto og trenger ingen invitasjonskode.</translation>
    </message>
</context>
<context>
    <name>pinrules</name>
    <message>
        <location filename="../../app/lock/PinRules.cpp" line="44"/>
        <source>Koden må ha minst seks tall.</source>
        <translation>Koden må ha minst seks tall.</translation>
    </message>
    <message>
        <location filename="../../app/lock/PinRules.cpp" line="47"/>
        <source>Koden kan bare ha tall.</source>
        <translation>Koden kan bare ha tall.</translation>
    </message>
    <message>
        <location filename="../../app/lock/PinRules.cpp" line="59"/>
        <source>Den koden er lett å gjette. Velg seks andre tall.</source>
        <translation>Den koden er lett å gjette. Velg seks andre tall.</translation>
    </message>
</context>
</TS>
