#pragma once
// The journey of one case: one row per phase of the case's programme (Session.programme), in its
// order, and its last phase (`ended`) only when the case closed early; who is responsible in each,
// when it started, and whether it is done, current or upcoming; plus the handover checklist of the
// current phase and advancing to the next phase.

#include "models/CaseModel.h"

#include <QVariantList>

class JourneyModel : public CaseModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString phase READ phase NOTIFY journeyChanged)
    Q_PROPERTY(QString nextPhase READ nextPhase NOTIFY journeyChanged)
    // When the next phase may be skipped (issue 25): the phase after it, else "".
    Q_PROPERTY(QString skipTo READ skipTo NOTIFY journeyChanged)
    Q_PROPERTY(QVariantList checklist READ checklist NOTIFY journeyChanged)
    Q_PROPERTY(bool checklistComplete READ checklistComplete NOTIFY journeyChanged)
    Q_PROPERTY(bool canAdvance READ canAdvance NOTIFY journeyChanged)

public:
    enum Role {
        PhaseRole = Qt::UserRole + 1,
        ResponsibleRoleRole,
        ResponsibleOrgKindRole,
        ResponsibleNameRole,
        StartedRole,
        StateRole,
    };
    Q_ENUM(Role)

    explicit JourneyModel(QObject *parent = nullptr);
    explicit JourneyModel(Session *session, QObject *parent = nullptr);

    QString phase() const { return m_phase; }
    QString nextPhase() const;
    QString skipTo() const;
    QVariantList checklist() const { return m_checklist; }
    bool checklistComplete() const;
    bool canAdvance() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Ticks (or unticks) an item of the current phase's handover checklist; an item that is not
    // done may be explained instead. Only that item's field is written, in my name and now, so a
    // colleague's tick of another item made offline at the same time survives the merge.
    Q_INVOKABLE bool setChecklistItem(const QString &itemId, bool done,
                                      const QString &explanation = {});
    // Moves the case to the next phase (only the responsible role, with the checklist complete).
    Q_INVOKABLE bool advance();
    // The same, past the next phase when the programme lets a case skip it.
    Q_INVOKABLE bool skip();

Q_SIGNALS:
    void journeyChanged();

protected:
    QSet<QString> kinds() const override;
    QString category() const override { return QStringLiteral("journey"); }
    void load() override;
    void followSession(Session *session) override;

private:
    bool moveTo(const QString &target);

    struct Row
    {
        QString phase, responsibleRole, responsibleOrgKind, responsibleName, started, state;
        bool operator==(const Row &) const = default;
    };
    QString responsibleNameFor(const QString &role, const QString &orgKind) const;
    QVariantList loadChecklist(const QString &phase) const;

    QList<Row> m_rows;
    QString m_phase;
    QVariantList m_checklist; // {itemId, text, done, explanation, settled, by, byName, at}
};
