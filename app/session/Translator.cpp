#include "session/Translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

Translator::Translator(QObject *parent) : QObject(parent)
{
    install();
}

Translator::~Translator()
{
    if (m_translator && QCoreApplication::instance())
        QCoreApplication::removeTranslator(m_translator);
}

void Translator::setLanguage(const QString &language)
{
    const QString lang =
        (language == QLatin1String("nb") || language == QLatin1String("en")) ? language : QString();
    if (lang == m_language)
        return;
    m_language = lang;
    install();
    Q_EMIT languageChanged();
}

QString Translator::effectiveLanguage() const
{
    if (!m_language.isEmpty())
        return m_language;
    const auto system = QLocale::system().language();
    if (system == QLocale::English)
        return QStringLiteral("en");
    return QStringLiteral("nb"); // Norwegian (any written form) and everything else
}

void Translator::setEngine(QQmlEngine *engine)
{
    m_engine = engine;
}

QString Translator::qmPath(const QString &language)
{
    return QStringLiteral(":/i18n/bro_%1.qm").arg(language);
}

void Translator::install()
{
    if (!QCoreApplication::instance())
        return;
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
        m_translator = nullptr;
    }
    const QString path = qmPath(effectiveLanguage());
    if (QFile::exists(path)) {
        auto *t = new QTranslator(this);
        if (t->load(path)) {
            QCoreApplication::installTranslator(t);
            m_translator = t;
        } else {
            delete t;
        }
    }
    if (m_engine)
        m_engine->retranslate();
}
