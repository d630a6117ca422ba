// One Qt Quick Test harness for all tst_*.qml files (ctest runs it once per file with -input).
// A Session is opened on a fresh temporary directory with the demo content, signed in offline as
// the apprentice "emil" (or $BRO_TEST_USER) — no server needed.
#include "TestSupport.h"
#include "session/Session.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>
#include <memory>

Q_IMPORT_QML_PLUGIN(BroPlugin)

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        // Whatever Session gets created, its default data directory is our temporary one.
        qputenv("XDG_DATA_HOME", m_dir.path().toLocal8Bit());
        if (!m_dir.isValid() ||
            !bro::testing::openDemoSession(m_dir.path() + QStringLiteral("/data"), user()))
            qFatal("could not open a demo session for %s", qPrintable(user()));
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        // Ask QML for the instance it will use (Qt 6.4 may construct its own; see NEEDS.md).
        QQmlComponent probe(engine);
        probe.setData("import QtQml\nimport Bro\nQtObject { property QtObject session: Session }",
                      QUrl(QStringLiteral("qrc:/probe.qml")));
        std::unique_ptr<QObject> object(probe.create());
        auto *session =
            object ? qobject_cast<Session *>(object->property("session").value<QObject *>())
                   : nullptr;
        if (!session)
            qFatal("no Session in QML: %s", qPrintable(probe.errorString()));
        if (!session->loggedIn() && !session->openLocalDemo(user()))
            qFatal("the demo session is not signed in");
    }

private:
    static QString user() { return qEnvironmentVariable("BRO_TEST_USER", QStringLiteral("emil")); }
    QTemporaryDir m_dir;
};

QUICK_TEST_MAIN_WITH_SETUP(bro_qml, Setup)

#include "tst_bro_qml.moc"
