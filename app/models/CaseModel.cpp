#include "models/CaseModel.h"

#include "domain/consent_rules.hpp"
#include "domain/schema.hpp"
#include "models/EngineSession.h"
#include "session/Session.h"
#include "store/Convert.h"
#include "store/Store.h"

#include <utility>

CaseModel::CaseModel(QObject *parent) : QAbstractListModel(parent) {}

void CaseModel::setSession(Session *session)
{
    if (session == m_session)
        return;
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_session->programme(), nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session)
        connect(m_session, &Session::storeChanged, this, [this] {
            attach();
            reload();
        });
    attach();
    if (m_session)
        followSession(m_session);
    reload();
    Q_EMIT sessionChanged();
}

Session *CaseModel::session() const
{
    return m_session.data();
}

void CaseModel::classBegin()
{
    if (!m_session)
        setSession(bro::engineSession(this));
}

void CaseModel::setCaseId(const QString &caseId)
{
    if (caseId == m_caseId)
        return;
    m_caseId = caseId;
    Q_EMIT caseIdChanged();
    reload();
}

void CaseModel::reload()
{
    load();
    emitCountIfChanged();
    updateShared();
}

CaseModel::ShareState CaseModel::shareState(const QString &caseId, const QString &category) const
{
    ShareState out;
    Session *s = session();
    if (category.isEmpty() || !s || !store() || caseId.isEmpty() || !s->loggedIn() ||
        s->role() == QLatin1String("apprentice"))
        return out;
    const auto c = bro::parse_category(category.toStdString());
    const std::string org = s->welcome().user.org_id;
    const auto r =
        c ? store()->get(QString::fromStdString(bro::consent_id(caseId.toStdString(), org, *c)))
          : std::nullopt;
    const QString until = r ? QString::fromStdString(r->str("until")) : QString();
    out.shared = r && r->boolean("granted") && (until.isEmpty() || until >= convert::today());
    if (out.shared && bro::is_health_category(*c)) {
        const auto file = store()->get(caseId);
        out.awaitingGuardian = file && file->boolean("awaiting_guardian");
        out.shared = !out.awaitingGuardian;
    }
    return out;
}

void CaseModel::updateShared()
{
    const auto state = shareState(m_caseId, category());
    if (state.shared != m_shared || state.awaitingGuardian != m_awaitingGuardian) {
        m_shared = state.shared;
        m_awaitingGuardian = state.awaitingGuardian;
        Q_EMIT sharedChanged();
    }
}

Store *CaseModel::store() const
{
    return m_store.data();
}

bool CaseModel::check(const QString &error)
{
    setLastError(error);
    return error.isEmpty();
}

bool CaseModel::canWrite()
{
    if (store())
        return true;
    setLastError(tr("Du er ikke logget inn."));
    return false;
}

bool CaseModel::writeRecord(const QString &id, const char *kind, const QVariantMap &fields)
{
    return canWrite() && check(store()->write(id, kind, caseId(), fields));
}

void CaseModel::setLastError(const QString &message)
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    Q_EMIT lastErrorChanged();
}

void CaseModel::emitCountIfChanged()
{
    const int n = rowCount();
    if (n != m_lastCount) {
        m_lastCount = n;
        Q_EMIT countChanged();
    }
}

void CaseModel::attach()
{
    Store *s = m_session ? m_session->store() : nullptr;
    if (s == m_store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = s;
    if (m_store) {
        connect(m_store, &Store::changed, this, &CaseModel::onChanged);
        connect(m_store, &Store::metaChanged, this,
                [this](const QString &key) { metaChanged(key); });
        connect(m_store, &Store::announced, this, &CaseModel::flushTouched);
    }
}

void CaseModel::onChanged(const QString &caseId, const QSet<QString> &changedKinds)
{
    if (!m_allCases && !caseId.isEmpty() && caseId != m_caseId)
        return;
    if (changedKinds.intersects(kinds())) {
        if (m_allCases)
            touch(caseId);
        else
            reload();
    } else if (changedKinds.contains(QLatin1String(bro::kind::consent)) ||
               changedKinds.contains(QLatin1String(bro::kind::case_file)))
        updateShared();
}

void CaseModel::touch(const QString &caseId)
{
    m_touched.insert(caseId);
    if (!inStoreAnnouncement())
        flushTouched();
}

bool CaseModel::inStoreAnnouncement() const
{
    return m_store && m_store->announcing();
}

// A flush of held changes announces each case on its own; a model over every case that read all
// of them each time re-read the caseload once per case (B8signin: 61 % of a first sign-in).
void CaseModel::flushTouched()
{
    if (m_touched.isEmpty())
        return;
    casesTouched(std::exchange(m_touched, {}));
}

int CaseModel::indexOf(const QString &recordId) const
{
    const int role = roleNames().key(QByteArrayLiteral("recordId"), -1);
    if (role < 0)
        return -1;
    for (int i = 0; i < rowCount(); ++i)
        if (data(index(i), role).toString() == recordId)
            return i;
    return -1;
}

QVariantMap CaseModel::get(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= rowCount())
        return out;
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return out;
}
