// One Qt Quick Test harness for all tst_*.qml files (ctest runs it once per file with -input).
// Before QML starts, a Session is opened on a fresh temporary directory with the demo content,
// signed in offline as the apprentice "emil" — no server needed.
#include "TestSupport.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(BroPlugin)

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable() { QQuickStyle::setStyle(QStringLiteral("Material")); }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        const QString user = qEnvironmentVariable("BRO_TEST_USER", QStringLiteral("emil"));
        if (!m_dir.isValid() || !bro::testing::openDemoSession(m_dir.path(), user))
            qFatal("could not open a demo session for %s", qPrintable(user));
    }

private:
    QTemporaryDir m_dir;
};

QUICK_TEST_MAIN_WITH_SETUP(bro_qml, Setup)

#include "tst_bro_qml.moc"
