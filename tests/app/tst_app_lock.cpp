// The app's PIN lock (issue 21): which PINs are refused and how kindly, an Argon2id verifier and
// nothing else kept, the count of wrong tries surviving a restart, locking after a while in the
// background, and — against a real server — the fifth wrong try signing the device out while
// everything not yet sent stays for the next sign-in.

#include "AppFixture.h"
#include "TestSupport.h"
#include "demo_server.hpp"
#include "lock/AppLock.h"
#include "lock/PinRules.h"
#include "models/GoalsModel.h"
#include "session/ProgrammeDefinition.h"
#include "session/Session.h"
#include "store/Store.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestAppLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weakPinsAreRefusedKindly_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("too short") << "12345" << false;
        QTest::newRow("letters") << "12ab56" << false;
        QTest::newRow("one digit") << "000000" << false;
        QTest::newRow("run up") << "123456" << false;
        QTest::newRow("run down") << "987654" << false;
        QTest::newRow("run over 9") << "789012" << false;
        QTest::newRow("pairs") << "121212" << false;
        QTest::newRow("triples") << "123123" << false;
        QTest::newRow("common") << "159753" << false;
        QTest::newRow("birthday DDMMYY") << "140306" << false;
        QTest::newRow("birthday YYYYMMDD") << "20060314" << false;
        QTest::newRow("fine") << "408172" << true;
        QTest::newRow("fine and long") << "40817293" << true;
    }
    void weakPinsAreRefusedKindly()
    {
        QFETCH(QString, pin);
        QFETCH(bool, accepted);
        const QString why = pinrules::weakness(pin, QStringLiteral("2006-03-14"));
        QCOMPARE(why.isEmpty(), accepted);
        // Never blaming: no "wrong", "bad", "invalid" in what the person reads.
        for (const char *word : {"feil", "ugyldig", "dårlig", "wrong", "invalid"})
            QVERIFY(!why.contains(QLatin1String(word), Qt::CaseInsensitive));
    }

    void onlyAnArgon2idVerifierIsKeptAndTriesSurviveARestart()
    {
        QTemporaryDir dir;
        QVERIFY(bro::testing::openDemoSession(dir.path(), QStringLiteral("emil")));
        Session *s = Session::instance();
        AppLock *lock = s->lock();
        QVERIFY(!lock->hasPin());
        QVERIFY(!lock->setPin(QStringLiteral("123456"), QStringLiteral("123456")).isEmpty());
        QVERIFY(!lock->setPin(QStringLiteral("408172"), QStringLiteral("408173")).isEmpty());
        QCOMPARE(lock->setPin(QStringLiteral("408172"), QStringLiteral("408172")), QString());
        QVERIFY(lock->hasPin());
        const QString verifier = s->store()->meta(QStringLiteral("lock:verifier"));
        QVERIFY(verifier.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(!verifier.contains(QLatin1String("408172")));

        lock->lockIfPinSet();
        QVERIFY(lock->locked());
        QVERIFY(!lock->unlock(QStringLiteral("111111")));
        QVERIFY(!lock->unlock(QStringLiteral("222222")));
        QCOMPARE(lock->triesLeft(), 3);
        // Another lock on the same store (the app started again) knows of both tries.
        AppLock again;
        again.setStore(s->store());
        QCOMPARE(again.triesLeft(), 3);
        QVERIFY(lock->unlock(QStringLiteral("408172")));
        QVERIFY(!lock->locked());
        QCOMPARE(lock->triesLeft(), 5);
        delete s;
    }

    void aWhileInTheBackgroundLocks()
    {
        QTemporaryDir dir;
        QVERIFY(bro::testing::openDemoSession(dir.path(), QStringLiteral("emil")));
        Session *s = Session::instance();
        AppLock *lock = s->lock();
        qint64 now = 0;
        lock->setClock([&now] { return now; });
        lock->backgrounded();
        now = 10 * 60 * 1000;
        lock->foregrounded();
        QVERIFY(!lock->locked()); // no PIN, nothing to lock
        QCOMPARE(lock->setPin(QStringLiteral("408172"), QStringLiteral("408172")), QString());
        lock->backgrounded();
        now += 4 * 60 * 1000 + 59 * 1000; // under five minutes
        lock->foregrounded();
        QVERIFY(!lock->locked());
        lock->backgrounded();
        now += 5 * 60 * 1000;
        lock->foregrounded();
        QVERIFY(lock->locked());
        QVERIFY(lock->unlock(QStringLiteral("408172")));

        // The programme sets the time: a quarter of an hour in this one.
        bro::Programme programme = s->programme()->definition();
        programme.app_lock.minutes = 15;
        s->programme()->setDefinition(programme, 2, false);
        QCOMPARE(lock->minutes(), 15);
        lock->backgrounded();
        now += 14 * 60 * 1000;
        lock->foregrounded();
        QVERIFY(!lock->locked());
        lock->backgrounded();
        now += 15 * 60 * 1000;
        lock->foregrounded();
        QVERIFY(lock->locked());
        delete s;
    }

    void fiveWrongTriesSignOutAndKeepWhatWasNotSent()
    {
        bro::test::DemoServer server;
        QVERIFY(server.start());
        const QString data = server.path(QStringLiteral("phone"));
        QString goal;
        {
            Session s(data);
            s.setServerUrl(server.url().toString());
            s.login(QStringLiteral("emil"), QStringLiteral("demo-passord"));
            QTRY_COMPARE_WITH_TIMEOUT(s.syncState(), QStringLiteral("uptodate"), 30000);
            QCOMPARE(s.lock()->setPin(QStringLiteral("408172"), QStringLiteral("408172")),
                     QString());
            QCOMPARE(server.stop(), 0);
            QTRY_COMPARE_WITH_TIMEOUT(s.syncState(), QStringLiteral("offline"), 30000);
            GoalsModel goals(&s);
            goals.setCaseId(s.caseId());
            goal = goals.add(QStringLiteral("Kjøre hjullaster alene"), QStringLiteral("Trygghet"));
            QVERIFY(!goal.isEmpty());
            QVERIFY(s.pendingCount() > 0);
        }
        // The app starts again: locked before anything shows.
        Session s(data);
        QVERIFY(s.loggedIn());
        QVERIFY(s.lock()->locked());
        QSignalSpy usedUp(s.lock(), &AppLock::triesUsedUp);
        for (int i = 0; i < AppLock::maxTries; ++i)
            QVERIFY(!s.lock()->unlock(QStringLiteral("000111")));
        QCOMPARE(usedUp.count(), 1);
        QVERIFY(!s.loggedIn());
        QVERIFY(s.lastError().contains(QLatin1String("Ingenting du har skrevet er borte")));
        QVERIFY(s.settings().value(QStringLiteral("session/person")).toString().isEmpty());
        // The person signs in again: the goal written offline reaches the server.
        QVERIFY(server.restart());
        s.setServerUrl(server.url().toString());
        s.login(QStringLiteral("emil"), QStringLiteral("demo-passord"));
        QTRY_VERIFY_WITH_TIMEOUT(s.loggedIn(), 30000);
        QVERIFY(s.store()->get(goal).has_value());
        QTRY_COMPARE_WITH_TIMEOUT(s.pendingCount(), 0, 30000);
        QVERIFY(!s.lock()->hasPin()); // chosen anew after a full sign-in
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_MAIN(TestAppLock)
#include "tst_app_lock.moc"
