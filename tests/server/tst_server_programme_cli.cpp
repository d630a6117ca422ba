// `bro-server admin programme check FILE` from the outside (issue 14): the real binary on the
// built-in OKAB–AiR file and on broken files — what it prints and its exit codes (0 valid,
// 1 problems, 2 bad usage). No database is involved, so there is no PostgreSQL variant.

#include "server_process.hpp"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bro::test;

namespace {

const QString built_in = QStringLiteral(BRO_SOURCE_DIR "/shared/programme/okab-air.json");

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestServerProgrammeCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // The built-in file with one exact piece of text replaced.
    QString broken(const QString &name, const QByteArray &from, const QByteArray &to)
    {
        QByteArray text = read(built_in);
        const auto at = text.indexOf(from);
        if (at < 0)
            qFatal("'%s' is not in the built-in file", from.constData());
        return write(name, text.replace(at, from.size(), to));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void theBuiltInFilePasses()
    {
        const auto r = run_cli({"admin", "programme", "check", built_in});
        QCOMPARE(r.exit_code, 0);
        QVERIFY(r.err.isEmpty());
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1); // one line
        QVERIFY2(r.out.startsWith(built_in + ": OK, programme okab-air"), qPrintable(r.out));
        QVERIFY2(r.out.contains("7 phases (5 open), 12 checklist items, 7 consent texts, "
                                "target 10 a year"),
                 qPrintable(r.out));
    }

    void aBrokenFileNamesEveryProblemByPath()
    {
        QByteArray text = read(built_in);
        // Two mistakes, far apart: each is named, and the count says how many.
        text.replace(R"("responsible": "clinician")", R"("responsible": "nurse")");
        text.replace(R"("severe_pain": 8)", R"("severe_pain": 11)");
        const QString path = write("broken.json", text);
        const auto r = run_cli({"admin", "programme", "check", path});
        QCOMPARE(r.exit_code, 1);
        QVERIFY(r.out.isEmpty());
        // Each with its line, as a compiler says it (issue 25): where the words are in the file.
        QList<int> lines;
        const auto all = text.split('\n');
        for (int i = 0; i < all.size(); ++i)
            if (all[i].contains(R"("nurse")") || all[i].contains(R"("severe_pain": 11)"))
                lines << i + 1;
        QCOMPARE(lines.size(), 3);
        const QStringList expected{
            path + QString(R"(:%1: phases[2].responsible: "nurse" is not a role)").arg(lines[0]),
            path + QString(R"(:%1: phases[3].responsible: "nurse" is not a role)").arg(lines[1]),
            path + QString(":%1: low_checkin_rule.severe_pain: 11 is out of range (0 to 10)")
                       .arg(lines[2]),
            path + ": 3 problems; the programme is not valid",
        };
        QCOMPARE(r.err.trimmed().split(QLatin1Char('\n')), expected);
    }

    void oneProblemPerKind_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("error");
        QTest::newRow("wrong type")
            << broken("type.json", R"("yearly_target": 10)", R"("yearly_target": "ten")")
            << QString("yearly_target: expected a whole number, not text");
        QTest::newRow("duplicate phase id")
            << broken("dup.json", R"("id": "preparation")", R"("id": "referral")")
            << QString(R"(phases[1].id: "referral" is also phases[0])");
        QTest::newRow("unknown version")
            << broken("version.json", R"("version": 1,)", R"("version": 2,)")
            << QString("version: 2 is not a version this server reads (1)");
        QTest::newRow("not JSON") << write("syntax.json", R"({"version": 1,)")
                                  << QString("not JSON: ");
    }
    void oneProblemPerKind()
    {
        QFETCH(QString, file);
        QFETCH(QString, error);
        const auto r = run_cli({"admin", "programme", "check", file});
        QCOMPARE(r.exit_code, 1);
        QVERIFY2(r.err.startsWith(file + ":"), qPrintable(r.err));
        QVERIFY2(r.err.contains(": " + error), qPrintable(r.err));
    }

    void aMissingFileFails()
    {
        const auto r = run_cli({"admin", "programme", "check", m_dir.filePath("none.json")});
        QCOMPARE(r.exit_code, 1);
        QVERIFY(r.err.contains("cannot read"));
    }

    void badUsageExits2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no file") << QStringList{"admin", "programme", "check"};
        QTest::newRow("two files") << QStringList{"admin", "programme", "check", "a", "b"};
        QTest::newRow("unknown subcommand") << QStringList{"admin", "programme", "load", "a"};
        QTest::newRow("unknown option")
            << QStringList{"admin", "programme", "check", "a", "--strict", "yes"};
    }
    void badUsageExits2()
    {
        QFETCH(QStringList, args);
        const auto r = run_cli(args);
        QCOMPARE(r.exit_code, 2);
        QVERIFY(r.err.contains("bro-server admin: "));
    }

    void usageMentionsIt()
    {
        const auto r = run_cli({"admin", "--help"});
        QCOMPARE(r.exit_code, 0);
        QVERIFY(r.out.contains("programme check FILE"));
    }
};

QTEST_GUILESS_MAIN(TestServerProgrammeCli)
#include "tst_server_programme_cli.moc"
