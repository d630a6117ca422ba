#pragma once
// Figures pooled across programmes (issue 24, Delmål 3: many offices together reach numbers one
// cannot). The coordinator adds the exports other programmes sent them (the JSON file
// "Export for pooling" writes); with their own programme's figures they are added up by
// stats::pool_published. Each programme's cell is known only as the range its own protected
// figures allow, so a pooled count is shown exactly only when that range is one count of 5 or
// more, otherwise as "under 5" or a range. The imports are kept on this device.

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QUrl>
#include <QVariantList>

class Session;
class Store;

// Gets its Session as CaseModel does (see the top of CaseModel.h).
class PoolingModel : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_MOC_INCLUDE("session/Session.h")
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    // [{id, name, exported, own}], this programme first.
    Q_PROPERTY(QVariantList programmes READ programmes NOTIFY changed)
    // The pooled way from referral to trade certificate, every year together:
    // [{stage, text, exact}].
    Q_PROPERTY(QVariantList funnel READ funnel NOTIFY changed)
    // "In the programme now", pooled: {text, exact}.
    Q_PROPERTY(QVariantMap inProgrammes READ inProgrammes NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)

public:
    explicit PoolingModel(QObject *parent = nullptr);
    explicit PoolingModel(Session *session, QObject *parent = nullptr);

    Session *session() const;
    void setSession(Session *session);
    void classBegin() override;
    void componentComplete() override {}

    QVariantList programmes() const;
    QVariantList funnel() const;
    QVariantMap inProgrammes() const;
    QString lastError() const { return m_lastError; }

    // Reads one programme's export; "" on success, else why not (nothing is changed then). A
    // second file from the same programme replaces the first.
    Q_INVOKABLE QString addFile(const QUrl &fileUrl);
    Q_INVOKABLE void remove(const QString &programmeId);

Q_SIGNALS:
    void sessionChanged();
    void changed();

private:
    void attach();
    void load();
    void saveImports(const QStringList &imports); // stores them, then reads everything again
    QVariantMap cell(const QString &id) const;

    QPointer<Session> m_session;
    QPointer<Store> m_store;
    QString m_lastError;
    QStringList m_imports; // each an export's JSON text, as read
    QVariantList m_programmes;
    QMap<QString, QVariantMap> m_cells; // pooled, by cell id
};
