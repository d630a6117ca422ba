// "My devices" against a real bro-server on loopback (seeded with `bro-server demo`, passwords
// on, no providers): the options a server without providers gives, the list with this device
// marked, signing another device out, and that device erasing its copy of the person at its next
// contact — while a device that only has to sign in again keeps everything.

#include "AppFixture.h"
#include "demo_server.hpp"
#include "domain/schema.hpp"
#include "models/DevicesModel.h"
#include "models/GoalsModel.h"
#include "signin/NationalSignIn.h"
#include "sync/SyncClient.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace {

constexpr int timeout = 30000;

std::unique_ptr<Session> device(const QString &dir, const QUrl &url, const QString &user)
{
    auto s = std::make_unique<Session>(dir);
    s->setServerUrl(url.toString());
    s->syncClient()->setBackoff(50, 500);
    s->login(user, QStringLiteral("demo-passord"));
    return s;
}

using fixture::storeFile;
int row(const DevicesModel &m, const QString &deviceId)
{
    return fixture::deviceRow(m, deviceId);
}

} // namespace

class TestDevicesModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    bro::test::DemoServer m_server;
    int m_devices = 0;

    QString newDir() { return m_dir.filePath(QStringLiteral("device-%1").arg(++m_devices)); }
    QUrl url() const { return m_server.url(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start());
    }

    void aServerWithoutProvidersKeepsPasswords()
    {
        Session s(newDir());
        s.setServerUrl(url().toString());
        QSignalSpy options(s.syncClient(), &SyncClient::signInOptionsReceived);
        NationalSignIn signIn;
        signIn.setSession(&s);
        QTRY_VERIFY_WITH_TIMEOUT(signIn.optionsLoaded(), timeout);
        QCOMPARE(options.count(), 1);
        QVERIFY(signIn.providers().isEmpty());
        QVERIFY(signIn.passwords());
        // The connection asked only questions; a password login still works on it as before.
        s.login(QStringLiteral("emil"), QStringLiteral("demo-passord"));
        QTRY_VERIFY_WITH_TIMEOUT(s.loggedIn(), timeout);
        QCOMPARE(s.welcome().provider, std::string());
    }

    void listsMyDevicesWithThisOneMarked()
    {
        auto sara = device(newDir(), url(), QStringLiteral("sara"));
        QTRY_COMPARE_WITH_TIMEOUT(sara->syncState(), QStringLiteral("uptodate"), timeout);
        DevicesModel model;
        QSignalSpy count(&model, &DevicesModel::countChanged);
        model.setSession(sara.get());
        QTRY_VERIFY_WITH_TIMEOUT(model.loaded(), timeout);
        QVERIFY(!model.busy());
        const int me = row(model, QString::fromStdString(sara->welcome().device_id));
        QCOMPARE(me, 0); // this device first
        const auto mine = model.get(me);
        QCOMPARE(mine.value(QStringLiteral("current")).toBool(), true);
        QCOMPARE(mine.value(QStringLiteral("signedOut")).toBool(), false);
        QCOMPARE(mine.value(QStringLiteral("provider")).toString(), QString()); // a password
        QVERIFY(!mine.value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(!mine.value(QStringLiteral("created")).toString().isEmpty());
        QVERIFY(!model.signOut(mine.value(QStringLiteral("deviceId")).toString()));
        QVERIFY(!model.lastError().isEmpty()); // this one logs out from Settings
        QVERIFY(!model.signOut(QStringLiteral("not-a-device")));
    }

    void anotherPersonsDeviceIsRefused()
    {
        auto jonas = device(newDir(), url(), QStringLiteral("jonas"));
        QTRY_COMPARE_WITH_TIMEOUT(jonas->syncState(), QStringLiteral("uptodate"), timeout);
        auto ida = device(newDir(), url(), QStringLiteral("ida"));
        QTRY_COMPARE_WITH_TIMEOUT(ida->syncState(), QStringLiteral("uptodate"), timeout);
        // Straight through the client: the model only offers its own rows.
        QSignalSpy failed(ida->syncClient(), &SyncClient::devicesFailed);
        const QString id =
            ida->syncClient()->signOutDevice(QString::fromStdString(jonas->welcome().device_id));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, timeout);
        QCOMPARE(failed.at(0).at(0).toString(), id);
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("bad_value"));
        QCOMPARE(ida->lastError(), QString()); // said on the devices page, not as a sync error
        QTest::qWait(300);
        QVERIFY(jonas->loggedIn());
    }

    void aSignedOutDeviceErasesItsCopyAtItsNextContact()
    {
        const QString phoneDir = newDir();
        QString phoneId, phoneFile;
        {
            auto phone = device(phoneDir, url(), QStringLiteral("emil"));
            QTRY_COMPARE_WITH_TIMEOUT(phone->syncState(), QStringLiteral("uptodate"), timeout);
            phoneId = QString::fromStdString(phone->welcome().device_id);
            phone->syncClient()->stop();
            GoalsModel goals(phone.get()); // written offline: not sent, and still erased
            goals.setCaseId(QStringLiteral("case-emil"));
            QVERIFY(!goals.add(QStringLiteral("Står på telefonen som ble borte")).isEmpty());
            QVERIFY(phone->pendingCount() > 0);
            phoneFile = storeFile(phoneDir);
        } // the phone is switched off (lost)
        QVERIFY(QFile::exists(phoneFile));

        auto pc = device(newDir(), url(), QStringLiteral("emil"));
        QTRY_COMPARE_WITH_TIMEOUT(pc->syncState(), QStringLiteral("uptodate"), timeout);
        DevicesModel model;
        model.setSession(pc.get());
        QTRY_VERIFY_WITH_TIMEOUT(row(model, phoneId) >= 0, timeout);
        QSignalSpy signedOut(&model, &DevicesModel::signedOut);
        QVERIFY(model.signOut(phoneId));
        QVERIFY(model.busy());
        QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, timeout);
        QCOMPARE(model.get(row(model, phoneId)).value(QStringLiteral("signedOut")).toBool(), true);
        QCOMPARE(model.get(0).value(QStringLiteral("current")).toBool(), true);

        // The phone comes back: offline first, its data shows … until the server says no.
        Session phone(phoneDir);
        QVERIFY(phone.loggedIn());
        QTRY_VERIFY_WITH_TIMEOUT(!phone.loggedIn(), timeout);
        QCOMPARE(phone.lastError(), QStringLiteral("Denne enheten ble logget ut, og det som var "
                                                   "lagret om deg her er slettet."));
        QVERIFY(!QFile::exists(phoneFile));
        QVERIFY(!QFile::exists(phoneFile + QStringLiteral("-wal")));
        QVERIFY(storeFile(phoneDir).isEmpty());
        QVERIFY(pc->loggedIn()); // the device that signed it out is untouched
    }

    void aConnectedDeviceErasesAtOnce()
    {
        const QString tabletDir = newDir();
        auto tablet = device(tabletDir, url(), QStringLiteral("mathias"));
        QTRY_COMPARE_WITH_TIMEOUT(tablet->syncState(), QStringLiteral("uptodate"), timeout);
        const QString tabletId = QString::fromStdString(tablet->welcome().device_id);
        const QString tabletFile = storeFile(tabletDir);
        auto phone = device(newDir(), url(), QStringLiteral("mathias"));
        QTRY_COMPARE_WITH_TIMEOUT(phone->syncState(), QStringLiteral("uptodate"), timeout);
        DevicesModel model;
        model.setSession(phone.get());
        QTRY_VERIFY_WITH_TIMEOUT(row(model, tabletId) >= 0, timeout);
        QVERIFY(model.signOut(tabletId));
        QTRY_VERIFY_WITH_TIMEOUT(!tablet->loggedIn(), timeout);
        QVERIFY(tablet->lastError().contains(QStringLiteral("er slettet")));
        QVERIFY(!QFile::exists(tabletFile));
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_MAIN(TestDevicesModel)
#include "tst_devices_model.moc"
