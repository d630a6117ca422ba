#pragma once
// Models that show a server answer cached in the session's store meta (programme figures, the
// directory) follow their session's current store and reload when their key changes.

#include "store/Store.h"

#include <QPointer>
#include <functional>

namespace metafollow {

// Points `current` at `s`, the session's store or null (re-wiring metaChanged for keys `isKey`
// accepts to `reload` on `owner`), then calls reload().
inline void attach(QObject *owner, QPointer<Store> &current, Store *s,
                   const std::function<bool(const QString &)> &isKey,
                   const std::function<void()> &reload)
{
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
