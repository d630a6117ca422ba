#include "session/Session.h"

#include "demo/DemoData.h"
#include "domain/schema.hpp"
#include "lock/AppLock.h"
#include "programme/builtin.hpp"
#include "reminders/Reminders.h"
#include "session/Appearance.h"
#include "session/ProgrammeDefinition.h"
#include "session/Translator.h"
#include "store/Convert.h"
#include "store/Store.h"
#include "sync/SyncClient.h"

#include <QCoreApplication>
#include <QDate>
#include <QDebug>
#include <QDir>
#include <QGuiApplication>
#include <QStandardPaths>
#include <algorithm>

using convert::qstr;
using convert::str;
namespace proto = bro::protocol;

namespace {

Session *s_instance = nullptr;

QString defaultDataDir()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/bro");
    return dir;
}

// File names from person ids: keep them tame.
QString fileSafe(const QString &s)
{
    QString out;
    for (const QChar c : s)
        out.append(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')
                       ? c
                       : QLatin1Char('_'));
    return out;
}

} // namespace

Session::Session(const QString &dataDir, QObject *parent)
    : QObject(parent), m_dataDir(dataDir.isEmpty() ? defaultDataDir() : dataDir),
      m_settings(m_dataDir + QStringLiteral("/settings.ini"), QSettings::IniFormat)
{
    QDir().mkpath(m_dataDir);
    s_instance = this;
    m_translator = new Translator(this);
    m_translator->setLanguage(m_settings.value(QStringLiteral("language")).toString());
    connect(m_translator, &Translator::languageChanged, this, &Session::languageChanged);
    m_programme = new ProgrammeDefinition(this);
    m_programme->setLanguage(m_translator->effectiveLanguage());
    connect(m_translator, &Translator::languageChanged, m_programme,
            [this] { m_programme->setLanguage(m_translator->effectiveLanguage()); });
    // Who leads the current phase may change with the definition.
    connect(m_programme, &ProgrammeDefinition::changed, this, &Session::journeyChanged);

    m_serverUrl =
        m_settings.value(QStringLiteral("serverUrl"), QStringLiteral("ws://127.0.0.1:8443/sync"))
            .toString();
    m_sync = new SyncClient(this);
    m_appearance = new Appearance(&m_settings, this);
    m_reminders = new Reminders(
        [this] {
            ReminderSubject subject{
                m_store.get(), m_loggedIn, personId(), role() == QLatin1String("apprentice"), {}};
            for (const auto &c : m_welcome.cases)
                subject.caseIds << qstr(c.case_id);
            return subject;
        },
        &m_settings, this);
    connect(this, &Session::userChanged, m_reminders, &Reminders::followStore);
    connect(this, &Session::storeChanged, m_reminders, &Reminders::followStore);
    m_lock = new AppLock(this);
    connect(m_lock, &AppLock::triesUsedUp, this, [this] {
        logout(); // the person's store and its unsent changes stay for the next sign-in
        setLastError(tr("Du har prøvd fem ganger. For sikkerhets skyld må du logge inn på nytt. "
                        "Ingenting du har skrevet er borte."));
    });
    // How long the app may sit in the background unlocked is the programme's to set.
    const auto lockMinutes = [this] {
        m_lock->setMinutes(m_programme->definition().app_lock.minutes);
    };
    lockMinutes();
    connect(m_programme, &ProgrammeDefinition::changed, m_lock, lockMinutes);
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::applicationStateChanged, this,
                [this](Qt::ApplicationState state) {
                    if (state == Qt::ApplicationActive)
                        m_lock->foregrounded();
                    else
                        m_lock->backgrounded();
                });
    m_sync->setUrl(syncUrl(m_serverUrl));
    connect(m_sync, &SyncClient::stateChanged, this, &Session::syncStateChanged);
    connect(m_sync, &SyncClient::welcomed, this, &Session::onWelcome);
    connect(m_sync, &SyncClient::programmeDefinitionReceived, this,
            &Session::onProgrammeDefinition);
    connect(m_sync, &SyncClient::loginFailed, this, [this](const QString &message) {
        setLastError(message);
        Q_EMIT loginFailed(message);
    });
    connect(m_sync, &SyncClient::authLost, this, &Session::onAuthLost);
    connect(m_sync, &SyncClient::errorOccurred, this, &Session::setLastError);
    connect(m_sync, &SyncClient::rejected, this, &Session::changeRejected);
    connect(m_sync, &SyncClient::syncedUp, this, [this] { setLastError({}); });
    connect(m_sync, &SyncClient::caseLeft, this, &Session::forgetCase);
    connect(m_sync, &SyncClient::auditReceived, this, [this](const proto::Audit &a) {
        if (m_store)
            m_store->setMeta(QStringLiteral("audit:") + qstr(a.case_id),
                             qstr(proto::serialize(proto::ServerMessage(a))));
    });
    connect(m_sync, &SyncClient::consentHistoryReceived, this,
            [this](const proto::ConsentHistory &h) {
                if (m_store)
                    m_store->setMeta(QStringLiteral("consent_history:") + qstr(h.case_id),
                                     qstr(proto::serialize(proto::ServerMessage(h))));
            });
    connect(m_sync, &SyncClient::programmeReceived, this, [this](const proto::Programme &p) {
        if (m_store) // ProgrammeModel reads it from here, offline too
            m_store->setMeta(QStringLiteral("programme:figures"),
                             qstr(proto::serialize(proto::ServerMessage(p))));
    });
    restore();
}

Session::~Session()
{
    if (s_instance == this)
        s_instance = nullptr;
    m_sync->stop();
    m_sync->setStore(nullptr);
}

QUrl Session::syncUrl(const QString &serverUrl)
{
    QString text = serverUrl.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(QLatin1String("://")))
        text.prepend(QStringLiteral("ws://"));
    QUrl url(text);
    if (url.scheme() == QLatin1String("http"))
        url.setScheme(QStringLiteral("ws"));
    else if (url.scheme() == QLatin1String("https"))
        url.setScheme(QStringLiteral("wss"));
    if (url.path().isEmpty() || url.path() == QLatin1String("/"))
        url.setPath(QStringLiteral("/sync"));
    return url;
}

Session *Session::instance()
{
    if (!s_instance)
        new Session({}, QCoreApplication::instance());
    return s_instance;
}

Session *Session::create(QQmlEngine *qmlEngine, QJSEngine *)
{
    Session *s = instance();
    QJSEngine::setObjectOwnership(s, QJSEngine::CppOwnership);
    s->m_translator->setEngine(qmlEngine);
    return s;
}

// ---- properties ----

bool Session::loggedIn() const
{
    return m_loggedIn;
}
QString Session::personId() const
{
    return m_loggedIn ? qstr(m_welcome.user.id) : QString();
}
QString Session::userName() const
{
    return m_loggedIn ? qstr(m_welcome.user.name) : QString();
}
QString Session::role() const
{
    return m_loggedIn ? qstr(std::string(bro::to_string(m_welcome.user.role))) : QString();
}
QString Session::orgName() const
{
    return m_loggedIn ? qstr(m_welcome.user.org_name) : QString();
}

void Session::setCaseId(const QString &caseId)
{
    if (caseId == m_caseId)
        return;
    m_caseId = caseId;
    Q_EMIT caseIdChanged();
    Q_EMIT teamChanged();
    Q_EMIT journeyChanged();
}

void Session::setServerUrl(const QString &url)
{
    if (url == m_serverUrl)
        return;
    m_serverUrl = url;
    m_settings.setValue(QStringLiteral("serverUrl"), url);
    m_sync->setUrl(syncUrl(url));
    Q_EMIT serverUrlChanged();
}

void Session::setDemoMode(bool demo)
{
    if (demo == m_demoMode)
        return;
    m_demoMode = demo;
    Q_EMIT demoModeChanged();
}

QString Session::syncState() const
{
    if (m_localOnly)
        return QStringLiteral("offline");
    return SyncClient::stateName(m_sync->state());
}

QString Session::language() const
{
    return m_translator->language();
}

QString Session::effectiveLanguage() const
{
    return m_translator->effectiveLanguage();
}

void Session::setLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("language"), language);
    m_translator->setLanguage(language); // emits languageChanged when it differs
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
    return out;
}

QVariantList Session::demoAccounts() const
{
    if (!m_demoMode)
        return {};
    return DemoData::accounts();
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

// ---- actions ----

void Session::login(const QString &user, const QString &password)
{
    setLastError({});
    if (user.trimmed().isEmpty() || password.isEmpty()) {
        const QString message = tr("Skriv inn brukernavn og passord.");
        setLastError(message);
        Q_EMIT loginFailed(message);
        return;
    }
    m_sync->setUrl(syncUrl(m_serverUrl));
    m_sync->login(user.trimmed(), password);
}

void Session::enrol(const QString &inviteCode, const QString &user, const QString &password)
{
    setLastError({});
    if (inviteCode.trimmed().isEmpty() || user.trimmed().isEmpty() || password.isEmpty()) {
        const QString message = tr("Skriv inn invitasjonskode, brukernavn og passord.");
        setLastError(message);
        Q_EMIT loginFailed(message);
        return;
    }
    m_sync->setUrl(syncUrl(m_serverUrl));
    m_sync->enrol(inviteCode.trimmed(), user.trimmed(), password);
}

void Session::logout()
{
    m_sync->stop();
    m_sync->setToken({}, {});
    if (m_loggedIn && !m_localOnly) {
        const QString key = QStringLiteral("accounts/%1/token").arg(fileSafe(personId()));
        m_settings.remove(key);
    }
    m_settings.remove(QStringLiteral("session/person"));
    m_settings.remove(QStringLiteral("session/local"));
    // The person's file stays: changes not yet sent are still there at the next login.
    closeStore();
    m_localOnly = false;
    Q_EMIT syncStateChanged();
}

void Session::syncNow()
{
    if (m_localOnly || !m_loggedIn)
        return;
    m_sync->syncNow();
}

bool Session::openLocalDemo(const QString &user)
{
    auto welcome = DemoData::welcomeFor(user);
    if (!welcome) {
        setLastError(tr("Ukjent demobruker."));
        return false;
    }
    m_sync->stop();
    m_localOnly = true;
    adopt(*welcome, QStringLiteral("local-") + fileSafe(user));
    m_settings.setValue(QStringLiteral("session/local"), user);
    if (m_store->meta(QStringLiteral("demo_seeded")).isEmpty()) {
        DemoData::seed(*m_store, *welcome);
        m_store->setMeta(QStringLiteral("demo_seeded"), convert::today());
    }
    refreshCounts();
    Q_EMIT syncStateChanged();
    Q_EMIT storeChanged();
    Q_EMIT casesChanged();
    Q_EMIT journeyChanged();
    return true;
}

// ---- internals ----

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
        return;
    }
    const QString base = QStringLiteral("accounts/%1/").arg(tag);
    const QString token = m_settings.value(base + QStringLiteral("token")).toString();
    m_welcome = std::get<proto::Welcome>(*parsed.message);
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

void Session::forgetCase(const QString &caseId)
{
    auto &cases = m_welcome.cases;
    const auto gone = std::remove_if(cases.begin(), cases.end(), [&](const bro::CaseSummary &c) {
        return qstr(c.case_id) == caseId;
    });
    if (gone == cases.end())
        return;
    cases.erase(gone, cases.end());
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

void Session::refreshCounts()
{
    const int pending = m_store ? m_store->pendingCount() : 0;
    const int rejected = m_store ? m_store->rejectedCount() : 0;
    if (pending != m_pendingCount) {
        m_pendingCount = pending;
        Q_EMIT pendingCountChanged();
    }
    if (rejected != m_rejectedCount) {
        m_rejectedCount = rejected;
        Q_EMIT rejectedCountChanged();
    }
}

void Session::setLastError(const QString &message)
{
    if (message == m_lastError)
        return;
    m_lastError = message;
    Q_EMIT lastErrorChanged();
}

void Session::onWelcome(const proto::Welcome &welcome)
{
    m_localOnly = false;
    adopt(welcome);
    // Signed in nationally: a PIN guards the phone from now on (issue 21).
    if (!welcome.provider.empty() && !m_lock->hasPin())
        m_lock->requirePinSetup();
    if (welcome.user.role == bro::Role::coordinator) { // this year's figures, ready offline
        const QDate today = QDate::currentDate();
        m_sync->requestProgramme(QDate(today.year(), 1, 1).toString(Qt::ISODate),
                                 today.toString(Qt::ISODate));
    }
}

void Session::onAuthLost(const QString &message)
{
    if (m_sync->authLostCode() == QLatin1String(proto::code::token_revoked) && m_store &&
        !m_localOnly) {
        // Signed out from another device or by the office: this one may be lost or stolen, so
        // nothing of the person stays here, not even what was not sent (My devices says so).
        const QString tag = m_settings.value(QStringLiteral("session/person")).toString();
        const QString path = m_store->path();
        closeStore();
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
        if (!tag.isEmpty())
            m_settings.remove(QStringLiteral("accounts/%1").arg(tag));
        m_settings.remove(QStringLiteral("session/person"));
        setLastError(
            tr("Denne enheten ble logget ut, og det som var lagret om deg her er slettet."));
        return;
    }
    setLastError(message);
    if (m_loggedIn) {
        const QString tag = m_settings.value(QStringLiteral("session/person")).toString();
        m_settings.remove(QStringLiteral("accounts/%1/token").arg(tag));
    }
    // Keep the data and the outbox; the person signs in again to send it.
    closeStore();
    m_settings.remove(QStringLiteral("session/person"));
}

void Session::onStoreChanged(const QString &caseId)
{
    Q_EMIT casesChanged();
    if (caseId.isEmpty() || caseId == m_caseId)
        Q_EMIT journeyChanged();
}
