#pragma once
// "Skriv ut / lagre som PDF": the plan of one case as an A4 PDF made with Qt's own writer
// (QTextDocument laid out page by page onto a QPdfWriter). The apprentice's goals and steps in
// their own words, the journey with who is responsible in each phase, and the care team; a helper
// gets what their device holds (what consent allows), and is told what is not shared. Every page
// has a footer: who printed it, when, and "side X av Y".
//
// From QML: `PlanPrinter { }` and `printPlan(fileUrl)` → "" or a readable message. From the
// command line: `bro --demo-user emil --print-plan plan.pdf` (app/main.cpp).

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QString>
#include <QUrl>

class Session;

// Gets its Session as the models do (see the top of models/CaseModel.h).
class PlanPrinter : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_MOC_INCLUDE("session/Session.h")
    // Whose plan and store; null prints nothing.
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    // The case to print; "" means the session's caseId.
    Q_PROPERTY(QString caseId READ caseId WRITE setCaseId NOTIFY caseIdChanged)

public:
    explicit PlanPrinter(QObject *parent = nullptr);
    explicit PlanPrinter(Session *session, QObject *parent = nullptr);

    Session *session() const;
    void setSession(Session *session);
    void classBegin() override;
    void componentComplete() override {}

    QString caseId() const { return m_caseId; }
    void setCaseId(const QString &caseId);

    // Writes the PDF; returns "" on success, else a readable sentence (in the UI language).
    Q_INVOKABLE QString printPlan(const QUrl &fileUrl) const;
    // A sensible place and name: <data folder>/plan-<name>-<date>.pdf.
    Q_INVOKABLE QString defaultPath() const;

    // The plan as HTML (what the PDF shows, without the page footer). For tests.
    QString html() const;
    // The footer's left part: "Skrevet ut av NAME DATE kl. TIME".
    QString footerText() const;
    // The same for a path (for main()).
    QString writePdf(const QString &path) const;

Q_SIGNALS:
    void sessionChanged();
    void caseIdChanged();

private:
    QString effectiveCaseId() const;

    QPointer<Session> m_session;
    QString m_caseId;
};
