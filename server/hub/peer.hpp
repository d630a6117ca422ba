#pragma once
// One connected device as the hub sees it. The network session implements send(); the hub keeps
// its view of the device (who is signed in, how far the device has been sent the log) here, and
// touches that state only under its own lock.

#include "sync/access_policy.hpp"

#include <cstdint>
#include <memory>
#include <string>

namespace bro {

struct PeerIdentity
{
    Actor actor;
    std::string person_name;
    std::string org_name;
    std::string device_id;
    std::string device_name;
    std::string programme_id; // the person's programme: its definition, its coordinator's scope
};

class Peer
{
public:
    virtual ~Peer() = default;

    // Queues one text frame. Safe from any thread; frames go out in the order send() was called.
    virtual void send(std::shared_ptr<const std::string> frame) = 0;
    virtual std::string remote_address() const = 0;
    // Closes the connection with "going away" (shutdown, or a revoked sign-in) after the frames
    // already queued. Safe from any thread.
    virtual void close_for_restart() = 0;
    // The hub signed this connection in (it sent `welcome`). Safe from any thread.
    virtual void signed_in() {}
    // One keep-alive round: a connection heard from since the last round is fine; a silent one
    // is pinged; one that let a whole round pass after a ping is closed. Safe from any thread.
    virtual void keep_alive() {}

    // ---- hub state, guarded by the hub's lock ----
    bool authenticated = false;
    PeerIdentity identity;
    // Live delivery: true once a pull answered more=false. `sent_through` is the cursor the device
    // was last given; every change it may see with seq <= sent_through has been queued to it.
    bool live = false;
    std::int64_t sent_through = 0;
    // This connection's care-team cases were checked for snapshots (by a full pull); the server's
    // tick re-checks live devices, so a pull at the head may then skip the database.
    bool team_checked = false;
    // The revision of the programme definition this device was last sent (welcome or live).
    std::int64_t programme_revision = -1;
    // A push (or a frame that may have been one) was not stored: refuse the pushes behind it, so
    // that a device's changes are never stored out of their order, until one starts again at or
    // before the failed push's first counter (a retry). 0: not known, only a new connection.
    bool pushes_halted = false;
    std::uint64_t halted_from = 0;
};

} // namespace bro
