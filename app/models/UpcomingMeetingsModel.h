#pragma once
// A helper's upcoming collaboration meetings across their whole caseload, soonest first: one row
// a planned meeting that has not started yet, with the apprentice's name. The date and the
// participants are the care team's (core), so every case on the device contributes.

#include "models/CaseModel.h"

class UpcomingMeetingsModel : public CaseModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        CaseIdRole,
        ApprenticeNameRole,
        TitleRole,
        StartsRole,
        PlaceRole,
        VideoLinkRole,
    };
    Q_ENUM(Role)

    explicit UpcomingMeetingsModel(QObject *parent = nullptr);
    explicit UpcomingMeetingsModel(Session *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QSet<QString> kinds() const override;
    void load() override;
    void followSession(Session *session) override;

private:
    struct Row
    {
        QString id, caseId, name, title, starts, place, videoLink;
        bool operator==(const Row &) const = default;
    };
    QList<Row> m_rows;
};
