#pragma once
// The app's language: bokmål by default, English available, following the system locale unless
// the user overrides it. Switching retranslates the QML engine live.

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTranslator>

class Translator : public QObject
{
    Q_OBJECT

public:
    explicit Translator(QObject *parent = nullptr);
    ~Translator() override;

    // "nb", "en" or "" (follow the system).
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    // The language in effect: the override, else the system's when we have it, else "nb".
    QString effectiveLanguage() const;
    void setEngine(QQmlEngine *engine);

    static QString qmPath(const QString &language); // ":/i18n/bro_<language>.qm"

Q_SIGNALS:
    void languageChanged();

private:
    void install();

    QString m_language;
    QTranslator *m_translator = nullptr;
    QPointer<QQmlEngine> m_engine;
};
