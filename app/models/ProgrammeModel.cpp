#include "models/ProgrammeModel.h"

#include "domain/journey.hpp"
#include "models/EngineSession.h"
#include "models/MetaFollower.h"
#include "session/Session.h"
#include "store/Convert.h"
#include "store/Store.h"
#include "sync/SyncClient.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

// Messages are in bokmål, like the other C++ texts (app/CONTRACT.md).
using convert::qstr;
using convert::str;
namespace proto = bro::protocol;

namespace {
const QString metaKey = QStringLiteral("programme:figures");
} // namespace

ProgrammeModel::ProgrammeModel(QObject *parent)
    : QAbstractListModel(parent), m_year(QDate::currentDate().year())
{
}

ProgrammeModel::ProgrammeModel(Session *session, QObject *parent) : ProgrammeModel(parent)
{
    setSession(session);
}

void ProgrammeModel::classBegin()
{
    if (!m_session)
        setSession(bro::engineSession(this));
}

Session *ProgrammeModel::session() const
{
    return m_session.data();
}

void ProgrammeModel::setSession(Session *session)
{
    if (session == m_session)
        return;
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->programme(), nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::userChanged, this, [this] {
            attach();
            refresh();
        });
        // The rows follow the programme's phases.
        connect(m_session->programme(), &ProgrammeDefinition::changed, this, &ProgrammeModel::load);
    }
    attach();
    Q_EMIT sessionChanged();
}

void ProgrammeModel::attach()
{
    metafollow::attach(
        this, m_store, m_session ? m_session->store() : nullptr,
        [](const QString &key) { return key == metaKey; }, [this] { load(); });
}

int ProgrammeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ProgrammeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QString &phase = m_rows.at(index.row());
    const QVariantMap n = count(QStringLiteral("now.") + phase);
    switch (role) {
    case Qt::DisplayRole:
    case PhaseRole:
        return phase;
    case CountRole:
        return n.value(QStringLiteral("value"));
    case TextRole:
        return n.value(QStringLiteral("text"));
    case StateRole:
        return n.value(QStringLiteral("state"));
    }
    return {};
}

QHash<int, QByteArray> ProgrammeModel::roleNames() const
{
    return {
        {PhaseRole, "phase"}, {CountRole, "count"}, {TextRole, "countText"}, {StateRole, "state"}};
}

void ProgrammeModel::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    Q_EMIT yearChanged();
    Q_EMIT figuresChanged();
}

QVariantList ProgrammeModel::years() const
{
    QVariantList out;
    for (int y : m_figures.years)
        out.append(y);
    return out;
}

QVariantMap ProgrammeModel::count(const QString &id) const
{
    const auto *c = m_figures.cell(str(id));
    using bro::stats::CellState;
    const CellState state = c ? c->state : CellState::implicit;
    const QString text = state == CellState::shown     ? QString::number(c->value)
                         : state == CellState::under_5 ? tr("under 5")
                         : state == CellState::hidden  ? tr("skjult")
                                                       : QStringLiteral("–");
    return {{QStringLiteral("value"), state == CellState::shown ? c->value : -1},
            {QStringLiteral("text"), text},
            {QStringLiteral("state"), QString::fromLatin1(bro::stats::to_string(state))}};
}

QVariantMap ProgrammeModel::mean(const QString &id) const
{
    const auto *m = m_figures.mean(str(id));
    if (!m || !m->shown)
        return {{QStringLiteral("shown"), false},
                {QStringLiteral("value"), 0},
                {QStringLiteral("n"), 0}};
    return {{QStringLiteral("shown"), true},
            {QStringLiteral("value"), m->value},
            {QStringLiteral("n"), m->n}};
}

QVariantMap ProgrammeModel::referred() const
{
    return count(QStringLiteral("funnel.%1.referred").arg(m_year));
}

QVariantMap ProgrammeModel::completed() const
{
    return count(QStringLiteral("year.%1.completed").arg(m_year));
}

QVariantMap ProgrammeModel::endedEarly() const
{
    return count(QStringLiteral("year.%1.ended_early").arg(m_year));
}

QVariantList ProgrammeModel::funnel() const
{
    QVariantList out;
    for (const auto &stage : bro::funnel_stages()) {
        auto c = count(QStringLiteral("funnel.%1.%2").arg(m_year).arg(qstr(stage)));
        c.insert(QStringLiteral("stage"), qstr(stage));
        out.append(c);
    }
    return out;
}

QVariantMap ProgrammeModel::waiting() const
{
    return mean(QStringLiteral("waiting.%1").arg(m_year));
}

QVariantList ProgrammeModel::cohorts() const
{
    QVariantList out;
    for (int y : m_figures.years) {
        const QString p = QStringLiteral("cohort.%1.").arg(y);
        out.append(QVariantMap{
            {QStringLiteral("year"), y},
            {QStringLiteral("target"), m_figures.target},
            {QStringLiteral("started"), count(p + QStringLiteral("started"))},
            {QStringLiteral("completed"), count(p + QStringLiteral("completed"))},
            {QStringLiteral("inApprenticeship"), count(p + QStringLiteral("in_apprenticeship"))},
            {QStringLiteral("endedEarly"), count(p + QStringLiteral("ended_early"))}});
    }
    return out;
}

QVariantList ProgrammeModel::outcomes() const
{
    QVariantList out;
    for (const auto &point : {"stay_end", "month_3", "month_6", "month_12"}) {
        const QString p = QStringLiteral("outcome.%1.").arg(QLatin1String(point));
        out.append(QVariantMap{
            {QStringLiteral("point"), QLatin1String(point)},
            {QStringLiteral("workAbility"), mean(p + QStringLiteral("work_ability_change"))},
            {QStringLiteral("goalAttainment"), mean(p + QStringLiteral("goal_attainment"))}});
    }
    return out;
}

void ProgrammeModel::refresh()
{
    Session *s = m_session;
    if (s && m_store && s->role() == QLatin1String("coordinator")) {
        // Every year is in every answer; the period only says what was asked.
        const QDate today = QDate::currentDate();
        s->syncClient()->requestProgramme(QDate(today.year(), 1, 1).toString(Qt::ISODate),
                                          today.toString(Qt::ISODate));
    }
}

void ProgrammeModel::load()
{
    bro::PublishedProgramme figures;
    bool available = false;
    if (m_store) {
        auto parsed = proto::parse_server(str(m_store->meta(metaKey)));
        if (parsed && std::holds_alternative<proto::Programme>(*parsed.message)) {
            figures = std::move(std::get<proto::Programme>(*parsed.message).published);
            available = true;
        }
    }
    // The programme's open phases in its order; a phase it does not have shows only when the
    // server counts it, so that every open case is counted somewhere.
    QList<QString> rows;
    if (available && figures.ok && m_session) {
        const bro::Programme &programme = m_session->programme()->definition();
        for (const auto &phase : programme.phases)
            if (!bro::is_closed_phase(phase.id))
                rows.append(qstr(phase.id));
        for (const auto &c : figures.figures.figures.cells) {
            const std::string_view id = c.id;
            if (id.rfind("now.", 0) != 0 || id == "now.total")
                continue;
            const auto phase = std::string(id.substr(4));
            if (!programme.phase(phase) && c.state != bro::stats::CellState::under_5)
                rows.append(qstr(phase));
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_figures = std::move(figures);
    m_available = available;
    endResetModel();
    Q_EMIT figuresChanged();
}

QString ProgrammeModel::csv() const
{
    return m_available && m_figures.ok ? qstr(bro::to_csv(m_figures)) : QString();
}

QString ProgrammeModel::json() const
{
    return m_available && m_figures.ok ? qstr(bro::stats::to_json_text(m_figures.figures))
                                       : QString();
}

QString ProgrammeModel::exportCsv(const QUrl &fileUrl) const
{
    if (!m_available || !m_figures.ok)
        return tr("Det er ingen tall å eksportere ennå.");
    const QString path = fileUrl.isLocalFile() ? fileUrl.toLocalFile() : fileUrl.toString();
    if (path.isEmpty())
        return tr("Velg en fil å eksportere til.");
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return tr("Kunne ikke skrive %1: %2").arg(path, f.errorString());
    const bool asJson = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    const QByteArray bytes = (asJson ? json() : csv()).toUtf8();
    if (f.write(bytes) != bytes.size())
        return tr("Kunne ikke skrive %1: %2").arg(path, f.errorString());
    return {};
}

QString ProgrammeModel::defaultExportPath(const QString &suffix) const
{
    if (!m_session)
        return {};
    return QDir(m_session->dataDir())
        .filePath(QStringLiteral("programme-figures-%1.%2")
                      .arg(QDate::currentDate().toString(Qt::ISODate), suffix));
}
