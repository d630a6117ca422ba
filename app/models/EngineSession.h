#pragma once
// Models and printers take their Session as a constructor argument or the `session` property;
// one made in QML without `session:` takes the engine's `Session` singleton as it is created
// (QQmlParserStatus::classBegin, before any binding runs), so ~70 QML call sites stay one line.
// That is the engine's Session, not a process-wide one: each engine may have its own.

#include "session/Session.h"

#include <QQmlEngine>

namespace bro {

// The `Session` of the QML engine that created `object`; null for an object made in C++.
inline Session *engineSession(const QObject *object)
{
    QQmlEngine *engine = qmlEngine(object);
    if (!engine)
        return nullptr;
    // Qt 6.4 has no singletonInstance(uri, name) yet (6.5): go through the type id.
    const int typeId = qmlTypeId("Bro", 1, 0, "Session");
    return typeId < 0 ? nullptr : engine->singletonInstance<Session *>(typeId);
}

} // namespace bro
