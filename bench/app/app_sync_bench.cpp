// B1 and B2 through the app's own sync path (issue 13): a headless Session with its SyncClient
// (QWebSocket) and Store, and one list model of each kind alive on the case, as the pages bind
// them, so every store change re-reads them as it does for a user. bench/run prints these rows
// beside the core driver's (bro-bench) and PouchDB's. See bench/README.md.
//
//   bro-app-bench b1 --url ws://127.0.0.1:PORT/sync --user emil --records 10000 --runs 5 --dir D
//   bro-app-bench b2 --url ws://127.0.0.1:PORT/sync --records 10000 --runs 5 --dir D
//   (either with --window N: requests in flight each way, the app's own default when left out;
//   --name NAME: the result row's name, e.g. B1rtt for a run through bench/peers/latency.js)
//
// One JSON line per run on stdout, as bro-bench writes them. To see what the models cost (as in
// bench/README.md), BRO_BENCH_NO_MODELS=1 binds none and BRO_BENCH_ONLY_GOALS=1 only the goals.

#include "app_bench_support.hpp"
#include "models/AbsenceModel.h"
#include "models/CheckInsModel.h"
#include "models/ConsentModel.h"
#include "models/GoalsModel.h"
#include "models/JourneyModel.h"
#include "models/MeetingsModel.h"
#include "models/MessagesModel.h"
#include "models/NotesModel.h"
#include "models/ReturnPlanModel.h"
#include "session/Session.h"
#include "store/Store.h"
#include "sync/SyncClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using namespace bro::bench;

using nlohmann::json;

const QString password = QStringLiteral("demo-passord");

// Runs the event loop until `done`, at most `seconds`; throws with `what` on time-out.

// The same data the core driver and the Node peer use (bench/src/bench_support.hpp).
QString goal_title(long i)
{
    return QStringLiteral("Goal %1: practise routine %2 until it sits").arg(i).arg(i % 7);
}

// The models the apprentice's pages hold on their case.
struct BoundModels
{
    std::vector<std::unique_ptr<CaseModel>> models;

    BoundModels(Session *session, const QString &caseId)
    {
        models.push_back(
            std::make_unique<GoalsModel>(session)); // first: BRO_BENCH_ONLY_GOALS keeps it
        models.push_back(std::make_unique<CheckInsModel>(session));
        models.push_back(std::make_unique<AbsenceModel>(session));
        models.push_back(std::make_unique<MessagesModel>(session));
        models.push_back(std::make_unique<NotesModel>(session));
        models.push_back(std::make_unique<JourneyModel>(session));
        models.push_back(std::make_unique<MeetingsModel>(session));
        models.push_back(std::make_unique<ReturnPlanModel>(session));
        models.push_back(std::make_unique<ConsentModel>(session));
        if (qEnvironmentVariableIsSet("BRO_BENCH_ONLY_GOALS"))
            models.resize(1);
        if (!qEnvironmentVariableIsSet("BRO_BENCH_NO_MODELS"))
            for (auto &m : models)
                m->setCaseId(caseId);
    }
};

// `--window N`: pushes in flight and frames per pull (the app's default is 4; 1 is one request at
// a time, as before pipelining, reported as B1app1/B2app1), so that one run can compare both.
int g_window = 0;

std::unique_ptr<Session> signed_in(const QString &dir, const QString &url, const QString &user)
{
    auto s = std::make_unique<Session>(dir);
    if (g_window > 0)
        s->syncClient()->setWindows(g_window, g_window);
    s->setServerUrl(url);
    s->login(user, password);
    wait_for([&] { return s->loggedIn(); }, 30, "sign-in of " + user.toStdString());
    return s;
}

long long count_goals(Store &store, const QString &caseId)
{
    auto st = store.local().database().prepare(
        "SELECT count(DISTINCT record_id) FROM fields WHERE kind = 'goal' AND case_id = ?");
    st.bind(1, caseId.toStdString());
    st.step();
    return st.column_int64(0);
}

// ---- B1: a new device signs in and syncs the case (10 000 goals seeded by bro-bench seed) ----
int b1(const Args &a)
{
    const auto url = QString::fromStdString(a.get("url"));
    const auto user = QString::fromStdString(a.get("user", "emil"));
    const long expect = a.num("records", 10000);
    const int runs = static_cast<int>(a.num("runs", 5));
    for (int run = 1; run <= runs; ++run) {
        const auto dir =
            QString::fromStdString(a.get("dir")) + QStringLiteral("/app-b1-%1").arg(run);
        QDir(dir).removeRecursively();
        // The password hash is the server's cost, not the sync path's: the clock starts at the
        // welcome, when the app starts its first pull and the pages bind their models.
        auto s = signed_in(dir, url, user);
        QElapsedTimer t;
        t.start();
        BoundModels bound(s.get(), s->caseId());
        wait_for(
            [&] {
                return s->syncState() == QLatin1String("uptodate") &&
                       count_goals(*s->store(), s->caseId()) >= expect;
            },
            600, "B1 app path");
        const double seconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
        emit_line(
            a.get("name", "B1app") + (g_window == 1 ? "1" : ""), "seconds", seconds, run,
            {{"records", count_goals(*s->store(), s->caseId())}, {"models", bound.models.size()}});
    }
    return 0;
}

// ---- B2: N edits made offline are uploaded when the device is back online ----
int b2(const Args &a)
{
    const auto url = QString::fromStdString(a.get("url"));
    const long records = a.num("records", 10000);
    const int runs = static_cast<int>(a.num("runs", 5));
    // A fresh device per run (the server remembers each device's counter), each on another
    // apprentice, so that no run first downloads what the previous one uploaded.
    const std::vector<QString> users = {QStringLiteral("emil"), QStringLiteral("sara"),
                                        QStringLiteral("jonas"), QStringLiteral("ida"),
                                        QStringLiteral("mathias")};
    for (int run = 1; run <= runs; ++run) {
        const auto user = users[static_cast<std::size_t>(run - 1) % users.size()];
        const auto dir =
            QString::fromStdString(a.get("dir")) + QStringLiteral("/app-b2-%1").arg(run);
        QDir(dir).removeRecursively();
        auto s = signed_in(dir, url, user);
        wait_for([&] { return s->syncState() == QLatin1String("uptodate"); }, 120, "B2 first sync");
        // Offline: a port nothing listens on. The edits themselves are not timed; they go in
        // without an fsync each, as in the core driver's B2.
        s->setServerUrl(QStringLiteral("ws://127.0.0.1:9/sync"));
        wait_for([&] { return s->syncState() != QLatin1String("uptodate"); }, 30, "going offline");
        auto &db = s->store()->local().database();
        db.exec("PRAGMA synchronous = OFF");
        const auto caseId = s->caseId().toStdString();
        for (long i = 0; i < records; ++i) {
            auto r = s->store()->local().write(
                // The process id too: a second invocation on the same server (B2app1) must
                // write new records, not values the device already holds (those are skipped).
                "app-b2-" + std::to_string(QCoreApplication::applicationPid()) + "-" +
                    std::to_string(run) + "-" + std::to_string(i),
                "goal", caseId, {{"title", goal_title(i).toStdString()}, {"status", "active"}});
            if (r.error)
                throw std::runtime_error("B2: local write refused: " + r.error->message);
        }
        db.exec("PRAGMA synchronous = FULL");
        // Written past Store, so tell its listeners as Store::write would have.
        s->store()->notifyChanged(s->caseId(), {QStringLiteral("goal")});
        Q_EMIT s->store()->outboxChanged();
        BoundModels bound(s.get(), s->caseId());
        const int pending = s->pendingCount();
        if (pending < records)
            throw std::runtime_error("B2: only " + std::to_string(pending) + " changes pending");
        QElapsedTimer t;
        t.start();
        s->setServerUrl(url);
        wait_for([&] { return s->pendingCount() == 0; }, 600, "B2 app path");
        const double seconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
        emit_line(
            a.get("name", "B2app") + (g_window == 1 ? "1" : ""), "seconds", seconds, run,
            {{"changes", pending}, {"user", user.toStdString()}, {"models", bound.models.size()}});
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc < 2) {
        std::cerr << "usage: bro-app-bench b1|b2 --url URL [--user U] [--records N] [--runs N] "
                     "--dir DIR\n";
        return 2;
    }
    const Args a = parse_args(argc, argv);
    g_window = static_cast<int>(a.num("window", 0));
    try {
        const std::string cmd = argv[1];
        if (cmd == "b1")
            return b1(a);
        if (cmd == "b2")
            return b2(a);
        std::cerr << "bro-app-bench: unknown command " << cmd << "\n";
        return 2;
    } catch (const std::exception &e) {
        std::cerr << "bro-app-bench: " << e.what() << "\n";
        return 1;
    }
}
