// AbsenceModel: episodes newest first with their length in days; refusals explained.

#include "AppFixture.h"
#include "models/AbsenceModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestAbsenceModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addAndList()
    {
        fixture::App app;
        AbsenceModel model(app.session.get());
        QAbstractItemModelTester tester(&model);
        model.setCaseId(QStringLiteral("case-1"));
        const QString a = model.add({{QStringLiteral("from"), QStringLiteral("2026-02-27")},
                                     {QStringLiteral("to"), QStringLiteral("2026-03-02")},
                                     {QStringLiteral("kind"), QStringLiteral("sick")},
                                     {QStringLiteral("healthRelated"), true},
                                     {QStringLiteral("note"), QStringLiteral("Influensa")}});
        QVERIFY2(!a.isEmpty(), qPrintable(model.lastError()));
        const QString b = model.add({{QStringLiteral("from"), QStringLiteral("2026-03-10")},
                                     {QStringLiteral("kind"), QStringLiteral("appointment")}});
        QVERIFY2(!b.isEmpty(), qPrintable(model.lastError()));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.get(0).value(QStringLiteral("recordId")).toString(), b); // newest first
        QCOMPARE(model.get(0).value(QStringLiteral("to")).toString(), QStringLiteral("2026-03-10"));
        QCOMPARE(model.get(0).value(QStringLiteral("days")).toInt(), 1);
        QCOMPARE(model.get(0).value(QStringLiteral("healthRelated")).toBool(), false);
        QCOMPARE(model.get(1).value(QStringLiteral("days")).toInt(), 4); // 27, 28 Feb, 1, 2 Mar
        QCOMPARE(model.get(1).value(QStringLiteral("healthRelated")).toBool(), true);
        QCOMPARE(model.get(1).value(QStringLiteral("note")).toString(),
                 QStringLiteral("Influensa"));
        QCOMPARE(model.totalDays(), 5);
        QVERIFY(model.remove(a));
        QCOMPARE(model.rowCount(), 1);
    }

    void refusals()
    {
        fixture::App app;
        AbsenceModel model(app.session.get());
        model.setCaseId(QStringLiteral("case-1"));
        QCOMPARE(model.add({{QStringLiteral("from"), QStringLiteral("2026-03-10")},
                            {QStringLiteral("to"), QStringLiteral("2026-03-01")},
                            {QStringLiteral("kind"), QStringLiteral("sick")}}),
                 QString());
        QCOMPARE(model.lastError(), QStringLiteral("Siste dag kan ikke være før første dag."));
        QCOMPARE(model.add({{QStringLiteral("from"), QStringLiteral("2026-02-30")},
                            {QStringLiteral("kind"), QStringLiteral("sick")}}),
                 QString());
        QCOMPARE(model.lastError(), QStringLiteral("Første dag må være en gyldig dato."));
        QCOMPARE(model.add({{QStringLiteral("from"), QStringLiteral("2026-03-01")},
                            {QStringLiteral("kind"), QStringLiteral("holiday")}}),
                 QString());
        QCOMPARE(model.lastError(),
                 QStringLiteral("Typen fravær har en verdi som ikke er tillatt."));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAbsenceModel)
#include "tst_absence_model.moc"
