#include "session/Appearance.h"

#include <QGuiApplication>
#include <QPalette>
#include <QtGlobal>
#include <cmath>

namespace {

QString knownTheme(const QString &theme)
{
    return (theme == QLatin1String("light") || theme == QLatin1String("dark"))
               ? theme
               : QStringLiteral("system");
}

} // namespace

Appearance::Appearance(QSettings *settings, QObject *parent) : QObject(parent), m_settings(settings)
{
    m_theme = knownTheme(m_settings->value(QStringLiteral("appearance/theme")).toString());
    m_textScale =
        clampScale(m_settings->value(QStringLiteral("appearance/textScale"), 1.0).toReal());
    m_reduceMotion = m_settings->value(QStringLiteral("appearance/reduceMotion"), false).toBool();
    // One run's choice (screenshots, tests), not kept.
    if (qEnvironmentVariableIsSet("BRO_THEME"))
        m_theme = knownTheme(qEnvironmentVariable("BRO_THEME"));
    if (qEnvironmentVariableIsSet("BRO_TEXT_SCALE"))
        m_textScale = clampScale(qEnvironmentVariable("BRO_TEXT_SCALE").toDouble());
    if (qEnvironmentVariableIsSet("BRO_REDUCE_MOTION"))
        m_reduceMotion = qEnvironmentVariable("BRO_REDUCE_MOTION") == QLatin1String("1");
}

void Appearance::setTheme(const QString &theme)
{
    const QString t = knownTheme(theme);
    if (t == m_theme)
        return;
    m_theme = t;
    m_settings->setValue(QStringLiteral("appearance/theme"), t);
    Q_EMIT changed();
}

bool Appearance::dark() const
{
    if (m_theme == QLatin1String("dark"))
        return true;
    if (m_theme == QLatin1String("light"))
        return false;
    return systemIsDark();
}

void Appearance::setTextScale(qreal scale)
{
    const qreal s = clampScale(scale);
    if (qFuzzyCompare(s, m_textScale))
        return;
    m_textScale = s;
    m_settings->setValue(QStringLiteral("appearance/textScale"), s);
    Q_EMIT changed();
}

void Appearance::setReduceMotion(bool reduce)
{
    if (reduce == m_reduceMotion)
        return;
    m_reduceMotion = reduce;
    m_settings->setValue(QStringLiteral("appearance/reduceMotion"), reduce);
    Q_EMIT changed();
}

bool Appearance::systemIsDark()
{
    // Qt 6.4 has no colour-scheme hint (QStyleHints::colorScheme came in 6.5); the platform
    // theme's palette is what it knows.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return false;
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

qreal Appearance::clampScale(qreal scale)
{
    if (!std::isfinite(scale) || scale <= 0)
        return 1.0;
    // Steps of a quarter, so "200 %" is exactly twice.
    const qreal stepped = std::round(scale * 4.0) / 4.0;
    return qBound(minScale, stepped, maxScale);
}
