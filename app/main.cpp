// bro: the app. Thin on purpose — everything lives in bro_app (the `Bro` QML module).

#include "print/DataExport.h"
#include "print/PlanPrinter.h"
#include "print/YearReport.h"
#include "session/Session.h"
#include "session/WindowSize.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QScreen>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>
#include <cstring>
#include <memory>

Q_IMPORT_QML_PLUGIN(BroPlugin)

namespace {

// `--print-plan`, `--print-year-report` and `--export-data` write a file and quit: no window, so
// no display is needed.
bool writesFileOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *opt : {"--print-plan", "--print-year-report", "--export-data"})
            if (std::strncmp(argv[i], opt, std::strlen(opt)) == 0)
                return true;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool headless = writesFileOnly(argc, argv);
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
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
    const QCommandLineOption demoUserOpt(
        QStringLiteral("demo-user"),
        QStringLiteral("Sign in locally as a demo user (emil, kari …) without a server."),
        QStringLiteral("USER"));
    const QCommandLineOption caseOpt(QStringLiteral("case"),
                                     QStringLiteral("The case to show or print (helpers)."),
                                     QStringLiteral("CASE"));
    const QCommandLineOption printOpt(
        QStringLiteral("print-plan"),
        QStringLiteral("Write the plan as a PDF to FILE and quit (no window)."),
        QStringLiteral("FILE"));
    const QCommandLineOption exportOpt(
        QStringLiteral("export-data"),
        QStringLiteral("Write all data this device holds about you to FILE (JSON, with the plan "
                       "as a PDF beside it) and quit (no window)."),
        QStringLiteral("FILE"));
    const QCommandLineOption reportOpt(
        QStringLiteral("print-year-report"),
        QStringLiteral("Write the programme's year report as a PDF to FILE and quit (the "
                       "coordinator; no window)."),
        QStringLiteral("FILE"));
    const QCommandLineOption yearOpt(QStringLiteral("year"),
                                     QStringLiteral("The year of the report (default: this year)."),
                                     QStringLiteral("YEAR"));
    parser.addOptions({serverOpt, dataOpt, demoOpt, langOpt, demoUserOpt, caseOpt, printOpt,
                       reportOpt, yearOpt, exportOpt});
    parser.process(app);

    // A demo user without --data gets a throw-away folder: the real sign-in stays untouched.
    std::unique_ptr<QTemporaryDir> scratch;
    QString dataDir = parser.value(dataOpt);
    if (parser.isSet(demoUserOpt) && dataDir.isEmpty()) {
        scratch = std::make_unique<QTemporaryDir>();
        dataDir = scratch->path();
    }
    // The Session exists before QML does; the `Session` singleton is this instance.
    auto *session = new Session(dataDir, &app);
    if (parser.isSet(serverOpt))
        session->setServerUrl(parser.value(serverOpt));
    if (parser.isSet(langOpt))
        session->setLanguage(parser.value(langOpt));
    session->setDemoMode(parser.isSet(demoOpt) || parser.isSet(demoUserOpt));
    QTextStream err(stderr);
    if (parser.isSet(demoUserOpt) && !session->openLocalDemo(parser.value(demoUserOpt))) {
        err << "bro: unknown demo user '" << parser.value(demoUserOpt) << "'\n";
        return 2;
    }
    if (parser.isSet(caseOpt))
        session->setCaseId(parser.value(caseOpt));

    if (headless) {
        if (!session->loggedIn()) {
            err << "bro: nobody is signed in on this device (use --demo-user or --data)\n";
            return 1;
        }
        QString error;
        if (parser.isSet(printOpt))
            error = PlanPrinter(session).writePdf(parser.value(printOpt));
        if (error.isEmpty() && parser.isSet(reportOpt)) {
            YearReport report(session);
            if (parser.isSet(yearOpt))
                report.setYear(parser.value(yearOpt).toInt());
            error = report.writePdf(parser.value(reportOpt));
        }
        if (error.isEmpty() && parser.isSet(exportOpt))
            error = DataExport(session).writeExport(parser.value(exportOpt));
        if (!error.isEmpty()) {
            err << "bro: " << error << "\n";
            return 1;
        }
        return 0;
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/")); // Qt 6.4: the module lives at qrc:/Bro
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/Bro/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    // Main.qml opens at a phone's size; on a bigger screen the window grows to fit it, centred.
    if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()))
        if (auto *screen = window->screen()) {
            const auto area = screen->availableGeometry();
            const auto size = initialWindowSize(area.size());
            window->resize(size);
            window->setPosition(area.x() + (area.width() - size.width()) / 2,
                                area.y() + (area.height() - size.height()) / 2);
        }
    return app.exec();
}
