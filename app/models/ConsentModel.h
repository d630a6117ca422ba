#pragma once
// What each service on the care team may see: one row per organisation (training office first)
// and consentable category. A consent may run until a date and lapses by itself after it.
// Only the apprentice changes consent; the history comes from the server (cached for offline).

#include "models/CaseModel.h"

#include <QElapsedTimer>
#include <QVariantList>

class ConsentModel : public CaseModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY canEditChanged)
    // The suggested end of a new consent: the expected end of the current phase (phase start +
    // its typical length), never before tomorrow; "" when the case has no phase yet.
    Q_PROPERTY(QString defaultUntil READ defaultUntil NOTIFY defaultUntilChanged)
    // Grants without an end date old enough to ask about once ("Still OK?", issue 12):
    // [{orgId, orgName, orgKind, category, grantedAt}]; always empty for a helper.
    Q_PROPERTY(QVariantList reviewsDue READ reviewsDue NOTIFY reviewsDueChanged)
    // Months after which a grant without an end date is brought back: the programme's
    // consent.review_months unless set here (0: never).
    Q_PROPERTY(int reviewMonths READ reviewMonths WRITE setReviewMonths NOTIFY reviewsDueChanged)
    // The age rule (issue 12), from the case record the server writes: the day the apprentice
    // reaches the age limit while a guardian's agreement is still needed for health categories
    // (check-ins, absence, notes), else "". Shares of those wait until then or until a coordinator
    // records the guardian's agreement (rows: awaitingGuardian).
    Q_PROPERTY(QString guardianNeededUntil READ guardianNeededUntil NOTIFY guardianChanged)
    // Below this age a guardian's agreement is needed: the programme's
    // consent.guardian_age_limit, so QML never writes the number itself.
    Q_PROPERTY(int guardianAgeLimit READ guardianAgeLimit NOTIFY guardianChanged)
    // Whether the apprentice lets their journey be counted in the programme's figures (issue 24):
    // a consent of its own, off until they turn it on, with its own receipt. Nothing is shared
    // with anyone by it; the server counts only the cases where it is on.
    Q_PROPERTY(bool counted READ counted NOTIFY countedChanged)

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        OrgIdRole,
        OrgNameRole,
        OrgKindRole,
        CategoryRole,
        GrantedRole, // as set (true even when `until` has passed)
        UntilRole,
        ActiveRole, // granted and not lapsed today: what the service actually receives
        GrantedAtRole,
        ReviewedAtRole,
        // granted and not lapsed, but not in effect yet: a health category of an apprentice
        // under the age limit whose guardian's agreement is not recorded
        // (bro::consent_effect_on_case)
        AwaitingGuardianRole,
    };
    Q_ENUM(Role)

    explicit ConsentModel(QObject *parent = nullptr);
    explicit ConsentModel(Session *session, QObject *parent = nullptr);

    bool canEdit() const;
    QString defaultUntil() const { return m_defaultUntil; }
    QVariantList reviewsDue() const;
    int reviewMonths() const;
    QString guardianNeededUntil() const { return m_guardianNeededUntil; }
    int guardianAgeLimit() const;
    bool counted() const { return m_counted; }
    void setReviewMonths(int months);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Grants or withdraws one category for one organisation; `until` is YYYY-MM-DD or "".
    // A grant also writes its receipt (what the apprentice was shown: explanation(category)).
    Q_INVOKABLE bool set(const QString &orgId, const QString &category, bool granted,
                         const QString &until = {});
    // The explanation shown before sharing a category, in the UI language (the current version
    // of shared/domain/consent_texts): the text a receipt records.
    Q_INVOKABLE QString explanation(const QString &category) const;
    // Receipts of this case, newest first: [{recordId, consentId, orgId, orgName, category, until,
    // textVersion, text, language, device, shownAt}]. The apprentice has all of them, a helper
    // those of their own organisation's grants.
    Q_INVOKABLE QVariantList receipts() const;
    // The receipt of the grant a history entry shows (same organisation and category, the newest
    // shown at or before `at`, else the first after it); an empty map when there is none.
    Q_INVOKABLE QVariantMap receiptFor(const QString &orgId, const QString &category,
                                       const QString &at) const;
    // The apprentice's answer to "Still OK?": "keep" (records the review), "withdraw" (stops
    // sharing and records the review) or "change" (records the review; the page opens Sharing).
    Q_INVOKABLE bool review(const QString &orgId, const QString &category, const QString &answer);
    // Is this category shared with this organisation today?
    Q_INVOKABLE bool isActive(const QString &orgId, const QString &category) const;
    // Says yes or no to being counted (the statistics consent, with its receipt on yes).
    Q_INVOKABLE bool setCounted(bool counted);
    // [{at, orgId, orgName, category, granted, until}], newest first, from the server's consent
    // log (cached); asks the server for a fresh copy when online (historyChanged follows).
    Q_INVOKABLE QVariantList history();

Q_SIGNALS:
    void canEditChanged();
    void historyChanged();
    void defaultUntilChanged();
    void reviewsDueChanged();
    void guardianChanged();
    void countedChanged();

protected:
    QSet<QString> kinds() const override;
    void load() override;
    void followSession(Session *session) override;
    void metaChanged(const QString &key) override;

private:
    struct Row
    {
        QString id, orgId, orgName, orgKind, category, until, grantedAt, reviewedAt;
        bool granted = false, active = false, awaitingGuardian = false;
        bool operator==(const Row &) const = default;
    };
    QList<Row> m_rows;
    QElapsedTimer m_asked; // ask the server at most every 30 s
    QString m_askedFor;
    QString m_defaultUntil;
    QString m_guardianNeededUntil;
    bool m_counted = false;
    int m_reviewMonths = -1; // -1: the programme's
    QString computeDefaultUntil() const;
    static QString deviceName();
};
