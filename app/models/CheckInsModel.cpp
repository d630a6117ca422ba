#include "models/CheckInsModel.h"

#include "domain/dates.hpp"
#include "domain/early_warning.hpp"
#include "domain/schema.hpp"
#include "domain/wellbeing.hpp"
#include "session/Session.h"
#include "store/Convert.h"
#include "store/Store.h"

#include <QDate>
#include <algorithm>

using convert::qstr;
using convert::str;

CheckInsModel::CheckInsModel(QObject *parent) : CaseModel(parent) {}

CheckInsModel::CheckInsModel(Session *session, QObject *parent) : CheckInsModel(parent)
{
    setSession(session);
}

void CheckInsModel::followSession(Session *session)
{
    // A new revision of the programme may change the help card's rule.
    connect(session->programme(), &ProgrammeDefinition::changed, this, &CheckInsModel::reload);
}

bool CheckInsModel::checkedInToday() const
{
    return m_today;
}

int CheckInsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant CheckInsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case RecordIdRole:
        return r.id;
    case Qt::DisplayRole:
    case DateRole:
        return r.date;
    case MoodRole:
        return r.mood;
    case EnergyRole:
        return r.energy;
    case SleepRole:
        return r.sleep;
    case PainRole:
        return r.pain;
    case WorkRole:
        return r.work;
    case NoteRole:
        return r.note;
    }
    return {};
}

QHash<int, QByteArray> CheckInsModel::roleNames() const
{
    return {{RecordIdRole, "recordId"}, {DateRole, "date"},   {MoodRole, "mood"},
            {EnergyRole, "energy"},     {SleepRole, "sleep"}, {PainRole, "pain"},
            {WorkRole, "work"},         {NoteRole, "note"}};
}

QSet<QString> CheckInsModel::kinds() const
{
    return {QString::fromLatin1(bro::kind::checkin)};
}

void CheckInsModel::load()
{
    QList<Row> next;
    if (store() && !caseId().isEmpty()) {
        for (const auto &c : store()->list(caseId(), bro::kind::checkin)) {
            Row r;
            r.id = qstr(c.id);
            r.date = qstr(c.str("date"));
            r.mood = static_cast<int>(c.integer("mood"));
            r.energy = static_cast<int>(c.integer("energy"));
            r.sleep = static_cast<int>(c.integer("sleep"));
            r.pain = static_cast<int>(c.integer("pain"));
            r.work = static_cast<int>(c.integer("work"));
            r.note = qstr(c.str("note"));
            next.append(r);
        }
        std::sort(next.begin(), next.end(), [](const Row &a, const Row &b) {
            return a.date != b.date ? a.date > b.date : a.id > b.id;
        });
    }
    updateRows(
        m_rows, std::move(next), [](const Row &r) { return r.id; },
        [](const Row &a, const Row &b) { return a == b; });
    std::vector<bro::CheckInScores> scores;
    for (const auto &r : m_rows)
        scores.push_back({r.date.toStdString(), r.mood, r.energy, r.sleep, r.pain,
                          r.work > 0 ? std::optional<int>(r.work) : std::nullopt});
    const bool help = !scores.empty() && bro::help_after_checkin(scores.front(), scores,
                                                                 session()->programme()->helpRule())
                                             .show_help;
    if (help != m_help) {
        m_help = help;
        Q_EMIT helpSuggestedChanged();
    }
    const bool today = !m_rows.isEmpty() && m_rows.front().date == convert::today();
    if (today != m_today) {
        m_today = today;
        Q_EMIT checkedInTodayChanged();
    }
    updateEarlyWarning();
}

static QString answeredKey(const QString &caseId)
{
    return QStringLiteral("early_warning_answered:") + caseId;
}

void CheckInsModel::updateEarlyWarning()
{
    QString warning;
    // Never on a helper's device: the apprentice decides whether anyone is told.
    if (store() && session()->role() == QLatin1String("apprentice")) {
        const auto rule = session()->programme()->earlyWarningRule();
        const std::string today = str(convert::today());
        const auto answered = str(store()->meta(answeredKey(caseId())));
        const auto since = bro::days_between(answered, today);
        if (answered.empty() || !since || *since >= rule.ask_again_days) {
            std::vector<bro::CheckInPoint> points;
            for (const auto &r : m_rows)
                points.push_back({str(r.date), r.mood, r.energy});
            switch (bro::early_warning(points, today, rule)) {
            case bro::EarlyWarning::falling:
                warning = QStringLiteral("falling");
                break;
            case bro::EarlyWarning::stopped:
                warning = QStringLiteral("stopped");
                break;
            case bro::EarlyWarning::none:
                break;
            }
        }
    }
    if (warning != m_earlyWarning) {
        m_earlyWarning = warning;
        Q_EMIT earlyWarningChanged();
    }
}

void CheckInsModel::answerEarlyWarning()
{
    if (!store())
        return;
    store()->setMeta(answeredKey(caseId()), convert::today());
    updateEarlyWarning();
}

bool CheckInsModel::checkIn(const QVariantMap &values)
{
    if (!canWrite())
        return false;
    const QString date = values.value(QStringLiteral("date"), convert::today()).toString();
    QVariantMap fields{{QStringLiteral("date"), date}};
    for (const char *key : {"mood", "energy", "sleep", "pain", "work"}) {
        const QString k = QString::fromLatin1(key);
        if (values.contains(k) && values.value(k).isValid() && !values.value(k).isNull())
            fields.insert(k, values.value(k));
    }
    const QString note = values.value(QStringLiteral("note")).toString().trimmed();
    if (!note.isEmpty())
        fields.insert(QStringLiteral("note"), note);
    else if (values.contains(QStringLiteral("note")))
        fields.insert(QStringLiteral("note"), QVariant());
    // One check-in a day: reuse that day's record.
    QString id;
    for (const auto &r : m_rows)
        if (r.date == date)
            id = r.id;
    if (id.isEmpty())
        id = qstr(bro::new_uuid());
    return check(store()->write(id, bro::kind::checkin, caseId(), fields));
}

QVariantList CheckInsModel::series(const QString &measure, int days) const
{
    const QString from = QDate::currentDate().addDays(-std::max(days, 1) + 1).toString(Qt::ISODate);
    QVariantList out;
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it) {
        if (it->date < from)
            continue;
        int value = 0;
        if (measure == QLatin1String("mood"))
            value = it->mood;
        else if (measure == QLatin1String("energy"))
            value = it->energy;
        else if (measure == QLatin1String("sleep"))
            value = it->sleep;
        else if (measure == QLatin1String("pain"))
            value = it->pain;
        else if (measure == QLatin1String("work"))
            value = it->work;
        else
            return {};
        if (measure == QLatin1String("work") && value == 0)
            continue; // not given that day
        out.append(
            QVariantMap{{QStringLiteral("date"), it->date}, {QStringLiteral("value"), value}});
    }
    return out;
}
