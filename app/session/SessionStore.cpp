// Session: the person's store (one SQLite file each) opened, adopted, restored at start and closed,
// with the welcome and the programme definition cached in it for starting offline.
#include "domain/schema.hpp"
#include "lock/AppLock.h"
#include "programme/builtin.hpp"
#include "session/ProgrammeDefinition.h"
#include "session/Session.h"
#include "store/Convert.h"
#include "store/Store.h"
#include "sync/SyncClient.h"

#include <QDebug>
#include <QFile>

using convert::qstr;
using convert::str;
namespace proto = bro::protocol;

void Session::adopt(const proto::Welcome &welcome, const QString &fileTag)
{
    const QString tag = fileTag.isEmpty() ? fileSafe(qstr(welcome.user.id)) : fileTag;
    const QString path = m_dataDir + QLatin1Char('/') + tag + QStringLiteral(".sqlite");
    const bool sameStore = m_store && m_store->path() == path;
    proto::Welcome merged = welcome;
    if (sameStore && merged.token.empty())
        merged.token = m_welcome.token;
    m_welcome = merged;
    if (!sameStore) {
        closeStore();
        m_welcome = merged; // closeStore() clears it
        openStore(path);
    }
    m_cases.reset(); // the welcome may bring other cases
    if (!m_store)
        return;
    if (!m_welcome.programme)
        keepCachedProgramme();
    applyProgramme();
    cacheWelcome();
    if (!m_localOnly) {
        m_settings.remove(QStringLiteral("session/local"));
        m_settings.setValue(QStringLiteral("session/person"), tag);
        const QString base = QStringLiteral("accounts/%1/").arg(tag);
        if (!welcome.token.empty())
            m_settings.setValue(base + QStringLiteral("token"), qstr(welcome.token));
        if (!welcome.device_id.empty())
            m_settings.setValue(base + QStringLiteral("deviceId"), qstr(welcome.device_id));
        m_settings.sync();
    }
    m_loggedIn = true;
    pickDefaultCase();
    m_sync->setStore(m_localOnly ? nullptr : m_store.get());
    if (!sameStore)
        m_lock->setStore(m_store.get());
    refreshCounts();
    Q_EMIT userChanged();
    Q_EMIT teamChanged();
    Q_EMIT casesChanged();
    Q_EMIT journeyChanged();
    if (!sameStore)
        Q_EMIT storeChanged();
}

void Session::openStore(const QString &path)
{
    m_cases.reset();
    try {
        m_store = std::make_unique<Store>(path);
    } catch (const std::exception &e) {
        qWarning() << "cannot open" << path << e.what();
        setLastError(tr("Kunne ikke åpne dataene på enheten: %1").arg(QString::fromUtf8(e.what())));
        m_store.reset();
        return;
    }
    connect(m_store.get(), &Store::outboxChanged, this, &Session::refreshCounts);
    connect(m_store.get(), &Store::rejectedChanged, this, &Session::refreshCounts);
    connect(m_store.get(), &Store::changed, this,
            [this](const QString &caseId, const QSet<QString> &kinds) {
                if (kinds.contains(QLatin1String(bro::kind::case_file)))
                    onStoreChanged(caseId);
            });
}

void Session::closeStore()
{
    const bool was = m_loggedIn || m_store;
    m_sync->setStore(nullptr);
    m_lock->setStore(nullptr);
    m_store.reset();
    m_loggedIn = false;
    m_welcome = proto::Welcome{};
    m_cases.reset();
    m_caseId.clear();
    applyProgramme();
    refreshCounts();
    if (!was)
        return;
    Q_EMIT userChanged();
    Q_EMIT caseIdChanged();
    Q_EMIT teamChanged();
    Q_EMIT casesChanged();
    Q_EMIT journeyChanged();
    Q_EMIT syncStateChanged();
    Q_EMIT storeChanged();
}

void Session::restore()
{
    const QString local = m_settings.value(QStringLiteral("session/local")).toString();
    if (!local.isEmpty()) {
        openLocalDemo(local);
        return;
    }
    const QString tag = m_settings.value(QStringLiteral("session/person")).toString();
    if (tag.isEmpty())
        return;
    const QString path = m_dataDir + QLatin1Char('/') + tag + QStringLiteral(".sqlite");
    if (!QFile::exists(path))
        return;
    openStore(path);
    if (!m_store)
        return;
    auto parsed = proto::parse_server(str(m_store->meta(QStringLiteral("welcome"))));
    if (!parsed || !std::holds_alternative<proto::Welcome>(*parsed.message)) {
        m_store.reset();
        m_cases.reset();
        return;
    }
    const QString base = QStringLiteral("accounts/%1/").arg(tag);
    const QString token = m_settings.value(base + QStringLiteral("token")).toString();
    m_welcome = std::get<proto::Welcome>(*parsed.message);
    m_cases.reset();
    applyProgramme();
    m_loggedIn = true;
    pickDefaultCase();
    refreshCounts();
    m_lock->setStore(m_store.get());
    m_lock->lockIfPinSet(); // the app starting: nothing shows before the PIN
    if (!token.isEmpty()) {
        m_sync->setToken(m_settings.value(base + QStringLiteral("deviceId")).toString(), token);
        m_sync->setStore(m_store.get());
        m_sync->start();
    }
}

void Session::cacheWelcome()
{
    auto cached = m_welcome;
    cached.token.clear(); // the token lives in settings, not next to the data
    m_store->setMeta(QStringLiteral("welcome"),
                     qstr(proto::serialize(proto::ServerMessage(cached))));
}

// A welcome without a definition comes from a server before programmes: the device keeps the
// one it had (cached with the previous welcome), which an older server cannot have changed.
void Session::keepCachedProgramme()
{
    auto parsed = proto::parse_server(str(m_store->meta(QStringLiteral("welcome"))));
    if (!parsed || !std::holds_alternative<proto::Welcome>(*parsed.message))
        return;
    const auto &cached = std::get<proto::Welcome>(*parsed.message);
    if (cached.user.id != m_welcome.user.id || !cached.programme)
        return;
    m_welcome.programme = cached.programme;
    m_welcome.programme_revision = cached.programme_revision;
}

void Session::applyProgramme()
{
    if (m_welcome.programme)
        m_programme->setDefinition(*m_welcome.programme, m_welcome.programme_revision, false);
    else
        m_programme->setDefinition(bro::builtin_programme(), 0, true);
}

// A new revision while connected: shown at once, and kept with the cached welcome so that it is
// there offline and at the next start.
void Session::onProgrammeDefinition(const proto::ProgrammeDefinition &definition)
{
    if (!m_loggedIn || m_localOnly)
        return;
    m_welcome.programme = definition.programme;
    m_welcome.programme_revision = definition.revision;
    if (m_store)
        cacheWelcome();
    applyProgramme();
}
