#include "store/Store.h"

#include "domain/schema.hpp"
#include "store/Convert.h"
#include "store/ErrorText.h"

#include <QCoreApplication>
#include <QDebug>
#include <QScopedValueRollback>
#include <utility>

using convert::qstr;
using convert::str;

Store::Store(const QString &path, QObject *parent)
    : QObject(parent), m_path(path), m_store(std::make_unique<bro::LocalStore>(str(path)))
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(holdFlushMs);
    connect(&m_flush, &QTimer::timeout, this, &Store::announceHeld);
}

Store::~Store() = default;

QString Store::write(const QString &recordId, const char *kind, const QString &caseId,
                     const QVariantMap &fields)
{
    return writeJson(str(recordId), kind, str(caseId), convert::toJson(QVariant(fields)));
}

QString Store::writeJson(const std::string &recordId, const std::string &kind,
                         const std::string &caseId, const nlohmann::json &fields)
{
    bro::WriteResult result;
    try {
        result = m_store->write(recordId, kind, caseId, fields);
    } catch (const std::exception &e) {
        qWarning() << "store write failed:" << e.what();
        return QCoreApplication::translate("ErrorText", "Kunne ikke lagre på enheten: %1")
            .arg(QString::fromUtf8(e.what()));
    }
    if (result.error)
        return errortext::describe(kind, *result.error);
    if (!result.changes.empty()) {
        Q_EMIT changed(qstr(caseId), {qstr(kind)});
        Q_EMIT outboxChanged();
        Q_EMIT localWrite();
    }
    return {};
}

QString Store::remove(const QString &recordId)
{
    const auto before = m_store->get(str(recordId));
    if (!before)
        return {};
    bro::WriteResult result;
    try {
        result = m_store->remove(str(recordId));
    } catch (const std::exception &e) {
        return QCoreApplication::translate("ErrorText", "Kunne ikke lagre på enheten: %1")
            .arg(QString::fromUtf8(e.what()));
    }
    if (result.error)
        return errortext::describe(before->kind, *result.error);
    if (!result.changes.empty()) {
        Q_EMIT changed(qstr(before->case_id), {qstr(before->kind)});
        Q_EMIT outboxChanged();
        Q_EMIT localWrite();
    }
    return {};
}

std::vector<bro::Record> Store::list(const QString &caseId, const char *kind)
{
    return m_store->list(str(caseId), kind);
}

std::optional<bro::Record> Store::get(const QString &recordId)
{
    auto r = m_store->get(str(recordId));
    if (r && r->deleted())
        return std::nullopt;
    return r;
}

int Store::pendingCount()
{
    return static_cast<int>(m_store->pending_count());
}

int Store::rejectedCount()
{
    return static_cast<int>(m_store->rejected().size());
}

void Store::applyRemote(const std::vector<bro::Change> &changes, std::int64_t cursor)
{
    m_store->apply_remote(changes, cursor);
    // Group by case so each model only refreshes for what concerns it.
    for (const auto &c : changes)
        m_held[qstr(c.case_id)].insert(qstr(c.kind));
    if (!m_holding)
        announceHeld();
    else if (!m_flush.isActive())
        m_flush.start();
}

void Store::holdChanges()
{
    m_holding = true;
}

void Store::releaseChanges()
{
    m_holding = false;
    announceHeld();
}

void Store::announceHeld()
{
    m_flush.stop();
    const auto held = std::exchange(m_held, {});
    if (held.isEmpty())
        return;
    {
        const QScopedValueRollback announcing(m_announcing, true);
        for (auto it = held.cbegin(); it != held.cend(); ++it)
            Q_EMIT changed(it.key(), it.value());
    }
    Q_EMIT announced();
}

void Store::acknowledge(const std::vector<bro::protocol::Accepted> &accepted,
                        const std::vector<bro::protocol::Rejected> &rejected)
{
    if (!accepted.empty())
        m_store->accept(accepted);
    if (!rejected.empty())
        m_store->reject(rejected);
    Q_EMIT outboxChanged();
    if (!rejected.empty())
        Q_EMIT rejectedChanged();
}

int Store::purge(const std::string &caseId, const std::vector<bro::Category> &categories)
{
    const int removed = m_store->purge(caseId, categories);
    QSet<QString> kinds;
    for (const auto &k : bro::all_kinds())
        for (auto c : categories)
            if (k.category == c)
                kinds.insert(qstr(k.name));
    Q_EMIT changed(qstr(caseId), kinds);
    return removed;
}

std::size_t Store::adoptServerEpoch(const std::string &epoch)
{
    const auto queued = m_store->adopt_server_epoch(epoch);
    if (queued > 0)
        Q_EMIT outboxChanged(); // the pull from the start brings the rest back, with `changed`
    return queued;
}

void Store::dismissRejected(const QString &op)
{
    m_store->dismiss_rejected(str(op));
    Q_EMIT rejectedChanged();
}

QString Store::meta(const QString &key, const QString &fallback)
{
    return qstr(m_store->meta(str(key), str(fallback)));
}

void Store::setMeta(const QString &key, const QString &value)
{
    if (m_store->meta(str(key), "\x01") == str(value))
        return;
    m_store->set_meta(str(key), str(value));
    Q_EMIT metaChanged(key);
}

void Store::notifyChanged(const QString &caseId, const QSet<QString> &kinds)
{
    Q_EMIT changed(caseId, kinds);
}
