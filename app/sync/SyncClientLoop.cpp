// SyncClient: the sync loop once signed in. Pushes the outbox in a window of batches, pulls until
// the server has no more, applies live changes and purges, and acknowledges what it stored.
#include "store/Convert.h"
#include "store/ErrorText.h"
#include "store/Store.h"
#include "sync/SyncClient.h"

#include <algorithm>

using convert::qstr;
using convert::str;
namespace proto = bro::protocol;

void SyncClient::handle(const proto::Ack &m)
{
    // The server answers pushes in the order they were sent.
    if (!m_pushIds.removeOne(qstr(m.id)))
        return;
    if (m_pushIds.isEmpty())
        m_watchdog.stop();
    else
        m_watchdog.start(); // the next one is being worked on
    if (m_store)
        m_store->acknowledge(m.accepted, m.rejected);
    for (const auto &r : m.rejected)
        Q_EMIT rejected(errortext::rejection(r.code, r.message));
    pump();
}

void SyncClient::handle(const proto::Changes &m)
{
    if (!m_store)
        return;
    if (!m_pullId.isEmpty() && qstr(m.id) == m_pullId) {
        // Every frame with the pull's id answers a pull from the previous frame's cursor; the
        // pull is over at the first with nothing more, or when its window is used up.
        if (!m.more || --m_pullFramesLeft <= 0) {
            m_pullId.clear();
            m_watchdog.stop();
            // Ask for the next window before storing this frame, so the server scans while we
            // write. Local edits go first: only when nothing waits to be pushed.
            if (m.more && m_pushIds.isEmpty() &&
                m_store->local().outbox(1, m_pushedThrough).empty())
                sendPull(m.cursor);
        } else {
            m_watchdog.start();
        }
        if (m.more)
            m_store->holdChanges(); // catching up: the models re-read once, at the end
        m_store->applyRemote(m.changes, m.cursor);
        m_pullMore = m.more;
        if (!m.more) {
            m_caughtUp = true;
            m_store->releaseChanges();
        }
    } else {
        // Live delivery. Only move the cursor when we have pulled everything before it;
        // otherwise apply the changes (merge is idempotent) and keep pulling from where we were.
        const auto current = m_store->local().cursor();
        if (m_caughtUp && m_pullId.isEmpty() && m.cursor > current) {
            m_store->applyRemote(m.changes, m.cursor);
        } else {
            m_store->applyRemote(m.changes, current);
            if (m.cursor > current)
                m_pullMore = true;
        }
    }
    pump();
}

void SyncClient::handle(const proto::Purge &m)
{
    if (!m_store)
        return;
    const int rows = m_store->purge(m.case_id, m.categories);
    proto::Purged ack;
    ack.id = str(nextId());
    ack.case_id = m.case_id;
    ack.categories = m.categories;
    send(ack);
    Q_EMIT purged(qstr(m.case_id), rows);
    // Consent never withholds the core category; only leaving the care team purges it.
    if (std::find(m.categories.begin(), m.categories.end(), bro::Category::core) !=
        m.categories.end())
        Q_EMIT caseLeft(qstr(m.case_id));
}

void SyncClient::pump()
{
    if (m_pumpQueued)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpQueued = false;
            if (!m_socketOpen || !m_authenticated || !m_store) {
                if (!m_socketOpen && m_wanted && !m_reconnect.isActive() &&
                    m_state != State::connecting && m_intent != Intent::none)
                    open();
                return;
            }
            for (auto &q : m_queued)
                send(q);
            m_queued.clear();
            if (!m_pullId.isEmpty()) {
                setState(State::syncing);
                return;
            }
            // Pushes go first, up to the window; each takes the changes after the last one sent.
            auto &local = m_store->local();
            while (m_pushIds.size() < m_pushWindow) {
                auto batch = local.outbox(static_cast<std::size_t>(m_batch), m_pushedThrough);
                if (batch.empty())
                    break;
                m_pushedThrough = batch.back().counter;
                proto::Push push;
                m_pushIds << nextId();
                push.id = str(m_pushIds.back());
                push.changes = std::move(batch);
                send(push);
                if (!m_watchdog.isActive())
                    m_watchdog.start();
            }
            if (!m_pushIds.isEmpty()) {
                setState(State::syncing);
                return;
            }
            if (m_pullMore) {
                sendPull(local.cursor());
                setState(State::syncing);
                return;
            }
            setState(State::uptodate);
            Q_EMIT syncedUp();
        },
        Qt::QueuedConnection);
}

void SyncClient::sendPull(std::int64_t cursor)
{
    proto::Pull pull;
    m_pullId = nextId();
    pull.id = str(m_pullId);
    pull.cursor = cursor;
    pull.limit = static_cast<std::size_t>(m_batch);
    pull.window = static_cast<std::size_t>(m_pullWindow);
    m_pullFramesLeft = m_pullWindow;
    send(pull);
    m_watchdog.start();
}
