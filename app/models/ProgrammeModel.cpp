#include "models/ProgrammeModel.h"

#include "domain/schema.hpp"
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

ProgrammeModel::ProgrammeModel(QObject *parent) : QAbstractListModel(parent)
{
    const QDate today = QDate::currentDate();
    m_from = QDate(today.year(), 1, 1).toString(Qt::ISODate);
    m_to = today.toString(Qt::ISODate);
    connect(Session::instance(), &Session::userChanged, this, [this] {
        attach();
        refresh();
    });
    // The rows follow the programme's phases.
    connect(Session::instance()->programme(), &ProgrammeDefinition::changed, this,
            &ProgrammeModel::load);
    attach();
}

void ProgrammeModel::attach()
{
    metafollow::attach(
        this, m_store, [this](const QString &key) { return key == metaKey(); }, [this] { load(); });
}

int ProgrammeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ProgrammeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto &[phase, n] = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case PhaseRole:
        return phase;
    case CountRole:
        return n;
    }
    return {};
}

QHash<int, QByteArray> ProgrammeModel::roleNames() const
{
    return {{PhaseRole, "phase"}, {CountRole, "count"}};
}

void ProgrammeModel::setFrom(const QString &date)
{
    if (date == m_from)
        return;
    m_from = date;
    Q_EMIT periodChanged();
    load();
    refresh();
}

void ProgrammeModel::setTo(const QString &date)
{
    if (date == m_to)
        return;
    m_to = date;
    Q_EMIT periodChanged();
    load();
    refresh();
}

int ProgrammeModel::inProgramme() const
{
    int n = 0;
    for (const auto &[phase, count] : m_figures.per_phase)
        if (!bro::is_closed_phase(phase))
            n += count;
    return n;
}

QVariantList ProgrammeModel::cohorts() const
{
    QVariantList out;
    for (const auto &c : m_cohorts)
        out.append(QVariantMap{{QStringLiteral("year"), c.year},
                               {QStringLiteral("target"), c.target},
                               {QStringLiteral("started"), c.started},
                               {QStringLiteral("completed"), c.completed},
                               {QStringLiteral("inApprenticeship"), c.in_apprenticeship},
                               {QStringLiteral("endedEarly"), c.ended_early}});
    return out;
}

QString ProgrammeModel::metaKey() const
{
    return QStringLiteral("programme:%1:%2").arg(m_from, m_to);
}

void ProgrammeModel::refresh()
{
    Session *s = Session::instance();
    if (m_lastError.isEmpty() && m_store && s->role() == QLatin1String("coordinator"))
        s->syncClient()->requestProgramme(m_from, m_to);
}

void ProgrammeModel::load()
{
    QString error;
    if (!bro::is_valid_date(str(m_from)) || !bro::is_valid_date(str(m_to)))
        error = tr("Skriv datoene som ÅÅÅÅ-MM-DD.");
    else if (m_from > m_to)
        error = tr("Perioden starter etter at den slutter.");
    bro::ProgrammeFigures figures;
    std::vector<bro::CohortFigures> cohorts;
    bool available = false;
    if (error.isEmpty() && m_store) {
        auto parsed = proto::parse_server(str(m_store->meta(metaKey())));
        if (parsed && std::holds_alternative<proto::Programme>(*parsed.message)) {
            auto &answer = std::get<proto::Programme>(*parsed.message);
            figures = std::move(answer.figures);
            cohorts = std::move(answer.cohorts);
            available = true;
        }
    }
    // The programme's open phases in its order; a phase it does not have shows only when a case
    // is still in it, so that every open case is counted somewhere.
    QList<QPair<QString, int>> rows;
    const bro::Programme &programme = Session::instance()->programme()->definition();
    auto countOf = [&figures](const std::string &id) {
        const auto it = figures.per_phase.find(id);
        return it == figures.per_phase.end() ? 0 : it->second;
    };
    for (const auto &phase : programme.phases)
        if (available && !bro::is_closed_phase(phase.id))
            rows.append({qstr(phase.id), countOf(phase.id)});
    for (const auto &[id, n] : figures.per_phase) {
        if (n > 0 && !bro::is_closed_phase(id) && !programme.phase(id))
            rows.append({qstr(id), n});
    }
    const bool periodChangedNow = error != m_lastError;
    beginResetModel();
    m_rows = std::move(rows);
    m_figures = std::move(figures);
    m_cohorts = std::move(cohorts);
    m_available = available;
    m_lastError = error;
    endResetModel();
    Q_EMIT figuresChanged();
    if (periodChangedNow)
        Q_EMIT periodChanged();
}

QString ProgrammeModel::csv() const
{
    return m_available ? qstr(bro::to_csv(m_figures, m_cohorts)) : QString();
}

QString ProgrammeModel::exportCsv(const QUrl &fileUrl) const
{
    if (!m_available)
        return tr("Det er ingen tall å eksportere ennå.");
    const QString path = fileUrl.isLocalFile() ? fileUrl.toLocalFile() : fileUrl.toString();
    if (path.isEmpty())
        return tr("Velg en fil å eksportere til.");
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return tr("Kunne ikke skrive %1: %2").arg(path, f.errorString());
    const QByteArray bytes = csv().toUtf8();
    if (f.write(bytes) != bytes.size())
        return tr("Kunne ikke skrive %1: %2").arg(path, f.errorString());
    return {};
}

QString ProgrammeModel::defaultExportPath() const
{
    return QDir(Session::instance()->dataDir())
        .filePath(QStringLiteral("programme-%1-%2.csv").arg(m_from, m_to));
}
