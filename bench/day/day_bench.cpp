// bro-day-bench: B9, a national day (issue 23). Reads who works on which case from the server's
// database, signs every apprentice, adviser and clinician in on a device of their own (through
// the load balancer), replays a compressed working day of their writes, runs the given faults at
// their times on the day's clock (a node killed, PostgreSQL restarted, the balancer restarted so
// that every device reconnects at once), lets everything settle, and then holds every device to
// what the database says its person may see. Prints one JSON line per figure (bench/report.js).
//
//   bro-day-bench --db URI --connect 127.0.0.1:PORT --node-pids P1,P2,P3 --pg-data DIR
//                 [--speed 360] [--event NAME@HH:MM=COMMAND]... [--login-parallel 8] [--size N]

#include "day_oracle.hpp"
#include "day_plan.hpp"
#include "demo/demo_dataset.hpp"
#include "proc_meter.hpp"
#include "sim_device.hpp"
#include "store/change_log.hpp"
#include "store/server_schema.hpp"
#include "util/time.hpp"

#include <algorithm>
#include <boost/asio/ip/address.hpp>
#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace {

using namespace bro::day;
using json = nlohmann::json;

struct Event
{
    std::string name, command;
    double at_s = 0;
    Clock::time_point started{}, finished{};
    bool done = false;
};

struct Options
{
    std::string db, connect, pg_data, name = "B9", side = "bro-pg";
    std::vector<pid_t> node_pids;
    std::vector<Event> events;
    double speed = 360;
    int login_parallel = 8;
    long size = 0;
};

Options parse(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string k = argv[i];
        if (i + 1 >= argc)
            throw std::invalid_argument("missing value for " + k);
        const std::string v = argv[++i];
        if (k == "--db")
            o.db = v;
        else if (k == "--connect")
            o.connect = v;
        else if (k == "--pg-data")
            o.pg_data = v;
        else if (k == "--name")
            o.name = v;
        else if (k == "--speed")
            o.speed = std::stod(v);
        else if (k == "--size")
            o.size = std::stol(v);
        else if (k == "--login-parallel")
            o.login_parallel = std::stoi(v);
        else if (k == "--node-pids") {
            std::size_t at = 0;
            while (at < v.size()) {
                const auto comma = v.find(',', at);
                o.node_pids.push_back(static_cast<pid_t>(std::stol(v.substr(at, comma - at))));
                at = comma == std::string::npos ? v.size() : comma + 1;
            }
        } else if (k == "--event") { // NAME@HH:MM=COMMAND
            const auto a = v.find('@'), e = v.find('=');
            if (a == std::string::npos || e == std::string::npos || e < a)
                throw std::invalid_argument("--event wants NAME@HH:MM=COMMAND, got " + v);
            o.events.push_back(
                {v.substr(0, a), v.substr(e + 1), clock_seconds(v.substr(a + 1, e - a - 1))});
        } else
            throw std::invalid_argument("unknown argument " + k);
    }
    if (o.db.empty() || o.connect.empty())
        throw std::invalid_argument("--db and --connect are required");
    std::sort(o.events.begin(), o.events.end(),
              [](const Event &a, const Event &b) { return a.at_s < b.at_s; });
    return o;
}

// Runs a fault's command through /bin/sh without the devices' sockets: thousands of inherited
// descriptors made a restarted PostgreSQL's postmaster fail to start (its listening socket then
// lands above FD_SETSIZE), silently, at 1 000 apprentices. The child only closes and execs.
int run_command(const std::string &command)
{
    const pid_t pid = fork();
    if (pid == 0) {
        close_range(3, ~0U, 0);
        execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char *>(nullptr));
        _exit(127);
    }
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) < 0)
        return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(q * static_cast<double>(v.size())))];
}

// The samples taken before `until` (Clock::time_point::max(): all of them).
std::vector<double> samples_before(const std::vector<DeviceWorld::Sample> &s,
                                   Clock::time_point until)
{
    std::vector<double> out;
    for (const auto &x : s)
        if (x.at < until)
            out.push_back(x.ms);
    return out;
}

double secs(Clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

std::int64_t scalar(bro::Database &db, const std::string &sql)
{
    auto s = db.prepare(sql);
    s.step();
    return s.column_int64(0);
}

// Runs the io_context in slices until `done` or `limit` passes; false on the limit.
template <typename Done>
bool run_until(boost::asio::io_context &ioc, Done done, std::chrono::seconds limit,
               const std::function<void()> &each = {})
{
    const auto until = Clock::now() + limit;
    while (!done()) {
        if (Clock::now() > until)
            return false;
        ioc.restart();
        ioc.run_for(std::chrono::milliseconds(10));
        if (each)
            each();
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
try {
    const auto opt = parse(argc, argv);
    // One socket per device: thousands of them.
    rlimit nofile{};
    getrlimit(RLIMIT_NOFILE, &nofile);
    nofile.rlim_cur = nofile.rlim_max;
    setrlimit(RLIMIT_NOFILE, &nofile);

    auto db = bro::open_server_database(opt.db);
    const auto today = bro::today_utc();
    const auto dir = read_directory(db, today);
    const auto start_seq = bro::ChangeLog(db).max_seq();
    const bool pg = opt.db.rfind("postgres", 0) == 0;
    const auto size_before =
        pg ? scalar(db, "SELECT pg_database_size(current_database())") : std::int64_t{0};
    std::cerr << "B9: " << dir.apprentices << " apprentices, " << dir.people.size() << " devices, "
              << dir.cases.size() << " cases, log at " << start_seq << ", " << size_before / 1000000
              << " MB\n";

    boost::asio::io_context ioc;
    const auto colon = opt.connect.rfind(':');
    DeviceWorld world(ioc,
                      {boost::asio::ip::make_address(opt.connect.substr(0, colon)),
                       static_cast<unsigned short>(std::stoi(opt.connect.substr(colon + 1)))},
                      std::string(bro::demo::password));
    std::vector<std::unique_ptr<SimDevice>> devices;
    for (const auto &p : dir.people)
        devices.push_back(std::make_unique<SimDevice>(world, p.username, start_seq));
    auto all_live = [&] {
        return std::all_of(devices.begin(), devices.end(), [](const auto &d) { return d->live(); });
    };

    // Yesterday's devices: each signs in once (a password, Argon2id on the server: the slow
    // part, not measured), a few at a time.
    const auto t_login = Clock::now();
    std::size_t next = 0, live_count = 0;
    world.on_live = [&] {
        ++live_count;
        if (next < devices.size())
            devices[next++]->start();
    };
    for (int i = 0; i < opt.login_parallel && next < devices.size(); ++i)
        devices[next++]->start();
    if (!run_until(ioc, all_live, std::chrono::seconds(1800)))
        throw std::runtime_error("not every device signed in within 30 minutes (" +
                                 std::to_string(live_count) + " of " +
                                 std::to_string(devices.size()) + "): " + world.first_error);
    std::cerr << "B9: " << devices.size() << " devices signed in and live in "
              << secs(Clock::now() - t_login) << " s\n";

    // The day.
    const auto plan = plan_day(dir, today, "b9", 20261205);
    std::vector<Clock::time_point> all_live_at;
    world.on_live = [&] {
        if (all_live())
            all_live_at.push_back(Clock::now());
    };
    world.ack_ms.clear();
    world.receipt_ms.clear();
    world.bytes_in = world.bytes_out = 0;
    world.reconnects = world.errors = 0;
    world.first_error.clear();
    ProcMeter meter(opt.node_pids, opt.pg_data);
    auto events = opt.events;
    std::vector<std::thread> running;
    const auto t0 = Clock::now();
    world.start = t0;
    std::size_t due = 0;
    auto last_sample = t0;
    const auto virtual_now = [&] { return secs(Clock::now() - t0) * opt.speed; };
    auto tick = [&] {
        const double vt = virtual_now();
        for (; due < plan.size() && plan[due].at_s <= vt; ++due)
            devices[plan[due].person]->write(plan[due]);
        for (auto &e : events)
            if (!e.started.time_since_epoch().count() && e.at_s <= vt) {
                e.started = Clock::now();
                std::cerr << "B9: " << e.name << " at " << secs(e.started - t0) << " s\n";
                running.emplace_back([&e] {
                    if (run_command(e.command) != 0)
                        std::cerr << "B9: event " << e.name << " failed: " << e.command << "\n";
                    e.finished = Clock::now();
                    e.done = true;
                });
            }
        if (Clock::now() - last_sample > std::chrono::milliseconds(500)) {
            meter.sample();
            last_sample = Clock::now();
        }
    };
    const auto day_real = std::chrono::seconds(static_cast<long>(day_length_s / opt.speed) + 1);
    run_until(
        ioc, [&] { return due >= plan.size() && virtual_now() >= day_length_s; },
        day_real + std::chrono::seconds(60), tick);
    for (auto &t : running)
        t.join();
    // Settle: every write acknowledged, every device live, then once more to the end.
    const bool settled = run_until(
        ioc,
        [&] {
            return std::all_of(devices.begin(), devices.end(),
                               [](const auto &d) { return d->settled(); });
        },
        std::chrono::seconds(300), tick);
    const auto t_settled = Clock::now();
    for (auto &d : devices)
        d->pull_to_end();
    run_until(ioc, all_live, std::chrono::seconds(120), tick);
    meter.sample();
    const double day_s = secs(t_settled - t0);
    for (auto &d : devices)
        d->stop();
    ioc.restart();
    ioc.run_for(std::chrono::milliseconds(200));

    // A new connection: the day's restart of PostgreSQL ended the first one.
    auto check = bro::open_server_database(opt.db);
    const auto result = check_day(check, dir, devices, start_seq, today);
    const auto size_after =
        pg ? scalar(check, "SELECT pg_database_size(current_database())") : std::int64_t{0};

    // Figures. Latencies of the calm morning (before the first fault) and of the whole day.
    const auto calm_until = events.empty() ? Clock::time_point::max() : events.front().started;
    const auto n = static_cast<double>(dir.apprentices);
    // Rows are keyed by the size bench/run seeded (--size); the demo's own few come on top.
    const json extra = {
        {"apprentices", opt.size > 0 ? opt.size : static_cast<long>(dir.apprentices)},
        {"apprentice_devices", dir.apprentices},
        {"devices", devices.size()},
        {"cases", dir.cases.size()},
        {"speed", opt.speed}};
    auto emit = [&](const std::string &metric, double value) {
        json j = {{"bench", opt.name},
                  {"side", opt.side},
                  {"metric", metric},
                  {"value", value},
                  {"run", 1}};
        j.update(extra);
        std::cout << j.dump() << std::endl;
    };
    const auto acks_calm = samples_before(world.ack_ms, calm_until);
    const auto receipts_calm = samples_before(world.receipt_ms, calm_until);
    const auto acks_all = samples_before(world.ack_ms, Clock::time_point::max());
    const auto receipts_all = samples_before(world.receipt_ms, Clock::time_point::max());
    emit("writes", static_cast<double>(plan.size()));
    emit("pushes", static_cast<double>(world.pushes));
    emit("changes", static_cast<double>(world.changes));
    emit("day_s", day_s);
    emit("ack_p50_ms", percentile(acks_calm, 0.5));
    emit("ack_p99_ms", percentile(acks_calm, 0.99));
    emit("receipt_p50_ms", percentile(receipts_calm, 0.5));
    emit("receipt_p99_ms", percentile(receipts_calm, 0.99));
    emit("ack_p99_ms_all_day", percentile(acks_all, 0.99));
    emit("receipt_p99_ms_all_day", percentile(receipts_all, 0.99));
    long peak = 0;
    for (const auto &[second, count] : world.acks_per_second)
        peak = std::max(peak, count);
    emit("peak_pushes_per_s", static_cast<double>(peak));
    const auto cpu = meter.node_cpu_s();
    const auto rss = meter.node_peak_rss_mb();
    double nodes_cpu = 0;
    for (std::size_t i = 0; i < cpu.size(); ++i) {
        emit("node" + std::to_string(i) + "_cpu_s", cpu[i]);
        emit("node" + std::to_string(i) + "_rss_mb", rss[i]);
        nodes_cpu += cpu[i];
    }
    emit("nodes_cpu_s", nodes_cpu);
    emit("pg_cpu_s", meter.pg_cpu_s());
    emit("pg_size_mb", static_cast<double>(size_after) / 1e6);
    emit("pg_growth_mb", static_cast<double>(size_after - size_before) / 1e6);
    emit("cpu_ms_per_apprentice_day", (nodes_cpu + meter.pg_cpu_s()) * 1000 / n);
    emit("db_bytes_per_apprentice_day", static_cast<double>(size_after - size_before) / n);
    emit("wire_bytes_per_apprentice_day",
         static_cast<double>(world.bytes_in + world.bytes_out) / n);
    for (std::size_t i = 0; i < events.size(); ++i) {
        // The first moment every device was live again (-1: not before the next fault).
        const auto from = events[i].started;
        const auto to = i + 1 < events.size() ? events[i + 1].started : Clock::now();
        std::optional<Clock::time_point> first;
        for (const auto t : all_live_at)
            if (t >= from && t < to && !first)
                first = t;
        emit("caught_up_s_after_" + events[i].name, first ? secs(*first - from) : -1.0);
    }
    emit("reconnects", static_cast<double>(world.reconnects));
    emit("rejected", static_cast<double>(world.rejected));
    emit("oracle_visible", static_cast<double>(result.visible));
    emit("oracle_lost", static_cast<double>(result.lost));
    emit("oracle_extra", static_cast<double>(result.extra));
    emit("oracle_behind", static_cast<double>(result.behind));
    emit("oracle_not_once", static_cast<double>(result.not_once));
    if (!world.first_rejection.empty())
        std::cerr << "B9: first refusal: " << world.first_rejection << "\n";
    if (!world.first_error.empty())
        std::cerr << "B9: first connection problem: " << world.first_error << "\n";
    if (!settled)
        std::cerr << "B9: the day did not settle within 5 minutes\n";
    if (!result.first_problem.empty())
        std::cerr << "B9: oracle: " << result.first_problem << "\n";
    const bool ok = settled && result.lost == 0 && result.extra == 0 && result.behind == 0 &&
                    result.not_once == 0 && world.rejected == 0;
    std::cerr << "B9: " << (ok ? "nothing lost, nothing extra" : "FAILED") << "\n";
    return ok ? 0 : 1;
} catch (const std::exception &e) {
    std::cerr << "bro-day-bench: " << e.what() << "\n";
    return 2;
}
