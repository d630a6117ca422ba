#pragma once
// For the screenshot runner: a demo Session (no server) on `dir`, in language `lang`, as the
// instance QML actually uses.
#include "TestSupport.h"
#include "session/Session.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickStyle>
#include <memory>

namespace bro::qmltest {

inline bool prepare(QQmlEngine *engine, const QString &dir, const QString &lang)
{
    QQuickStyle::setStyle(QStringLiteral("Material"));
    qputenv("XDG_DATA_HOME", dir.toLocal8Bit()); // any default Session lands in `dir` too
    engine->addImportPath(QStringLiteral("qrc:/"));
    const QString user = qEnvironmentVariable("BRO_SCREENSHOT_USER", QStringLiteral("emil"));
    if (!bro::testing::openDemoSession(dir + QStringLiteral("/data"), user))
        return false;
    // Qt 6.4 may construct its own singleton (tests/qml/NEEDS.md): ask QML which one it uses.
    QQmlComponent probe(engine);
    probe.setData("import QtQml\nimport Bro\nQtObject { property QtObject session: Session }",
                  QUrl(QStringLiteral("qrc:/probe.qml")));
    std::unique_ptr<QObject> object(probe.create());
    auto *session =
        object ? qobject_cast<Session *>(object->property("session").value<QObject *>()) : nullptr;
    if (!session || (!session->loggedIn() && !session->openLocalDemo(user)))
        return false;
    session->setDemoMode(true);
    session->setLanguage(lang);
    return true;
}

} // namespace bro::qmltest
