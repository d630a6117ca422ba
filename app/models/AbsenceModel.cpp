#include "models/AbsenceModel.h"

#include "domain/absence_pattern.hpp"
#include "domain/schema.hpp"
#include "session/Session.h"
#include "store/Convert.h"
#include "store/Store.h"

#include <QDate>
#include <QMap>
#include <algorithm>

using convert::qstr;

AbsenceModel::AbsenceModel(QObject *parent) : CaseModel(parent) {}

AbsenceModel::AbsenceModel(Session *session, QObject *parent) : AbsenceModel(parent)
{
    setSession(session);
}

void AbsenceModel::followSession(Session *session)
{
    // A new revision of the programme may change the absence rule.
    connect(session->programme(), &ProgrammeDefinition::changed, this, &AbsenceModel::reload);
}

int AbsenceModel::totalDays() const
{
    int n = 0;
    for (const auto &r : m_rows)
        n += r.days;
    return n;
}

int AbsenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant AbsenceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case RecordIdRole:
        return r.id;
    case Qt::DisplayRole:
    case FromRole:
        return r.from;
    case ToRole:
        return r.to;
    case KindRole:
        return r.kind;
    case HealthRelatedRole:
        return r.healthRelated;
    case NoteRole:
        return r.note;
    case DaysRole:
        return r.days;
    }
    return {};
}

QHash<int, QByteArray> AbsenceModel::roleNames() const
{
    return {{RecordIdRole, "recordId"},
            {FromRole, "from"},
            {ToRole, "to"},
            {KindRole, "kind"},
            {HealthRelatedRole, "healthRelated"},
            {NoteRole, "note"},
            {DaysRole, "days"}};
}

QSet<QString> AbsenceModel::kinds() const
{
    return {QString::fromLatin1(bro::kind::absence)};
}

void AbsenceModel::load()
{
    QList<Row> next;
    if (store() && !caseId().isEmpty()) {
        for (const auto &a : store()->list(caseId(), bro::kind::absence)) {
            Row r;
            r.id = qstr(a.id);
            r.from = qstr(a.str("from"));
            r.to = qstr(a.str("to", a.str("from")));
            r.kind = qstr(a.str("kind"));
            r.healthRelated = a.boolean("health_related");
            r.note = qstr(a.str("note"));
            const QDate f = QDate::fromString(r.from, Qt::ISODate);
            const QDate t = QDate::fromString(r.to, Qt::ISODate);
            r.days = (f.isValid() && t.isValid()) ? static_cast<int>(f.daysTo(t)) + 1 : 0;
            next.append(r);
        }
        std::sort(next.begin(), next.end(), [](const Row &a, const Row &b) {
            return a.from != b.from ? a.from > b.from : a.id > b.id;
        });
    }
    updateRows(
        m_rows, std::move(next), [](const Row &r) { return r.id; },
        [](const Row &a, const Row &b) { return a == b; });

    std::vector<bro::AbsenceEpisode> episodes;
    QMap<QString, std::pair<int, int>> months; // YYYY-MM -> (days, health days)
    for (const auto &r : m_rows) {
        episodes.push_back({r.from.toStdString(), r.to.toStdString(), r.healthRelated});
        const QDate f = QDate::fromString(r.from, Qt::ISODate);
        const QDate t = QDate::fromString(r.to, Qt::ISODate);
        for (QDate d = f; d.isValid() && t.isValid() && d <= t && f.daysTo(d) < 366;
             d = d.addDays(1)) {
            auto &m = months[d.toString(QStringLiteral("yyyy-MM"))];
            ++m.first;
            if (r.healthRelated)
                ++m.second;
        }
    }
    const auto pattern = bro::repeated_absence(episodes, convert::today().toStdString(),
                                               session()->programme()->absenceRule());
    QVariantList monthList;
    for (auto it = months.cbegin(); it != months.cend(); ++it)
        monthList.append(QVariantMap{{QStringLiteral("month"), it.key()},
                                     {QStringLiteral("days"), it.value().first},
                                     {QStringLiteral("healthDays"), it.value().second}});
    if (pattern.repeated != m_talk || pattern.episodes != m_recentEpisodes ||
        pattern.days != m_recentDays || monthList != m_months) {
        m_talk = pattern.repeated;
        m_recentEpisodes = pattern.episodes;
        m_recentDays = pattern.days;
        m_months = monthList;
        Q_EMIT patternChanged();
    }
}

QVariantMap AbsenceModel::toFields(const QVariantMap &values)
{
    QVariantMap fields;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString &k = it.key();
        if (k == QLatin1String("healthRelated"))
            fields.insert(QStringLiteral("health_related"), it.value());
        else if (k == QLatin1String("note"))
            fields.insert(k, it.value().toString().trimmed().isEmpty()
                                 ? QVariant()
                                 : QVariant(it.value().toString().trimmed()));
        else if (k == QLatin1String("from") || k == QLatin1String("to") ||
                 k == QLatin1String("kind"))
            fields.insert(k, it.value());
    }
    return fields;
}

QString AbsenceModel::add(const QVariantMap &values)
{
    if (!canWrite())
        return {};
    QVariantMap fields = toFields(values);
    if (!fields.contains(QStringLiteral("to")) && fields.contains(QStringLiteral("from")))
        fields.insert(QStringLiteral("to"), fields.value(QStringLiteral("from")));
    if (!fields.contains(QStringLiteral("health_related")))
        fields.insert(QStringLiteral("health_related"), false);
    if (fields.value(QStringLiteral("note")).isNull())
        fields.remove(QStringLiteral("note"));
    const QString id = qstr(bro::new_uuid());
    if (!check(store()->write(id, bro::kind::absence, caseId(), fields)))
        return {};
    return id;
}

bool AbsenceModel::update(const QString &id, const QVariantMap &values)
{
    return writeRecord(id, bro::kind::absence, toFields(values));
}

bool AbsenceModel::remove(const QString &id)
{
    if (!canWrite())
        return false;
    return check(store()->remove(id));
}
