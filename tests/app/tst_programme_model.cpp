// ProgrammeModel: the coordinator's figures for a period from the cached server answer, rows per
// open phase, totals, and the CSV export. Counts only.

#include "AppFixture.h"
#include "models/ProgrammeModel.h"
#include "programme/builtin.hpp"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

namespace {

void deliver(Store *store, const QString &from, const QString &to)
{
    bro::protocol::Programme p;
    p.id = "q1";
    p.from = from.toStdString();
    p.to = to.toStdString();
    p.figures.per_phase = {{"referral", 1},       {"preparation", 0}, {"stay", 2},
                           {"return_to_work", 1}, {"follow_up", 1},   {"ended", 0}};
    p.figures.started = 4;
    p.figures.completed = 1;
    p.figures.ended_early = 2;
    p.cohorts = {{2025, 10, 3, 1, 1, 1}, {2026, 10, 4, 0, 4, 0}};
    store->setMeta(
        QStringLiteral("programme:%1:%2").arg(from, to),
        QString::fromStdString(bro::protocol::serialize(bro::protocol::ServerMessage(p))));
}

} // namespace

class TestProgrammeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultPeriodIsThisYear()
    {
        fixture::App app(bro::Role::coordinator);
        ProgrammeModel model;
        const QDate today = QDate::currentDate();
        QCOMPARE(model.from(), QDate(today.year(), 1, 1).toString(Qt::ISODate));
        QCOMPARE(model.to(), today.toString(Qt::ISODate));
        QVERIFY(!model.available());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.csv().isEmpty());
        QVERIFY(!model.exportCsv(QUrl::fromLocalFile(app.dir.filePath("x.csv"))).isEmpty());
    }

    void figuresFromTheServerCache()
    {
        fixture::App app(bro::Role::coordinator);
        ProgrammeModel model;
        QAbstractItemModelTester tester(&model);
        model.setFrom(QStringLiteral("2026-01-01"));
        model.setTo(QStringLiteral("2026-12-31"));
        QSignalSpy changed(&model, &ProgrammeModel::figuresChanged);
        deliver(app.store(), QStringLiteral("2026-01-01"), QStringLiteral("2026-12-31"));
        QVERIFY(changed.count() >= 1);
        QVERIFY(model.available());
        // One row per open phase, in journey order; "ended" is a total, not a row.
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.data(model.index(0), ProgrammeModel::PhaseRole).toString(),
                 QStringLiteral("referral"));
        QCOMPARE(model.data(model.index(2), ProgrammeModel::CountRole).toInt(), 2);
        QCOMPARE(model.inProgramme(), 5);
        QCOMPARE(model.started(), 4);
        QCOMPARE(model.completed(), 1);
        QCOMPARE(model.endedEarly(), 2);
        // Every cohort, oldest first, with the year's target and where its apprentices are now.
        const auto cohorts = model.cohorts();
        QCOMPARE(cohorts.size(), 2);
        const auto first = cohorts.at(0).toMap();
        QCOMPARE(first.value(QStringLiteral("year")).toInt(), 2025);
        QCOMPARE(first.value(QStringLiteral("target")).toInt(), 10);
        QCOMPARE(first.value(QStringLiteral("started")).toInt(), 3);
        QCOMPARE(first.value(QStringLiteral("completed")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("inApprenticeship")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("endedEarly")).toInt(), 1);

        // Another period has its own figures: none cached yet.
        model.setTo(QStringLiteral("2026-06-30"));
        QVERIFY(!model.available());
        QCOMPARE(model.rowCount(), 0);
        model.setTo(QStringLiteral("2026-12-31"));
        QVERIFY(model.available());
    }

    // Rows are the programme's open phases in its order (issue 14): one without preparation
    // has no row for it, and its own name for each.
    void rowsFollowTheProgramme()
    {
        fixture::App app(bro::Role::coordinator);
        auto w = fixture::welcome(bro::Role::coordinator);
        w.programme = bro::builtin_programme();
        std::erase_if(w.programme->phases,
                      [](const auto &phase) { return phase.id == "preparation"; });
        app.session->adopt(w);
        ProgrammeModel model;
        model.setFrom(QStringLiteral("2026-01-01"));
        model.setTo(QStringLiteral("2026-12-31"));
        deliver(app.store(), QStringLiteral("2026-01-01"), QStringLiteral("2026-12-31"));
        QStringList phases;
        for (int i = 0; i < model.rowCount(); ++i)
            phases << model.data(model.index(i), ProgrammeModel::PhaseRole).toString();
        QCOMPARE(phases,
                 (QStringList{QStringLiteral("referral"), QStringLiteral("stay"),
                              QStringLiteral("return_to_work"), QStringLiteral("follow_up")}));
        QCOMPARE(model.inProgramme(), 5);
    }

    void csvAndExport()
    {
        fixture::App app(bro::Role::coordinator);
        ProgrammeModel model;
        model.setFrom(QStringLiteral("2026-01-01"));
        model.setTo(QStringLiteral("2026-12-31"));
        deliver(app.store(), QStringLiteral("2026-01-01"), QStringLiteral("2026-12-31"));
        const QString csv = model.csv();
        QVERIFY(csv.startsWith(QStringLiteral("measure,count\n")));
        QVERIFY(csv.contains(QStringLiteral("in_phase_stay,2\n")));
        QVERIFY(csv.contains(QStringLiteral("ended_early,2\n")));
        QVERIFY(csv.endsWith(
            QStringLiteral("\nyear,target,started,completed,in_apprenticeship,ended_early\n"
                           "2025,10,3,1,1,1\n2026,10,4,0,4,0\n")));
        const QString path = app.dir.filePath(QStringLiteral("out/programme.csv"));
        QCOMPARE(model.exportCsv(QUrl::fromLocalFile(path)), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), csv);
        QVERIFY(model.defaultExportPath().startsWith(app.session->dataDir()));
    }

    void badPeriodSaysSo()
    {
        fixture::App app(bro::Role::coordinator);
        ProgrammeModel model;
        model.setFrom(QStringLiteral("2026-12-31"));
        model.setTo(QStringLiteral("2026-01-01"));
        QVERIFY(!model.lastError().isEmpty());
        model.setFrom(QStringLiteral("not a date"));
        QVERIFY(!model.lastError().isEmpty());
        model.setFrom(QStringLiteral("2025-01-01"));
        QVERIFY(model.lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProgrammeModel)
#include "tst_programme_model.moc"
