#include "models/JourneyModel.h"

#include "domain/handover.hpp"
#include "domain/journey.hpp"
#include "domain/schema.hpp"
#include "session/Session.h"
#include "store/Convert.h"
#include "store/Store.h"

#include <QCoreApplication>

using convert::qstr;
using convert::str;

namespace {

// Every checklist item of shared/domain/journey.cpp by id, as an English source string. The
// ids are the stable part that is stored; the texts live here so that lupdate finds them and the
// UI language decides. bokmål translations are the pilot's texts (ChecklistItem::text).
constexpr const char *checklistContext = "ChecklistItem";
struct ChecklistSource
{
    const char *id;
    const char *text;
};
constexpr ChecklistSource checklistSources[] = {
    {"goals_own_words",
     QT_TRANSLATE_NOOP("ChecklistItem", "The apprentice has set their own goals")},
    {"consent_discussed",
     QT_TRANSLATE_NOOP("ChecklistItem", "Consent has been discussed with the apprentice")},
    {"referral_sent",
     QT_TRANSLATE_NOOP("ChecklistItem", "The referral has been sent to the clinic")},
    {"employer_informed",
     QT_TRANSLATE_NOOP("ChecklistItem", "The training company has been informed about the stay")},
    {"stay_date_set", QT_TRANSLATE_NOOP("ChecklistItem", "The date of the stay is agreed")},
    {"roles_clear",
     QT_TRANSLATE_NOOP("ChecklistItem", "Everyone knows who does what during the stay")},
    {"return_plan", QT_TRANSLATE_NOOP("ChecklistItem", "A plan for the return to work has been "
                                                       "made together with the apprentice")},
    {"handover_meeting", QT_TRANSLATE_NOOP("ChecklistItem", "The handover meeting with the "
                                                            "training office has been held")},
    {"workplace_adapted",
     QT_TRANSLATE_NOOP("ChecklistItem", "Adjustments at the workplace are agreed")},
    {"followup_plan", QT_TRANSLATE_NOOP("ChecklistItem", "The follow-up plan has been handed "
                                                         "over to the training office")},
    {"absence_stable", QT_TRANSLATE_NOOP("ChecklistItem", "Absence has been followed up")},
    {"exam_planned", QT_TRANSLATE_NOOP("ChecklistItem", "The trade certificate exam is planned")},
};

} // namespace

QString JourneyModel::checklistText(const QString &itemId)
{
    for (const auto &source : checklistSources)
        if (itemId == QLatin1String(source.id))
            return QCoreApplication::translate(checklistContext, source.text);
    return {};
}

JourneyModel::JourneyModel(QObject *parent) : CaseModel(parent)
{
    connect(session(), &Session::teamChanged, this, &JourneyModel::reload);
    connect(session(), &Session::userChanged, this, &JourneyModel::journeyChanged);
    // The checklist texts are translated when read.
    connect(session(), &Session::languageChanged, this, &JourneyModel::reload);
}

QString JourneyModel::nextPhase() const
{
    const auto p = bro::parse_phase(str(m_phase));
    if (!p)
        return {};
    const auto n = bro::next_phase(*p);
    return n ? qstr(std::string(bro::to_string(*n))) : QString();
}

bool JourneyModel::checklistComplete() const
{
    for (const auto &v : m_checklist)
        if (!v.toMap().value(QStringLiteral("settled")).toBool())
            return false;
    return true;
}

bool JourneyModel::canAdvance() const
{
    const auto p = bro::parse_phase(str(m_phase));
    if (!p || !bro::next_phase(*p) || !store())
        return false;
    const QString responsible = qstr(std::string(bro::to_string(bro::phase_info(*p).responsible)));
    return session()->role() == responsible && checklistComplete();
}

int JourneyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant JourneyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case PhaseRole:
        return r.phase;
    case ResponsibleRoleRole:
        return r.responsibleRole;
    case ResponsibleOrgKindRole:
        return r.responsibleOrgKind;
    case ResponsibleNameRole:
        return r.responsibleName;
    case StartedRole:
        return r.started;
    case StateRole:
        return r.state;
    }
    return {};
}

QHash<int, QByteArray> JourneyModel::roleNames() const
{
    return {{PhaseRole, "phase"},
            {ResponsibleRoleRole, "responsibleRole"},
            {ResponsibleOrgKindRole, "responsibleOrgKind"},
            {ResponsibleNameRole, "responsibleName"},
            {StartedRole, "started"},
            {StateRole, "state"}};
}

QSet<QString> JourneyModel::kinds() const
{
    return {QString::fromLatin1(bro::kind::case_file), QString::fromLatin1(bro::kind::handover)};
}

QString JourneyModel::responsibleNameFor(const QString &role, const QString &orgKind) const
{
    QString fallback;
    for (const auto &v : session()->team()) {
        const auto m = v.toMap();
        if (m.value(QStringLiteral("role")).toString() != role)
            continue;
        if (m.value(QStringLiteral("orgKind")).toString() == orgKind)
            return m.value(QStringLiteral("name")).toString();
        if (fallback.isEmpty())
            fallback = m.value(QStringLiteral("name")).toString();
    }
    return fallback;
}

void JourneyModel::load()
{
    QList<Row> next;
    QString phase;
    QVariantList checklist;
    if (store() && !caseId().isEmpty()) {
        std::optional<bro::Record> file = store()->get(caseId());
        if (!file || file->kind != bro::kind::case_file) {
            auto list = store()->list(caseId(), bro::kind::case_file);
            file = list.empty() ? std::nullopt : std::optional<bro::Record>(list.front());
        }
        if (file) {
            phase = qstr(file->str("phase"));
            const auto current = bro::parse_phase(str(phase));
            const auto history = file->fields.value("phase_history", nlohmann::json::object());
            auto phases = bro::journey_phases();
            if (current == bro::Phase::ended)
                phases.push_back(bro::Phase::ended);
            bool passed = true; // phases before the current one are done
            for (auto p : phases) {
                const auto &info = bro::phase_info(p);
                Row r;
                r.phase = qstr(std::string(bro::to_string(p)));
                r.responsibleRole = qstr(std::string(bro::to_string(info.responsible)));
                r.responsibleOrgKind = qstr(std::string(bro::to_string(info.responsible_org)));
                r.responsibleName = responsibleNameFor(r.responsibleRole, r.responsibleOrgKind);
                const std::string key(bro::to_string(p));
                if (history.is_object() && history.contains(key) && history[key].is_string())
                    r.started = qstr(history[key].get<std::string>());
                if (current && p == *current) {
                    r.state = QStringLiteral("current");
                    if (r.started.isEmpty())
                        r.started = qstr(file->str("phase_since"));
                    passed = false;
                } else {
                    r.state =
                        passed && current ? QStringLiteral("done") : QStringLiteral("upcoming");
                }
                if (current == bro::Phase::ended && p != bro::Phase::ended && r.started.isEmpty())
                    r.state = QStringLiteral("upcoming");
                next.append(r);
            }
            if (current)
                checklist = loadChecklist(*current);
        }
    }
    updateRows(
        m_rows, std::move(next), [](const Row &r) { return r.phase; },
        [](const Row &a, const Row &b) { return a == b; });
    m_phase = phase;
    m_checklist = checklist;
    Q_EMIT journeyChanged();
}

QVariantList JourneyModel::loadChecklist(bro::Phase phase) const
{
    const auto handover = store()->get(qstr(bro::handover_id(str(caseId()), phase)));
    const auto fields = handover ? handover->fields : nlohmann::json::object();
    QVariantList checklist;
    for (const auto &item : bro::phase_info(phase).handover) {
        const auto state = bro::handover_item(fields, item.id); // old `items` records too
        const QString id = qstr(item.id);
        const QString by = qstr(state.by);
        QString byName = by.isEmpty() ? QString() : session()->personName(by);
        if (byName.isEmpty() && !by.isEmpty() && by == session()->personId())
            byName = session()->userName();
        const QString text = checklistText(id);
        checklist.append(QVariantMap{
            {QStringLiteral("itemId"), id},
            {QStringLiteral("text"), text.isEmpty() ? qstr(item.text) : text},
            {QStringLiteral("done"), state.done},
            {QStringLiteral("explanation"), qstr(state.explanation)},
            {QStringLiteral("settled"), state.settled()},
            {QStringLiteral("by"), by},
            {QStringLiteral("byName"), byName},
            {QStringLiteral("at"), qstr(state.at)},
        });
    }
    return checklist;
}

bool JourneyModel::setChecklistItem(const QString &itemId, bool done, const QString &explanation)
{
    const auto p = bro::parse_phase(str(m_phase));
    if (!store() || !p)
        return check(tr("Saken har ingen fase ennå."));
    bool known = false;
    for (const auto &item : bro::phase_info(*p).handover)
        known = known || qstr(item.id) == itemId;
    if (!known)
        return check(tr("Ukjent punkt på sjekklisten."));
    const bro::HandoverItem item{done, str(explanation.trimmed()), str(session()->personId()),
                                 str(convert::nowUtc())};
    return check(store()->writeJson(bro::handover_id(str(caseId()), *p), bro::kind::handover,
                                    str(caseId()), bro::handover_tick(*p, str(itemId), item)));
}

bool JourneyModel::advance()
{
    const auto p = bro::parse_phase(str(m_phase));
    if (!p || !store())
        return check(tr("Saken har ingen fase ennå."));
    const auto n = bro::next_phase(*p);
    if (!n)
        return check(tr("Saken er avsluttet."));
    const QString responsible = qstr(std::string(bro::to_string(bro::phase_info(*p).responsible)));
    if (session()->role() != responsible)
        return check(tr("Bare den som har ansvaret i denne fasen kan gå videre."));
    if (!checklistComplete())
        return check(tr("Kryss av eller forklar alle punktene på sjekklisten først."));
    std::optional<bro::Record> file = store()->get(caseId());
    if (!file || file->kind != bro::kind::case_file) {
        auto list = store()->list(caseId(), bro::kind::case_file);
        if (list.empty())
            return check(tr("Saken har ingen fase ennå."));
        file = list.front();
    }
    const std::string today = str(convert::today());
    auto history = file->fields.value("phase_history", nlohmann::json::object());
    if (!history.is_object())
        history = nlohmann::json::object();
    history[std::string(bro::to_string(*n))] = today;
    // Close the handover of the phase we leave, then move the case on.
    if (!bro::phase_info(*p).handover.empty()) {
        const QString closed =
            store()->write(qstr(bro::handover_id(str(caseId()), *p)), bro::kind::handover, caseId(),
                           {{QStringLiteral("phase"), m_phase},
                            {QStringLiteral("completed_at"), convert::nowUtc()}});
        if (!check(closed))
            return false;
    }
    return check(store()->writeJson(file->id, bro::kind::case_file, file->case_id,
                                    {{"phase", std::string(bro::to_string(*n))},
                                     {"phase_since", today},
                                     {"phase_history", history}}));
}
