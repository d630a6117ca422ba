// bro-server: `serve` the sync endpoint, `admin` the directory, or seed a `demo`.

#include "admin/admin_cli.hpp"
#include "demo/demo_seed.hpp"
#include "net/server.hpp"
#include "util/args.hpp"

#include <iostream>
#include <string>
#include <vector>

namespace {

void usage(std::ostream &out)
{
    out << "usage:\n"
           "  bro-server serve --db FILE [--port 8443] [--bind 127.0.0.1]\n"
           "                   [--tls-cert FILE --tls-key FILE] [--insecure] [--threads N]\n"
           "                   [--retention-months 12]\n"
           "  bro-server admin --db FILE <command>    (bro-server admin --help)\n"
           "  bro-server demo --db FILE [--scale N]\n";
}

int serve_main(const std::vector<std::string> &words)
{
    bro::Args a(words, {"insecure"});
    a.only({"db", "port", "bind", "tls-cert", "tls-key", "insecure", "threads",
            // Hidden, for tests and benchmarks (docs/server.md):
            "token-ttl-seconds", "tick-seconds", "messages-per-second", "sign-in-seconds",
            // The programme's retention of closed cases (docs/server.md):
            "retention-months"});
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
    // Each programme's file sets its retention; this option overrides it for all of them.
    if (a.get("retention-months")) {
        const auto retention = a.integer("retention-months", o.hub.retention.months);
        if (retention < 0 || retention > 1200)
            throw bro::UsageError("--retention-months must be 0 (keep closed cases) to 1200");
        o.hub.retention.months = static_cast<int>(retention);
        o.hub.retention_set = true;
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
        if (command == "demo") {
            bro::Args a(words, {});
            a.only({"db", "scale"});
            if (!a.positional().empty())
                throw bro::UsageError("unexpected '" + a.positional().front() + "'");
            const auto scale = a.integer("scale", 0);
            if (scale < 0 || scale > 999)
                throw bro::UsageError("--scale must be 0-999");
            return bro::demo_main(a.required("db"), static_cast<int>(scale), std::cout, std::cerr);
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
