#pragma once
// The coordinator's directory: organisations, people (never a username or a secret), cases and
// their care teams, read from the server and changed there. The last answer is kept on the
// device (names, roles and organisations; no secrets), so the lists show offline; changes need
// the server. Every change is one request; while
// one is under way `busy` is true, and its outcome is `lastError` ("" on success) and, for an
// invite, `inviteCode`.

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QSet>
#include <QVariantList>

namespace bro::protocol {
enum class DirectoryOp;
struct Directory;
struct DirectoryEdit;
struct DirectoryEdited;
} // namespace bro::protocol

class Session;
class Store;

// Gets its Session as CaseModel does (see the top of CaseModel.h).
class DirectoryModel : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_MOC_INCLUDE("session/Session.h")
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    // [{id, name, kind}] kind ∈ training_office, clinic, programme; sorted by name.
    Q_PROPERTY(QVariantList organisations READ organisations NOTIFY directoryChanged)
    // [{id, name, role, orgId, orgName, hasAccount, caseId}] sorted by name; caseId is the
    // apprentice's case ("" for helpers and apprentices without one).
    Q_PROPERTY(QVariantList people READ people NOTIFY directoryChanged)
    // [{caseId, apprenticeId, apprenticeName, trainingOfficeId, trainingOfficeName, clinicId,
    //   clinicName, team: [{personId, name, role, orgName}]}] sorted by apprentice name.
    Q_PROPERTY(QVariantList cases READ cases NOTIFY directoryChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY directoryChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // The last invite made on this page: the code to pass on, whom it is for, and until when.
    Q_PROPERTY(QString inviteCode READ inviteCode NOTIFY inviteChanged)
    Q_PROPERTY(QString invitePersonName READ invitePersonName NOTIFY inviteChanged)
    Q_PROPERTY(QString inviteExpires READ inviteExpires NOTIFY inviteChanged)

public:
    explicit DirectoryModel(QObject *parent = nullptr);
    explicit DirectoryModel(Session *session, QObject *parent = nullptr);

    Session *session() const;
    void setSession(Session *session);
    void classBegin() override;
    void componentComplete() override {}

    QVariantList organisations() const { return m_orgs; }
    QVariantList people() const { return m_people; }
    QVariantList cases() const { return m_cases; }
    bool loaded() const { return m_loaded; }
    bool busy() const { return !m_pending.isEmpty(); }
    QString lastError() const { return m_lastError; }
    QString inviteCode() const { return m_inviteCode; }
    QString invitePersonName() const { return m_invitePersonName; }
    QString inviteExpires() const { return m_inviteExpires; }

    Q_INVOKABLE void refresh();
    // Each returns false (and sets lastError) when refused before asking the server.
    Q_INVOKABLE bool addOrganisation(const QString &name, const QString &kind);
    // role ∈ apprentice, adviser, clinician, coordinator; orgId "" for an apprentice.
    Q_INVOKABLE bool addPerson(const QString &name, const QString &role, const QString &orgId);
    Q_INVOKABLE bool addCase(const QString &apprenticeId, const QString &trainingOfficeId,
                             const QString &clinicId);
    Q_INVOKABLE bool addTeamMember(const QString &caseId, const QString &personId);
    Q_INVOKABLE bool removeTeamMember(const QString &caseId, const QString &personId);
    Q_INVOKABLE bool makeInvite(const QString &personId);
    // Someone who leaves: every device of theirs signed out (each erases its copy).
    Q_INVOKABLE bool signOutDevices(const QString &personId);
    Q_INVOKABLE void clearInvite();

    // For the forms: organisations of one kind; apprentices who have no case yet; the advisers
    // and clinicians who may join a case (they work at its office or clinic and are not on it).
    Q_INVOKABLE QVariantList organisationsOfKind(const QString &kind) const;
    Q_INVOKABLE QVariantList apprenticesWithoutCase() const;
    Q_INVOKABLE QVariantList candidatesFor(const QString &caseId) const;

Q_SIGNALS:
    void sessionChanged();
    void directoryChanged();
    void busyChanged();
    void lastErrorChanged();
    void inviteChanged();
    // A change was stored on the server; subjectId is what was added or changed.
    void edited(const QString &op, const QString &subjectId);
    void devicesSignedOut(const QString &personName, int count);

private:
    bool send(const bro::protocol::DirectoryEdit &edit);
    bool teamEdit(bro::protocol::DirectoryOp op, const QString &caseId, const QString &personId);
    bool fail(const QString &message);
    void setLastError(const QString &message);
    void attach();
    void load();
    void apply(const bro::protocol::Directory &d);
    void onDirectory(const bro::protocol::Directory &d);
    void onEdited(const bro::protocol::DirectoryEdited &e);
    void onFailed(const QString &id, const QString &message);
    QString nameOf(const QVariantList &list, const QString &idKey, const QString &id) const;

    QPointer<Session> m_session;
    QPointer<Store> m_store;
    QVariantList m_orgs, m_people, m_cases;
    bool m_loaded = false;
    QSet<QString> m_pending; // request ids
    QString m_lastError;
    QString m_inviteCode, m_invitePersonName, m_inviteExpires;
};
