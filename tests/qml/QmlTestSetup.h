#pragma once
// Shared by the screenshot runner: a demo Session on `dir`, and the translation for `lang`.
#include "TestSupport.h"

#include <QCoreApplication>
#include <QQmlEngine>
#include <QQuickStyle>

#include "session/Session.h"

namespace bro::qmltest {

inline bool prepare(QQmlEngine *engine, const QString &dir, const QString &lang)
{
    QQuickStyle::setStyle(QStringLiteral("Material"));
    engine->addImportPath(QStringLiteral("qrc:/"));
    const QString user = qEnvironmentVariable("BRO_SCREENSHOT_USER", QStringLiteral("emil"));
    if (!bro::testing::openDemoSession(dir, user))
        return false;
    if (auto *session = Session::instance()) {
        session->setDemoMode(true);
        session->setLanguage(lang);
    }
    return true;
}

} // namespace bro::qmltest
