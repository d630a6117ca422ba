#include "session/ProgrammeDefinition.h"

#include "programme/builtin.hpp"
#include "store/Convert.h"

using convert::qstr;
using convert::str;

ProgrammeDefinition::ProgrammeDefinition(QObject *parent)
    : QObject(parent), m_programme(bro::builtin_programme())
{
}

void ProgrammeDefinition::setDefinition(const bro::Programme &programme, qint64 revision,
                                        bool builtin)
{
    if (programme == m_programme && revision == m_revision && builtin == m_builtin)
        return;
    m_programme = programme;
    m_revision = revision;
    m_builtin = builtin;
    Q_EMIT changed();
}

void ProgrammeDefinition::setLanguage(const QString &language)
{
    const bool english = language == QLatin1String("en");
    if (english == m_english)
        return;
    m_english = english;
    Q_EMIT changed();
}

QString ProgrammeDefinition::text(const bro::Texts &t) const
{
    return qstr(m_english ? t.en : t.nb);
}

const bro::ProgrammePhase *ProgrammeDefinition::find(const QString &phase) const
{
    return m_programme.phase(str(phase));
}

bro::AbsenceRule ProgrammeDefinition::absenceRule() const
{
    const auto &r = m_programme.absence_rule;
    return {r.window_days, r.min_episodes, r.min_days};
}

bro::HelpRule ProgrammeDefinition::helpRule() const
{
    const auto &r = m_programme.low_checkin_rule;
    return {r.lowest, r.low, r.severe_pain, r.days_in_row, r.row_window_days};
}

bro::CaseloadRule ProgrammeDefinition::caseloadRule() const
{
    const auto &r = m_programme.caseload;
    bro::CaseloadRule rule;
    rule.checkins_missing_after_days = r.checkins_missing_after_days;
    rule.checkins_trend_days = r.checkins_trend_days;
    rule.checkins_falling_by = r.checkins_falling_by;
    rule.consent_withdrawn_days = r.consent_withdrawn_days;
    rule.handover_due_days = r.handover_due_days;
    rule.absence = absenceRule();
    return rule;
}

bro::EarlyWarningRule ProgrammeDefinition::earlyWarningRule() const
{
    const auto &r = m_programme.early_warning;
    return {r.falling_days, r.falling_by, r.stopped_days, r.ask_again_days};
}

std::optional<int> ProgrammeDefinition::typicalDays(const QString &phase) const
{
    const auto *p = find(phase);
    return p ? std::optional<int>(p->typical_days) : std::nullopt;
}

int ProgrammeDefinition::phaseIndex(const QString &phase) const
{
    const auto &phases = m_programme.phases;
    for (std::size_t i = 0; i < phases.size(); ++i)
        if (qstr(phases[i].id) == phase)
            return static_cast<int>(i);
    return static_cast<int>(phases.size());
}

QString ProgrammeDefinition::programmeId() const
{
    return qstr(m_programme.id);
}

QString ProgrammeDefinition::name() const
{
    return text(m_programme.name);
}

QVariantList ProgrammeDefinition::phases() const
{
    QVariantList out;
    for (const auto &p : m_programme.phases) {
        QVariantList checklist;
        for (const auto &item : p.handover)
            checklist.append(QVariantMap{{QStringLiteral("itemId"), qstr(item.id)},
                                         {QStringLiteral("text"), text(item.text)}});
        out.append(QVariantMap{
            {QStringLiteral("id"), qstr(p.id)},
            {QStringLiteral("name"), text(p.name)},
            {QStringLiteral("description"), text(p.description)},
            {QStringLiteral("responsibleRole"), qstr(p.responsible)},
            {QStringLiteral("organisation"), qstr(p.organisation)},
            {QStringLiteral("typicalDays"), p.typical_days},
            {QStringLiteral("closed"), bro::is_closed_phase(p.id)},
            {QStringLiteral("checklist"), checklist},
        });
    }
    return out;
}

QVariantMap ProgrammeDefinition::phaseNames() const
{
    QVariantMap out;
    for (const auto &p : m_programme.phases)
        out.insert(qstr(p.id), text(p.name));
    return out;
}

QVariantMap ProgrammeDefinition::phaseDescriptions() const
{
    QVariantMap out;
    for (const auto &p : m_programme.phases)
        out.insert(qstr(p.id), text(p.description));
    return out;
}

QVariantMap ProgrammeDefinition::consentTexts() const
{
    QVariantMap out;
    for (const auto &t : m_programme.consent_texts) // oldest first: the newest stays
        out.insert(qstr(t.category), text(t.text));
    return out;
}

QVariantMap ProgrammeDefinition::lowCheckinRule() const
{
    const auto &r = m_programme.low_checkin_rule;
    return {{QStringLiteral("lowest"), r.lowest},
            {QStringLiteral("low"), r.low},
            {QStringLiteral("severePain"), r.severe_pain},
            {QStringLiteral("daysInRow"), r.days_in_row},
            {QStringLiteral("rowWindowDays"), r.row_window_days}};
}

QVariantMap ProgrammeDefinition::caseloadThresholds() const
{
    const auto &r = m_programme.caseload;
    return {{QStringLiteral("checkinsMissingAfterDays"), r.checkins_missing_after_days},
            {QStringLiteral("checkinsTrendDays"), r.checkins_trend_days},
            {QStringLiteral("checkinsFallingBy"), r.checkins_falling_by},
            {QStringLiteral("consentWithdrawnDays"), r.consent_withdrawn_days},
            {QStringLiteral("handoverDueDays"), r.handover_due_days}};
}

QString ProgrammeDefinition::phaseName(const QString &phase) const
{
    if (const auto *p = find(phase))
        return text(p->name);
    if (const auto *p = bro::builtin_programme().phase(str(phase)))
        return text(p->name);
    return phase;
}

QString ProgrammeDefinition::phaseDescription(const QString &phase) const
{
    if (const auto *p = find(phase))
        return text(p->description);
    if (const auto *p = bro::builtin_programme().phase(str(phase)))
        return text(p->description);
    return {};
}

QString ProgrammeDefinition::responsibleRole(const QString &phase) const
{
    const auto *p = find(phase);
    return p ? qstr(p->responsible) : QString();
}

QString ProgrammeDefinition::organisation(const QString &phase) const
{
    const auto *p = find(phase);
    return p ? qstr(p->organisation) : QString();
}

QString ProgrammeDefinition::nextPhase(const QString &phase) const
{
    const auto *n = m_programme.next_phase(str(phase));
    return n ? qstr(n->id) : QString();
}

QString ProgrammeDefinition::checklistText(const QString &itemId) const
{
    const auto *item = m_programme.checklist_item(str(itemId));
    return item ? text(item->text) : QString();
}

QString ProgrammeDefinition::consentText(const QString &category) const
{
    const auto *t = m_programme.consent_text(str(category));
    return t ? text(t->text) : QString();
}

bool ProgrammeDefinition::clinicStarted(const QString &phase) const
{
    const int at = phaseIndex(phase);
    const auto &phases = m_programme.phases;
    if (at >= static_cast<int>(phases.size()) || bro::is_closed_phase(phases[at].id))
        return false;
    for (int i = 0; i <= at; ++i)
        if (phases[i].organisation == "clinic")
            return true;
    return false;
}
