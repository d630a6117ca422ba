// End to end, as a new user meets it: a real bro-server seeded with the demo, and on a fresh
// device (no settings, no store) the app's real window (qrc:/Bro/Main.qml) where each role signs
// in with user name and password. The first page must be that role's own, at once and after the
// first sync: the apprentice's Today, a helper's caseload with their cases, the coordinator's
// programme figures (issue 26: the coordinator landed on an empty "Mine lærlinger" and saw the
// figures only after a restart, since the page was chosen before the role was known). And no red
// "could not be saved" banner that nobody caused. ctest runs each role in a process of its own
// (tst_e2e_first_page_<role>), as each is a device of its own.

#include "demo_server.hpp"
#include "session/Session.h"
#include "sync/SyncClient.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <memory>

Q_IMPORT_QML_PLUGIN(BroPlugin)

namespace {

constexpr int timeout = 15000;

QQuickItem *find(QQuickItem *item, const QString &objectName)
{
    if (item->objectName() == objectName)
        return item;
    for (QQuickItem *child : item->childItems())
        if (QQuickItem *found = find(child, objectName))
            return found;
    return nullptr;
}

// The page on top of the window's stack, by its objectName.
QString currentPage(QQuickWindow *window)
{
    QQuickItem *stack = find(window->contentItem(), QStringLiteral("stack"));
    if (!stack)
        return {};
    auto *page = qvariant_cast<QObject *>(stack->property("currentItem"));
    return page ? page->objectName() : QString();
}

} // namespace

class TestE2eFirstPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    bro::test::DemoServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QQuickStyle::setStyle(QStringLiteral("Material"));
        qputenv("XDG_DATA_HOME", m_dir.path().toLocal8Bit());
        QVERIFY(m_server.start());
    }

    void eachRoleLandsOnItsOwnPage_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("page");
        QTest::newRow("apprentice") << QStringLiteral("emil") << QStringLiteral("todayPage");
        QTest::newRow("adviser") << QStringLiteral("kari") << QStringLiteral("casesPage");
        QTest::newRow("clinician") << QStringLiteral("ingrid") << QStringLiteral("casesPage");
        QTest::newRow("coordinator")
            << QStringLiteral("hanne") << QStringLiteral("coordinatorPage");
    }
    void eachRoleLandsOnItsOwnPage()
    {
        QFETCH(QString, user);
        QFETCH(QString, page);
        // A fresh device: its own empty data folder, the window up before anyone signs in.
        Session session(m_dir.filePath(QStringLiteral("device-") + user));
        session.setLanguage(QStringLiteral("nb"));
        session.setServerUrl(m_server.url().toString());
        session.syncClient()->setBackoff(50, 500);
        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.load(QUrl(QStringLiteral("qrc:/Bro/Main.qml")));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        window->resize(1280, 900);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(!session.loggedIn());

        session.login(user, QStringLiteral("demo-passord"));
        QTRY_VERIFY2_WITH_TIMEOUT(session.loggedIn(), qPrintable(session.lastError()), timeout);
        QTRY_COMPARE_WITH_TIMEOUT(currentPage(window), page, timeout);
        QTRY_COMPARE_WITH_TIMEOUT(session.syncState(), QStringLiteral("uptodate"), timeout);
        QCOMPARE(currentPage(window), page); // still, after the first sync
        if (page == QLatin1String("casesPage")) {
            QObject *cases = find(window->contentItem(), page);
            QTRY_VERIFY_WITH_TIMEOUT(cases->property("caseCount").toInt() > 0, timeout);
        }
        QCOMPARE(session.rejectedCount(), 0);
        QQuickItem *banner = find(window->contentItem(), QStringLiteral("rejectedBanner"));
        QVERIFY(banner);
        QVERIFY2(!banner->isVisible(), "no 'could not be saved' banner nobody caused");
        session.logout();
    }
};

QTEST_MAIN(TestE2eFirstPage)
#include "tst_e2e_first_page.moc"
