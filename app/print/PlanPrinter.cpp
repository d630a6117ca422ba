#include "print/PlanPrinter.h"

#include "models/EngineSession.h"
#include "models/GoalStepsModel.h"
#include "models/GoalsModel.h"
#include "models/JourneyModel.h"
#include "print/PagedPdf.h"
#include "session/Session.h"
#include "store/Convert.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QLocale uiLocale(const Session &s)
{
    return s.effectiveLanguage() == QLatin1String("en")
               ? QLocale(QLocale::English, QLocale::UnitedKingdom)
               : QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
}

// "2026-11-30" → "30. november 2026" (bokmål) / "30 November 2026".
QString longDate(const Session &s, const QString &iso)
{
    const QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
    if (!d.isValid())
        return iso;
    const bool en = s.effectiveLanguage() == QLatin1String("en");
    return uiLocale(s).toString(d, en ? QStringLiteral("d MMMM yyyy")
                                      : QStringLiteral("d. MMMM yyyy"));
}

} // namespace

PlanPrinter::PlanPrinter(QObject *parent) : QObject(parent) {}

PlanPrinter::PlanPrinter(Session *session, QObject *parent) : PlanPrinter(parent)
{
    setSession(session);
}

Session *PlanPrinter::session() const
{
    return m_session.data();
}

void PlanPrinter::setSession(Session *session)
{
    if (session == m_session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

void PlanPrinter::classBegin()
{
    if (!m_session)
        setSession(bro::engineSession(this));
}

void PlanPrinter::setCaseId(const QString &caseId)
{
    if (caseId == m_caseId)
        return;
    m_caseId = caseId;
    Q_EMIT caseIdChanged();
}

QString PlanPrinter::effectiveCaseId() const
{
    return m_caseId.isEmpty() && m_session ? m_session->caseId() : m_caseId;
}

// The name the programme gives the phase, in the UI language.
static QString phaseName(const Session &s, const QString &p)
{
    return s.programme()->phaseName(p);
}

static QString roleName(const QString &r)
{
    if (r == QLatin1String("apprentice"))
        return PlanPrinter::tr("Lærling");
    if (r == QLatin1String("adviser"))
        return PlanPrinter::tr("Rådgiver");
    if (r == QLatin1String("clinician"))
        return PlanPrinter::tr("Behandler");
    if (r == QLatin1String("coordinator"))
        return PlanPrinter::tr("Koordinator");
    return r;
}

static QString statusName(const QString &s)
{
    if (s == QLatin1String("active"))
        return PlanPrinter::tr("Aktiv");
    if (s == QLatin1String("paused"))
        return PlanPrinter::tr("På pause");
    if (s == QLatin1String("achieved"))
        return PlanPrinter::tr("Nådd");
    if (s == QLatin1String("dropped"))
        return PlanPrinter::tr("Droppet");
    return s;
}

static QString orgKindTitle(const QString &k)
{
    if (k == QLatin1String("clinic"))
        return PlanPrinter::tr("Klinikken");
    if (k == QLatin1String("training_office"))
        return PlanPrinter::tr("Opplæringskontoret");
    return {};
}

QString PlanPrinter::html() const
{
    Session *s = m_session;
    if (!s)
        return {};
    const QString caseId = effectiveCaseId();
    const auto *summary = s->caseSummary(caseId);
    const bool apprentice = s->role() == QLatin1String("apprentice");
    const QString name = summary ? convert::qstr(summary->apprentice_name) : QString();

    // The team of this case: name, role and organisation (the welcome's list).
    struct Member
    {
        QString name, role, orgName, orgKind;
    };
    QList<Member> team;
    if (summary)
        for (const auto &m : summary->team)
            team.append({convert::qstr(m.name), convert::qstr(std::string(bro::to_string(m.role))),
                         convert::qstr(m.org_name), s->orgKind(convert::qstr(m.org_id))});
    auto orgNameOf = [&](const QString &kind) {
        for (const auto &m : team)
            if (m.orgKind == kind)
                return m.orgName;
        return QString();
    };

    QString h;
    h += QStringLiteral("<h1>%1</h1>")
             .arg(esc(apprentice ? tr("Min plan") : tr("Planen til %1").arg(name)));
    QStringList intro;
    if (!name.isEmpty())
        intro << esc(name);
    if (!s->phase().isEmpty())
        intro << esc(tr("Fase nå: %1").arg(phaseName(*s, s->phase())));
    h += QStringLiteral("<p class='muted'>%1</p>").arg(intro.join(QStringLiteral(" · ")));

    // ---- goals and steps ----
    GoalsModel goals(s);
    goals.setCaseId(caseId);
    GoalStepsModel steps(s);
    steps.setCaseId(caseId);
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Mål og steg")));
    if (!goals.shared()) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("%1 deler ikke mål og steg med deg nå.").arg(name)));
    } else if (goals.count() == 0) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("Ingen mål er skrevet ennå.")));
    } else {
        h += QStringLiteral("<p class='muted'>%1</p>")
                 .arg(esc(apprentice ? tr("Målene og stegene står slik du skrev dem.")
                                     : tr("Målene og stegene står slik lærlingen skrev dem.")));
        for (int g = 0; g < goals.count(); ++g) {
            const auto goal = goals.get(g);
            const QString goalId = goal.value(QStringLiteral("recordId")).toString();
            h += QStringLiteral("<h3>%1. %2</h3>")
                     .arg(g + 1)
                     .arg(esc(goal.value(QStringLiteral("title")).toString()));
            const QString why = goal.value(QStringLiteral("why")).toString();
            if (!why.isEmpty())
                h += QStringLiteral("<p><i>%1</i> %2</p>").arg(esc(tr("Hvorfor:")), esc(why));
            h += QStringLiteral("<p class='muted'>%1 · %2</p>")
                     .arg(esc(statusName(goal.value(QStringLiteral("status")).toString())),
                          esc(tr("%1 av %2 steg gjort")
                                  .arg(goal.value(QStringLiteral("stepsDone")).toInt())
                                  .arg(goal.value(QStringLiteral("stepsTotal")).toInt())));
            QString list;
            for (int i = 0; i < steps.count(); ++i) {
                const auto st = steps.get(i);
                if (st.value(QStringLiteral("goalId")).toString() != goalId)
                    continue;
                const bool done = st.value(QStringLiteral("done")).toBool();
                QString line = (done ? QStringLiteral("☑ ") : QStringLiteral("☐ ")) +
                               esc(st.value(QStringLiteral("title")).toString());
                if (st.value(QStringLiteral("state")).toString() == QLatin1String("suggested"))
                    line +=
                        QStringLiteral(" <span class='muted'>(%1)</span>")
                            .arg(esc(tr("forslag fra %1, ikke bestemt ennå")
                                         .arg(st.value(QStringLiteral("suggestedBy")).toString())));
                list += QStringLiteral("<p class='step'>%1</p>").arg(line);
            }
            h += list.isEmpty() ? QStringLiteral("<p class='step muted'>%1</p>")
                                      .arg(esc(tr("Ingen steg ennå.")))
                                : list;
        }
    }

    // ---- the journey ----
    JourneyModel journey(s);
    journey.setCaseId(caseId);
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Reisen og hvem som har ansvaret")));
    if (journey.count() == 0) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("Reisen er ikke startet ennå.")));
    } else {
        h += QStringLiteral("<table width='100%' border='0' cellspacing='0' cellpadding='6'>"
                            "<tr bgcolor='#e8eef5'><th align='left'>%1</th><th align='left'>%2</th>"
                            "<th align='left'>%3</th><th align='left'>%4</th></tr>")
                 .arg(esc(tr("Fase")), esc(tr("Ansvarlig")), esc(tr("Startet")), esc(tr("Status")));
        for (int i = 0; i < journey.count(); ++i) {
            const auto r = journey.get(i);
            const QString state = r.value(QStringLiteral("state")).toString();
            const QString kind = r.value(QStringLiteral("responsibleOrgKind")).toString();
            QString who = r.value(QStringLiteral("responsibleName")).toString();
            const QString org = orgNameOf(kind);
            QString responsible =
                who.isEmpty() ? esc(orgKindTitle(kind))
                              : QStringLiteral("%1<br/><span class='muted'>%2</span>")
                                    .arg(esc(who), esc(org.isEmpty() ? orgKindTitle(kind) : org));
            const QString stateText = state == QLatin1String("current")   ? tr("Nå")
                                      : state == QLatin1String("done")    ? tr("Ferdig")
                                      : state == QLatin1String("skipped") ? tr("Hoppet over")
                                                                          : tr("Senere");
            const QString started = r.value(QStringLiteral("started")).toString();
            h += QStringLiteral("<tr%5><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                     .arg(esc(phaseName(*s, r.value(QStringLiteral("phase")).toString())),
                          responsible, esc(started.isEmpty() ? QString() : longDate(*s, started)),
                          esc(stateText),
                          state == QLatin1String("current") ? QStringLiteral(" bgcolor='#fff4d6'")
                                                            : QString());
        }
        h += QStringLiteral("</table>");
    }

    // ---- who is on the team ----
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Hvem er med")));
    if (team.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("Ingen i teamet ennå.")));
    } else {
        for (const auto &m : team)
            h += QStringLiteral("<p class='step'>%1 — %2, %3</p>")
                     .arg(esc(m.name), esc(roleName(m.role)), esc(m.orgName));
    }
    if (!apprentice)
        h += QStringLiteral("<p class='muted'>%1</p>")
                 .arg(esc(tr("Utskriften viser bare det %1 deler med deg.").arg(name)));
    return h;
}

QString PlanPrinter::footerText() const
{
    Session *s = m_session;
    if (!s)
        return {};
    const QDateTime now = QDateTime::currentDateTime();
    const QLocale loc = uiLocale(*s);
    const bool en = s->effectiveLanguage() == QLatin1String("en");
    return tr("Skrevet ut av %1, %2 kl. %3")
        .arg(s->userName(),
             loc.toString(now.date(),
                          en ? QStringLiteral("d MMMM yyyy") : QStringLiteral("d. MMMM yyyy")),
             loc.toString(now.time(), QStringLiteral("HH:mm")));
}

QString PlanPrinter::defaultPath() const
{
    Session *s = m_session;
    if (!s)
        return {};
    const auto *summary = s->caseSummary(effectiveCaseId());
    QString who = summary ? convert::qstr(summary->apprentice_name) : s->userName();
    who = who.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    return QDir(s->dataDir())
        .filePath(
            QStringLiteral("plan-%1-%2.pdf").arg(who, QDate::currentDate().toString(Qt::ISODate)));
}

QString PlanPrinter::printPlan(const QUrl &fileUrl) const
{
    const QString path = fileUrl.isLocalFile() ? fileUrl.toLocalFile() : fileUrl.toString();
    return writePdf(path);
}

QString PlanPrinter::writePdf(const QString &path) const
{
    Session *s = m_session;
    if (!s || !s->loggedIn() || effectiveCaseId().isEmpty())
        return tr("Det er ingen plan å skrive ut ennå.");
    return writePagedPdf(path,
                         {s->role() == QLatin1String("apprentice") ? tr("Min plan") : tr("Plan"),
                          html(), footerText(), tr("Fortrolig: inneholder helseopplysninger.")});
}
