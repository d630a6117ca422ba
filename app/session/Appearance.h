#pragma once
// How the app looks on this device, for people who need it otherwise (issue 27, WCAG 2.1 AA):
// a light or dark theme (or the system's), text up to twice its size, and less motion. Kept in
// the device's settings, not the person's store: it belongs to the eyes at this screen.
// BRO_THEME, BRO_TEXT_SCALE and BRO_REDUCE_MOTION set them for one run (screenshots, tests).

#include <QObject>
#include <QSettings>
#include <QString>
#include <QtQml/qqmlregistration.h>

class Appearance : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Session.appearance")

    // "system", "light" or "dark".
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY changed)
    // The theme in effect: the choice, or the system's palette when the choice is "system".
    Q_PROPERTY(bool dark READ dark NOTIFY changed)
    // 1.0 to 2.0: every text in the app is this much larger.
    Q_PROPERTY(qreal textScale READ textScale WRITE setTextScale NOTIFY changed)
    Q_PROPERTY(bool reduceMotion READ reduceMotion WRITE setReduceMotion NOTIFY changed)

public:
    static constexpr qreal minScale = 1.0;
    static constexpr qreal maxScale = 2.0;

    // `settings` outlives this object (Session owns both).
    explicit Appearance(QSettings *settings, QObject *parent = nullptr);

    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    bool dark() const;
    qreal textScale() const { return m_textScale; }
    void setTextScale(qreal scale);
    bool reduceMotion() const { return m_reduceMotion; }
    void setReduceMotion(bool reduce);

    // Whether the desktop's own palette is dark (a dark window colour).
    static bool systemIsDark();
    static qreal clampScale(qreal scale);

Q_SIGNALS:
    void changed();

private:
    QSettings *m_settings;
    QString m_theme = QStringLiteral("system");
    qreal m_textScale = 1.0;
    bool m_reduceMotion = false;
};
