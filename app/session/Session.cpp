#include "session/Session.h"

#include "domain/schema.hpp"
#include "lock/AppLock.h"
#include "reminders/Reminders.h"
#include "session/Appearance.h"
#include "session/ProgrammeDefinition.h"
#include "session/Translator.h"
#include "store/Convert.h"
#include "store/Store.h"
#include "sync/SyncClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QStandardPaths>

using convert::qstr;
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

QString Session::fileSafe(const QString &s)
{
    QString out;
    for (const QChar c : s)
        out.append(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')
                       ? c
                       : QLatin1Char('_'));
    return out;
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
