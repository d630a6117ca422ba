// Store: the LocalStore as a QObject. Writes validate and land in the outbox with signals;
// refused writes explain themselves in Norwegian and write nothing; remote changes and purges
// tell listeners which case and kinds changed.

#include "AppFixture.h"
#include "domain/schema.hpp"
#include "store/Convert.h"

#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeSignalsAndFillsOutbox()
    {
        fixture::App app;
        QSignalSpy changed(app.store(), &Store::changed);
        QSignalSpy local(app.store(), &Store::localWrite);
        const QString error = app.store()->write(
            QStringLiteral("g1"), bro::kind::goal, QString::fromLatin1(fixture::caseId),
            {{QStringLiteral("title"), QStringLiteral("Fagbrev")},
             {QStringLiteral("status"), QStringLiteral("active")}});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("case-1"));
        QVERIFY(changed.at(0).at(1).value<QSet<QString>>().contains(QStringLiteral("goal")));
        QCOMPARE(local.count(), 1);
        QCOMPARE(app.store()->pendingCount(), 2); // one change per field
        QCOMPARE(app.session->pendingCount(), 2);
    }

    void refusedWriteExplainsAndWritesNothing()
    {
        fixture::App app;
        QSignalSpy changed(app.store(), &Store::changed);
        const QString error = app.store()->write(
            QStringLiteral("g1"), bro::kind::goal, QString::fromLatin1(fixture::caseId),
            {{QStringLiteral("title"), QString()},
             {QStringLiteral("status"), QStringLiteral("active")}});
        QCOMPARE(error, QStringLiteral("Tittelen må fylles ut."));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(app.store()->pendingCount(), 0);
        QVERIFY(!app.store()->get(QStringLiteral("g1")));
    }

    // In English the same refusal reads in English: the real bro_en.qm the app ships, so a
    // string filed under the wrong context would show up here in bokmål.
    void refusalFollowsTheLanguage()
    {
        fixture::App app;
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/bro_en.qm")));
        QCoreApplication::installTranslator(&english);
        const QString error = app.store()->write(
            QStringLiteral("g1"), bro::kind::goal, QString::fromLatin1(fixture::caseId),
            {{QStringLiteral("title"), QString()},
             {QStringLiteral("status"), QStringLiteral("active")}});
        QCoreApplication::removeTranslator(&english);
        QCOMPARE(error, QStringLiteral("Title must be filled in."));
    }

    void absenceEndsAfterItStarts()
    {
        fixture::App app;
        const QString error = app.store()->write(
            QStringLiteral("a1"), bro::kind::absence, QString::fromLatin1(fixture::caseId),
            {{QStringLiteral("from"), QStringLiteral("2026-03-10")},
             {QStringLiteral("to"), QStringLiteral("2026-03-09")},
             {QStringLiteral("kind"), QStringLiteral("sick")},
             {QStringLiteral("health_related"), true}});
        QCOMPARE(error, QStringLiteral("Siste dag kan ikke være før første dag."));
    }

    void qmlNumbersBecomeIntegers()
    {
        // QML hands whole numbers over as doubles; the schema wants integers.
        QVERIFY(convert::toJson(QVariant(3.0)) == nlohmann::json(3));
        QVERIFY(convert::toJson(QVariant(2.5)).is_number_float());
        QVERIFY(convert::toJson(QVariant()).is_null());
        const auto obj = convert::toJson(QVariantMap{{QStringLiteral("a"), true}});
        QVERIFY(obj == (nlohmann::json{{"a", true}}));
        QCOMPARE(convert::fromJson(nlohmann::json{{"n", 4}}).toMap().value(QStringLiteral("n")),
                 QVariant(4));
    }

    void remoteChangesNameTheirCaseAndKinds()
    {
        fixture::App app;
        QSignalSpy changed(app.store(), &Store::changed);
        auto changes = fixture::remoteRecord(
            "n1", bro::kind::note,
            {{"author_id", "p-adv"}, {"text", "Hei"}, {"created", "2026-01-01T10:00:00Z"}});
        auto other = fixture::remoteRecord(
            "c1", bro::kind::checkin,
            {{"date", "2026-01-01"}, {"mood", 3}, {"energy", 3}, {"sleep", 3}, {"pain", 0}},
            "case-2");
        changes.insert(changes.end(), other.begin(), other.end());
        app.deliver(changes, 7);
        QCOMPARE(changed.count(), 2);
        QHash<QString, QSet<QString>> seen;
        for (const auto &args : changed)
            seen.insert(args.at(0).toString(), args.at(1).value<QSet<QString>>());
        QCOMPARE(seen.value(QStringLiteral("case-1")), QSet<QString>{QStringLiteral("note")});
        QCOMPARE(seen.value(QStringLiteral("case-2")), QSet<QString>{QStringLiteral("checkin")});
        QCOMPARE(app.store()->local().cursor(), 7);
        QCOMPARE(app.store()->pendingCount(), 0); // remote changes are not ours to push
    }

    // While catching up, frames are applied at once but announced together: when released, or
    // after holdFlushMs if the sync goes on. A local edit is never held.
    void heldRemoteChangesAreAnnouncedTogether()
    {
        fixture::App app;
        QSignalSpy changed(app.store(), &Store::changed);
        app.store()->holdChanges();
        for (int i = 0; i < 3; ++i)
            app.deliver(
                fixture::remoteRecord(
                    "n" + std::to_string(i), bro::kind::note,
                    {{"author_id", "p-adv"}, {"text", "Hei"}, {"created", "2026-01-01T10:00:00Z"}}),
                i + 1);
        app.deliver(
            fixture::remoteRecord(
                "c1", bro::kind::checkin,
                {{"date", "2026-01-01"}, {"mood", 3}, {"energy", 3}, {"sleep", 3}, {"pain", 0}}),
            4);
        QCOMPARE(changed.count(), 0);
        QVERIFY(app.store()->get(QStringLiteral("n2"))); // applied, only not announced
        QVERIFY(app.store()
                    ->write(QStringLiteral("g1"), bro::kind::goal,
                            QString::fromLatin1(fixture::caseId),
                            {{QStringLiteral("title"), QStringLiteral("Fagbrev")},
                             {QStringLiteral("status"), QStringLiteral("active")}})
                    .isEmpty());
        QCOMPARE(changed.count(), 1); // the local edit at once
        app.store()->releaseChanges();
        QCOMPARE(changed.count(), 2); // all that was held, in one signal for the case
        QCOMPARE(changed.at(1).at(1).value<QSet<QString>>(),
                 (QSet<QString>{QStringLiteral("note"), QStringLiteral("checkin")}));

        // A long catch-up still shows progress.
        app.store()->holdChanges();
        app.deliver(
            fixture::remoteRecord(
                "n9", bro::kind::note,
                {{"author_id", "p-adv"}, {"text", "Hei"}, {"created", "2026-01-01T10:00:00Z"}}),
            5);
        QCOMPARE(changed.count(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 3, 5 * Store::holdFlushMs);
        app.store()->releaseChanges();
        QCOMPARE(changed.count(), 3); // nothing more was held
    }

    void purgeRemovesTheScope()
    {
        fixture::App app;
        app.deliver(fixture::remoteRecord(
            "c1", bro::kind::checkin,
            {{"date", "2026-01-01"}, {"mood", 3}, {"energy", 3}, {"sleep", 3}, {"pain", 0}}));
        QCOMPARE(app.store()->list(QStringLiteral("case-1"), bro::kind::checkin).size(), 1u);
        QSignalSpy changed(app.store(), &Store::changed);
        QVERIFY(app.store()->purge("case-1", {bro::Category::checkins}) > 0);
        QCOMPARE(app.store()->list(QStringLiteral("case-1"), bro::kind::checkin).size(), 0u);
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.at(0).at(1).value<QSet<QString>>().contains(QStringLiteral("checkin")));
    }

    void rejectionsAreKeptUntilDismissed()
    {
        fixture::App app;
        app.store()->write(QStringLiteral("g1"), bro::kind::goal,
                           QString::fromLatin1(fixture::caseId),
                           {{QStringLiteral("title"), QStringLiteral("Mål")},
                            {QStringLiteral("status"), QStringLiteral("active")}});
        QSignalSpy rejected(app.store(), &Store::rejectedChanged);
        std::vector<bro::protocol::Rejected> refused;
        for (const auto &c : app.store()->local().outbox())
            refused.push_back({c.op, "forbidden", "no"});
        app.store()->acknowledge({}, refused);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(app.store()->pendingCount(), 0);
        QCOMPARE(app.store()->rejectedCount(), 2);
        QCOMPARE(app.session->rejectedCount(), 2);
        app.store()->dismissRejected(QString::fromStdString(refused.front().op));
        QCOMPARE(app.store()->rejectedCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
