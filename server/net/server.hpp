#pragma once
// `bro-server serve`: one io_context run by a thread per core, the listener, the hub, the
// periodic consent check, and a graceful stop on SIGINT/SIGTERM.

#include "hub/sync_hub.hpp"
#include "net/stream_types.hpp"

#include <string>

namespace bro {

struct ServeOptions
{
    std::string db_path;
    std::string bind = "127.0.0.1";
    unsigned short port = 8443;
    std::string tls_cert;
    std::string tls_key;
    bool insecure = false; // allow plain ws on a non-loopback address
    unsigned threads = 0;  // 0: one per core
    int tick_seconds = 60; // how often lapsed consents are checked
    HubOptions hub;
    SessionLimits limits;
};

// Runs until SIGINT/SIGTERM. Returns the process exit code; prints errors to stderr.
int serve(const ServeOptions &options);

} // namespace bro
