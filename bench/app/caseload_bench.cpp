// B8, a big caseload (issue 13): an adviser on 60 of 150 apprentices' care teams, a year of data
// each (`bro-server demo --scale 150`). What she waits for, through the app's own code:
//
//   bro-caseload-bench signin --url URL --user vilde --cases 60 --runs 5 --dir D
//       first sign-in to a fully synced device: a fresh data folder, the app's Session, SyncClient
//       and Store with the caseload model bound (her first page); timed from login() to "up to
//       date" with every case's file in the store. Each run leaves a synced device in
//       D/b8-device-RUN.
//   bro-caseload-bench start --app BRO --device D/b8-device-1 --cases 60 --runs 5
//       app start to the caseload's first frame on that synced device: the real `bro` binary,
//       offscreen, from the spawn to Qt's first "Frame rendered" log line; then, two seconds
//       later (its reconnect has caught up), its VmRSS and VmHWM.
//   bro-caseload-bench view --device D/b8-device-1 --cases 60 --runs 5
//       the app's Main.qml in this process on that device: checks that the first frame shows the
//       caseload with every case, then times sorting and filtering it (set the property -> next
//       frame) and opening cases (choose a row -> the case page's next frame), and the models of
//       one case on their own.
//
// One JSON line per figure on stdout, as bro-bench writes them; bench/run and bench/report.js
// turn them into B8's rows. See bench/README.md.

#include "app_bench_support.hpp"
#include "models/AbsenceModel.h"
#include "models/CaseloadModel.h"
#include "models/CheckInsModel.h"
#include "models/JourneyModel.h"
#include "session/Session.h"
#include "session/WindowSize.h"
#include "store/Store.h"
#include "sync/SyncClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QScreen>
#include <QtQml/qqmlextensionplugin.h>
#include <algorithm>
#include <atomic>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

Q_IMPORT_QML_PLUGIN(BroPlugin)

namespace {

using namespace bro::bench;

using nlohmann::json;

double ms_since(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

// VmRSS and VmHWM of a process, in MB.
std::map<std::string, double> memory_mb(const std::string &pid)
{
    std::ifstream in("/proc/" + pid + "/status");
    std::map<std::string, double> out;
    std::string key;
    while (in >> key) {
        if (key == "VmRSS:" || key == "VmHWM:") {
            double kb = 0;
            in >> kb;
            out[key.substr(0, key.size() - 1)] = kb / 1024;
        }
    }
    return out;
}

long long cases_with_file(Store &store)
{
    auto st = store.local().database().prepare(
        "SELECT count(DISTINCT case_id) FROM fields WHERE kind = 'case'");
    st.step();
    return st.column_int64(0);
}

long long changes_held(Store &store)
{
    auto st = store.local().database().prepare("SELECT count(*) FROM fields");
    st.step();
    return st.column_int64(0);
}

// ---- (a) first sign-in to a fully synced device ----
int signin(const Args &a)
{
    const auto url = QString::fromStdString(a.get("url"));
    const auto user = QString::fromStdString(a.get("user", "vilde"));
    const long cases = a.num("cases", 60);
    const int runs = static_cast<int>(a.num("runs", 5));
    for (int run = 1; run <= runs; ++run) {
        const auto dir =
            QString::fromStdString(a.get("dir")) + QStringLiteral("/b8-device-%1").arg(run);
        QDir(dir).removeRecursively();
        QElapsedTimer t;
        auto s = std::make_unique<Session>(dir);
        s->setServerUrl(url);
        // Her first page: the caseload, re-reading as the store announces changes.
        CaseloadModel caseload(s.get());
        t.start();
        s->login(user, QStringLiteral("demo-passord"));
        wait_for([&] { return s->loggedIn(); }, 30, "sign-in of " + user.toStdString());
        const double welcomed = ms_since(t) / 1000;
        wait_for(
            [&] {
                return s->syncState() == QLatin1String("uptodate") &&
                       cases_with_file(*s->store()) >= cases;
            },
            600, "B8 first sync");
        const double seconds = ms_since(t) / 1000;
        if (caseload.rowCount() != cases)
            throw std::runtime_error("B8: the caseload shows " +
                                     std::to_string(caseload.rowCount()) + " cases");
        const auto held = changes_held(*s->store());
        const auto file = QFileInfo(s->store()->path()).size();
        emit_line("B8signin", "seconds", seconds, run,
                  {{"welcome_s", welcomed},
                   {"cases", caseload.rowCount()},
                   {"fields", held},
                   {"store_mb", static_cast<double>(file) / 1e6}});
    }
    return 0;
}

// ---- (b) and (e): the real app's start on a synced device, and its memory ----
int start(const Args &a)
{
    const auto app = QString::fromStdString(a.get("app"));
    const auto device = QString::fromStdString(a.get("device"));
    const int runs = static_cast<int>(a.num("runs", 5));
    for (int run = 1; run <= runs; ++run) {
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"),
                   QStringLiteral("qt.scenegraph.time.renderloop=true"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::SeparateChannels);
        QByteArray err;
        QElapsedTimer t;
        t.start();
        p.start(app, {QStringLiteral("--data"), device});
        double first = -1;
        wait_for(
            [&] {
                err += p.readAllStandardError();
                if (p.state() == QProcess::NotRunning)
                    throw std::runtime_error("bro exited: " + err.right(500).toStdString());
                if (first < 0 && err.contains("Frame rendered"))
                    first = ms_since(t) / 1000;
                return first >= 0;
            },
            60, "the app's first frame");
        // Settled: the reconnect on start has caught up (nothing new on the server).
        QElapsedTimer settle;
        settle.start();
        wait_for([&] { return settle.elapsed() >= 2000; }, 5, "settling");
        const auto mem = memory_mb(std::to_string(p.processId()));
        p.terminate();
        if (!p.waitForFinished(10000))
            p.kill();
        p.waitForFinished(5000);
        emit_line("B8start", "first_frame_s", first, run);
        emit_line("B8mem", "rss_mb", mem.count("VmRSS") ? mem.at("VmRSS") : -1, run);
        emit_line("B8mem", "hwm_mb", mem.count("VmHWM") ? mem.at("VmHWM") : -1, run);
    }
    return 0;
}

// ---- (c) and (d): the caseload page and a case page, in the app's real QML ----
struct Window
{
    std::unique_ptr<Session> session;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;
    std::shared_ptr<std::atomic<int>> frames = std::make_shared<std::atomic<int>>(0);

    // By the visual tree, as the pages of a StackView are not all its QObject children.
    QQuickItem *find(const QString &name) const { return find_in(window->contentItem(), name); }
    static QQuickItem *find_in(QQuickItem *item, const QString &name)
    {
        if (item->objectName() == name)
            return item;
        for (QQuickItem *child : item->childItems())
            if (auto *found = find_in(child, name))
                return found;
        return nullptr;
    }
    // The scene graph may render on its own thread: count frames there, wait here.
    void next_frame(const std::string &what) const
    {
        const int before = frames->load();
        window->update();
        wait_for([&] { return frames->load() > before; }, 10, what);
    }
};

void open_window(Window &w, const QString &device)
{
    w.session = std::make_unique<Session>(device);
    w.engine = std::make_unique<QQmlApplicationEngine>();
    w.engine->addImportPath(QStringLiteral("qrc:/"));
    w.engine->load(QUrl(QStringLiteral("qrc:/Bro/Main.qml")));
    if (w.engine->rootObjects().isEmpty())
        throw std::runtime_error("Main.qml did not load");
    w.window = qobject_cast<QQuickWindow *>(w.engine->rootObjects().constFirst());
    // The size main.cpp gives the first window on this screen.
    if (auto *screen = w.window->screen())
        w.window->resize(initialWindowSize(screen->availableGeometry().size()));
    auto frames = w.frames;
    QObject::connect(
        w.window, &QQuickWindow::frameSwapped, w.window, [frames] { ++*frames; },
        Qt::DirectConnection);
}

int view(const Args &a)
{
    const auto device = QString::fromStdString(a.get("device"));
    const long cases = a.num("cases", 60);
    const int runs = static_cast<int>(a.num("runs", 5));
    const int opens = static_cast<int>(a.num("opens", 10));
    QQuickStyle::setStyle(QStringLiteral("Material"));
    for (int run = 1; run <= runs; ++run) {
        Window w;
        QElapsedTimer t;
        t.start();
        open_window(w, device);
        wait_for([&] { return w.frames->load() > 0; }, 30, "first frame");
        const double first = ms_since(t) / 1000;
        auto *page = w.find(QStringLiteral("casesPage"));
        if (!page || !page->isVisible())
            throw std::runtime_error("the first page is not the caseload");
        if (page->property("caseCount").toInt() != cases)
            throw std::runtime_error("the caseload shows " +
                                     page->property("caseCount").toString().toStdString());
        auto *model = page->property("caseloadModel").value<CaseloadModel *>();
        emit_line("B8view", "first_frame_s", first, run, {{"cases", cases}});

        std::vector<double> sorts;
        for (const char *key : {"name", "phase", "daysInPhase", "flags"}) {
            QElapsedTimer op;
            op.start();
            model->setSortBy(QString::fromLatin1(key));
            w.next_frame(std::string("sorted by ") + key);
            sorts.push_back(ms_since(op));
        }
        std::vector<double> filters;
        for (const char *flag :
             {"talkAboutHealth", "absenceRising", "checkinsFalling", "checkinsMissing",
              "handoverDue", "consentWithdrawn", "behindReturnPlan", ""}) {
            QElapsedTimer op;
            op.start();
            model->setFlagFilter(QString::fromLatin1(flag));
            w.next_frame(std::string("filtered by ") + flag);
            filters.push_back(ms_since(op));
        }
        if (model->rowCount() != cases)
            throw std::runtime_error("the caseload lost cases after filtering");
        auto mean = [](const std::vector<double> &xs) {
            double s = 0;
            for (double x : xs)
                s += x;
            return s / static_cast<double>(xs.size());
        };
        emit_line("B8sort", "ms", mean(sorts), run,
                  {{"max_ms", *std::max_element(sorts.begin(), sorts.end())}});
        emit_line("B8filter", "ms", mean(filters), run,
                  {{"max_ms", *std::max_element(filters.begin(), filters.end())}});

        // Opening a case: choose a row as a tap does (on this window's layout, the case page is
        // pushed), until the next frame; back to the list untimed. Different cases each time.
        auto *stack = w.find(QStringLiteral("stack"));
        std::vector<double> opened;
        for (int i = 0; i < opens; ++i) {
            const int row = (i * 7 + run) % static_cast<int>(cases);
            const QString id = model->data(model->index(row), CaseloadModel::CaseIdRole).toString();
            QElapsedTimer op;
            op.start();
            QMetaObject::invokeMethod(page, "choose", Q_ARG(QVariant, id));
            w.next_frame("the case page");
            opened.push_back(ms_since(op));
            if (stack && stack->property("depth").toInt() > 1) {
                QMetaObject::invokeMethod(stack, "pop", Q_ARG(QVariant, QVariant()));
                w.next_frame("back to the caseload");
            }
        }
        std::sort(opened.begin(), opened.end());
        emit_line("B8open", "ms", opened[opened.size() / 2], run,
                  {{"max_ms", opened.back()}, {"opens", opens}});

        // The case page's models on their own, without QML: what the store costs.
        std::vector<double> models;
        for (int i = 0; i < opens; ++i) {
            const QString id = model
                                   ->data(model->index((i * 11 + run) % static_cast<int>(cases)),
                                          CaseloadModel::CaseIdRole)
                                   .toString();
            QElapsedTimer op;
            op.start();
            CheckInsModel checkins(w.session.get());
            AbsenceModel absences(w.session.get());
            JourneyModel journey(w.session.get());
            checkins.setCaseId(id);
            absences.setCaseId(id);
            journey.setCaseId(id);
            models.push_back(ms_since(op));
        }
        std::sort(models.begin(), models.end());
        emit_line("B8openModels", "ms", models[models.size() / 2], run);
        const auto mem = memory_mb("self");
        emit_line("B8memView", "hwm_mb", mem.count("VmHWM") ? mem.at("VmHWM") : -1, run);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc < 2) {
        std::cerr << "usage: bro-caseload-bench signin|start|view [--url URL] [--user U] "
                     "[--cases N] [--runs N] [--dir DIR] [--app BRO] [--device DIR]\n";
        return 2;
    }
    const Args a = parse_args(argc, argv);
    try {
        const std::string cmd = argv[1];
        if (cmd == "signin")
            return signin(a);
        if (cmd == "start")
            return start(a);
        if (cmd == "view")
            return view(a);
        std::cerr << "bro-caseload-bench: unknown command " << cmd << "\n";
        return 2;
    } catch (const std::exception &e) {
        std::cerr << "bro-caseload-bench: " << e.what() << "\n";
        return 1;
    }
}
