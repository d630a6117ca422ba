// MessagesModel and NotesModel: the thread oldest first with who has read what and whom a reply
// is awaited from; notes newest first with their author.

#include "AppFixture.h"
#include "domain/schema.hpp"
#include "models/MessagesModel.h"
#include "models/NotesModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestMessagesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threadAndReadState()
    {
        fixture::App app;
        MessagesModel model(app.session.get());
        QAbstractItemModelTester tester(&model);
        model.setCaseId(QStringLiteral("case-1"));
        app.deliver(fixture::remoteRecord("m1", bro::kind::message,
                                          {{"author_id", "p-adv"},
                                           {"author_name", "Kari Rådgiver"},
                                           {"text", "Hvordan går det?"},
                                           {"sent", "2026-01-01T09:00:00Z"}}));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.unreadCount(), 1);
        QCOMPARE(model.get(0).value(QStringLiteral("mine")).toBool(), false);
        QVERIFY(model.awaiting().contains(QStringLiteral("Aina Lærling")));
        QVERIFY(model.send(QStringLiteral("Bra, takk!")));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.unreadCount(), 0); // sending marks read
        const auto mine = model.get(1);
        QCOMPARE(mine.value(QStringLiteral("mine")).toBool(), true);
        QCOMPARE(mine.value(QStringLiteral("authorName")).toString(),
                 QStringLiteral("Aina Lærling"));
        QCOMPARE(model.get(0).value(QStringLiteral("readBy")).toStringList(),
                 QStringList{QStringLiteral("Aina Lærling")});
        QCOMPARE(model.awaiting(),
                 (QStringList{QStringLiteral("Kari Rådgiver"), QStringLiteral("Ingrid Kliniker")}));
        // The adviser reads it on her device.
        QSignalSpy read(&model, &MessagesModel::readStateChanged);
        app.deliver(fixture::remoteRecord(
            "read:case-1:p-adv", bro::kind::message_read,
            {{"person_id", "p-adv"}, {"read_until", "2099-01-01T00:00:00Z"}}));
        QCOMPARE(read.count(), 1);
        QCOMPARE(model.awaiting(), QStringList{QStringLiteral("Ingrid Kliniker")});
        QVERIFY(model.get(1)
                    .value(QStringLiteral("readBy"))
                    .toStringList()
                    .contains(QStringLiteral("Kari Rådgiver")));
        QVERIFY(!model.send(QStringLiteral("  ")));
        QCOMPARE(model.lastError(), QStringLiteral("Meldingen må fylles ut."));
    }

    void notesNewestFirst()
    {
        fixture::App app(bro::Role::clinician);
        NotesModel model(app.session.get());
        QAbstractItemModelTester tester(&model);
        model.setCaseId(QStringLiteral("case-1"));
        app.deliver(fixture::remoteRecord("n0", bro::kind::note,
                                          {{"author_id", "p-adv"},
                                           {"text", "Eldre notat"},
                                           {"created", "2020-01-01T09:00:00Z"}}));
        QVERIFY(!model.add(QStringLiteral("Kartlegging gjennomført.")).isEmpty());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.get(0).value(QStringLiteral("authorName")).toString(),
                 QStringLiteral("Ingrid Kliniker"));
        QCOMPARE(model.get(0).value(QStringLiteral("mine")).toBool(), true);
        // A note without a stored author name gets it from the care team.
        QCOMPARE(model.get(1).value(QStringLiteral("authorName")).toString(),
                 QStringLiteral("Kari Rådgiver"));
        QCOMPARE(model.add(QString()), QString());
        QCOMPARE(model.lastError(), QStringLiteral("Teksten må fylles ut."));
    }
};

QTEST_GUILESS_MAIN(TestMessagesModel)
#include "tst_messages_model.moc"
