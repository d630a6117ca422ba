// The year's report (issue 24): the coordinator's own words in the pilot report's order, kept on
// the device per year, and Bro's figures in between — as a PDF read back with poppler's
// pdftotext, with no count under 5 anywhere in it. Only the coordinator makes one.

#include "TestSupport.h"
#include "print/YearReport.h"
#include "session/Session.h"

#include <QDate>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    // The PDF's fonts join "fi", "ff" and "fl" into one glyph; read them as letters.
    return QString::fromUtf8(p.readAllStandardOutput())
        .replace(QChar(0xFB00), QStringLiteral("ff"))
        .replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl"))
        .simplified();
}

const QString background = QStringLiteral(
    "OKAB og AiR fikk i 2021 midler for å utvikle samhandling til det beste for de mest utsatte "
    "lærlingene.");
const QString aim2 = QStringLiteral("Vi ville teste resultater og effekter av arbeidsrettet "
                                    "rehabilitering & tett oppfølging <i>over tid</i>.");

} // namespace

class TestYearReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_year = QDate::currentDate().year();
    Session *m_session = nullptr; // Hanne's demo device

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext missing: scripts/setup installs poppler-utils");
        m_session = bro::testing::openDemoSession(m_dir.filePath(QStringLiteral("hanne")), "hanne");
        QVERIFY(m_session);
        QCOMPARE(m_session->role(), QStringLiteral("coordinator"));
    }

    void theTextsAreKeptPerYear()
    {
        {
            YearReport report(m_session);
            report.setYear(m_year);
            QVERIFY(report.background().isEmpty());
            report.setBackground(background);
            report.setAim2(aim2);
        }
        YearReport again(m_session); // as after a restart
        again.setYear(m_year);
        QCOMPARE(again.background(), background);
        QCOMPARE(again.aim2(), aim2);
        again.setYear(m_year - 1);
        QVERIFY(again.background().isEmpty()); // another year has its own
    }

    void thePdfReadsLikeThePilotsReport()
    {
        YearReport report(m_session);
        report.setYear(m_year);
        const QString pdf = m_dir.filePath(QStringLiteral("arsrapport.pdf"));
        QCOMPARE(report.writePdf(pdf), QString());
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        const QString text = pdfText(pdf);
        // The pilot report's order, with the coordinator's words where they wrote them.
        int at = 0;
        for (const QString &heading :
             {QStringLiteral("Årsrapport %1").arg(m_year), QStringLiteral("Bakgrunn"), background,
              QStringLiteral("Mål"), QStringLiteral("Resultat:"), QStringLiteral("Delmål 1"),
              QStringLiteral("Delmål 2"), aim2, QStringLiteral("Fra henvisning til fagbrev"),
              QStringLiteral("Lærlingenes egne svar"), QStringLiteral("Hvert års lærlinger"),
              QStringLiteral("Delmål 3"), QStringLiteral("Om tallene")}) {
            const int next = text.indexOf(heading, at);
            QVERIFY2(next >= at, qPrintable(heading + QStringLiteral(" | ") + text.left(600)));
            at = next;
        }
        QVERIFY(text.contains(QStringLiteral("Laget av Hanne Sørli")));
        // Every count of the funnel is 5 or more, or words: never the number under 5.
        for (const QString &stage :
             {QStringLiteral("Henvist"), QStringLiteral("Tatt imot av klinikken"),
              QStringLiteral("Opphold startet"), QStringLiteral("Opphold fullført")}) {
            const auto m = QRegularExpression(QRegularExpression::escape(stage) +
                                              QStringLiteral(" (under 5|skjult|\\d+)"))
                               .match(text);
            QVERIFY2(m.hasMatch(), qPrintable(stage));
            bool number = false;
            const int n = m.captured(1).toInt(&number);
            QVERIFY2(!number || n >= 5, qPrintable(stage + QStringLiteral(": ") + m.captured(1)));
        }
        QVERIFY(!QRegularExpression(QStringLiteral("\\b[1-4] (lærlinger|svar|opphold)\\b"))
                     .match(text)
                     .hasMatch());
    }

    // A helper or an apprentice has no programme figures: no report.
    void onlyTheCoordinatorMakesOne()
    {
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BRO_APP_EXE),
                {QStringLiteral("--demo-user"), QStringLiteral("emil"),
                 QStringLiteral("--print-year-report"), m_dir.filePath(QStringLiteral("x.pdf"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardError())
                    .contains(QStringLiteral("Bare koordinatoren lager årsrapporten.")));
    }
};

QTEST_MAIN(TestYearReport)
#include "tst_year_report.moc"
