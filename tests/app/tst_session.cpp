// Session: the offline demo sign-in the QML tests use, restoring the signed-in person on the next
// start, signing out, the server address, the language setting and how the app looks.

#include "AppFixture.h"
#include "TestSupport.h"
#include "models/GoalsModel.h"
#include "session/Appearance.h"
#include "session/Translator.h"

#include <QFile>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <cmath>

Q_IMPORT_QML_PLUGIN(BroPlugin)

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoSessionWithoutServer()
    {
        QTemporaryDir dir;
        QVERIFY(bro::testing::openDemoSession(dir.path(), QStringLiteral("emil")));
        Session *s = Session::instance();
        QCOMPARE(s->dataDir(), dir.path());
        QVERIFY(s->loggedIn());
        QCOMPARE(s->role(), QStringLiteral("apprentice"));
        QCOMPARE(s->caseId(), QStringLiteral("case-emil"));
        QCOMPARE(s->syncState(), QStringLiteral("offline"));
        QCOMPARE(s->phase(), QStringLiteral("stay"));
        QCOMPARE(s->responsibleRole(), QStringLiteral("clinician"));
        QCOMPARE(s->responsibleOrgKind(), QStringLiteral("clinic"));
        QCOMPARE(s->responsibleName(), QStringLiteral("Ingrid Solberg"));
        QCOMPARE(s->pendingCount(), 0);
        QCOMPARE(s->rejectedCount(), 0); // a demo starts without a refusal nobody caused
        QCOMPARE(s->team().size(), 2);
        QCOMPARE(s->team().first().toMap().value(QStringLiteral("orgKind")).toString(),
                 QStringLiteral("training_office"));
        GoalsModel goals(s);
        goals.setCaseId(s->caseId());
        QVERIFY(goals.rowCount() >= 3);
        QCOMPARE(goals.get(0).value(QStringLiteral("isFagbrev")).toBool(), true);
        QVERIFY(!s->openLocalDemo(QStringLiteral("nobody")));
        delete s;
    }

    void adviserSeesOnlyWhatIsShared()
    {
        QTemporaryDir dir;
        QVERIFY(bro::testing::openDemoSession(dir.path(), QStringLiteral("kari")));
        Session *s = Session::instance();
        QCOMPARE(s->role(), QStringLiteral("adviser"));
        QVERIFY(s->cases().size() >= 2);
        // Emil shares no check-ins with the training office: none reached Kari's device.
        QCOMPARE(s->store()->list(QStringLiteral("case-emil"), "checkin").size(), 0u);
        QVERIFY(!s->store()->list(QStringLiteral("case-emil"), "goal").empty());
        delete s;
    }

    void signedInPersonIsRestored()
    {
        QTemporaryDir dir;
        {
            Session s(dir.path());
            QVERIFY(!s.loggedIn());
            s.adopt(fixture::welcome());
            GoalsModel goals(&s);
            goals.setCaseId(QStringLiteral("case-1"));
            QVERIFY(!goals.add(QStringLiteral("Overlever omstart")).isEmpty());
        }
        Session s(dir.path());
        QVERIFY(s.loggedIn());
        QCOMPARE(s.personId(), QStringLiteral("p-ap"));
        QCOMPARE(s.caseId(), QStringLiteral("case-1"));
        QCOMPARE(s.team().size(), 2);
        QCOMPARE(s.pendingCount(), 5);
        QSignalSpy user(&s, &Session::userChanged);
        s.logout();
        QVERIFY(!s.loggedIn());
        QCOMPARE(s.caseId(), QString());
        QVERIFY(user.count() >= 1);
        Session again(dir.path());
        QVERIFY(!again.loggedIn());
    }

    void serverAddress()
    {
        QCOMPARE(Session::syncUrl(QStringLiteral("127.0.0.1:8443")),
                 QUrl(QStringLiteral("ws://127.0.0.1:8443/sync")));
        QCOMPARE(Session::syncUrl(QStringLiteral("https://bro.example.no")),
                 QUrl(QStringLiteral("wss://bro.example.no/sync")));
        QCOMPARE(Session::syncUrl(QStringLiteral("ws://localhost:9000/sync")),
                 QUrl(QStringLiteral("ws://localhost:9000/sync")));
        QTemporaryDir dir;
        {
            Session s(dir.path());
            QSignalSpy spy(&s, &Session::serverUrlChanged);
            s.setServerUrl(QStringLiteral("ws://10.0.0.2:8443"));
            QCOMPARE(spy.count(), 1);
        }
        Session s(dir.path());
        QCOMPARE(s.serverUrl(), QStringLiteral("ws://10.0.0.2:8443"));
    }

    // How the app looks is kept on the device across starts; a run's BRO_* choice is not kept.
    void appearanceIsKeptOnThisDevice()
    {
        QTemporaryDir dir;
        {
            Session s(dir.path());
            Appearance *a = s.appearance();
            QCOMPARE(a->theme(), QStringLiteral("system"));
            QSignalSpy spy(a, &Appearance::changed);
            a->setTheme(QStringLiteral("dark"));
            a->setTextScale(1.5);
            a->setReduceMotion(true);
            a->setTheme(QStringLiteral("purple")); // unknown: the device's own
            QCOMPARE(a->theme(), QStringLiteral("system"));
            a->setTheme(QStringLiteral("dark"));
            QCOMPARE(spy.count(), 5);
            QVERIFY(a->dark());
        }
        {
            Session s(dir.path());
            QCOMPARE(s.appearance()->theme(), QStringLiteral("dark"));
            QCOMPARE(s.appearance()->textScale(), 1.5);
            QVERIFY(s.appearance()->reduceMotion());
        }
        qputenv("BRO_TEXT_SCALE", "2");
        qputenv("BRO_THEME", "light");
        {
            Session s(dir.path());
            QCOMPARE(s.appearance()->textScale(), 2.0);
            QVERIFY(!s.appearance()->dark());
        }
        qunsetenv("BRO_TEXT_SCALE");
        qunsetenv("BRO_THEME");
        Session s(dir.path());
        QCOMPARE(s.appearance()->textScale(), 1.5);
        QCOMPARE(s.appearance()->theme(), QStringLiteral("dark"));
        QCOMPARE(Appearance::clampScale(std::nan("")), 1.0);
        QCOMPARE(Appearance::clampScale(3.0), 2.0);
        QCOMPARE(Appearance::clampScale(1.1), 1.0);
    }

    void qmlSeesTheSameSession()
    {
        // Qt 6.4 would construct a default-constructible singleton itself instead of asking
        // create(); QML must get the Session that main() (or the test hook) made.
        QTemporaryDir dir;
        QVERIFY(bro::testing::openDemoSession(dir.path(), QStringLiteral("emil")));
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        QQmlComponent component(&engine);
        component.setData("import Bro\n"
                          "GoalsModel {\n"
                          "  property string dir: Session.dataDir\n"
                          "  property bool loggedIn: Session.loggedIn\n"
                          "  property int goals: count\n"
                          "  caseId: Session.caseId\n"
                          "}\n",
                          QUrl(QStringLiteral("qrc:/test/Probe.qml")));
        std::unique_ptr<QObject> probe(component.create());
        QVERIFY2(probe, qPrintable(component.errorString()));
        QCOMPARE(probe->property("dir").toString(), dir.path());
        QCOMPARE(probe->property("loggedIn").toBool(), true);
        QVERIFY(probe->property("goals").toInt() >= 3);
        probe.reset();
        delete Session::instance();
    }

    void languageOverride()
    {
        // The .ts files under qml/i18n are compiled into the module's resources.
        for (const char *lang : {"nb", "en"}) {
            const QString ts =
                QStringLiteral(BRO_SOURCE_DIR "/qml/i18n/bro_%1.ts").arg(QLatin1String(lang));
            if (QFile::exists(ts))
                QVERIFY2(QFile::exists(Translator::qmPath(QLatin1String(lang))), qPrintable(ts));
        }
        QTemporaryDir dir;
        {
            Session s(dir.path());
            QSignalSpy spy(&s, &Session::languageChanged);
            s.setLanguage(QStringLiteral("en"));
            QCOMPARE(spy.count(), 1);
            QCOMPARE(s.language(), QStringLiteral("en"));
            s.setLanguage(QStringLiteral("klingon")); // not offered: back to the system's
            QCOMPARE(s.language(), QString());
            s.setLanguage(QStringLiteral("nb"));
        }
        Session s(dir.path());
        QCOMPARE(s.language(), QStringLiteral("nb"));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
