#pragma once
// Collaboration meetings (samarbeidsmøter) of one case, in time order: each with its agenda (the
// apprentice's own items first), the minutes per item, the agreed actions and the apprentice's
// answer to the minutes. An action for the apprentice is also a suggested step on one of their
// goals, so it arrives where suggestions arrive.

#include "models/CaseModel.h"

#include <QVariantList>
#include <QVariantMap>

class MeetingsModel : public CaseModel
{
    Q_OBJECT
    QML_ELEMENT
    // The next planned meeting (empty map when none): for Today and the case view.
    Q_PROPERTY(QVariantMap nextMeeting READ nextMeeting NOTIFY nextMeetingChanged)

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        TitleRole,
        StartsRole,
        MinutesLongRole,
        PlaceRole,
        VideoLinkRole,
        StatusRole,
        UpcomingRole,
        GuestsRole,
        AgendaRole,
        ActionsRole,
        AnswerRole,
        AnswerCommentRole,
    };
    Q_ENUM(Role)

    explicit MeetingsModel(QObject *parent = nullptr);
    explicit MeetingsModel(Session *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QVariantMap nextMeeting() const { return m_next; }

    // Helpers: a new meeting; `starts` is a UTC time, guests one per line. The new id or "".
    Q_INVOKABLE QString addMeeting(const QString &title, const QString &starts,
                                   const QString &place, const QString &videoLink,
                                   const QString &guests);
    Q_INVOKABLE bool setStatus(const QString &meetingId, const QString &status);
    // Anyone on the team and the apprentice: an item of their own on the agenda.
    Q_INVOKABLE QString addAgendaItem(const QString &meetingId, const QString &title);
    // Helpers: the minutes of one item.
    Q_INVOKABLE bool setMinutes(const QString &itemId, const QString &minutes);
    // Helpers: an agreed action. For the apprentice (`forApprentice`) it is also written as a
    // suggested step on `goalId`; otherwise `ownerName` says who (a team member or a guest).
    Q_INVOKABLE QString addAction(const QString &meetingId, const QString &title,
                                  bool forApprentice, const QString &ownerName, const QString &due,
                                  const QString &goalId);
    Q_INVOKABLE bool setActionDone(const QString &actionId, bool done);
    // The apprentice: "agreed", or "differs" with what they see differently.
    Q_INVOKABLE bool respond(const QString &meetingId, const QString &answer,
                             const QString &comment);

Q_SIGNALS:
    void nextMeetingChanged();

protected:
    QSet<QString> kinds() const override;
    void load() override;

private:
    struct Row
    {
        QString id, title, starts, place, videoLink, status, answer, answerComment;
        int minutesLong = 0;
        QStringList guests;
        QVariantList agenda, actions;
        bool operator==(const Row &) const = default;
    };
    QVariantMap toMap(const Row &r) const;
    QList<Row> m_rows;
    QVariantMap m_next;
};
