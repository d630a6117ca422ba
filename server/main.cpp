// bro-server: `serve` the sync endpoint, `admin` the directory, or seed a `demo`.

#include "admin/admin_cli.hpp"
#include "demo/demo_seed.hpp"
#include "net/allowed_networks.hpp"
#include "net/server.hpp"
#include "util/args.hpp"
#include "util/config_file.hpp"
#include "util/log.hpp"

#include <algorithm>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace {

void usage(std::ostream &out)
{
    out << "usage:\n"
           "  bro-server serve --db FILE [--port 8443] [--bind 127.0.0.1]\n"
           "                   [--tls-cert FILE --tls-key FILE] [--insecure] [--threads N]\n"
           "                   [--retention-months 12] [--sign-in FILE] [--config FILE]\n"
           "                   [--metrics-allow CIDR,…] [--log-format text|json]\n"
           "  bro-server admin --db FILE <command>    (bro-server admin --help)\n"
           "  bro-server demo --db FILE [--scale N [--offices K]]\n"
           "  bro-server backup --db FILE BACKUP      online, while devices write\n"
           "  bro-server restore --db NEW_FILE BACKUP\n";
}

// What `serve` takes, on the command line and in its configuration file alike.
const std::map<std::string, bro::ConfigKind> &serve_settings()
{
    using K = bro::ConfigKind;
    static const std::map<std::string, K> settings = {
        {"db", K::text},
        {"port", K::integer},
        {"bind", K::text},
        {"tls_cert", K::text},
        {"tls_key", K::text},
        {"insecure", K::flag},
        {"threads", K::integer},
        // The programme's retention of closed cases (docs/server.md):
        {"retention_months", K::integer},
        // National sign-in through ID-porten / HelseID (docs/sign-in.md):
        {"sign_in", K::text},
        // Who may read /metrics besides loopback (docs/server.md):
        {"metrics_allow", K::list},
        // "text" (a terminal) or "json" (one object a line, for the journal):
        {"log_format", K::text},
        // Hidden, for tests and benchmarks (docs/server.md):
        {"token_ttl_seconds", K::integer},
        {"tick_seconds", K::integer},
        {"messages_per_second", K::integer},
        {"sign_in_seconds", K::integer},
        {"keep_alive_seconds", K::integer}};
    return settings;
}

int serve_main(std::vector<std::string> words)
{
    // The file's settings go in front, so that the command line's win (Args keeps the last).
    for (std::size_t i = 0; i + 1 < words.size(); ++i)
        if (words[i] == "--config") {
            const std::string path = words[i + 1];
            words.erase(words.begin() + static_cast<std::ptrdiff_t>(i),
                        words.begin() + static_cast<std::ptrdiff_t>(i) + 2);
            auto from_file = bro::config_words(path, serve_settings());
            words.insert(words.begin(), from_file.begin(), from_file.end());
            break;
        }
    bro::Args a(words, {"insecure"});
    std::set<std::string> known;
    for (const auto &[name, kind] : serve_settings()) {
        std::string flag = name;
        std::replace(flag.begin(), flag.end(), '_', '-');
        known.insert(flag);
    }
    a.only(known);
    if (!a.positional().empty())
        throw bro::UsageError("unexpected '" + a.positional().front() + "'");
    bro::ServeOptions o;
    o.db_path = a.required("db");
    const auto port = a.integer("port", 8443);
    if (port < 0 || port > 65535)
        throw bro::UsageError("--port must be 0-65535");
    o.port = static_cast<unsigned short>(port);
    o.bind = a.get("bind").value_or("127.0.0.1");
    o.tls_cert = a.get("tls-cert").value_or("");
    o.tls_key = a.get("tls-key").value_or("");
    o.insecure = a.flag("insecure");
    const auto threads = a.integer("threads", 0);
    if (threads < 0 || threads > 256)
        throw bro::UsageError("--threads must be 0-256");
    o.threads = static_cast<unsigned>(threads);
    const auto ttl = a.integer("token-ttl-seconds", o.hub.token_ttl_seconds);
    if (ttl < 1)
        throw bro::UsageError("--token-ttl-seconds must be positive");
    o.hub.token_ttl_seconds = ttl;
    const auto tick = a.integer("tick-seconds", o.tick_seconds);
    if (tick < 1 || tick > 86400)
        throw bro::UsageError("--tick-seconds must be 1-86400");
    o.tick_seconds = static_cast<int>(tick);
    const auto rate = a.integer("messages-per-second", 200);
    if (rate < 0)
        throw bro::UsageError("--messages-per-second must be 0 (off) or more");
    o.limits.messages_per_second = static_cast<double>(rate);
    o.limits.burst = static_cast<double>(rate) * 2;
    const auto sign_in = a.integer("sign-in-seconds", 30);
    if (sign_in < 1 || sign_in > 3600)
        throw bro::UsageError("--sign-in-seconds must be 1-3600");
    o.limits.sign_in_timeout = std::chrono::seconds(sign_in);
    const auto keep_alive = a.integer("keep-alive-seconds", 150);
    if (keep_alive < 1 || keep_alive > 3600)
        throw bro::UsageError("--keep-alive-seconds must be 1-3600");
    o.limits.keep_alive = std::chrono::seconds(keep_alive);
    // Each programme's file sets its retention; this option overrides it for all of them.
    if (a.get("retention-months")) {
        const auto retention = a.integer("retention-months", o.hub.retention.months);
        if (retention < 0 || retention > 1200)
            throw bro::UsageError("--retention-months must be 0 (keep closed cases) to 1200");
        o.hub.retention.months = static_cast<int>(retention);
        o.hub.retention_set = true;
    }
    o.hub.sign_in_config = a.get("sign-in").value_or("");
    const auto log_format = a.get("log-format").value_or("text");
    if (log_format != "text" && log_format != "json")
        throw bro::UsageError("--log-format must be text or json");
    bro::log::set_format(log_format == "json" ? bro::log::Format::json : bro::log::Format::text);
    if (const auto allow = a.get("metrics-allow")) {
        try {
            o.limits.metrics_allow =
                std::make_shared<const bro::AllowedNetworks>(bro::AllowedNetworks::parse(*allow));
        } catch (const std::invalid_argument &e) {
            throw bro::UsageError(std::string("--metrics-allow: ") + e.what());
        }
    }
    return bro::serve(o);
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<std::string> words(argv + 1, argv + argc);
    if (words.empty() || words[0] == "--help" || words[0] == "-h" || words[0] == "help") {
        usage(words.empty() ? std::cerr : std::cout);
        return words.empty() ? 2 : 0;
    }
    const auto command = words.front();
    words.erase(words.begin());
    try {
        if (command == "serve")
            return serve_main(words);
        if (command == "admin") {
            if (!words.empty() && (words[0] == "--help" || words[0] == "-h")) {
                bro::admin_usage(std::cout);
                return 0;
            }
            return bro::admin_main(words, std::cout, std::cerr);
        }
        // The operator's two: an online backup while devices write, and a restore into a new
        // database with a new store epoch (docs/server.md, "Backup and restore").
        if (command == "backup" || command == "restore") {
            bro::Args a(words, {});
            a.only({"db"});
            if (a.positional().size() != 1)
                throw bro::UsageError("give one file: bro-server " + command +
                                      " --db DATABASE FILE");
            return bro::admin_main({"--db", a.required("db"), command,
                                    command == "backup" ? "--to" : "--from",
                                    a.positional().front()},
                                   std::cout, std::cerr);
        }
        if (command == "demo") {
            bro::Args a(words, {});
            a.only({"db", "scale", "offices"});
            if (!a.positional().empty())
                throw bro::UsageError("unexpected '" + a.positional().front() + "'");
            const auto scale = a.integer("scale", 0);
            if (scale < 0 || scale > 5000)
                throw bro::UsageError("--scale must be 0-5000");
            const auto offices = a.integer("offices", 0);
            if (offices < 0 || offices > 500)
                throw bro::UsageError("--offices must be 0-500");
            if (offices > 0 && scale == 0)
                throw bro::UsageError("--offices spreads the apprentices of --scale: give both");
            return bro::demo_main(a.required("db"), static_cast<int>(scale),
                                  static_cast<int>(offices), std::cout, std::cerr);
        }
        std::cerr << "bro-server: unknown command '" << command << "'\n";
        usage(std::cerr);
        return 2;
    } catch (const bro::UsageError &e) {
        std::cerr << "bro-server " << command << ": " << e.what() << "\n";
        usage(std::cerr);
        return 2;
    }
}
