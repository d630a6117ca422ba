// Issue 21 as a new user tries it, with every part real: the app (Session, NationalSignIn,
// AppLock, DevicesModel) against a real bro-server that is the confidential client of a real
// OpenID provider (oidc-provider as ID-porten), and Debian's chromium as the system browser the
// app opens (BRO_SIGN_IN_BROWSER names browser.mjs, which fills in the provider's login page).
//
// With the invite, Emma signs in through the provider's page, chooses a PIN and syncs; the next
// start asks for the PIN; five wrong tries send her back to a national sign-in (no invite now)
// with nothing lost; her tablet signs in too; "My devices" on the phone lists both, and signing
// the tablet out wipes the tablet at its next contact.

#include "AppFixture.h"
#include "demo_server.hpp"
#include "lock/AppLock.h"
#include "models/DevicesModel.h"
#include "models/GoalsModel.h"
#include "session/Session.h"
#include "signin/NationalSignIn.h"
#include "signin_harness.hpp"
#include "store/Store.h"
#include "sync/SyncClient.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <nlohmann/json.hpp>

using namespace bro::test;
using nlohmann::json;

namespace {

constexpr int timeout = 30000;
constexpr int browserTimeout = 90000; // chromium's first start on a busy two-core machine
const QString pin = QStringLiteral("408172");

using fixture::storeFile;
int row(const DevicesModel &m, const QString &deviceId)
{
    return fixture::deviceRow(m, deviceId);
}

} // namespace

class TestAppSignsInNationally : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    quint16 m_port = 0;
    std::unique_ptr<OidcProvider> m_idporten;
    DemoServer m_server{{}, QStringLiteral("server.db")};
    QString m_pid;
    QString m_goal;
    QString m_tabletId;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString phoneDir() const { return path(QStringLiteral("phone")); }
    QString tabletDir() const { return path(QStringLiteral("tablet")); }
    QString browserLog() const { return path(QStringLiteral("browser.log")); }

    CliResult admin(const QStringList &args) { return m_server.admin(args); }

    // The "system browser" the app opens: browser.mjs as Emma, back when the browser reaches
    // the app's loopback redirect (whose port only the app knows).
    void writeBrowser()
    {
        const QString script = path(QStringLiteral("browser.sh"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QStringLiteral("#!/bin/sh\nexec node '%1/browser.mjs' --pid '%2' "
                               "--until-re '^http://127\\.0\\.0\\.1:[0-9]+/callback\\?' "
                               "--timeout-ms 60000 --url \"$1\" >>'%3' 2>&1\n")
                    .arg(QStringLiteral(BRO_OIDC_DIR), m_pid, browserLog())
                    .toUtf8());
        f.close();
        QVERIFY(
            QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv("BRO_SIGN_IN_BROWSER", script.toUtf8());
        qputenv("NODE_PATH", node_path().toUtf8());
    }

    QByteArray browserOutput() const
    {
        QFile f(browserLog());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(no browser log)");
    }

    // The login page's button: through the browser and back, signed in.
    bool signInNationally(Session &s, const QString &invite = {})
    {
        NationalSignIn signIn;
        signIn.setSession(&s);
        QSignalSpy signedIn(&signIn, &NationalSignIn::signedIn);
        if (!QTest::qWaitFor([&] { return signIn.optionsLoaded(); }, timeout))
            return false;
        if (signIn.passwords() || signIn.providers().size() != 1)
            return false; // a programme with a provider offers no password form
        signIn.start(QStringLiteral("idporten"), invite);
        const bool ok = QTest::qWaitFor([&] { return signedIn.count() == 1; }, browserTimeout);
        if (!ok)
            qWarning().noquote() << "sign-in did not finish:" << signIn.state()
                                 << signIn.errorText() << "\nbrowser:" << browserOutput()
                                 << "\nserver:" << m_server.process().log().right(3000);
        return ok && s.loggedIn();
    }

    std::unique_ptr<Session> open(const QString &dir)
    {
        auto s = std::make_unique<Session>(dir);
        s->setServerUrl(m_server.url().toString());
        s->syncClient()->setBackoff(50, 500);
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!harness_available(&why))
            QFAIL(qPrintable("the sign-in harness cannot run: " + why));
        QVERIFY(m_dir.isValid());
        m_server.keep_log();
        QVERIFY(m_server.seed());
        m_db = m_server.db(); // served as it is: admin() and the server share it
        QCOMPARE(
            admin({"person", "add", "--id", "p-emma", "--name", "Emma Lie", "--role", "apprentice"})
                .exit_code,
            0);
        QCOMPARE(admin({"case", "add", "--id", "case-emma", "--apprentice", "p-emma",
                        "--training-office", "org-okab", "--clinic", "org-air"})
                     .exit_code,
                 0);
        m_pid = make_fnr(14, 3, 2006, 500);
        QVERIFY(!m_pid.isEmpty());
        QFile secret(path(QStringLiteral("idporten.secret")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("a-test-secret-that-is-long-enough\n");
        secret.close();

        m_port = free_port();
        const QString callback = QStringLiteral("http://127.0.0.1:%1/auth/callback").arg(m_port);
        m_idporten = std::make_unique<OidcProvider>(
            QStringList{"--profile", "idporten", "--port", "0", "--client-id", "bro-test",
                        "--client-secret", "a-test-secret-that-is-long-enough", "--redirect-uri",
                        callback, "--keys", path(QStringLiteral("idporten-keys.json"))});
        QVERIFY(m_idporten->start());
        const json config = {
            {"callback_url", callback.toStdString()},
            {"identity_key_file", path(QStringLiteral("identity.key")).toStdString()},
            {"providers",
             {{{"id", "idporten"},
               {"name", "ID-porten"},
               {"issuer", m_idporten->issuer().toStdString()},
               {"client_id", "bro-test"},
               {"client_secret_file", path(QStringLiteral("idporten.secret")).toStdString()},
               {"acr", "idporten-loa-substantial"},
               {"acr_levels", {"idporten-loa-substantial", "idporten-loa-high"}},
               {"pid_claim", "pid"},
               {"roles", {"apprentice", "adviser"}}}}}};
        QFile f(path(QStringLiteral("sign-in.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(config.dump(2)));
        f.close();
        QVERIFY(m_server.start_on(m_db, {"--port", QString::number(m_port), "--sign-in",
                                         path(QStringLiteral("sign-in.json"))}));
        writeBrowser();
    }

    void withTheInviteEmmaSignsInChoosesAPinAndSyncs()
    {
        auto phone = open(phoneDir());
        QVERIFY(!phone->loggedIn());
        const QString invite = admin({"invite", "--person", "p-emma"}).out.trimmed();
        QVERIFY(!invite.isEmpty());
        QVERIFY(signInNationally(*phone, invite));
        QCOMPARE(phone->userName(), QStringLiteral("Emma Lie"));
        // Nothing before a PIN: a weak one is refused kindly, a good one taken.
        QVERIFY(phone->lock()->pinRequired());
        QVERIFY(
            !phone->lock()->setPin(QStringLiteral("123456"), QStringLiteral("123456")).isEmpty());
        QCOMPARE(phone->lock()->setPin(pin, pin), QString());
        QVERIFY(!phone->lock()->pinRequired());
        QTRY_COMPARE_WITH_TIMEOUT(phone->syncState(), QStringLiteral("uptodate"), timeout);
        GoalsModel goals(phone.get());
        goals.setCaseId(QStringLiteral("case-emma"));
        m_goal = goals.add(QStringLiteral("Stå en hel arbeidsdag på anlegget"));
        QVERIFY(!m_goal.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(phone->pendingCount(), 0, timeout); // the server has it
    }

    void theNextStartAsksForThePinAndFiveWrongTriesLoseNothing()
    {
        QString offlineGoal;
        {
            auto phone = open(phoneDir());
            QVERIFY(phone->loggedIn());
            QVERIFY(phone->lock()->locked()); // before anything shows
            QVERIFY(phone->lock()->unlock(pin));
            QVERIFY(phone->store()->get(m_goal).has_value());
            // Written on the bus, without a connection: not sent yet.
            phone->syncClient()->stop();
            GoalsModel goals(phone.get());
            goals.setCaseId(QStringLiteral("case-emma"));
            offlineGoal = goals.add(QStringLiteral("Spørre om kortere dager i to uker"));
            QVERIFY(!offlineGoal.isEmpty());
            QVERIFY(phone->pendingCount() > 0);
        }
        auto phone = open(phoneDir());
        QVERIFY(phone->lock()->locked());
        for (int i = 0; i < AppLock::maxTries; ++i)
            QVERIFY(!phone->lock()->unlock(QStringLiteral("000111")));
        QVERIFY(!phone->loggedIn());
        QVERIFY(phone->lastError().contains(QLatin1String("Ingenting du har skrevet er borte")));

        // Back through ID-porten, without the invite this time: everything is still there.
        QVERIFY(signInNationally(*phone));
        QVERIFY(phone->store()->get(m_goal).has_value());
        QVERIFY(phone->store()->get(offlineGoal).has_value());
        QVERIFY(phone->lock()->pinRequired()); // a full sign-in: the PIN is chosen anew
        QCOMPARE(phone->lock()->setPin(pin, pin), QString());
        QTRY_COMPARE_WITH_TIMEOUT(phone->pendingCount(), 0, timeout);
    }

    void myDevicesListsBothAndSigningOneOutWipesIt()
    {
        QString tabletFile;
        {
            auto tablet = open(tabletDir());
            QVERIFY(signInNationally(*tablet));
            QCOMPARE(tablet->lock()->setPin(pin, pin), QString());
            QTRY_COMPARE_WITH_TIMEOUT(tablet->syncState(), QStringLiteral("uptodate"), timeout);
            QVERIFY(tablet->store()->get(m_goal).has_value());
            m_tabletId = QString::fromStdString(tablet->welcome().device_id);
            tabletFile = storeFile(tabletDir());
        } // the tablet is left at the training office
        QVERIFY(QFile::exists(tabletFile));

        auto phone = open(phoneDir());
        QVERIFY(phone->lock()->unlock(pin));
        QTRY_COMPARE_WITH_TIMEOUT(phone->syncState(), QStringLiteral("uptodate"), timeout);
        const QString phoneId = QString::fromStdString(phone->welcome().device_id);
        DevicesModel model;
        model.setSession(phone.get());
        QTRY_VERIFY_WITH_TIMEOUT(row(model, m_tabletId) >= 0 && row(model, phoneId) >= 0, timeout);
        const auto thisOne = model.get(row(model, phoneId));
        QVERIFY(thisOne.value(QStringLiteral("current")).toBool());
        QCOMPARE(thisOne.value(QStringLiteral("provider")).toString(), QStringLiteral("idporten"));
        QVERIFY(!model.get(row(model, m_tabletId)).value(QStringLiteral("current")).toBool());

        QSignalSpy signedOut(&model, &DevicesModel::signedOut);
        QVERIFY(model.signOut(m_tabletId));
        QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, timeout);
        QVERIFY(model.get(row(model, m_tabletId)).value(QStringLiteral("signedOut")).toBool());

        // The tablet is switched on again: at its first contact it erases Emma's copy.
        phone.reset();
        auto tablet = open(tabletDir());
        QTRY_VERIFY_WITH_TIMEOUT(!tablet->loggedIn(), timeout);
        QCOMPARE(tablet->lastError(), QStringLiteral("Denne enheten ble logget ut, og det som var "
                                                     "lagret om deg her er slettet."));
        QVERIFY(!QFile::exists(tabletFile));
        QVERIFY(storeFile(tabletDir()).isEmpty());
    }

    void theAuditTrailAndTheLogSayWhatHappenedAndNothingMore()
    {
        // Emma reads her sign-ins and the sign-out in her trail (what the audit page shows).
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
                     {m_db, QStringLiteral("SELECT action FROM audit_events WHERE case_id = "
                                           "'case-emma' ORDER BY id")});
        QVERIFY(sqlite.waitForFinished(10000));
        const QString actions = QString::fromUtf8(sqlite.readAllStandardOutput());
        QVERIFY2(actions.count(QStringLiteral("signed_in")) >= 3, qPrintable(actions));
        QVERIFY2(actions.contains(QStringLiteral("signed_out")), qPrintable(actions));
        m_server.stop();
        const QByteArray log = m_server.process().log();
        QVERIFY2(!log.contains(m_pid.toLatin1()), "an identity number in the log");
        QVERIFY2(!log.contains("eyJ"), "a JWT in the log");
    }

    void cleanupTestCase()
    {
        qunsetenv("BRO_SIGN_IN_BROWSER");
        if (m_idporten)
            m_idporten->stop();
    }
};

QTEST_MAIN(TestAppSignsInNationally)
#include "tst_app_signs_in_nationally.moc"
