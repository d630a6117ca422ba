#include "models/JourneyModel.h"

#include "domain/handover.hpp"
#include "domain/schema.hpp"
#include "session/Session.h"
#include "store/Convert.h"
#include "store/Store.h"

#include <algorithm>

using convert::qstr;
using convert::str;

namespace {

// The handover record of a phase, keyed by the phase's id in its programme (issue 25).
std::optional<std::string> handoverRecord(const QString &caseId, const QString &phase)
{
    if (!bro::is_phase_id(str(phase)))
        return std::nullopt;
    return bro::handover_id(str(caseId), str(phase));
}

} // namespace

JourneyModel::JourneyModel(QObject *parent) : CaseModel(parent) {}

JourneyModel::JourneyModel(Session *session, QObject *parent) : JourneyModel(parent)
{
    setSession(session);
}

void JourneyModel::followSession(Session *session)
{
    connect(session, &Session::teamChanged, this, &JourneyModel::reload);
    connect(session, &Session::userChanged, this, &JourneyModel::journeyChanged);
    // A new revision of the programme, or the UI language: names and checklist texts change.
    connect(session->programme(), &ProgrammeDefinition::changed, this, &JourneyModel::reload);
}

QString JourneyModel::nextPhase() const
{
    return session()->programme()->nextPhase(m_phase);
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
    const auto *programme = session()->programme();
    if (nextPhase().isEmpty() || !store())
        return false;
    return session()->role() == programme->responsibleRole(m_phase) && checklistComplete();
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
    const bro::Programme &programme = session()->programme()->definition();
    if (store() && !caseId().isEmpty()) {
        std::optional<bro::Record> file = store()->get(caseId());
        if (!file || file->kind != bro::kind::case_file) {
            auto list = store()->list(caseId(), bro::kind::case_file);
            file = list.empty() ? std::nullopt : std::optional<bro::Record>(list.front());
        }
        if (file) {
            phase = qstr(file->str("phase"));
            const std::string current = file->str("phase");
            const auto history = file->fields.value("phase_history", nlohmann::json::object());
            auto startedOf = [&history](const std::string &id) {
                return history.is_object() && history.contains(id) && history[id].is_string()
                           ? qstr(history[id].get<std::string>())
                           : QString();
            };
            // The last phase is always `ended` (docs/programmes.md): listed only when reached.
            const auto &last = programme.phases.back();
            const bool endedEarly = current == last.id;
            const bool known = programme.phase(current) != nullptr;
            bool passed = known; // phases before the current one are done
            for (const auto &p : programme.phases) {
                if (&p == &last && !endedEarly)
                    continue;
                Row r;
                r.phase = qstr(p.id);
                r.responsibleRole = qstr(p.responsible);
                r.responsibleOrgKind = qstr(p.organisation);
                r.responsibleName = responsibleNameFor(r.responsibleRole, r.responsibleOrgKind);
                r.started = startedOf(p.id);
                if (p.id == current) {
                    r.state = QStringLiteral("current");
                    if (r.started.isEmpty())
                        r.started = qstr(file->str("phase_since"));
                    passed = false;
                } else if (known) {
                    r.state = passed ? QStringLiteral("done") : QStringLiteral("upcoming");
                    // Passed without ever starting: the programme let the case skip it.
                    if (passed && p.skippable && r.started.isEmpty())
                        r.state = QStringLiteral("skipped");
                } else {
                    // The case is in a phase a newer revision left out: what it went through is
                    // done, the rest is still ahead.
                    r.state =
                        r.started.isEmpty() ? QStringLiteral("upcoming") : QStringLiteral("done");
                }
                if (endedEarly && &p != &last && r.started.isEmpty())
                    r.state = QStringLiteral("upcoming");
                next.append(r);
            }
            if (!known && !phase.isEmpty()) { // shown where the case is, before what lies ahead
                Row r;
                r.phase = phase;
                r.started = qstr(file->str("phase_since"));
                r.state = QStringLiteral("current");
                auto at = std::find_if(next.begin(), next.end(), [](const Row &row) {
                    return row.state == QLatin1String("upcoming");
                });
                next.insert(at, r);
            }
            checklist = loadChecklist(phase);
        }
    }
    updateRows(
        m_rows, std::move(next), [](const Row &r) { return r.phase; },
        [](const Row &a, const Row &b) { return a == b; });
    m_phase = phase;
    m_checklist = checklist;
    Q_EMIT journeyChanged();
}

// The programme's checklist of the phase, each item with its text in the UI language and its
// state from the handover record. An item a new revision added starts unticked; a ticked item
// it removed no longer counts.
QVariantList JourneyModel::loadChecklist(const QString &phase) const
{
    QVariantList checklist;
    const auto *info = session()->programme()->definition().phase(str(phase));
    const auto record = handoverRecord(caseId(), phase);
    if (!info || !record)
        return checklist;
    const auto handover = store()->get(qstr(*record));
    const auto fields = handover ? handover->fields : nlohmann::json::object();
    const bool english = session()->effectiveLanguage() == QLatin1String("en");
    for (const auto &item : info->handover) {
        const auto state = bro::handover_item(fields, item.id); // old `items` records too
        const QString id = qstr(item.id);
        const QString by = qstr(state.by);
        QString byName = by.isEmpty() ? QString() : session()->personName(by);
        if (byName.isEmpty() && !by.isEmpty() && by == session()->personId())
            byName = session()->userName();
        checklist.append(QVariantMap{
            {QStringLiteral("itemId"), id},
            {QStringLiteral("text"), qstr(english ? item.text.en : item.text.nb)},
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
    const auto *info = session()->programme()->definition().phase(str(m_phase));
    if (!store() || !info)
        return check(tr("Saken har ingen fase ennå."));
    bool known = false;
    for (const auto &item : info->handover)
        known = known || qstr(item.id) == itemId;
    if (!known)
        return check(tr("Ukjent punkt på sjekklisten."));
    const bro::HandoverItem item{done, str(explanation.trimmed()), str(session()->personId()),
                                 str(convert::nowUtc())};
    return check(store()->writeJson(bro::handover_id(str(caseId()), str(m_phase)),
                                    bro::kind::handover, str(caseId()),
                                    bro::handover_tick(str(m_phase), str(itemId), item)));
}

QString JourneyModel::skipTo() const
{
    const auto &programme = session()->programme()->definition();
    const auto *next = programme.next_phase(str(m_phase));
    if (!next || !next->skippable)
        return {};
    const auto *after = programme.next_phase(next->id);
    return after ? qstr(after->id) : QString();
}

bool JourneyModel::advance()
{
    return moveTo(session()->programme()->nextPhase(m_phase));
}

bool JourneyModel::skip()
{
    const QString target = skipTo();
    if (target.isEmpty())
        return check(tr("Neste fase kan ikke hoppes over."));
    return moveTo(target);
}

bool JourneyModel::moveTo(const QString &n)
{
    const auto *programme = session()->programme();
    const auto *info = programme->definition().phase(str(m_phase));
    if (!info || !store())
        return check(tr("Saken har ingen fase ennå."));
    if (n.isEmpty())
        return check(tr("Saken er avsluttet."));
    if (session()->role() != programme->responsibleRole(m_phase))
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
    history[str(n)] = today;
    // Close the handover of the phase we leave, then move the case on.
    if (!info->handover.empty()) {
        const QString closed = store()->write(
            qstr(bro::handover_id(str(caseId()), str(m_phase))), bro::kind::handover, caseId(),
            {{QStringLiteral("phase"), m_phase},
             {QStringLiteral("completed_at"), convert::nowUtc()}});
        if (!check(closed))
            return false;
    }
    return check(store()->writeJson(
        file->id, bro::kind::case_file, file->case_id,
        {{"phase", str(n)}, {"phase_since", today}, {"phase_history", history}}));
}
