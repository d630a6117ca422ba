// SyncClient against a real bro-server on loopback (seeded with `bro-server demo`): signing in,
// the first pull, offline edits sent on reconnect, a server killed in the middle of a push
// losing nothing, a refused change shown in RejectedModel, and a withdrawn consent purging the
// adviser's device. Who writes what: Kari suggests a step and Emil takes it; Kari cannot delete
// Emil's goal and is told why in plain bokmål; Emil tells his team with one tap.

#include "AppFixture.h"
#include "demo_server.hpp"
#include "domain/schema.hpp"
#include "models/AuditModel.h"
#include "models/ConsentModel.h"
#include "models/GoalStepsModel.h"
#include "models/GoalsModel.h"
#include "models/MessagesModel.h"
#include "models/ProgrammeModel.h"
#include "models/RejectedModel.h"
#include "store/Convert.h"
#include "sync/SyncClient.h"

#include <QDate>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <set>

namespace {

constexpr int timeout = 30000;
const QString password = QStringLiteral("demo-passord");

// A device: a Session on its own folder, signed in as `user`.
std::unique_ptr<Session> device(const QString &dir, const QUrl &url, const QString &user)
{
    auto s = std::make_unique<Session>(dir);
    s->setServerUrl(url.toString());
    s->syncClient()->setBackoff(50, 500);
    s->login(user, password);
    return s;
}

} // namespace

class TestSyncClient : public QObject
{
    Q_OBJECT

    bro::test::DemoServer m_server{{}, QStringLiteral("server.db")};
    int m_devices = 0;

    QString newDir() { return m_server.path(QStringLiteral("device-%1").arg(++m_devices)); }
    QUrl url() const { return m_server.url(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }

    void signInAndFirstPull()
    {
        auto emil = device(newDir(), url(), QStringLiteral("emil"));
        QTRY_VERIFY_WITH_TIMEOUT(emil->loggedIn(), timeout);
        QCOMPARE(emil->role(), QStringLiteral("apprentice"));
        QCOMPARE(emil->caseId(), QStringLiteral("case-emil"));
        QTRY_COMPARE_WITH_TIMEOUT(emil->syncState(), QStringLiteral("uptodate"), timeout);
        QVERIFY(emil->store()->list(emil->caseId(), bro::kind::goal).size() >= 3);
        QVERIFY(!emil->store()->list(emil->caseId(), bro::kind::checkin).empty());
        QCOMPARE(emil->phase(), QStringLiteral("stay"));
        QVERIFY(!emil->responsibleName().isEmpty());
        QCOMPARE(emil->pendingCount(), 0);
    }

    void tokenSignsInAgainAfterRestart()
    {
        const QString dir = newDir();
        {
            auto emil = device(dir, url(), QStringLiteral("emil"));
            QTRY_COMPARE_WITH_TIMEOUT(emil->syncState(), QStringLiteral("uptodate"), timeout);
        }
        // The app starts again: signed in at once (offline), then the token does the rest.
        Session again(dir);
        QVERIFY(again.loggedIn());
        QCOMPARE(again.caseId(), QStringLiteral("case-emil"));
        QVERIFY(!again.store()->list(again.caseId(), bro::kind::goal).empty());
        QTRY_COMPARE_WITH_TIMEOUT(again.syncState(), QStringLiteral("uptodate"), timeout);
        QCOMPARE(again.lastError(), QString());
    }

    void liveChangesArriveWithoutAsking()
    {
        auto kari = device(newDir(), url(), QStringLiteral("kari"));
        QTRY_COMPARE_WITH_TIMEOUT(kari->syncState(), QStringLiteral("uptodate"), timeout);
        auto emil = device(newDir(), url(), QStringLiteral("emil"));
        QTRY_COMPARE_WITH_TIMEOUT(emil->syncState(), QStringLiteral("uptodate"), timeout);
        GoalsModel goals(emil.get());
        goals.setCaseId(QStringLiteral("case-emil"));
        const QString id = goals.add(QStringLiteral("Live til Kari"));
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(kari->store()->get(id).has_value(), timeout);
        const auto cursorBefore = kari->store()->local().cursor();
        QVERIFY(cursorBefore > 0);
    }

    void enrolWithAnInviteCode()
    {
        auto admin = [this](const QStringList &args) { return m_server.admin(args); };
        QCOMPARE(
            admin({QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--id"),
                   QStringLiteral("p-nora"), QStringLiteral("--name"), QStringLiteral("Nora Ny"),
                   QStringLiteral("--role"), QStringLiteral("apprentice")})
                .exit_code,
            0);
        QCOMPARE(admin({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--id"),
                        QStringLiteral("case-nora"), QStringLiteral("--apprentice"),
                        QStringLiteral("p-nora"), QStringLiteral("--training-office"),
                        QStringLiteral("org-okab")})
                     .exit_code,
                 0);
        const auto invite =
            admin({QStringLiteral("invite"), QStringLiteral("--person"), QStringLiteral("p-nora")});
        QCOMPARE(invite.exit_code, 0);
        const QString code = invite.out.trimmed();
        QVERIFY(!code.isEmpty());

        Session nora(newDir());
        nora.setServerUrl(url().toString());
        QSignalSpy failed(&nora, &Session::loginFailed);
        nora.enrol(QStringLiteral("feil-kode"), QStringLiteral("nora"),
                   QStringLiteral("et godt passord 123"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, timeout);
        QVERIFY(!nora.loggedIn());
        nora.enrol(code, QStringLiteral("nora"), QStringLiteral("et godt passord 123"));
        QTRY_VERIFY_WITH_TIMEOUT(nora.loggedIn(), timeout);
        QCOMPARE(nora.userName(), QStringLiteral("Nora Ny"));
        QCOMPARE(nora.caseId(), QStringLiteral("case-nora"));
        QTRY_COMPARE_WITH_TIMEOUT(nora.syncState(), QStringLiteral("uptodate"), timeout);
    }

    void revokedDeviceMustSignInAgain()
    {
        const QString dir = newDir();
        {
            auto per = device(dir, url(), QStringLiteral("per"));
            QTRY_COMPARE_WITH_TIMEOUT(per->syncState(), QStringLiteral("uptodate"), timeout);
        }
        const auto revoked = m_server.admin({QStringLiteral("device"), QStringLiteral("revoke"),
                                             QStringLiteral("--user"), QStringLiteral("per")});
        QVERIFY2(revoked.exit_code == 0, qPrintable(revoked.err));
        Session again(dir);
        QVERIFY(again.loggedIn()); // offline first: the data is there at once …
        QTRY_VERIFY_WITH_TIMEOUT(!again.loggedIn(), timeout); // … until the server says no
        // Revoked (not expired): the device may be lost, so its copy of Per's data is erased.
        QCOMPARE(again.lastError(), QStringLiteral("Denne enheten ble logget ut, og det som var "
                                                   "lagret om deg her er slettet."));
        QVERIFY(QDir(dir).entryList({QStringLiteral("*.sqlite")}, QDir::Files).isEmpty());
        QCOMPARE(again.syncState(), QStringLiteral("offline"));
    }

    void wrongPasswordIsSaid()
    {
        Session s(newDir());
        s.setServerUrl(url().toString());
        QSignalSpy failed(&s, &Session::loginFailed);
        s.login(QStringLiteral("emil"), QStringLiteral("feil"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, timeout);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("Feil brukernavn eller passord."));
        QVERIFY(!s.loggedIn());
    }

    void offlineEditsSyncOnReconnect()
    {
        auto emil = device(newDir(), url(), QStringLiteral("emil"));
        QTRY_COMPARE_WITH_TIMEOUT(emil->syncState(), QStringLiteral("uptodate"), timeout);
        QCOMPARE(m_server.stop(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(emil->syncState(), QStringLiteral("offline"), timeout);

        // Offline: a goal and a check-in.
        GoalsModel goals(emil.get());
        goals.setCaseId(emil->caseId());
        const QString goal = goals.add(QStringLiteral("Ta sertifikat på hjullaster"),
                                       QStringLiteral("Flere oppdrag"));
        QVERIFY2(!goal.isEmpty(), qPrintable(goals.lastError()));
        QVERIFY(emil->pendingCount() > 0);
        QCOMPARE(emil->syncState(), QStringLiteral("offline"));

        // The server comes back on the same address; the client finds it by itself.
        QVERIFY(m_server.restart({}, true));
        QTRY_COMPARE_WITH_TIMEOUT(emil->pendingCount(), 0, timeout);
        QTRY_COMPARE_WITH_TIMEOUT(emil->syncState(), QStringLiteral("uptodate"), timeout);
        QCOMPARE(emil->rejectedCount(), 0);

        // The adviser, who may see goals, gets the goal on her device.
        auto kari = device(newDir(), url(), QStringLiteral("kari"));
        QTRY_COMPARE_WITH_TIMEOUT(kari->syncState(), QStringLiteral("uptodate"), timeout);
        const auto got = kari->store()->get(goal);
        QVERIFY(got);
        QCOMPARE(got->str("title"), std::string("Ta sertifikat på hjullaster"));
    }

    // Phones cut off together (a node killed, the database restarted) come back spread out:
    // each wait is between half the backoff and all of it, at random, not the same for all.
    void reconnectsAreSpreadOut()
    {
        std::vector<std::unique_ptr<Session>> phones;
        for (const char *user : {"emil", "kari", "sara"}) {
            phones.push_back(device(newDir(), url(), QString::fromLatin1(user)));
            QTRY_COMPARE_WITH_TIMEOUT(phones.back()->syncState(), QStringLiteral("uptodate"),
                                      timeout);
            phones.back()->syncClient()->setBackoff(400, 400);
        }
        QCOMPARE(m_server.stop(), 0);
        std::set<int> waits;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 2500) { // about six tries a phone, each refused
            for (auto &p : phones) {
                const int wait = p->syncClient()->reconnectDelayMs();
                if (wait >= 0) {
                    QVERIFY2(wait >= 200 && wait <= 400, qPrintable(QString::number(wait)));
                    waits.insert(wait);
                }
            }
            QTest::qWait(20);
        }
        QVERIFY2(waits.size() >= 4, qPrintable(QStringLiteral("%1 waits").arg(waits.size())));
        QVERIFY(m_server.restart({}, true));
        for (auto &p : phones)
            QTRY_COMPARE_WITH_TIMEOUT(p->syncState(), QStringLiteral("uptodate"), timeout);
    }

    // The office restores yesterday's backup; the app that wrote since sends it again by itself.
    void aRestoredServerGetsAgainWhatTheAppWrote()
    {
        const QString backup = m_server.path(QStringLiteral("before-goal.db"));
        auto emil = device(newDir(), url(), QStringLiteral("emil"));
        QTRY_COMPARE_WITH_TIMEOUT(emil->syncState(), QStringLiteral("uptodate"), timeout);
        QCOMPARE(bro::test::run_cli(
                     {QStringLiteral("backup"), QStringLiteral("--db"), m_server.db(), backup})
                     .exit_code,
                 0);
        GoalsModel goals(emil.get());
        goals.setCaseId(emil->caseId());
        const QString goal =
            goals.add(QStringLiteral("Bli trygg på gravemaskin"), QStringLiteral("Egne oppdrag"));
        QVERIFY(!goal.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(emil->pendingCount(), 0, timeout); // acknowledged

        // The server's disk is lost; yesterday's backup goes into a new database.
        QCOMPARE(m_server.stop(), 0);
        const QString restoredDb = m_server.path(QStringLiteral("restored.db"));
        const auto restored = bro::test::run_cli(
            {QStringLiteral("restore"), QStringLiteral("--db"), restoredDb, backup});
        QVERIFY2(restored.exit_code == 0, qPrintable(restored.err));
        QVERIFY(m_server.start_on(restoredDb, {}, true));

        // The app reconnects, sees the new epoch, sends the goal again: on the server once more.
        QTRY_COMPARE_WITH_TIMEOUT(emil->syncState(), QStringLiteral("uptodate"), timeout);
        QTRY_COMPARE_WITH_TIMEOUT(emil->pendingCount(), 0, timeout);
        QCOMPARE(emil->rejectedCount(), 0);
        auto kari = device(newDir(), url(), QStringLiteral("kari"));
        QTRY_COMPARE_WITH_TIMEOUT(kari->syncState(), QStringLiteral("uptodate"), timeout);
        QTRY_VERIFY_WITH_TIMEOUT(kari->store()->get(goal).has_value(), timeout);
        QCOMPARE(kari->store()->get(goal)->str("title"), std::string("Bli trygg på gravemaskin"));
    }

    void serverKilledMidPushLosesNothing()
    {
        auto emil = device(newDir(), url(), QStringLiteral("emil"));
        QTRY_COMPARE_WITH_TIMEOUT(emil->syncState(), QStringLiteral("uptodate"), timeout);
        QCOMPARE(m_server.stop(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(emil->syncState(), QStringLiteral("offline"), timeout);

        // Many offline edits: 120 goals, 6 changes each, pushed 50 at a time.
        const QString caseId = emil->caseId();
        QStringList ids;
        for (int i = 0; i < 120; ++i) {
            const QString id = QStringLiteral("bulk-goal-%1").arg(i);
            const QString error = emil->store()->write(
                id, bro::kind::goal, caseId,
                {{QStringLiteral("title"), QStringLiteral("Mål nummer %1").arg(i)},
                 {QStringLiteral("why"), QStringLiteral("Fordi")},
                 {QStringLiteral("status"), QStringLiteral("active")},
                 {QStringLiteral("position"), 10 + i},
                 {QStringLiteral("is_fagbrev"), false},
                 {QStringLiteral("created"), convert::nowUtc()}});
            QVERIFY2(error.isEmpty(), qPrintable(error));
            ids << id;
        }
        const int total = emil->pendingCount();
        QCOMPARE(total, 720);
        emil->syncClient()->setBatchSize(50);
        emil->syncClient()->setWindows(4, 4);

        // Kill -9 the server the moment the first batch is acknowledged, with the next ones of
        // the window already sent (issue 13: pipelining).
        bool killed = false;
        int inFlight = 0;
        connect(emil.get(), &Session::pendingCountChanged, this, [&] {
            if (!killed && emil->pendingCount() < total) {
                killed = true;
                inFlight = emil->syncClient()->pushesInFlight();
                m_server.kill9();
            }
        });
        QVERIFY(m_server.restart({}, true));
        QTRY_VERIFY_WITH_TIMEOUT(killed, timeout);
        QCOMPARE(inFlight, 3);             // the other three of the window were unanswered
        QVERIFY(emil->pendingCount() > 0); // most of it still waits
        QTRY_COMPARE_WITH_TIMEOUT(emil->syncState(), QStringLiteral("offline"), timeout);

        QVERIFY(m_server.restart({}, true));
        QTRY_COMPARE_WITH_TIMEOUT(emil->pendingCount(), 0, timeout);
        QTRY_COMPARE_WITH_TIMEOUT(emil->syncState(), QStringLiteral("uptodate"), timeout);
        QCOMPARE(emil->rejectedCount(), 0);

        // A second device of Emil's gets every goal, whole.
        auto second = device(newDir(), url(), QStringLiteral("emil"));
        QTRY_COMPARE_WITH_TIMEOUT(second->syncState(), QStringLiteral("uptodate"), timeout);
        for (int i = 0; i < ids.size(); ++i) {
            const auto g = second->store()->get(ids[i]);
            QVERIFY2(g, qPrintable(ids[i]));
            QCOMPARE(g->str("title"), QStringLiteral("Mål nummer %1").arg(i).toStdString());
            QCOMPARE(g->integer("position"), 10 + i);
            QCOMPARE(g->str("status"), std::string("active"));
        }
    }

    // A second device of Emil's pulls his case 50 changes a frame, four frames a pull; the server
    // is killed right after the first frame is stored, with the rest of the window on its way.
    // After the restart the device resumes from the cursor it stored and ends with everything.
    void serverKilledMidPullResumesWithoutLoss()
    {
        auto emil = device(newDir(), url(), QStringLiteral("emil"));
        QTRY_COMPARE_WITH_TIMEOUT(emil->syncState(), QStringLiteral("uptodate"), timeout);
        const QString caseId = emil->caseId();
        for (int i = 0; i < 60; ++i) {
            const QString error =
                emil->store()->write(QStringLiteral("pull-goal-%1").arg(i), bro::kind::goal, caseId,
                                     {{QStringLiteral("title"), QStringLiteral("Delmål %1").arg(i)},
                                      {QStringLiteral("status"), QStringLiteral("active")},
                                      {QStringLiteral("position"), 200 + i}});
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QTRY_COMPARE_WITH_TIMEOUT(emil->pendingCount(), 0, timeout);

        auto second = std::make_unique<Session>(newDir());
        second->setServerUrl(url().toString());
        second->syncClient()->setBackoff(50, 500);
        second->syncClient()->setBatchSize(50);
        second->syncClient()->setWindows(4, 4);
        bool killed = false, hadNewest = true;
        QString stateAtKill;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&] {
            auto *store = second->store();
            if (!killed && store && store->local().cursor() > 0) {
                killed = true;
                stateAtKill = second->syncState();
                hadNewest = store->get(QStringLiteral("pull-goal-59")).has_value();
                m_server.kill9();
            }
        });
        watch.start(0);
        second->login(QStringLiteral("emil"), password);
        QTRY_VERIFY_WITH_TIMEOUT(killed, timeout);
        watch.stop();
        QCOMPARE(stateAtKill, QStringLiteral("syncing")); // cut in the middle of the first sync
        QTRY_COMPARE_WITH_TIMEOUT(second->syncState(), QStringLiteral("offline"), timeout);
        QVERIFY(!hadNewest); // the newest goals had not arrived yet

        QVERIFY(m_server.restart({}, true));
        QTRY_COMPARE_WITH_TIMEOUT(second->syncState(), QStringLiteral("uptodate"), timeout);
        for (int i = 0; i < 60; ++i) {
            const auto g = second->store()->get(QStringLiteral("pull-goal-%1").arg(i));
            QVERIFY2(g, qPrintable(QString::number(i)));
            QCOMPARE(g->integer("position"), 200 + i);
        }
        for (const char *k : {bro::kind::goal, bro::kind::checkin, bro::kind::absence,
                              bro::kind::message, bro::kind::note})
            QCOMPARE(second->store()->list(caseId, k).size(),
                     emil->store()->list(caseId, k).size());
    }

    void rejectedChangeShowsUp()
    {
        auto kari = device(newDir(), url(), QStringLiteral("kari"));
        QTRY_COMPARE_WITH_TIMEOUT(kari->syncState(), QStringLiteral("uptodate"), timeout);
        RejectedModel rejected(kari.get());
        QCOMPARE(rejected.rowCount(), 0);
        QSignalSpy said(kari.get(), &Session::changeRejected);
        // Kari is not on Jonas's care team: the server refuses her note there.
        const QString error = kari->store()->write(
            QStringLiteral("note-by-kari"), bro::kind::note, QStringLiteral("case-jonas"),
            {{QStringLiteral("author_id"), kari->personId()},
             {QStringLiteral("text"), QStringLiteral("Feil sak")},
             {QStringLiteral("created"), convert::nowUtc()}});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(rejected.rowCount(), 3, timeout); // one per field
        QCOMPARE(kari->pendingCount(), 0);
        QCOMPARE(kari->rejectedCount(), 3);
        QVERIFY(said.count() >= 1);
        const auto row = rejected.get(0);
        QCOMPARE(row.value(QStringLiteral("code")).toString(), QStringLiteral("forbidden"));
        QCOMPARE(row.value(QStringLiteral("kind")).toString(), QStringLiteral("note"));
        QVERIFY(!row.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(kari->syncState(), QStringLiteral("uptodate"));
    }

    void kariSuggestsAStepAndEmilTakesIt()
    {
        auto kari = device(newDir(), url(), QStringLiteral("kari"));
        QTRY_COMPARE_WITH_TIMEOUT(kari->syncState(), QStringLiteral("uptodate"), timeout);
        GoalStepsModel karis(kari.get());
        karis.setCaseId(QStringLiteral("case-emil"));
        karis.setGoalId(QStringLiteral("goal-emil-1"));
        karis.setShowDeclined(true);
        const QString id = karis.add(QStringLiteral("Øve på gravemaskin med faglig leder"),
                                     QStringLiteral("Du sa du vil bli tryggere før fagprøven."));
        QVERIFY2(!id.isEmpty(), qPrintable(karis.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(kari->pendingCount(), 0, timeout);
        QCOMPARE(kari->rejectedCount(), 0);

        auto emil = device(newDir(), url(), QStringLiteral("emil"));
        QTRY_COMPARE_WITH_TIMEOUT(emil->syncState(), QStringLiteral("uptodate"), timeout);
        GoalStepsModel emils(emil.get());
        emils.setCaseId(QStringLiteral("case-emil"));
        emils.setGoalId(QStringLiteral("goal-emil-1"));
        const int row = emils.indexOf(id);
        QVERIFY(row >= 0);
        QCOMPARE(emils.get(row).value(QStringLiteral("state")).toString(),
                 QStringLiteral("suggested"));
        QCOMPARE(emils.get(row).value(QStringLiteral("suggestedBy")).toString(),
                 QStringLiteral("Kari Nordby"));
        QCOMPARE(emils.get(row).value(QStringLiteral("suggestionWhy")).toString(),
                 QStringLiteral("Du sa du vil bli tryggere før fagprøven."));
        // In his own words, then taken: from now on it is his.
        QVERIFY(emils.setTitle(id, QStringLiteral("Øve på maskinene jeg er usikker på")));
        QVERIFY(emils.accept(id));
        QTRY_COMPARE_WITH_TIMEOUT(emil->pendingCount(), 0, timeout);
        QCOMPARE(emil->rejectedCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            karis.get(karis.indexOf(id)).value(QStringLiteral("state")).toString(),
            QStringLiteral("accepted"), timeout);
        QCOMPARE(karis.get(karis.indexOf(id)).value(QStringLiteral("title")).toString(),
                 QStringLiteral("Øve på maskinene jeg er usikker på"));
    }

    void kariCannotDeleteEmilsGoalAndIsToldWhy()
    {
        auto kari = device(newDir(), url(), QStringLiteral("kari"));
        QTRY_COMPARE_WITH_TIMEOUT(kari->syncState(), QStringLiteral("uptodate"), timeout);
        GoalsModel karis(kari.get());
        karis.setCaseId(QStringLiteral("case-emil"));
        RejectedModel rejected(kari.get());
        const int before = rejected.rowCount();
        QVERIFY(karis.indexOf(QStringLiteral("goal-emil-2")) >= 0);
        // The UI offers no delete to a helper; a device that tries anyway is refused.
        QVERIFY(karis.remove(QStringLiteral("goal-emil-2")));
        QTRY_COMPARE_WITH_TIMEOUT(rejected.rowCount(), before + 1, timeout);
        const auto row = rejected.get(0);
        QCOMPARE(row.value(QStringLiteral("code")).toString(), QStringLiteral("forbidden"));
        QCOMPARE(row.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Målet er lærlingens eget, med lærlingens egne ord. Bare lærlingen "
                                "kan endre eller slette det. Du kan foreslå et steg i stedet."));
        // Emil still has his goal.
        auto emil = device(newDir(), url(), QStringLiteral("emil"));
        QTRY_COMPARE_WITH_TIMEOUT(emil->syncState(), QStringLiteral("uptodate"), timeout);
        const auto goal = emil->store()->local().get("goal-emil-2");
        QVERIFY(goal && !goal->deleted());
    }

    void emilTellsHisTeamWithOneTap()
    {
        auto kari = device(newDir(), url(), QStringLiteral("kari"));
        QTRY_COMPARE_WITH_TIMEOUT(kari->syncState(), QStringLiteral("uptodate"), timeout);
        MessagesModel karis(kari.get());
        karis.setCaseId(QStringLiteral("case-emil"));
        const int before = karis.rowCount();
        auto emil = device(newDir(), url(), QStringLiteral("emil"));
        QTRY_COMPARE_WITH_TIMEOUT(emil->syncState(), QStringLiteral("uptodate"), timeout);
        MessagesModel emils(emil.get());
        emils.setCaseId(QStringLiteral("case-emil"));
        const QString text = QStringLiteral("Jeg har det tungt nå. Kan noen ta kontakt?");
        QVERIFY(emils.send(text));
        QTRY_COMPARE_WITH_TIMEOUT(emil->pendingCount(), 0, timeout);
        QCOMPARE(emil->rejectedCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(karis.rowCount(), before + 1, timeout);
        bool found = false;
        for (int i = 0; i < karis.rowCount(); ++i)
            found = found || karis.get(i).value(QStringLiteral("text")).toString() == text;
        QVERIFY(found);
    }

    void withdrawnConsentPurgesTheAdviser()
    {
        auto kari = device(newDir(), url(), QStringLiteral("kari"));
        QTRY_COMPARE_WITH_TIMEOUT(kari->syncState(), QStringLiteral("uptodate"), timeout);
        QVERIFY(!kari->store()->list(QStringLiteral("case-emil"), bro::kind::goal).empty());
        // Kari's case view of Emil.
        GoalsModel karisView(kari.get());
        karisView.setCaseId(QStringLiteral("case-emil"));
        QVERIFY(karisView.rowCount() > 0);
        QVERIFY(karisView.shared());
        auto emil = device(newDir(), url(), QStringLiteral("emil"));
        QTRY_COMPARE_WITH_TIMEOUT(emil->syncState(), QStringLiteral("uptodate"), timeout);
        const QString error =
            emil->store()->write(QStringLiteral("consent:case-emil:org-okab:goals"),
                                 bro::kind::consent, QStringLiteral("case-emil"),
                                 {{QStringLiteral("org_id"), QStringLiteral("org-okab")},
                                  {QStringLiteral("category"), QStringLiteral("goals")},
                                  {QStringLiteral("granted"), false},
                                  {QStringLiteral("until"), QVariant()}});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(emil->pendingCount(), 0, timeout);
        // Kari's connected device gets a purge and deletes the scope.
        QTRY_VERIFY_WITH_TIMEOUT(
            kari->store()->list(QStringLiteral("case-emil"), bro::kind::goal).empty(), timeout);
        QVERIFY(kari->store()->list(QStringLiteral("case-emil"), bro::kind::goal_step).empty());
        QVERIFY(!kari->store()->list(QStringLiteral("case-emil"), bro::kind::case_file).empty());
        // The view empties and says why. The purge comes first (the data goes at once), the
        // withdrawn consent record in the frame after it.
        QCOMPARE(karisView.rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!karisView.shared(), timeout);
        // And stays without it after more syncing.
        kari->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(kari->syncState(), QStringLiteral("uptodate"), timeout);
        QVERIFY(kari->store()->list(QStringLiteral("case-emil"), bro::kind::goal).empty());

        // Emil sees the withdrawal in the consent history and who received what (audit).
        ConsentModel consent(emil.get());
        consent.setCaseId(QStringLiteral("case-emil"));
        QSignalSpy history(&consent, &ConsentModel::historyChanged);
        consent.history(); // asks the server
        QTRY_VERIFY_WITH_TIMEOUT(history.count() >= 1, timeout);
        bool withdrawn = false;
        for (const auto &v : consent.history()) {
            const auto e = v.toMap();
            withdrawn =
                withdrawn ||
                (e.value(QStringLiteral("category")).toString() == QStringLiteral("goals") &&
                 !e.value(QStringLiteral("granted")).toBool() &&
                 e.value(QStringLiteral("orgId")).toString() == QStringLiteral("org-okab"));
        }
        QVERIFY(withdrawn);
        AuditModel audit(emil.get());
        audit.setCaseId(QStringLiteral("case-emil"));
        audit.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(audit.rowCount() > 0, timeout);
        bool karisDevice = false;
        for (int i = 0; i < audit.rowCount(); ++i)
            karisDevice =
                karisDevice ||
                audit.get(i).value(QStringLiteral("actorName")).toString() == kari->userName();
        QVERIFY(karisDevice);

        // Granting again sends Kari a snapshot of the scope, live.
        QVERIFY(emil->store()
                    ->write(QStringLiteral("consent:case-emil:org-okab:goals"), bro::kind::consent,
                            QStringLiteral("case-emil"), {{QStringLiteral("granted"), true}})
                    .isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(karisView.rowCount() > 0, timeout);
        QVERIFY(karisView.shared());
    }

    void coordinatorGetsTheProgrammeFigures()
    {
        auto hanne = device(newDir(), url(), QStringLiteral("hanne"));
        QTRY_VERIFY_WITH_TIMEOUT(hanne->loggedIn(), timeout);
        QCOMPARE(hanne->role(), QStringLiteral("coordinator"));
        ProgrammeModel figures(hanne.get()); // every year, asked for on sign-in
        QTRY_VERIFY_WITH_TIMEOUT(figures.available(), timeout);
        QVERIFY(!figures.withheld());
        QCOMPARE(figures.count(), 5); // one row per open phase
        // The demo's small programme: every phase "under 5", never the number (issue 24).
        QCOMPARE(figures.data(figures.index(2), ProgrammeModel::TextRole).toString(),
                 QStringLiteral("under 5"));
        QVERIFY(figures.csv().startsWith(QStringLiteral("id,value\n")));
        QCOMPARE(figures.years().constFirst().toInt(), 2022);
        QCOMPARE(figures.years().constLast().toInt(), QDate::currentDate().year());
    }
};

QTEST_GUILESS_MAIN(TestSyncClient)
#include "tst_sync_client.moc"
