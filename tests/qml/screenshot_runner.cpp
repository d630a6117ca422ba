// Renders pages of the app offscreen into PNGs: bro_screenshots --out DIR [--sizes 390x844,...]
// [--pages today,goals,...] [--qml URL] [--import PATH] [--lang nb|en]
// Each page is shown through Main.qml's showPage(name), the window is resized and grabbed.
// Under Xvfb (QT_QPA_PLATFORM=xcb, DISPLAY set) the pictures are what a user sees; the default
// offscreen platform renders without shader effects, so the style's dialog sheets are missing.
#include <QDir>
#include <QEventLoop>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

#ifdef BRO_WITH_APP
#include "QmlTestSetup.h"

#include <QtQml/qqmlextensionplugin.h>
Q_IMPORT_QML_PLUGIN(BroPlugin)
#endif

namespace {

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QString arg(const QStringList &args, const QString &name, const QString &fallback)
{
    const auto i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

// An item by objectName anywhere under `item`, through the visual tree (a Loader's item is not
// a QObject child of the window's content item).
QQuickItem *findItem(QQuickItem *item, const QString &name)
{
    if (item->objectName() == name)
        return item;
    for (QQuickItem *child : item->childItems())
        if (auto *found = findItem(child, name))
            return found;
    return nullptr;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QUICK_CONTROLS_STYLE", "Material");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString out = arg(args, QStringLiteral("--out"), QStringLiteral("screenshots"));
    const QStringList sizes =
        arg(args, QStringLiteral("--sizes"), QStringLiteral("390x844")).split(u',');
    const QStringList pages =
        arg(args, QStringLiteral("--pages"),
            QStringLiteral(
                "today,goals,goal,addgoal,checkin,absence,journey,sharing,consent,preview,audit,"
                "messages,notes,settings,rejected,login"))
            .split(u',');
    const QString lang = arg(args, QStringLiteral("--lang"), QStringLiteral("nb"));
    QDir().mkpath(out);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    const QString importPath = arg(args, QStringLiteral("--import"), QString());
    if (!importPath.isEmpty())
        engine.addImportPath(importPath);

#ifdef BRO_WITH_APP
    QTemporaryDir dir;
    if (!bro::qmltest::prepare(&engine, dir.path(), lang)) {
        std::fprintf(stderr, "could not prepare a demo session\n");
        return 1;
    }
#endif

    engine.load(QUrl(arg(args, QStringLiteral("--qml"), QStringLiteral("qrc:/Bro/Main.qml"))));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    window->show();

    int failures = 0;
    // "login-national": the login page of a server with ID-porten and HelseID and no
    // passwords, as the server would describe itself (issue 21).
    const auto offerNational = [&] {
        auto *login = findItem(window->contentItem(), QStringLiteral("loginPage"));
        if (auto *signIn = login ? login->property("signIn").value<QObject *>() : nullptr) {
            const auto provider = [](const char *id, const char *name, QStringList roles) {
                return QVariantMap{{QStringLiteral("id"), QString::fromLatin1(id)},
                                   {QStringLiteral("name"), QString::fromLatin1(name)},
                                   {QStringLiteral("roles"), roles}};
            };
            signIn->setProperty(
                "providers",
                QVariantList{provider("idporten", "ID-porten",
                                      {QStringLiteral("apprentice"), QStringLiteral("adviser")}),
                             provider("helseid", "HelseID", {QStringLiteral("clinician")})});
            signIn->setProperty("passwords", false);
        } else {
            std::fprintf(stderr, "login-national: no login page with its signIn\n");
        }
    };

    for (const QString &page : pages) {
        // "lock": Today under the PIN lock; "choosepin": the form that sets one (issue 21).
        if (page == QLatin1String("lock") || page == QLatin1String("choosepin")) {
            QQmlExpression lock(qmlContext(window), window,
                                page == QLatin1String("lock")
                                    ? QStringLiteral("Session.lock.setPin('408172', '408172'), "
                                                     "Session.lock.lockIfPinSet()")
                                    : QStringLiteral("Session.lock.removePin(), choosePin()"));
            lock.evaluate();
            if (lock.hasError())
                std::fprintf(stderr, "%s\n", qPrintable(lock.error().toString()));
        }
        if (page == QLatin1String("login") || page == QLatin1String("login-national")) {
            QQmlExpression logout(engine.rootContext(), window, QStringLiteral("Session.logout()"));
            logout.evaluate();
        }
        for (const QString &size : sizes) {
            const auto wh = size.split(u'x');
            if (wh.size() != 2)
                continue;
            window->resize(wh[0].toInt(), wh[1].toInt());
            settle(50);
            // "journey@end": the page scrolled to its end (what is below the fold).
            QString name = page;
            const bool toEnd = name.endsWith(QLatin1String("@end"));
            if (toEnd)
                name.chop(4);
            QVariant shown;
            QMetaObject::invokeMethod(window, "showPage", Q_RETURN_ARG(QVariant, shown),
                                      Q_ARG(QVariant, name));
            settle(250);
            if (name == QLatin1String("login-national")) {
                offerNational();
                settle(150);
            }
            if (toEnd) {
                // The page on top of Main.qml's StackView, scrolled to its end.
                QQmlExpression scroll(
                    qmlContext(window), window,
                    QStringLiteral("(function(p) { if (p && p.flickable) p.flickable.contentY = "
                                   "Math.max(0, p.flickable.contentHeight - p.flickable.height) })"
                                   "(stack.currentItem)"));
                scroll.evaluate();
                if (scroll.hasError())
                    std::fprintf(stderr, "%s\n", qPrintable(scroll.error().toString()));
                settle(150);
            }
            const QImage image = window->grabWindow();
            const QString user =
                qEnvironmentVariable("BRO_SCREENSHOT_USER", QStringLiteral("emil"));
            const QString file =
                QStringLiteral("%1/%2%3-%4-%5.png")
                    .arg(out, user == QLatin1String("emil") ? QString() : user + u'-',
                         QString(page).replace(QLatin1String("@end"), QLatin1String("-end")), size,
                         lang);
            if (image.isNull() || !image.save(file)) {
                std::fprintf(stderr, "failed: %s\n", qPrintable(file));
                ++failures;
            } else {
                std::printf("%s%s\n", qPrintable(file), shown.toBool() ? "" : "  (page not shown)");
            }
        }
    }
    return failures == 0 ? 0 : 1;
}
