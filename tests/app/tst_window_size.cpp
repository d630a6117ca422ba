// The first window's size for the screen it opens on (issue 13: a desktop must not start in a
// phone column; a phone stays a phone).

#include "session/WindowSize.h"

#include <QtTest>

class TestWindowSize : public QObject
{
    Q_OBJECT

private slots:
    void sizes_data()
    {
        QTest::addColumn<QSize>("available");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("phone, portrait") << QSize(390, 844) << QSize(390, 844);
        QTest::newRow("small phone") << QSize(360, 640) << QSize(360, 640);
        QTest::newRow("phone, landscape") << QSize(844, 390) << QSize(844, 390);
        QTest::newRow("tablet, portrait") << QSize(820, 1180) << QSize(738, 860);
        QTest::newRow("laptop") << QSize(1366, 736) << QSize(1229, 662);
        QTest::newRow("desktop") << QSize(1920, 1040) << QSize(1280, 860);
        QTest::newRow("4k desktop") << QSize(3840, 2100) << QSize(1280, 860);
        QTest::newRow("no screen known") << QSize() << QSize(390, 844);
    }
    void sizes()
    {
        QFETCH(QSize, available);
        QFETCH(QSize, expected);
        const auto got = initialWindowSize(available);
        QCOMPARE(got, expected);
        if (!available.isEmpty()) { // never larger than the screen
            QVERIFY(got.width() <= available.width());
            QVERIFY(got.height() <= available.height());
        }
        // Wide enough for the list-and-detail layout (Main.qml: wide at 840) wherever the screen
        // is not a phone's.
        if (available.width() >= 1024)
            QVERIFY(got.width() >= 840);
    }
};

QTEST_APPLESS_MAIN(TestWindowSize)
#include "tst_window_size.moc"
