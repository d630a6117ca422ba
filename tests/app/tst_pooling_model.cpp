// PoolingModel (issue 24, Delmål 3): this programme's figures and the files other programmes
// sent, added up without anyone's small numbers becoming known — a pooled count is exact only
// when every part of it is; a broken file is refused with a reason and changes nothing.

#include "AppFixture.h"
#include "models/PoolingModel.h"
#include "stats/disclosure.hpp"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

// One programme's protected figures: `n` apprentices referred in 2025, all through the stay.
bro::PublishedProgramme programme(const std::string &id, int n)
{
    bro::ProgrammeFigureInput in;
    in.today = "2026-11-24";
    in.open_phases = {"referral", "stay", "follow_up"};
    in.yearly_target = 10;
    in.programme_id = id;
    in.programme_name = "Tilbud " + id;
    for (int i = 0; i < n; ++i) {
        bro::CaseFacts c;
        c.referred_on = "2025-03-10";
        c.decision = "accepted";
        c.stay_start = "2025-04-01";
        c.stay_end = "2025-04-29";
        c.phase = "follow_up";
        in.cases.push_back(c);
    }
    return bro::publish_programme(in);
}

void deliverOwn(Store *store, int n)
{
    bro::protocol::Programme p;
    p.id = "q1";
    p.from = "2026-01-01";
    p.to = "2026-11-24";
    p.published = programme("okab-air", n);
    store->setMeta(
        QStringLiteral("programme:figures"),
        QString::fromStdString(bro::protocol::serialize(bro::protocol::ServerMessage(p))));
}

QUrl write(const QTemporaryDir &dir, const QString &name, const std::string &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(QByteArray::fromStdString(text));
    return QUrl::fromLocalFile(path);
}

QString stageText(const PoolingModel &m, const QString &stage)
{
    for (const auto &v : m.funnel())
        if (v.toMap().value(QStringLiteral("stage")).toString() == stage)
            return v.toMap().value(QStringLiteral("text")).toString();
    return {};
}

} // namespace

class TestPoolingModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ownFiguresAlone()
    {
        fixture::App app(bro::Role::coordinator);
        deliverOwn(app.store(), 12);
        PoolingModel model(app.session.get());
        QCOMPARE(model.programmes().size(), 1);
        QVERIFY(model.programmes().at(0).toMap().value(QStringLiteral("own")).toBool());
        QCOMPARE(stageText(model, QStringLiteral("referred")), QStringLiteral("12"));
    }

    // Two small programmes: each alone shows "under 5"; together they reach a range that says
    // what the two files say, and no more.
    void smallProgrammesTogether()
    {
        fixture::App app(bro::Role::coordinator);
        deliverOwn(app.store(), 3);
        PoolingModel model(app.session.get());
        QCOMPARE(stageText(model, QStringLiteral("referred")), QStringLiteral("under 5"));
        QSignalSpy changed(&model, &PoolingModel::changed);
        const auto other = bro::stats::to_json_text(programme("vestbygg", 4).figures);
        QCOMPARE(model.addFile(write(app.dir, QStringLiteral("vestbygg.json"), other)), QString());
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.programmes().size(), 2);
        // Each is 0–4, so together 0–8: never the true 7.
        QCOMPARE(stageText(model, QStringLiteral("referred")), QStringLiteral("0–8"));
        // A big one added: its exact count plus the small ones' ranges.
        const auto big = bro::stats::to_json_text(programme("fjord", 20).figures);
        QCOMPARE(model.addFile(write(app.dir, QStringLiteral("fjord.json"), big)), QString());
        QCOMPARE(stageText(model, QStringLiteral("referred")), QStringLiteral("20–28"));
        // Kept on the device: a new model (a restart) sees the same.
        PoolingModel again(app.session.get());
        QCOMPARE(again.programmes().size(), 3);
        QCOMPARE(stageText(again, QStringLiteral("referred")), QStringLiteral("20–28"));
        // A newer file from the same programme replaces the older one.
        const auto bigger = bro::stats::to_json_text(programme("fjord", 30).figures);
        QCOMPARE(model.addFile(write(app.dir, QStringLiteral("fjord2.json"), bigger)), QString());
        QCOMPARE(model.programmes().size(), 3);
        QCOMPARE(stageText(model, QStringLiteral("referred")), QStringLiteral("30–38"));
        model.remove(QStringLiteral("fjord"));
        QCOMPARE(model.programmes().size(), 2);
        QCOMPARE(stageText(model, QStringLiteral("referred")), QStringLiteral("0–8"));
    }

    void aBrokenFileIsRefusedAndChangesNothing()
    {
        fixture::App app(bro::Role::coordinator);
        deliverOwn(app.store(), 12);
        PoolingModel model(app.session.get());
        QString error = model.addFile(write(app.dir, QStringLiteral("x.json"), "{\"format\": 1"));
        QVERIFY(error.startsWith(QStringLiteral("Filen er ikke tall fra et annet tilbud")));
        QCOMPARE(model.lastError(), error);
        // A file that shows a count under 5 was never protected: refused.
        auto j = nlohmann::json::parse(bro::stats::to_json_text(programme("x", 12).figures));
        j["cells"]["funnel.2025.referred"] = {{"value", 2}};
        error = model.addFile(write(app.dir, QStringLiteral("y.json"), j.dump()));
        QVERIFY(!error.isEmpty());
        QVERIFY(model.addFile(QUrl::fromLocalFile(app.dir.filePath(QStringLiteral("none.json"))))
                    .startsWith(QStringLiteral("Kunne ikke åpne")));
        QCOMPARE(model.programmes().size(), 1);
        QCOMPARE(stageText(model, QStringLiteral("referred")), QStringLiteral("12"));
    }
};

QTEST_GUILESS_MAIN(TestPoolingModel)
#include "tst_pooling_model.moc"
