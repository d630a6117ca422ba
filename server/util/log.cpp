#include "util/log.hpp"

#include "util/time.hpp"

#include <atomic>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>

namespace bro::log {

namespace {

std::atomic<Format> g_format{Format::text};
std::mutex g_mutex; // one whole line at a time from any thread

void write(const char *level, std::string_view message)
{
    std::string line;
    if (g_format.load() == Format::json) {
        const nlohmann::json j = {{"time", iso_datetime(unix_now())},
                                  {"level", level},
                                  {"service", "bro-server"},
                                  {"message", message}};
        line = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    } else {
        line = "bro-server: " + std::string(message);
    }
    std::lock_guard lock(g_mutex);
    std::cerr << line << std::endl;
}

} // namespace

void set_format(Format format)
{
    g_format = format;
}

void info(std::string_view message)
{
    write("info", message);
}

void warn(std::string_view message)
{
    write("warning", message);
}

void error(std::string_view message)
{
    write("error", message);
}

} // namespace bro::log
