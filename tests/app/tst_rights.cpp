// The apprentice's copy of their data, from the app: the plan as a PDF made headless by the real
// `bro` executable (`--demo-user … --print-plan`), read back with poppler's pdftotext (the goals,
// the responsible names, the page footer); and `--export-data`: one JSON file with every record
// this device holds, and the plan beside it.

#include "TestSupport.h"
#include "models/GoalStepsModel.h"
#include "models/GoalsModel.h"
#include "print/DataExport.h"
#include "session/Session.h"
#include "store/Store.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace {

struct Run
{
    int code = -1;
    QString err;
};

Run runBro(const QStringList &args)
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BRO_APP_EXE), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardError())};
}

// The PDF's text with every run of white space made one space (lines wrap where they like).
QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

class TestRights : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_goals; // Emil's goal and step titles, from the same demo
    QStringList m_steps;
    Session *m_session = nullptr; // Emil's demo device

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext missing: scripts/setup installs poppler-utils");
        m_session = bro::testing::openDemoSession(m_dir.filePath(QStringLiteral("emil")), "emil");
        QVERIFY(m_session);
        GoalsModel goals(m_session);
        goals.setCaseId(QStringLiteral("case-emil"));
        QVERIFY(goals.count() >= 2);
        for (int i = 0; i < goals.count(); ++i)
            m_goals << goals.get(i).value(QStringLiteral("title")).toString();
        GoalStepsModel steps(m_session);
        steps.setCaseId(QStringLiteral("case-emil"));
        for (int i = 0; i < steps.count(); ++i)
            m_steps << steps.get(i).value(QStringLiteral("title")).toString();
        QVERIFY(!m_steps.isEmpty());
    }

    void apprenticePrintsTheirPlan()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("emil-plan.pdf"));
        const auto r =
            runBro({QStringLiteral("--demo-user"), QStringLiteral("emil"), QStringLiteral("--lang"),
                    QStringLiteral("nb"), QStringLiteral("--print-plan"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Min plan")), qPrintable(text.left(400)));
        for (const auto &g : m_goals)
            QVERIFY2(text.contains(g.simplified()), qPrintable(g));
        for (const auto &s : m_steps)
            QVERIFY2(text.contains(s.simplified()), qPrintable(s));
        // The journey names who is responsible.
        QVERIFY(text.contains(QStringLiteral("Opphold på klinikken")));
        QVERIFY(text.contains(QStringLiteral("Ingrid Solberg")));
        QVERIFY(text.contains(QStringLiteral("Kari Nordby")));
        // Every page's footer: who printed it, when, page X of Y.
        const QString today = QLocale(QLocale::NorwegianBokmal)
                                  .toString(QDate::currentDate(), QStringLiteral("d. MMMM yyyy"));
        QVERIFY2(text.contains(QStringLiteral("Skrevet ut av Emil Johansen, ") + today),
                 qPrintable(text.right(400)));
        const auto pages = QRegularExpression(QStringLiteral("Side (\\d+) av (\\d+)"));
        auto it = pages.globalMatch(text);
        int seen = 0, total = 0;
        while (it.hasNext()) {
            const auto m = it.next();
            ++seen;
            QCOMPARE(m.captured(1).toInt(), seen);
            total = m.captured(2).toInt();
        }
        QVERIFY(seen >= 1);
        QCOMPARE(seen, total);
        QCOMPARE(text.count(QStringLiteral("Fortrolig: inneholder helseopplysninger.")), total);
    }

    void inEnglish()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("emil-plan-en.pdf"));
        const auto r =
            runBro({QStringLiteral("--demo-user"), QStringLiteral("emil"), QStringLiteral("--lang"),
                    QStringLiteral("en"), QStringLiteral("--print-plan"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("My plan")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Stay at the clinic")));
        QVERIFY(text.contains(QStringLiteral("Printed by Emil Johansen")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of")));
        QVERIFY(m_goals.size() && text.contains(m_goals.front().simplified()));
    }

    void aHelperPrintsWhatTheyMaySee()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("kari-emil.pdf"));
        const auto r =
            runBro({QStringLiteral("--demo-user"), QStringLiteral("kari"), QStringLiteral("--lang"),
                    QStringLiteral("nb"), QStringLiteral("--case"), QStringLiteral("case-emil"),
                    QStringLiteral("--print-plan"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Planen til Emil Johansen")),
                 qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("Skrevet ut av Kari Nordby")));
        QVERIFY(text.contains(
            QStringLiteral("Utskriften viser bare det Emil Johansen deler med deg.")));
    }

    void badInputIsRefused()
    {
        auto r = runBro({QStringLiteral("--demo-user"), QStringLiteral("nobody"),
                         QStringLiteral("--print-plan"), m_dir.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("nobody")));
        r = runBro({QStringLiteral("--demo-user"), QStringLiteral("emil"),
                    QStringLiteral("--print-plan"), QStringLiteral("/proc/bro-cannot/plan.pdf")});
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.isEmpty());
    }

    void exportHoldsEveryRecordOnTheDevice()
    {
        const QString json = m_dir.filePath(QStringLiteral("copy/mine.json"));
        const auto r = runBro({QStringLiteral("--demo-user"), QStringLiteral("emil"),
                               QStringLiteral("--export-data"), json});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto doc = nlohmann::json::parse(f.readAll().toStdString(), nullptr, false);
        QVERIFY(!doc.is_discarded());
        QCOMPARE(doc.value("format", ""), std::string("bro-export"));
        QCOMPARE(doc.value("source", ""), std::string("device"));
        QCOMPARE(doc["person"].value("name", ""), std::string("Emil Johansen"));
        QCOMPARE(doc["cases"].size(), std::size_t(1));
        const auto &c = doc["cases"][0];
        // Another run of the same demo: the same records (ids), each with its fields.
        auto records = m_session->store()->local().list("case-emil");
        QVERIFY(!records.empty());
        QCOMPARE(c["records"].size(), records.size());
        std::set<std::string> ids;
        for (const auto &rec : c["records"]) {
            ids.insert(rec.value("id", ""));
            QVERIFY(rec["fields"].is_object() && !rec["fields"].empty());
        }
        for (const auto &rec : records)
            QVERIFY2(ids.count(rec.id), rec.id.c_str());
        QVERIFY(doc["rejected_changes"].is_array()); // the demo starts with nothing refused
        QVERIFY(c["audit_events"].is_array() && !c["audit_events"].empty());
        QVERIFY(c["consent_history"].is_array() && !c["consent_history"].empty());
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("copy/mine.pdf"))));

        // In this process, over this store: every record is in the file, field for field, and
        // a change the server refused is in it with its reason.
        Store *store = m_session->store();
        const auto goals = store->list(QStringLiteral("case-emil"), "goal");
        QVERIFY(!goals.empty());
        QCOMPARE(store->writeJson(goals.front().id, "goal", "case-emil",
                                  {{"title", goals.front().str("title") + " før sommeren"}}),
                 QString());
        std::vector<bro::protocol::Rejected> refused;
        for (const auto &c : store->local().outbox())
            refused.push_back({c.op, "forbidden", "not on the care team"});
        store->acknowledge({}, refused);
        records = store->local().list("case-emil");
        const QString here = m_dir.filePath(QStringLiteral("here.json"));
        QCOMPARE(DataExport(m_session).writeExport(here), QString());
        QFile g(here);
        QVERIFY(g.open(QIODevice::ReadOnly));
        const auto mine = nlohmann::json::parse(g.readAll().toStdString(), nullptr, false);
        std::map<std::string, nlohmann::json> byId;
        for (const auto &rec : mine["cases"][0]["records"])
            byId[rec.value("id", "")] = rec["fields"];
        QCOMPARE(byId.size(), records.size());
        QCOMPARE(mine["rejected_changes"].size(), refused.size());
        QVERIFY(!refused.empty());
        for (const auto &rec : records)
            QVERIFY2(byId.count(rec.id) && byId[rec.id] == rec.fields, rec.id.c_str());
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("here.pdf"))));
        QVERIFY(pdfText(m_dir.filePath(QStringLiteral("copy/mine.pdf")))
                    .contains(m_goals.front().simplified()));
    }
};

QTEST_MAIN(TestRights)
#include "tst_rights.moc"
