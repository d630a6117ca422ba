// Reminders as desktop notifications, against dunst on a private session bus (run_dunst.sh
// starts it): a due reminder arrives with Bro's name and its sentence only; dunst's context
// menu offers "Turn off these reminders", and choosing it turns that kind off for good;
// the default action opens the page; a notification closed by the person leaves the banner.

#include "AppFixture.h"
#include "reminders/DesktopNotifier.h"
#include "reminders/ReminderSettings.h"
#include "reminders/Reminders.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace {

QString dunstctl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("dunstctl"), args);
    if (!p.waitForFinished(10'000))
        return QStringLiteral("(dunstctl did not finish)");
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

int displayed()
{
    return dunstctl({QStringLiteral("count"), QStringLiteral("displayed")}).toInt();
}

// dunst's history (closed notifications), newest first: {summary, body, appname}.
QList<QVariantMap> history()
{
    QList<QVariantMap> out;
    const auto doc = QJsonDocument::fromJson(dunstctl({QStringLiteral("history")}).toUtf8());
    for (const auto &group : doc.object().value("data").toArray())
        for (const auto &n : group.toArray()) {
            QVariantMap row;
            for (const char *field : {"summary", "body", "appname"})
                row.insert(
                    QLatin1String(field),
                    n.toObject().value(QLatin1String(field)).toObject().value("data").toString());
            out.append(row);
        }
    return out;
}

QDateTime at(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute));
}

} // namespace

class TestNotifyDunst : public QObject
{
    Q_OBJECT

    std::unique_ptr<fixture::App> m_app;
    Reminders *m_rem = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through run_dunst.sh");
        m_app = std::make_unique<fixture::App>();
        m_rem = m_app->session->reminders();
        QVERIFY(m_rem->desktop());
        QCOMPARE(displayed(), 0);
    }

    void aReminderArrivesAndStopTurnsItsKindOff()
    {
        QSignalSpy shown(m_rem->notifier(), &DesktopNotifier::shown);
        m_rem->settings()->setCheckIn(true);
        m_rem->setNow(at(QDate(2026, 12, 9), 15, 45)); // a Wednesday, after 15:30
        QTRY_COMPARE(shown.count(), 1);
        QCOMPARE(shown.first().first().toString(), QStringLiteral("checkin:2026-12-09"));
        QTRY_COMPARE(displayed(), 1);
        // Planning again sends nothing new: each reminder once.
        m_rem->refresh();
        QTest::qWait(300);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(displayed(), 1);

        // dunst's context menu, answered by our menu script with "Slå av disse påminnelsene"
        // (bokmål, the default).
        QSignalSpy action(m_rem->notifier(), &DesktopNotifier::actionInvoked);
        dunstctl({QStringLiteral("context")});
        QTRY_COMPARE(action.count(), 1);
        QCOMPARE(action.first().at(1).toString(), QStringLiteral("stop"));
        QVERIFY(!m_rem->settings()->checkIn());
        QCOMPARE(m_app->session->settings().value("reminders/p-ap/checkIn").toBool(), false);
        QVERIFY(m_rem->current().isEmpty());

        // The menu offered both actions with their labels.
        QFile menu(qEnvironmentVariable("BRO_DUNST_WORK") + "/menu-input.txt");
        QVERIFY(menu.open(QIODevice::ReadOnly));
        const QString offered = QString::fromUtf8(menu.readAll());
        QVERIFY2(offered.contains("Slå av disse påminnelsene (Bro)") &&
                     offered.contains("Åpne (Bro)"),
                 qPrintable(offered));

        // The notifier closed it; dunst keeps it in its history, with what was shown.
        QTRY_COMPARE(displayed(), 0);
        const auto h = history();
        QCOMPARE(h.size(), 1);
        QCOMPARE(h.first().value("appname").toString(), QStringLiteral("Bro"));
        QCOMPARE(h.first().value("summary").toString(), QStringLiteral("Bro"));
        QCOMPARE(h.first().value("body").toString(),
                 QStringLiteral("Husk å sjekke inn i dag – det tar et halvt minutt."));

        // Turned off stays off: Friday's check-in time brings nothing.
        m_rem->setNow(at(QDate(2026, 12, 11), 16, 0));
        QTest::qWait(300);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(displayed(), 0);
    }

    void theDefaultActionOpensThePage()
    {
        m_app->deliver(fixture::remoteRecord("meeting-0", "meeting",
                                             {{"title", "Samarbeidsmøte på klinikken"},
                                              {"starts", "2026-12-10T10:00:00Z"},
                                              {"status", "held"}}));
        m_app->deliver(fixture::remoteRecord("item-0", "agenda_item",
                                             {{"meeting_id", "meeting-0"},
                                              {"title", "Ryggen"},
                                              {"author_id", "p-cl"},
                                              {"minutes", "Ryggen er bedre."}}));
        QSignalSpy shown(m_rem->notifier(), &DesktopNotifier::shown);
        QSignalSpy open(m_rem, &Reminders::openRequested);
        m_rem->setNow(at(QDate(2026, 12, 11), 12, 0));
        QTRY_COMPARE(shown.count(), 1);
        QCOMPARE(shown.first().first().toString(), QStringLiteral("minutes:meeting-0"));
        QCOMPARE(m_rem->current().value("kind").toString(), QStringLiteral("minutes"));
        QTRY_COMPARE(displayed(), 1);

        dunstctl({QStringLiteral("action"), QStringLiteral("0")});
        QTRY_COMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), QStringLiteral("meetings"));
        QVERIFY(m_rem->settings()->minutes()); // opening is not turning off
        QVERIFY(m_rem->current().isEmpty());
        QTRY_COMPARE(displayed(), 0);
        const auto h = history();
        QVERIFY(!h.isEmpty());
        QCOMPARE(h.first().value("body").toString(),
                 QStringLiteral("Referatet fra et møte er klart. Les det og si om du er enig."));
        for (const auto &row : h) // no meeting title, no clinic, nothing about health
            QVERIFY(!row.value("body").toString().contains("klinikk", Qt::CaseInsensitive) &&
                    !row.value("body").toString().contains("Ryggen"));
    }

    void closedOnTheDesktopLeavesTheBanner()
    {
        m_app->deliver(fixture::remoteRecord(
            "meeting-1", "meeting",
            {{"title", "Oppfølging"}, {"starts", "2026-12-15T09:00:00Z"}, {"status", "planned"}}));
        QSignalSpy shown(m_rem->notifier(), &DesktopNotifier::shown);
        QSignalSpy closed(m_rem->notifier(), &DesktopNotifier::closed);
        m_rem->setNow(QDateTime::fromString("2026-12-15T08:30:00Z", Qt::ISODate).toLocalTime());
        QTRY_COMPARE(shown.count(), 1);
        QCOMPARE(m_rem->current().value("kind").toString(), QStringLiteral("meeting_hour_before"));
        QTRY_COMPARE(displayed(), 1);
        dunstctl({QStringLiteral("close")});
        QTRY_COMPARE(closed.count(), 1);
        QTRY_VERIFY(m_rem->current().isEmpty());
        QVERIFY(m_rem->settings()->meetingHourBefore());
    }

    void cleanupTestCase() { m_app.reset(); }
};

QTEST_GUILESS_MAIN(TestNotifyDunst)
#include "tst_notify_dunst.moc"
