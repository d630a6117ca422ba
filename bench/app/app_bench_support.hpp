#pragma once
// What both app-path benchmark tools share (bro-app-bench, bro-caseload-bench): `--key value`
// arguments, one JSON result line per figure (the format bench/report.js reads), and a bounded
// wait on the Qt event loop.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <functional>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

namespace bro::bench {

struct Args
{
    std::map<std::string, std::string> values;
    std::string get(const std::string &k, const std::string &fallback = {}) const
    {
        auto it = values.find(k);
        return it == values.end() ? fallback : it->second;
    }
    long num(const std::string &k, long fallback) const
    {
        auto it = values.find(k);
        return it == values.end() ? fallback : std::stol(it->second);
    }
};

// The words after the subcommand: `--key value` pairs.
inline Args parse_args(int argc, char **argv)
{
    Args a;
    for (int i = 2; i + 1 < argc; i += 2) {
        std::string k = argv[i];
        if (k.rfind("--", 0) == 0)
            k = k.substr(2);
        a.values[k] = argv[i + 1];
    }
    return a;
}

inline void emit_line(const std::string &bench, const std::string &metric, double value, int run,
                      const nlohmann::json &extra = nlohmann::json::object())
{
    nlohmann::json j = {
        {"bench", bench}, {"side", "bro"}, {"metric", metric}, {"value", value}, {"run", run}};
    for (auto &[k, v] : extra.items())
        j[k] = v;
    std::cout << j.dump() << std::endl;
}

// Runs the event loop until `done`, at most `seconds`; throws with `what` on time-out.
inline void wait_for(const std::function<bool()> &done, double seconds, const std::string &what)
{
    QElapsedTimer t;
    t.start();
    // processEvents with a time limit returns at once when nothing is pending, so the wait spun:
    // on 2 cores it took CPU from the server and the code measured (B8signin: the driver used
    // 5.3 s of CPU in a 7.7 s sign-in). Block for the next event instead; the timer bounds it.
    QTimer wake;
    wake.start(20);
    while (!done()) {
        if (t.elapsed() > seconds * 1000)
            throw std::runtime_error("timed out: " + what);
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
}

} // namespace bro::bench
