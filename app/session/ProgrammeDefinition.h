#pragma once
// The programme this device renders (issue 14): the definition the server sent with the welcome
// or later as programme_definition, else the built-in OKAB–AiR pilot. Phase names, descriptions,
// who leads each phase, checklists, consent texts and the rules' thresholds all come from here,
// in the UI language, so that another office's programme needs no app update. Session owns one
// and feeds it; QML reads it as Session.programme.

#include "domain/absence_pattern.hpp"
#include "domain/caseload.hpp"
#include "domain/early_warning.hpp"
#include "domain/wellbeing.hpp"
#include "programme/programme.hpp"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>
#include <optional>

class ProgrammeDefinition : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Session.programme is the one definition")

    // Every property changes together: a new definition or a new UI language.
    Q_PROPERTY(QString programmeId READ programmeId NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(qint64 revision READ revision NOTIFY changed)
    Q_PROPERTY(bool builtin READ builtin NOTIFY changed)
    // In order: {id, name, description, responsibleRole, organisation, typicalDays, closed,
    // checklist: [{itemId, text}]}. The last phase (`ended`) is only reached by closing early.
    Q_PROPERTY(QVariantList phases READ phases NOTIFY changed)
    // id -> name / description, for bindings (reading a map property makes them update).
    Q_PROPERTY(QVariantMap phaseNames READ phaseNames NOTIFY changed)
    Q_PROPERTY(QVariantMap phaseDescriptions READ phaseDescriptions NOTIFY changed)
    // category -> the newest version's text: what the apprentice is shown before sharing.
    Q_PROPERTY(QVariantMap consentTexts READ consentTexts NOTIFY changed)
    Q_PROPERTY(int absenceWindowDays READ absenceWindowDays NOTIFY changed)
    Q_PROPERTY(int absenceMinEpisodes READ absenceMinEpisodes NOTIFY changed)
    Q_PROPERTY(int absenceMinDays READ absenceMinDays NOTIFY changed)
    // {lowest, low, severePain, daysInRow, rowWindowDays}
    Q_PROPERTY(QVariantMap lowCheckinRule READ lowCheckinRule NOTIFY changed)
    // {checkinsMissingAfterDays, checkinsTrendDays, checkinsFallingBy, consentWithdrawnDays,
    // handoverDueDays}
    Q_PROPERTY(QVariantMap caseloadRule READ caseloadThresholds NOTIFY changed)
    Q_PROPERTY(int consentReviewMonths READ consentReviewMonths NOTIFY changed)
    Q_PROPERTY(int guardianAgeLimit READ guardianAgeLimit NOTIFY changed)

public:
    explicit ProgrammeDefinition(QObject *parent = nullptr);

    // ---- C++ side ----
    const bro::Programme &definition() const { return m_programme; }
    // `builtin`: no server ever sent one (an older server, the local demo).
    void setDefinition(const bro::Programme &programme, qint64 revision, bool builtin);
    void setLanguage(const QString &language); // "nb" | "en"
    bro::AbsenceRule absenceRule() const;
    bro::HelpRule helpRule() const;
    bro::CaseloadRule caseloadRule() const;
    bro::EarlyWarningRule earlyWarningRule() const;
    // The phase's typical length, or nothing for a phase this programme does not have.
    std::optional<int> typicalDays(const QString &phase) const;
    // Position on the ordinary path; phases the programme does not have sort last.
    Q_INVOKABLE int phaseIndex(const QString &phase) const;

    // ---- properties ----
    QString programmeId() const;
    QString name() const;
    qint64 revision() const { return m_revision; }
    bool builtin() const { return m_builtin; }
    QVariantList phases() const;
    QVariantMap phaseNames() const;
    QVariantMap phaseDescriptions() const;
    QVariantMap consentTexts() const;
    int absenceWindowDays() const { return m_programme.absence_rule.window_days; }
    int absenceMinEpisodes() const { return m_programme.absence_rule.min_episodes; }
    int absenceMinDays() const { return m_programme.absence_rule.min_days; }
    QVariantMap lowCheckinRule() const;
    QVariantMap caseloadThresholds() const;
    int consentReviewMonths() const { return m_programme.consent.review_months; }
    int guardianAgeLimit() const { return m_programme.consent.guardian_age_limit; }

    // A phase's name; a phase this programme does not have (a case left in a phase a new
    // revision removed) keeps the pilot's name, so that nobody sees a bare id.
    Q_INVOKABLE QString phaseName(const QString &phase) const;
    Q_INVOKABLE QString phaseDescription(const QString &phase) const;
    Q_INVOKABLE QString responsibleRole(const QString &phase) const;
    Q_INVOKABLE QString organisation(const QString &phase) const;
    // "" after a closed phase and for a phase the programme does not have.
    Q_INVOKABLE QString nextPhase(const QString &phase) const;
    Q_INVOKABLE QString checklistText(const QString &itemId) const;
    Q_INVOKABLE QString consentText(const QString &category) const;
    // The clinic has started with the apprentice: an open phase at or after the first one the
    // clinic leads (when a return plan makes sense).
    Q_INVOKABLE bool clinicStarted(const QString &phase) const;

Q_SIGNALS:
    void changed();

private:
    const bro::ProgrammePhase *find(const QString &phase) const;
    QString text(const bro::Texts &t) const;

    bro::Programme m_programme;
    qint64 m_revision = 0;
    bool m_builtin = true;
    bool m_english = false;
};
