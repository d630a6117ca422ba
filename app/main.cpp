// bro: the app. Thin on purpose — everything lives in bro_app (the `Bro` QML module).

#include "session/Session.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(BroPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Bro"));
    QGuiApplication::setApplicationName(QStringLiteral("bro"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Bro"));
    QGuiApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QQuickStyle::setStyle(QStringLiteral("Material"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Bro — samarbeid om helse i læretiden"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOpt(QStringLiteral("server"),
                                       QStringLiteral("Server address (ws://host:port)."),
                                       QStringLiteral("URL"));
    const QCommandLineOption dataOpt(QStringLiteral("data"),
                                     QStringLiteral("Folder for this device's data."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption demoOpt(QStringLiteral("demo"),
                                     QStringLiteral("Offer the demo accounts on the login page."));
    const QCommandLineOption langOpt(QStringLiteral("lang"),
                                     QStringLiteral("Language override: nb or en."),
                                     QStringLiteral("LANG"));
    parser.addOptions({serverOpt, dataOpt, demoOpt, langOpt});
    parser.process(app);

    // The Session exists before QML does; the `Session` singleton is this instance.
    auto *session = new Session(parser.value(dataOpt), &app);
    if (parser.isSet(serverOpt))
        session->setServerUrl(parser.value(serverOpt));
    if (parser.isSet(langOpt))
        session->setLanguage(parser.value(langOpt));
    session->setDemoMode(parser.isSet(demoOpt));

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/")); // Qt 6.4: the module lives at qrc:/Bro
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/Bro/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    return app.exec();
}
