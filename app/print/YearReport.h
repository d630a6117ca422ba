#pragma once
// The year's report (issue 24), in the pilot report's own shape: background, the main aim and
// the three sub-aims, each with its result. The coordinator writes the text parts in the app
// (kept on this device, per programme and year); Bro fills in the figures — the funnel against
// the target, the wait, the apprentices' own answers over time and every year's apprentices —
// exactly as protected as on screen: a count under 5 is "under 5", never the number.
//
// From QML: `YearReport { year: 2026 }`, its text properties, and `save(fileUrl)` → "" or a
// readable message. From the command line: `bro --demo-user hanne --print-year-report r.pdf`.

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QString>
#include <QUrl>

class ProgrammeModel;
class Session;

// Gets its Session as the models do (see the top of models/CaseModel.h).
class YearReport : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_MOC_INCLUDE("session/Session.h")
    // The coordinator's session: their figures and their texts.
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int year READ year WRITE setYear NOTIFY yearChanged)
    // The coordinator's own words for each part; saved as they are typed.
    Q_PROPERTY(QString background READ background WRITE setBackground NOTIFY textsChanged)
    Q_PROPERTY(QString mainAim READ mainAim WRITE setMainAim NOTIFY textsChanged)
    Q_PROPERTY(QString aim1 READ aim1 WRITE setAim1 NOTIFY textsChanged)
    Q_PROPERTY(QString aim2 READ aim2 WRITE setAim2 NOTIFY textsChanged)
    Q_PROPERTY(QString aim3 READ aim3 WRITE setAim3 NOTIFY textsChanged)

public:
    explicit YearReport(QObject *parent = nullptr);
    explicit YearReport(Session *session, QObject *parent = nullptr);

    Session *session() const;
    void setSession(Session *session);
    void classBegin() override;
    void componentComplete() override {}

    int year() const { return m_year; }
    void setYear(int year);
    QString background() const { return text(QStringLiteral("background")); }
    QString mainAim() const { return text(QStringLiteral("main_aim")); }
    QString aim1() const { return text(QStringLiteral("aim1")); }
    QString aim2() const { return text(QStringLiteral("aim2")); }
    QString aim3() const { return text(QStringLiteral("aim3")); }
    void setBackground(const QString &t) { setText(QStringLiteral("background"), t); }
    void setMainAim(const QString &t) { setText(QStringLiteral("main_aim"), t); }
    void setAim1(const QString &t) { setText(QStringLiteral("aim1"), t); }
    void setAim2(const QString &t) { setText(QStringLiteral("aim2"), t); }
    void setAim3(const QString &t) { setText(QStringLiteral("aim3"), t); }

    // Writes the PDF; "" on success, else a readable sentence.
    Q_INVOKABLE QString save(const QUrl &fileUrl) const;
    // <data folder>/arsrapport-<year>.pdf
    Q_INVOKABLE QString defaultPath() const;

    // The report as HTML (what the PDF shows, without the page footer). For tests.
    QString html() const;
    QString writePdf(const QString &path) const;

Q_SIGNALS:
    void sessionChanged();
    void yearChanged();
    void textsChanged();

private:
    QString text(const QString &part) const;
    void setText(const QString &part, const QString &value);
    QString metaKey() const;

    QPointer<Session> m_session;
    int m_year;
    ProgrammeModel *m_figures;
};
