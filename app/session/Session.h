#pragma once
// The signed-in person on this device: owns their LocalStore (one SQLite file per person), the
// SyncClient and the token, and tells models when the store changes. A QML singleton; main()
// creates the instance before QML is loaded, and create() hands QML that same instance.

#include "session/ProgrammeDefinition.h"
#include "sync/protocol.hpp"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QSettings>
#include <QVariantList>
#include <memory>
#include <optional>

class AppLock;
class Appearance;
class Reminders;
class Store;
class SyncClient;
class Translator;

class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool loggedIn READ loggedIn NOTIFY userChanged)
    Q_PROPERTY(QString personId READ personId NOTIFY userChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY userChanged)
    Q_PROPERTY(QString role READ role NOTIFY userChanged)
    Q_PROPERTY(QString orgName READ orgName NOTIFY userChanged)
    Q_PROPERTY(QString caseId READ caseId WRITE setCaseId NOTIFY caseIdChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl WRITE setServerUrl NOTIFY serverUrlChanged)
    Q_PROPERTY(bool demoMode READ demoMode WRITE setDemoMode NOTIFY demoModeChanged)
    Q_PROPERTY(QString syncState READ syncState NOTIFY syncStateChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(int rejectedCount READ rejectedCount NOTIFY rejectedCountChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QVariantList team READ team NOTIFY teamChanged)
    Q_PROPERTY(QVariantList cases READ cases NOTIFY casesChanged)
    Q_PROPERTY(QVariantList demoAccounts READ demoAccounts NOTIFY demoModeChanged)
    Q_PROPERTY(QString phase READ phase NOTIFY journeyChanged)
    Q_PROPERTY(QString phaseSince READ phaseSince NOTIFY journeyChanged)
    Q_PROPERTY(QString responsibleRole READ responsibleRole NOTIFY journeyChanged)
    Q_PROPERTY(QString responsibleOrgKind READ responsibleOrgKind NOTIFY journeyChanged)
    Q_PROPERTY(QString responsibleName READ responsibleName NOTIFY journeyChanged)
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    // The programme this person belongs to: what phases, checklists and consent texts say.
    Q_PROPERTY(ProgrammeDefinition *programme READ programme CONSTANT)
    // The PIN lock of this device (issue 21): locked at start and after a while in the background.
    Q_PROPERTY(AppLock *lock READ lock CONSTANT)
    // Theme, text size and motion on this device (issue 27).
    Q_PROPERTY(Appearance *appearance READ appearance CONSTANT)
    // Check-in, meeting and minutes reminders, planned on this device (issue 25).
    Q_PROPERTY(Reminders *reminders READ reminders CONSTANT)

public:
    // `dataDir` holds settings.ini and one SQLite file per person; empty means AppDataLocation.
    // No default argument on purpose: Qt 6.4 constructs a default-constructible singleton with
    // `new` instead of calling create(), and QML would get a second Session.
    explicit Session(const QString &dataDir, QObject *parent = nullptr);
    ~Session() override;

    // The instance QML gets; the most recently constructed Session (created on demand).
    static Session *instance();
    static Session *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    // "host:port", "http://…", "ws://host:port" → the WebSocket endpoint (ws[s]://…/sync).
    static QUrl syncUrl(const QString &serverUrl);

    bool loggedIn() const;
    QString personId() const;
    QString userName() const;
    QString role() const;
    QString orgName() const;
    QString caseId() const { return m_caseId; }
    void setCaseId(const QString &caseId);
    QString serverUrl() const { return m_serverUrl; }
    void setServerUrl(const QString &url);
    bool demoMode() const { return m_demoMode; }
    void setDemoMode(bool demo);
    QString syncState() const;
    int pendingCount() const { return m_pendingCount; }
    int rejectedCount() const { return m_rejectedCount; }
    QString lastError() const { return m_lastError; }
    QString language() const;
    // "nb" or "en": the language the UI is shown in now (the override, else the system's).
    QString effectiveLanguage() const;
    void setLanguage(const QString &language);
    QVariantList team() const;
    QVariantList cases() const;
    QVariantList demoAccounts() const;
    QString phase() const;
    QString phaseSince() const;
    QString responsibleRole() const;
    QString responsibleOrgKind() const;
    QString responsibleName() const;
    QString dataDir() const { return m_dataDir; }
    ProgrammeDefinition *programme() const { return m_programme; }
    AppLock *lock() const { return m_lock; }
    Appearance *appearance() const { return m_appearance; }
    Reminders *reminders() const { return m_reminders; }

    Q_INVOKABLE void login(const QString &user, const QString &password);
    Q_INVOKABLE void enrol(const QString &inviteCode, const QString &user, const QString &password);
    Q_INVOKABLE void logout();
    Q_INVOKABLE void syncNow();
    // Demo without a server: signs in locally as a demo user (emil, kari …) on a seeded store.
    Q_INVOKABLE bool openLocalDemo(const QString &user);
    // The name of a person on the care team of the current case ("" when unknown).
    Q_INVOKABLE QString personName(const QString &personId) const;
    // "training_office" | "clinic" for an organisation of the current case's team.
    Q_INVOKABLE QString orgKind(const QString &orgId) const;

    // ---- C++ side ----
    Store *store() const { return m_store.get(); }
    SyncClient *syncClient() const { return m_sync; }
    const bro::protocol::Welcome &welcome() const { return m_welcome; }
    const bro::CaseSummary *caseSummary(const QString &caseId) const;
    // Signs in with what the server (or a local demo) said: opens that person's store, caches
    // the welcome there, remembers the token. `fileTag` picks the store file (default personId).
    void adopt(const bro::protocol::Welcome &welcome, const QString &fileTag = {});
    // Drops a case this person no longer follows (removed from its care team): its name and
    // team leave the case list and the cached welcome, as its records left the store.
    void forgetCase(const QString &caseId);
    void cacheWelcome(); // for starting offline; never with the token
    QSettings &settings() { return m_settings; }

Q_SIGNALS:
    void userChanged();
    void caseIdChanged();
    void serverUrlChanged();
    void demoModeChanged();
    void syncStateChanged();
    void pendingCountChanged();
    void rejectedCountChanged();
    void lastErrorChanged();
    void languageChanged();
    void teamChanged();
    void casesChanged();
    void journeyChanged();
    void loginFailed(const QString &message);
    void changeRejected(const QString &message);
    // The store was opened, replaced or closed: models re-read everything.
    void storeChanged();

private:
    // File names from person ids: keep them tame.
    static QString fileSafe(const QString &s);
    void restore();
    void openStore(const QString &fileTag);
    void closeStore();
    void refreshCounts();
    void setLastError(const QString &message);
    void onWelcome(const bro::protocol::Welcome &welcome);
    void onProgrammeDefinition(const bro::protocol::ProgrammeDefinition &definition);
    void keepCachedProgramme();
    void applyProgramme();
    void onAuthLost(const QString &message);
    void onStoreChanged(const QString &caseId);
    void pickDefaultCase();

    QString m_dataDir;
    QSettings m_settings;
    std::unique_ptr<Store> m_store;
    SyncClient *m_sync = nullptr;
    Translator *m_translator = nullptr;
    ProgrammeDefinition *m_programme = nullptr;
    AppLock *m_lock = nullptr;
    Appearance *m_appearance = nullptr;
    Reminders *m_reminders = nullptr;
    bro::protocol::Welcome m_welcome;
    bool m_loggedIn = false;
    QString m_caseId;
    QString m_serverUrl;
    bool m_demoMode = false;
    bool m_localOnly = false;
    int m_pendingCount = 0;
    int m_rejectedCount = 0;
    QString m_lastError;
    // What cases() answers, read again once the welcome's cases, the store or its case records
    // changed: QML and the models ask for the list far more often than it changes.
    mutable std::optional<QVariantList> m_cases;
};
