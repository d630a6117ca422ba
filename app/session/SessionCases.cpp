// Session: the cases this person follows, the current one, its care team and where its journey
// stands.
#include "domain/schema.hpp"
#include "session/ProgrammeDefinition.h"
#include "session/Session.h"
#include "store/Convert.h"
#include "store/Store.h"

#include <algorithm>

using convert::qstr;
using convert::str;

void Session::setCaseId(const QString &caseId)
{
    if (caseId == m_caseId)
        return;
    m_caseId = caseId;
    Q_EMIT caseIdChanged();
    Q_EMIT teamChanged();
    Q_EMIT journeyChanged();
}

const bro::CaseSummary *Session::caseSummary(const QString &caseId) const
{
    for (const auto &c : m_welcome.cases)
        if (qstr(c.case_id) == caseId)
            return &c;
    return nullptr;
}

QString Session::orgKind(const QString &orgId) const
{
    const auto *c = caseSummary(m_caseId);
    const std::string id = str(orgId);
    auto kindIn = [&id](const bro::CaseSummary &cs) -> QString {
        if (!id.empty() && id == cs.training_office_id)
            return QStringLiteral("training_office");
        if (!id.empty() && id == cs.clinic_id)
            return QStringLiteral("clinic");
        return {};
    };
    if (c) {
        if (auto k = kindIn(*c); !k.isEmpty())
            return k;
    }
    for (const auto &cs : m_welcome.cases)
        if (auto k = kindIn(cs); !k.isEmpty())
            return k;
    return {};
}

QVariantList Session::team() const
{
    QVariantList out;
    const auto *c = caseSummary(m_caseId);
    if (!c)
        return out;
    for (const auto &m : c->team) {
        out.append(QVariantMap{
            {QStringLiteral("personId"), qstr(m.person_id)},
            {QStringLiteral("name"), qstr(m.name)},
            {QStringLiteral("role"), qstr(std::string(bro::to_string(m.role)))},
            {QStringLiteral("orgId"), qstr(m.org_id)},
            {QStringLiteral("orgName"), qstr(m.org_name)},
            {QStringLiteral("orgKind"), orgKind(qstr(m.org_id))},
        });
    }
    return out;
}

QString Session::personName(const QString &personId) const
{
    if (personId.isEmpty())
        return {};
    const std::string id = str(personId);
    if (id == m_welcome.user.id)
        return qstr(m_welcome.user.name);
    for (const auto &c : m_welcome.cases) {
        if (c.apprentice_id == id)
            return qstr(c.apprentice_name);
        for (const auto &m : c.team)
            if (m.person_id == id)
                return qstr(m.name);
    }
    return {};
}

QVariantList Session::cases() const
{
    if (m_cases)
        return *m_cases;
    QVariantList out;
    for (const auto &c : m_welcome.cases) {
        QString phase, since;
        if (m_store) {
            if (auto r = m_store->get(qstr(c.case_id)); r && r->kind == bro::kind::case_file) {
                phase = qstr(r->str("phase"));
                since = qstr(r->str("phase_since"));
            } else {
                auto list = m_store->list(qstr(c.case_id), bro::kind::case_file);
                if (!list.empty()) {
                    phase = qstr(list.front().str("phase"));
                    since = qstr(list.front().str("phase_since"));
                }
            }
        }
        out.append(QVariantMap{
            {QStringLiteral("caseId"), qstr(c.case_id)},
            {QStringLiteral("apprenticeId"), qstr(c.apprentice_id)},
            {QStringLiteral("apprenticeName"), qstr(c.apprentice_name)},
            {QStringLiteral("phase"), phase},
            {QStringLiteral("phaseSince"), since},
        });
    }
    m_cases = out;
    return out;
}

QString Session::phase() const
{
    for (const auto &v : cases()) {
        const auto m = v.toMap();
        if (m.value(QStringLiteral("caseId")).toString() == m_caseId)
            return m.value(QStringLiteral("phase")).toString();
    }
    return {};
}

QString Session::phaseSince() const
{
    for (const auto &v : cases()) {
        const auto m = v.toMap();
        if (m.value(QStringLiteral("caseId")).toString() == m_caseId)
            return m.value(QStringLiteral("phaseSince")).toString();
    }
    return {};
}

QString Session::responsibleRole() const
{
    return m_programme->responsibleRole(phase());
}

QString Session::responsibleOrgKind() const
{
    return m_programme->organisation(phase());
}

QString Session::responsibleName() const
{
    const QString role = responsibleRole();
    const QString kind = responsibleOrgKind();
    QString fallback;
    for (const auto &v : team()) {
        const auto m = v.toMap();
        if (m.value(QStringLiteral("role")).toString() != role)
            continue;
        if (m.value(QStringLiteral("orgKind")).toString() == kind)
            return m.value(QStringLiteral("name")).toString();
        if (fallback.isEmpty())
            fallback = m.value(QStringLiteral("name")).toString();
    }
    return fallback;
}

void Session::forgetCase(const QString &caseId)
{
    auto &cases = m_welcome.cases;
    const auto gone = std::remove_if(cases.begin(), cases.end(), [&](const bro::CaseSummary &c) {
        return qstr(c.case_id) == caseId;
    });
    if (gone == cases.end())
        return;
    cases.erase(gone, cases.end());
    m_cases.reset();
    if (m_store)
        cacheWelcome();
    pickDefaultCase();
    Q_EMIT teamChanged();
    Q_EMIT casesChanged();
    Q_EMIT journeyChanged();
}

void Session::pickDefaultCase()
{
    if (m_welcome.cases.empty()) {
        if (!m_caseId.isEmpty()) {
            m_caseId.clear();
            Q_EMIT caseIdChanged();
        }
        return;
    }
    if (caseSummary(m_caseId))
        return;
    QString pick = qstr(m_welcome.cases.front().case_id);
    for (const auto &c : m_welcome.cases)
        if (c.apprentice_id == m_welcome.user.id)
            pick = qstr(c.case_id);
    m_caseId = pick;
    Q_EMIT caseIdChanged();
}

void Session::onStoreChanged(const QString &caseId)
{
    m_cases.reset(); // a phase may have moved
    Q_EMIT casesChanged();
    if (caseId.isEmpty() || caseId == m_caseId)
        Q_EMIT journeyChanged();
}
