#pragma once
// Live delivery across server nodes on one PostgreSQL. Every transaction that appends to the
// change log rings a doorbell (NOTIFY bro_changes with the ring's time as its only payload: the
// change data is read from the log, never from the notification). Each node listens on a connection
// of its own and, on a ring or every `poll` at the latest (a missed ring, a horizon held back by a
// slow transaction), calls `deliver` — which reads the log after what it has fanned out, as after a
// local push. The notifications are sent by ring() (server_schema.hpp) inside the writing
// transaction, so they arrive only once it has committed.

#include <atomic>
#include <chrono>
#include <functional>
#include <string>
#include <thread>

namespace bro {

inline constexpr const char *doorbell_channel = "bro_changes";
// Rung when a care team changes (no change-log entry): live helper devices are checked for cases
// they joined or left.
inline constexpr const char *teams_channel = "bro_teams";

class PgDoorbell
{
public:
    // deliver(teams, lag): teams is true when a care team changed since the last call; lag is
    // the seconds from the oldest ring answered to now (negative: delivered by a poll).
    PgDoorbell(std::string uri, std::function<void(bool teams, double lag)> deliver,
               std::chrono::milliseconds poll = std::chrono::milliseconds(500));
    ~PgDoorbell(); // stops and joins the listening thread
    PgDoorbell(const PgDoorbell &) = delete;
    PgDoorbell &operator=(const PgDoorbell &) = delete;

private:
    void run();

    std::string m_uri;
    std::function<void(bool, double)> m_deliver;
    std::chrono::milliseconds m_poll;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace bro
