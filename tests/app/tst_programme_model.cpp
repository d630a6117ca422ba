// ProgrammeModel: the coordinator's protected figures (issue 24) from the cached server answer —
// rows per open phase, the chosen year's totals and funnel, every cohort, the outcomes over time
// — each count as a number only when the server showed it, and the CSV and pooling exports.

#include "AppFixture.h"
#include "models/ProgrammeModel.h"
#include "programme/builtin.hpp"
#include "stats/disclosure.hpp"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

namespace {

// A bigger programme than the demo, so that some counts show: protected exactly as the server
// protects it.
bro::protocol::Programme figures()
{
    bro::ProgrammeFigureInput in;
    in.today = "2026-11-24";
    in.open_phases = {"referral", "preparation", "stay", "return_to_work", "follow_up"};
    in.yearly_target = 10;
    in.programme_id = "okab-air";
    in.programme_name = "Piloten";
    for (int i = 0; i < 24; ++i) {
        bro::CaseFacts c;
        c.referred_on =
            i < 12 ? "2025-03-0" + std::to_string(1 + i % 9) : "2026-02-1" + std::to_string(i % 10);
        c.decision = "accepted";
        c.stay_start = i < 12 ? "2025-04-01" : "2026-03-01";
        c.stay_end = i < 12 ? "2025-04-29" : "2026-03-29";
        c.phase = i < 6 ? "completed" : i < 12 ? "follow_up" : i < 18 ? "stay" : "return_to_work";
        c.finished = i < 6 ? "2026-06-01" : "";
        c.outcomes["baseline"] = {"", 4, -1.0};
        c.outcomes["stay_end"] = {"in_training", 6, 0.5};
        in.cases.push_back(c);
    }
    bro::protocol::Programme p;
    p.id = "q1";
    p.from = "2026-01-01";
    p.to = "2026-11-24";
    p.published = bro::publish_programme(in);
    return p;
}

void deliver(Store *store, const bro::protocol::Programme &p = figures())
{
    store->setMeta(
        QStringLiteral("programme:figures"),
        QString::fromStdString(bro::protocol::serialize(bro::protocol::ServerMessage(p))));
}

} // namespace

class TestProgrammeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingUntilTheServerAnswers()
    {
        fixture::App app(bro::Role::coordinator);
        ProgrammeModel model(app.session.get());
        QCOMPARE(model.year(), QDate::currentDate().year());
        QVERIFY(!model.available());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.csv().isEmpty());
        QVERIFY(!model.exportCsv(QUrl::fromLocalFile(app.dir.filePath("x.csv"))).isEmpty());
    }

    void figuresFromTheServerCache()
    {
        fixture::App app(bro::Role::coordinator);
        ProgrammeModel model(app.session.get());
        QAbstractItemModelTester tester(&model);
        model.setYear(2026);
        QSignalSpy changed(&model, &ProgrammeModel::figuresChanged);
        deliver(app.store());
        QVERIFY(changed.count() >= 1);
        QVERIFY(model.available());
        QVERIFY(!model.withheld());
        QCOMPARE(model.years(), (QVariantList{2025, 2026}));
        // One row per open phase, in journey order; a count under 5 is words, never the number.
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.data(model.index(0), ProgrammeModel::PhaseRole).toString(),
                 QStringLiteral("referral"));
        QCOMPARE(model.data(model.index(0), ProgrammeModel::CountRole).toInt(), -1);
        QCOMPARE(model.data(model.index(0), ProgrammeModel::TextRole).toString(),
                 QStringLiteral("under 5"));
        QCOMPARE(model.data(model.index(0), ProgrammeModel::StateRole).toString(),
                 QStringLiteral("under_5"));
        QCOMPARE(model.inProgramme().value(QStringLiteral("value")).toInt(), 18);
        QCOMPARE(model.referred().value(QStringLiteral("text")).toString(), QStringLiteral("12"));
        QCOMPARE(model.completed().value(QStringLiteral("value")).toInt(), 6);
        // The funnel of the chosen year, referral first.
        const auto funnel = model.funnel();
        QCOMPARE(funnel.size(), 7);
        QCOMPARE(funnel.at(0).toMap().value(QStringLiteral("stage")).toString(),
                 QStringLiteral("referred"));
        QCOMPARE(funnel.at(0).toMap().value(QStringLiteral("value")).toInt(), 12);
        QVERIFY(model.waiting().value(QStringLiteral("shown")).toBool());
        // Every cohort, oldest first.
        const auto cohorts = model.cohorts();
        QCOMPARE(cohorts.size(), 2);
        const auto first = cohorts.at(0).toMap();
        QCOMPARE(first.value(QStringLiteral("year")).toInt(), 2025);
        QCOMPARE(first.value(QStringLiteral("target")).toInt(), 10);
        QCOMPARE(first.value(QStringLiteral("started")).toMap().value(QStringLiteral("text")),
                 QVariant(QStringLiteral("12")));
        // The outcomes: 24 answers at the end of the stay, work ability up by 2 from the start.
        const auto outcomes = model.outcomes();
        QCOMPARE(outcomes.size(), 4);
        const auto stayEnd = outcomes.at(0).toMap();
        QCOMPARE(stayEnd.value(QStringLiteral("point")).toString(), QStringLiteral("stay_end"));
        const auto wa = stayEnd.value(QStringLiteral("workAbility")).toMap();
        QVERIFY(wa.value(QStringLiteral("shown")).toBool());
        QCOMPARE(wa.value(QStringLiteral("value")).toDouble(), 2.0);
        QCOMPARE(wa.value(QStringLiteral("n")).toInt(), 24);
        // Nobody answered at 12 months: nothing to show, and no number behind it.
        const auto m12 = outcomes.at(3).toMap().value(QStringLiteral("workAbility")).toMap();
        QVERIFY(!m12.value(QStringLiteral("shown")).toBool());
        QCOMPARE(m12.value(QStringLiteral("n")).toInt(), 0);
        // Another year: the same answer, read for that year.
        model.setYear(2025);
        QCOMPARE(model.referred().value(QStringLiteral("value")).toInt(), 12);
        QCOMPARE(model.completed().value(QStringLiteral("text")).toString(),
                 QStringLiteral("under 5"));
    }

    // Rows are the programme's open phases in its order (issue 14): one without preparation
    // has no row for it.
    void rowsFollowTheProgramme()
    {
        fixture::App app(bro::Role::coordinator);
        auto w = fixture::welcome(bro::Role::coordinator);
        w.programme = bro::builtin_programme();
        std::erase_if(w.programme->phases,
                      [](const auto &phase) { return phase.id == "preparation"; });
        app.session->adopt(w);
        ProgrammeModel model(app.session.get());
        deliver(app.store());
        QStringList phases;
        for (int i = 0; i < model.rowCount(); ++i)
            phases << model.data(model.index(i), ProgrammeModel::PhaseRole).toString();
        QCOMPARE(phases,
                 (QStringList{QStringLiteral("referral"), QStringLiteral("stay"),
                              QStringLiteral("return_to_work"), QStringLiteral("follow_up")}));
    }

    // The server could not protect its figures: it says so, and nothing shows.
    void withheldFiguresShowNothing()
    {
        fixture::App app(bro::Role::coordinator);
        ProgrammeModel model(app.session.get());
        bro::protocol::Programme p;
        p.id = "q1";
        p.from = p.to = "2026-11-24";
        p.published.ok = false;
        deliver(app.store(), p);
        QVERIFY(model.available());
        QVERIFY(model.withheld());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.csv().isEmpty());
    }

    void csvAndPoolingExport()
    {
        fixture::App app(bro::Role::coordinator);
        ProgrammeModel model(app.session.get());
        deliver(app.store());
        const QString csv = model.csv();
        QVERIFY(csv.startsWith(QStringLiteral("id,value\n")));
        QVERIFY(csv.contains(QStringLiteral("\nnow.referral,under 5\n")));
        QVERIFY(csv.contains(QStringLiteral("\nfunnel.2026.referred,12\n")));
        QVERIFY(
            csv.contains(QStringLiteral("\noutcome.stay_end.work_ability_change,2.0 (n=24)\n")));
        QVERIFY(!csv.contains(QStringLiteral("not_"))); // implicit cells are never written
        const QString path = app.dir.filePath(QStringLiteral("out/programme.csv"));
        QCOMPARE(model.exportCsv(QUrl::fromLocalFile(path)), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), csv);
        QVERIFY(model.defaultExportPath().startsWith(app.session->dataDir()));
        // For pooling: the JSON another programme imports, read back by the strict importer.
        const QString json = app.dir.filePath(QStringLiteral("out/programme.json"));
        QCOMPARE(model.exportCsv(QUrl::fromLocalFile(json)), QString());
        QFile j(json);
        QVERIFY(j.open(QIODevice::ReadOnly));
        const auto imported = bro::stats::parse_pooled_figures(j.readAll().toStdString());
        QVERIFY(imported.ok());
        QCOMPARE(imported.figures, figures().published.figures);
    }
};

QTEST_GUILESS_MAIN(TestProgrammeModel)
#include "tst_programme_model.moc"
