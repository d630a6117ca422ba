#pragma once
// Models that show a server answer cached in the session's store meta (programme figures, the
// directory) follow the session's current store and reload when their key changes.

#include "session/Session.h"
#include "store/Store.h"

#include <QPointer>
#include <functional>

namespace metafollow {

// Points `current` at the session's store (re-wiring metaChanged for keys `isKey` accepts to
// `reload` on `owner`), then calls reload().
inline void attach(QObject *owner, QPointer<Store> &current,
                   const std::function<bool(const QString &)> &isKey,
                   const std::function<void()> &reload)
{
    Store *s = Session::instance()->store();
    if (s != current) {
        if (current)
            QObject::disconnect(current, nullptr, owner, nullptr);
        current = s;
        if (current)
            QObject::connect(current, &Store::metaChanged, owner,
                             [isKey, reload](const QString &key) {
                                 if (isKey(key))
                                     reload();
                             });
    }
    reload();
}

} // namespace metafollow
