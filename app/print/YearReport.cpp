#include "print/YearReport.h"

#include "models/EngineSession.h"
#include "models/ProgrammeModel.h"
#include "print/PagedPdf.h"
#include "session/Session.h"
#include "store/Store.h"

#include <QDate>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

// Texts in bokmål, like the other C++ texts (app/CONTRACT.md).

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// The coordinator's paragraphs as typed: blank lines part them.
QString paragraphs(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("<p class=\"muted\">%1</p>")
            .arg(esc(YearReport::tr("(Ikke skrevet ennå.)")));
    QString out;
    for (const auto &p : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        out += QStringLiteral("<p>%1</p>")
                   .arg(esc(p.trimmed()).replace(u'\n', QStringLiteral("<br/>")));
    return out;
}

// A bar in a table cell: a share of the width, or none for a count that is not shown.
QString bar(double share, const QString &colour = QStringLiteral("#2F6B5E"))
{
    const int pct = qBound(0, qRound(share * 100), 100);
    if (pct == 0)
        return QStringLiteral("&nbsp;");
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                          "<td width=\"%1%\" bgcolor=\"%2\">&nbsp;</td><td width=\"%3%\"></td>"
                          "</tr></table>")
        .arg(pct)
        .arg(colour)
        .arg(100 - pct);
}

QString stageName(const QString &stage)
{
    if (stage == QLatin1String("referred"))
        return YearReport::tr("Henvist");
    if (stage == QLatin1String("accepted"))
        return YearReport::tr("Tatt imot av klinikken");
    if (stage == QLatin1String("stay_started"))
        return YearReport::tr("Opphold startet");
    if (stage == QLatin1String("stay_completed"))
        return YearReport::tr("Opphold fullført");
    if (stage == QLatin1String("in_training_6m"))
        return YearReport::tr("I opplæring etter 6 måneder");
    if (stage == QLatin1String("in_training_12m"))
        return YearReport::tr("I opplæring etter 12 måneder");
    if (stage == QLatin1String("certified"))
        return YearReport::tr("Fagbrev");
    return stage;
}

QString pointName(const QString &point)
{
    if (point == QLatin1String("stay_end"))
        return YearReport::tr("Slutten av oppholdet");
    if (point == QLatin1String("month_3"))
        return YearReport::tr("Etter 3 måneder");
    if (point == QLatin1String("month_6"))
        return YearReport::tr("Etter 6 måneder");
    return YearReport::tr("Etter 12 måneder");
}

QString meanText(const QVariantMap &m)
{
    if (!m.value(QStringLiteral("shown")).toBool())
        return YearReport::tr("under 5 svar");
    const double v = m.value(QStringLiteral("value")).toDouble();
    const QString number = QLocale(QLocale::NorwegianBokmal).toString(v, 'f', 1);
    return YearReport::tr("%1 (%2 svar)")
        .arg(v > 0 ? QStringLiteral("+") + number : number)
        .arg(m.value(QStringLiteral("n")).toInt());
}

} // namespace

YearReport::YearReport(QObject *parent)
    : QObject(parent), m_year(QDate::currentDate().year()), m_figures(new ProgrammeModel(this))
{
    m_figures->setYear(m_year);
}

YearReport::YearReport(Session *session, QObject *parent) : YearReport(parent)
{
    setSession(session);
}

Session *YearReport::session() const
{
    return m_session.data();
}

void YearReport::setSession(Session *session)
{
    if (session == m_session)
        return;
    m_session = session;
    m_figures->setSession(session);
    Q_EMIT sessionChanged();
    Q_EMIT textsChanged();
}

void YearReport::classBegin()
{
    if (!m_session)
        setSession(bro::engineSession(this));
}

void YearReport::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    m_figures->setYear(year);
    Q_EMIT yearChanged();
    Q_EMIT textsChanged();
}

QString YearReport::metaKey() const
{
    return QStringLiteral("year_report:%1").arg(m_year);
}

QString YearReport::text(const QString &part) const
{
    Store *store = m_session ? m_session->store() : nullptr;
    if (!store)
        return {};
    return QJsonDocument::fromJson(store->meta(metaKey()).toUtf8()).object().value(part).toString();
}

void YearReport::setText(const QString &part, const QString &value)
{
    Store *store = m_session ? m_session->store() : nullptr;
    if (!store || text(part) == value)
        return;
    auto o = QJsonDocument::fromJson(store->meta(metaKey()).toUtf8()).object();
    o.insert(part, value);
    store->setMeta(metaKey(), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    Q_EMIT textsChanged();
}

QString YearReport::html() const
{
    const ProgrammeModel &f = *m_figures;
    const QString year = QString::number(m_year);
    QString h;
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Årsrapport %1").arg(year)));
    h += QStringLiteral("<p class=\"muted\">%1</p>")
             .arg(esc(m_session ? m_session->programme()->name() : QString()));
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Bakgrunn"))) + paragraphs(background());

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Mål"))) + paragraphs(mainAim());
    if (!f.available() || f.withheld()) {
        h += QStringLiteral("<p class=\"muted\">%1</p>")
                 .arg(esc(tr("Tallene er ikke hentet fra serveren ennå.")));
    } else {
        const QString referred = f.referred().value(QStringLiteral("text")).toString();
        h += QStringLiteral("<p><b>%1</b> %2</p>")
                 .arg(esc(tr("Resultat:")),
                      esc((f.referred().value(QStringLiteral("state")).toString() ==
                                   QLatin1String("hidden")
                               ? tr("Hvor mange som ble henvist i %1, er skjult for å verne små "
                                    "tall.")
                                     .arg(year)
                               : tr("I %1 ble %2 lærlinger henvist.").arg(year, referred)) +
                          (f.target() > 0
                               ? QLatin1Char(' ') + tr("Målet er %1 i året.").arg(f.target())
                               : QString()) +
                          QLatin1Char(' ') +
                          tr("Fagbrev i løpet av året: %1.")
                              .arg(f.completed().value(QStringLiteral("text")).toString())));
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Delmål 1"))) + paragraphs(aim1());

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Delmål 2"))) + paragraphs(aim2());
    if (f.available() && !f.withheld()) {
        h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Fra henvisning til fagbrev, %1").arg(year)));
        int scale = qMax(1, f.target());
        for (const auto &v : f.funnel())
            scale = qMax(scale, v.toMap().value(QStringLiteral("value")).toInt());
        h += QStringLiteral("<table width=\"100%\" cellpadding=\"3\" cellspacing=\"0\">");
        for (const auto &v : f.funnel()) {
            const auto m = v.toMap();
            const int n = m.value(QStringLiteral("value")).toInt();
            h += QStringLiteral("<tr><td width=\"38%\">%1</td><td width=\"47%\">%2</td>"
                                "<td width=\"15%\" align=\"right\">%3</td></tr>")
                     .arg(esc(stageName(m.value(QStringLiteral("stage")).toString())),
                          bar(n > 0 ? double(n) / scale : 0),
                          esc(m.value(QStringLiteral("text")).toString()));
        }
        h += QStringLiteral("</table>");
        if (f.target() > 0)
            h += QStringLiteral("<p class=\"muted\">%1</p>")
                     .arg(esc(tr("Målet er %1 henviste i året.").arg(f.target())));
        const auto waiting = f.waiting();
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(waiting.value(QStringLiteral("shown")).toBool()
                              ? tr("Ventetid fra henvisning til opphold (median): %1 dager "
                                   "(%2).")
                                    .arg(qRound(waiting.value(QStringLiteral("value")).toDouble()))
                                    .arg(waiting.value(QStringLiteral("n")).toInt() > 0
                                             ? tr("%1 opphold")
                                                   .arg(waiting.value(QStringLiteral("n")).toInt())
                                             : tr("5 opphold eller flere"))
                              : tr("For få opphold i %1 til å vise ventetiden.").arg(year)));

        h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Lærlingenes egne svar, alle år")));
        h += QStringLiteral("<table width=\"100%\" cellpadding=\"3\" cellspacing=\"0\">"
                            "<tr><th align=\"left\">%1</th><th align=\"left\" colspan=\"2\">%2"
                            "</th><th align=\"left\" colspan=\"2\">%3</th></tr>")
                 .arg(esc(tr("Når")), esc(tr("Arbeidsevne, endring (0–10)")),
                      esc(tr("Egne mål (−2 til +2)")));
        for (const auto &v : f.outcomes()) {
            const auto m = v.toMap();
            const auto wa = m.value(QStringLiteral("workAbility")).toMap();
            const auto gas = m.value(QStringLiteral("goalAttainment")).toMap();
            const auto share = [](const QVariantMap &x, double range) {
                return x.value(QStringLiteral("shown")).toBool()
                           ? qMax(0.0, x.value(QStringLiteral("value")).toDouble()) / range
                           : 0.0;
            };
            h += QStringLiteral("<tr><td width=\"22%\">%1</td><td width=\"18%\">%2</td>"
                                "<td width=\"21%\">%3</td><td width=\"18%\">%4</td>"
                                "<td width=\"21%\">%5</td></tr>")
                     .arg(esc(pointName(m.value(QStringLiteral("point")).toString())),
                          bar(share(wa, 10)), esc(meanText(wa)), bar(share(gas, 2)),
                          esc(meanText(gas)));
        }
        h += QStringLiteral("</table>");
        h += QStringLiteral("<p class=\"muted\">%1</p>")
                 .arg(esc(tr("Hvert svar er sammenlignet med den samme lærlingens svar før "
                             "oppholdet.")));

        h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Hvert års lærlinger: hvor er de nå?")));
        h += QStringLiteral("<table width=\"100%\" cellpadding=\"3\" cellspacing=\"0\"><tr>"
                            "<th align=\"left\">%1</th><th align=\"right\">%2</th>"
                            "<th align=\"right\">%3</th><th align=\"right\">%4</th>"
                            "<th align=\"right\">%5</th><th align=\"right\">%6</th></tr>")
                 .arg(esc(tr("År")), esc(tr("Måltall")), esc(tr("Startet")), esc(tr("Fagbrev")),
                      esc(tr("Fortsatt i læretiden")), esc(tr("Avsluttet tidlig")));
        for (const auto &v : f.cohorts()) {
            const auto c = v.toMap();
            const auto t = [&c](const char *k) {
                return esc(
                    c.value(QLatin1String(k)).toMap().value(QStringLiteral("text")).toString());
            };
            h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td>"
                                "<td align=\"right\">%3</td><td align=\"right\">%4</td>"
                                "<td align=\"right\">%5</td><td align=\"right\">%6</td></tr>")
                     .arg(c.value(QStringLiteral("year")).toString(),
                          c.value(QStringLiteral("target")).toInt() > 0
                              ? c.value(QStringLiteral("target")).toString()
                              : QStringLiteral("–"),
                          t("started"), t("completed"), t("inApprenticeship"), t("endedEarly"));
        }
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Delmål 3"))) + paragraphs(aim3());
    h += QStringLiteral("<h3>%1</h3><p class=\"muted\">%2</p>")
             .arg(esc(tr("Om tallene")),
                  esc(tr("Bare lærlinger som har sagt ja til å telles med, er med. Et tall under "
                         "5 vises som «under 5», og noen tall er skjult, så et lite tall ikke kan "
                         "regnes ut fra de andre. Et snitt vises bare når minst 5 har svart.")));
    return h;
}

QString YearReport::writePdf(const QString &path) const
{
    Session *s = m_session;
    if (!s || !s->loggedIn() || s->role() != QLatin1String("coordinator"))
        return tr("Bare koordinatoren lager årsrapporten.");
    const QDateTime now = QDateTime::currentDateTime();
    return writePagedPdf(
        path, {tr("Årsrapport %1").arg(m_year), html(),
               tr("Laget av %1, %2")
                   .arg(s->userName(), QLocale(QLocale::NorwegianBokmal)
                                           .toString(now.date(), QStringLiteral("d. MMMM yyyy"))),
               tr("Bare tall: ingen navn, og ingen tall under 5.")});
}

QString YearReport::save(const QUrl &fileUrl) const
{
    return writePdf(fileUrl.isLocalFile() ? fileUrl.toLocalFile() : fileUrl.toString());
}

QString YearReport::defaultPath() const
{
    if (!m_session)
        return {};
    return QDir(m_session->dataDir()).filePath(QStringLiteral("arsrapport-%1.pdf").arg(m_year));
}
