#include "models/PoolingModel.h"

#include "figures/published_programme.hpp"
#include "models/EngineSession.h"
#include "models/MetaFollower.h"
#include "session/Session.h"
#include "store/Convert.h"
#include "store/Store.h"
#include "sync/protocol.hpp"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

// Messages are in bokmål, like the other C++ texts (app/CONTRACT.md).
using convert::qstr;
using convert::str;
namespace proto = bro::protocol;

namespace {
const QString importsKey = QStringLiteral("pooling:imports");
const QString ownKey = QStringLiteral("programme:figures");
} // namespace

PoolingModel::PoolingModel(QObject *parent) : QObject(parent) {}

PoolingModel::PoolingModel(Session *session, QObject *parent) : PoolingModel(parent)
{
    setSession(session);
}

void PoolingModel::classBegin()
{
    if (!m_session)
        setSession(bro::engineSession(this));
}

Session *PoolingModel::session() const
{
    return m_session.data();
}

void PoolingModel::setSession(Session *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &Session::userChanged, this, &PoolingModel::attach);
    attach();
    Q_EMIT sessionChanged();
}

void PoolingModel::attach()
{
    metafollow::attach(
        this, m_store, m_session ? m_session->store() : nullptr,
        [](const QString &key) { return key == importsKey || key == ownKey; }, [this] { load(); });
}

QVariantList PoolingModel::programmes() const
{
    return m_programmes;
}

QVariantMap PoolingModel::cell(const QString &id) const
{
    return m_cells.value(
        id, {{QStringLiteral("text"), QStringLiteral("–")}, {QStringLiteral("exact"), false}});
}

QVariantList PoolingModel::funnel() const
{
    QVariantList out;
    for (const auto &stage : bro::funnel_stages()) {
        auto c = cell(QStringLiteral("funnel.all.") + qstr(stage));
        c.insert(QStringLiteral("stage"), qstr(stage));
        out.append(c);
    }
    return out;
}

QVariantMap PoolingModel::inProgrammes() const
{
    return cell(QStringLiteral("now.total"));
}

QString PoolingModel::addFile(const QUrl &fileUrl)
{
    const QString path = fileUrl.isLocalFile() ? fileUrl.toLocalFile() : fileUrl.toString();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return m_lastError = tr("Kunne ikke åpne %1: %2").arg(path, f.errorString());
    const QByteArray bytes = f.read(bro::stats::pooled_max_bytes + 1);
    const auto imported = bro::stats::parse_pooled_figures(bytes.toStdString());
    if (!imported.ok())
        return m_lastError = tr("Filen er ikke tall fra et annet tilbud: %1")
                                 .arg(qstr(imported.errors.front()));
    if (!m_store)
        return m_lastError = tr("Du er ikke logget inn.");
    // One file per programme: a newer export replaces the older one.
    QStringList next;
    for (const auto &text : m_imports) {
        const auto old = bro::stats::parse_pooled_figures(str(text));
        if (!old.ok() || old.figures.programme != imported.figures.programme)
            next.append(text);
    }
    next.append(QString::fromUtf8(bytes));
    m_lastError.clear();
    saveImports(next);
    return {};
}

void PoolingModel::remove(const QString &programmeId)
{
    QStringList next;
    for (const auto &text : m_imports) {
        const auto old = bro::stats::parse_pooled_figures(str(text));
        if (!old.ok() || qstr(old.figures.programme) != programmeId)
            next.append(text);
    }
    saveImports(next);
}

void PoolingModel::saveImports(const QStringList &imports)
{
    if (m_store)
        m_store->setMeta(
            importsKey,
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(imports)).toJson()));
    load();
}

void PoolingModel::load()
{
    std::vector<bro::stats::PooledExport> exports;
    QVariantList programmes;
    QStringList imports;
    if (m_store) {
        auto own = proto::parse_server(str(m_store->meta(ownKey)));
        if (own && std::holds_alternative<proto::Programme>(*own.message)) {
            const auto &p = std::get<proto::Programme>(*own.message).published;
            if (p.ok) {
                exports.push_back(p.figures);
                programmes.append(
                    QVariantMap{{QStringLiteral("id"), qstr(p.figures.programme)},
                                {QStringLiteral("name"), qstr(p.figures.name)},
                                {QStringLiteral("exported"), qstr(p.figures.exported)},
                                {QStringLiteral("own"), true}});
            }
        }
        const auto array = QJsonDocument::fromJson(m_store->meta(importsKey).toUtf8()).array();
        for (const auto &v : array) {
            const auto imported = bro::stats::parse_pooled_figures(str(v.toString()));
            if (!imported.ok())
                continue; // read when added; a later reader may be stricter: left out, kept
            imports.append(v.toString());
            if (!exports.empty() && imported.figures.programme == exports.front().programme)
                continue; // our own figures, exported and added back: not twice
            exports.push_back(imported.figures);
            programmes.append(
                QVariantMap{{QStringLiteral("id"), qstr(imported.figures.programme)},
                            {QStringLiteral("name"), qstr(imported.figures.name)},
                            {QStringLiteral("exported"), qstr(imported.figures.exported)},
                            {QStringLiteral("own"), false}});
        }
    }
    QMap<QString, QVariantMap> cells;
    if (!exports.empty()) {
        try {
            const auto pooled = bro::stats::pool_published(exports);
            for (const auto &c : pooled.cells) {
                if (c.implicit)
                    continue;
                QString text = qstr(c.text());
                if (c.display == bro::stats::PooledCell::Display::under_5)
                    text = tr("under 5");
                else if (c.display == bro::stats::PooledCell::Display::range)
                    text = c.hi ? QStringLiteral("%1–%2").arg(c.lo).arg(*c.hi)
                                : tr("minst %1").arg(c.lo);
                cells.insert(qstr(c.id), {{QStringLiteral("text"), text},
                                          {QStringLiteral("exact"),
                                           c.display == bro::stats::PooledCell::Display::exact}});
            }
        } catch (const std::exception &e) {
            m_lastError =
                tr("Tallene kunne ikke legges sammen: %1").arg(QString::fromUtf8(e.what()));
        }
    }
    m_imports = imports;
    m_programmes = programmes;
    m_cells = cells;
    Q_EMIT changed();
}
