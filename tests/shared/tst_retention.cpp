// Retention: when a closed case is announced and erased (shared/domain/retention.hpp).

#include "domain/dates.hpp"
#include "domain/retention.hpp"

#include <QtTest>
#include <climits>

using namespace bro;

class TestRetention : public QObject
{
    Q_OBJECT

private slots:
    void addMonths_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<int>("months");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "2026-03-15" << 12 << "2027-03-15";
        QTest::newRow("year end") << "2026-11-30" << 2 << "2027-01-30";
        QTest::newRow("to a short month") << "2026-01-31" << 1 << "2026-02-28";
        QTest::newRow("leap february") << "2027-01-31" << 13 << "2028-02-29";
        QTest::newRow("backwards") << "2026-03-31" << -1 << "2026-02-28";
        QTest::newRow("invalid") << "2026-13-01" << 1 << "2026-13-01";
        // Backwards across years: the month index must not go negative inside a year.
        QTest::newRow("back over a year end") << "2026-01-15" << -1 << "2025-12-15";
        QTest::newRow("back thirteen") << "2026-01-31" << -13 << "2024-12-31";
        QTest::newRow("back to a leap february") << "2024-03-30" << -1 << "2024-02-29";
        QTest::newRow("back many years") << "2026-06-30" << -1200 << "1926-06-30";
        // Past the dates Bro accepts: clamped, never a wrapped or truncated string.
        QTest::newRow("before 1900") << "1900-03-01" << -3 << "1900-01-01";
        QTest::newRow("far back") << "2026-06-30" << INT_MIN << "1900-01-01";
        QTest::newRow("after 9999") << "9999-11-30" << 2 << "9999-12-31";
        QTest::newRow("far ahead") << "2026-06-30" << INT_MAX << "9999-12-31";
        QTest::newRow("last valid") << "9999-11-30" << 1 << "9999-12-30";
    }
    void addMonths()
    {
        QFETCH(QString, date);
        QFETCH(int, months);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(add_months(date.toStdString(), months)), expected);
    }

    void decide_data()
    {
        QTest::addColumn<QString>("phase");
        QTest::addColumn<QString>("closed");
        QTest::addColumn<QString>("announced");
        QTest::addColumn<QString>("today");
        QTest::addColumn<int>("months");
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("eraseOn");
        const int keep = int(RetentionStep::keep), announce = int(RetentionStep::announce),
                  erase = int(RetentionStep::erase);
        // Open cases are never touched, however old.
        QTest::newRow("open") << "follow_up"
                              << "2020-01-01"
                              << ""
                              << "2026-11-30" << 12 << keep << "";
        QTest::newRow("no date") << "completed"
                                 << ""
                                 << ""
                                 << "2026-11-30" << 12 << keep << "";
        QTest::newRow("off") << "completed"
                             << "2020-01-01"
                             << ""
                             << "2026-11-30" << 0 << keep << "";
        // Closed: nothing until a month before the date, then the notice.
        QTest::newRow("closed recently") << "completed"
                                         << "2026-06-01"
                                         << ""
                                         << "2026-11-30" << 12 << keep << "2027-06-01";
        QTest::newRow("a day before the notice") << "ended"
                                                 << "2025-12-31"
                                                 << ""
                                                 << "2026-11-30" << 12 << keep << "2026-12-31";
        QTest::newRow("notice day") << "ended"
                                    << "2025-12-31"
                                    << ""
                                    << "2026-12-01" << 12 << announce << "2026-12-31";
        QTest::newRow("datetime accepted") << "completed"
                                           << "2025-12-31T09:00:00Z"
                                           << ""
                                           << "2026-12-01" << 12 << announce << "2026-12-31";
        // Long overdue (the server was off, or the policy was made shorter): still a month's
        // notice from today.
        QTest::newRow("overdue, not told") << "completed"
                                           << "2023-01-01"
                                           << ""
                                           << "2026-11-30" << 12 << announce << "2026-12-30";
        QTest::newRow("told, waiting") << "completed"
                                       << "2023-01-01"
                                       << "2026-11-30"
                                       << "2026-12-29" << 12 << keep << "2026-12-30";
        QTest::newRow("told, month passed") << "completed"
                                            << "2023-01-01"
                                            << "2026-11-30"
                                            << "2026-12-30" << 12 << erase << "2026-12-30";
        QTest::newRow("told early, waits for the date")
            << "ended"
            << "2025-12-31"
            << "2026-12-01"
            << "2026-12-31" << 12 << erase << "2026-12-31";
        QTest::newRow("told early, a day before") << "ended"
                                                  << "2025-12-31"
                                                  << "2026-12-01"
                                                  << "2026-12-30" << 12 << keep << "2026-12-31";
        // Closed again after a reopening: the old notice does not count, a new one is due.
        QTest::newRow("old notice, closed again") << "completed"
                                                  << "2025-01-01"
                                                  << "2024-12-01"
                                                  << "2026-11-30" << 12 << announce << "2026-12-30";
        // Reopened after the notice: kept.
        QTest::newRow("reopened") << "return_to_work"
                                  << "2023-01-01"
                                  << "2026-01-01"
                                  << "2026-11-30" << 12 << keep << "";
    }
    void decide()
    {
        QFETCH(QString, phase);
        QFETCH(QString, closed);
        QFETCH(QString, announced);
        QFETCH(QString, today);
        QFETCH(int, months);
        QFETCH(int, step);
        QFETCH(QString, eraseOn);
        RetentionPolicy policy;
        policy.months = months;
        const auto d = decide_retention(phase.toStdString(), closed.toStdString(),
                                        announced.toStdString(), today.toStdString(), policy);
        QCOMPARE(int(d.step), step);
        QCOMPARE(QString::fromStdString(d.erase_on), eraseOn);
    }
};

QTEST_APPLESS_MAIN(TestRetention)
#include "tst_retention.moc"
