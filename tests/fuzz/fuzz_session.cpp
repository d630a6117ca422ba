// A whole server session fed raw frames: the fuzz input is split into frames at newlines and
// handed to a real SyncHub over a seeded demo database, first as a signed-in apprentice device.
// Every answer must be a frame the protocol parser accepts, and nothing may throw or crash.
#include "demo/demo_seed.hpp"
#include "hub/peer.hpp"
#include "hub/sync_hub.hpp"
#include "sync/protocol.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <unistd.h>
#include <vector>

using namespace bro;

namespace {

class CapturePeer : public Peer
{
public:
    void send(std::shared_ptr<const std::string> frame) override
    {
        std::lock_guard lock(m_mutex);
        frames.push_back(*frame);
    }
    std::string remote_address() const override { return "127.0.0.1"; }
    void close_for_restart() override {}

    std::mutex m_mutex;
    std::vector<std::string> frames;
};

struct World
{
    std::string dir;
    std::unique_ptr<SyncHub> hub;
    std::string token;
    std::string device_id;

    World()
    {
        char tmpl[] = "/tmp/bro-fuzz-XXXXXX";
        dir = mkdtemp(tmpl);
        const std::string db = dir + "/server.db";
        seed_demo(db);
        hub = std::make_unique<SyncHub>(db);
        auto peer = std::make_shared<CapturePeer>();
        hub->join(peer);
        hub->handle(peer, R"({"type":"login","id":"l","protocol":1,"user":"emil",)"
                          R"("password":"demo-passord","device_name":"fuzz"})");
        hub->leave(peer.get());
        for (const auto &f : peer->frames) {
            auto parsed = protocol::parse_server(f);
            if (parsed && std::holds_alternative<protocol::Welcome>(*parsed.message)) {
                const auto &w = std::get<protocol::Welcome>(*parsed.message);
                token = w.token;
                device_id = w.device_id;
            }
        }
        if (token.empty())
            std::abort();
    }

    ~World()
    {
        hub.reset();
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
};

World &world()
{
    static World w;
    return w;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto &w = world();
    auto peer = std::make_shared<CapturePeer>();
    w.hub->join(peer);
    // Half the inputs speak to a signed-in device, half to one that never said hello.
    if (size > 0 && (data[0] & 1))
        w.hub->handle(peer, R"({"type":"hello","id":"h","protocol":1,"device_id":")" + w.device_id +
                                R"(","token":")" + w.token + R"("})");
    std::string_view rest(reinterpret_cast<const char *>(data), size);
    for (int frames = 0; !rest.empty() && frames < 16; ++frames) {
        const auto nl = rest.find('\n');
        w.hub->handle(peer, rest.substr(0, nl));
        rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
    }
    w.hub->leave(peer.get());
    for (const auto &f : peer->frames)
        if (!protocol::parse_server(f))
            std::abort(); // the server sent something its own protocol refuses
    return 0;
}
