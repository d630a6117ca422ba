#include "print/DataExport.h"

#include "models/EngineSession.h"
#include "print/PlanPrinter.h"
#include "session/Session.h"
#include "store/Convert.h"
#include "store/Store.h"
#include "sync/protocol.hpp"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>
#include <nlohmann/json.hpp>
#include <tuple>

using convert::qstr;
using convert::str;
using nlohmann::json;

namespace {

// A cached server answer (audit:<case>, consent_history:<case>) as JSON; null when the device
// never asked.
json cachedList(Store &store, const QString &key, const char *listField)
{
    const std::string text = str(store.meta(key));
    if (text.empty())
        return nullptr;
    json j = json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains(listField))
        return nullptr;
    return j[listField];
}

} // namespace

DataExport::DataExport(QObject *parent) : QObject(parent) {}

DataExport::DataExport(Session *session, QObject *parent) : DataExport(parent)
{
    setSession(session);
}

Session *DataExport::session() const
{
    return m_session.data();
}

void DataExport::setSession(Session *session)
{
    if (session == m_session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

void DataExport::classBegin()
{
    if (!m_session)
        setSession(bro::engineSession(this));
}

QByteArray DataExport::json() const
{
    Session *s = m_session;
    Store *store = s ? s->store() : nullptr;
    if (!store)
        return {};
    const auto &w = s->welcome();
    nlohmann::json out;
    out["format"] = "bro-export";
    out["format_version"] = 1;
    out["source"] = "device";
    out["exported_at"] =
        str(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
    out["person"] = {{"id", w.user.id},
                     {"name", w.user.name},
                     {"role", std::string(bro::to_string(w.user.role))},
                     {"org_id", w.user.org_id},
                     {"org_name", w.user.org_name}};
    out["device_id"] = store->local().device_id();

    nlohmann::json cases = nlohmann::json::array();
    for (const auto &c : w.cases) {
        nlohmann::json team = nlohmann::json::array();
        for (const auto &m : c.team)
            team.push_back({{"person_id", m.person_id},
                            {"name", m.name},
                            {"role", std::string(bro::to_string(m.role))},
                            {"org_id", m.org_id},
                            {"org_name", m.org_name}});
        auto records = store->local().list(c.case_id);
        std::sort(records.begin(), records.end(), [](const auto &a, const auto &b) {
            return std::tie(a.kind, a.id) < std::tie(b.kind, b.id);
        });
        nlohmann::json rows = nlohmann::json::array();
        for (const auto &r : records)
            rows.push_back({{"id", r.id}, {"kind", r.kind}, {"fields", r.fields}});
        const QString caseId = qstr(c.case_id);
        cases.push_back(
            {{"case_id", c.case_id},
             {"apprentice_id", c.apprentice_id},
             {"apprentice_name", c.apprentice_name},
             {"training_office_id", c.training_office_id},
             {"clinic_id", c.clinic_id},
             {"team", team},
             {"records", rows},
             {"audit_events", cachedList(*store, QStringLiteral("audit:") + caseId, "events")},
             {"consent_history",
              cachedList(*store, QStringLiteral("consent_history:") + caseId, "entries")}});
    }
    out["cases"] = cases;

    nlohmann::json pending = nlohmann::json::array();
    for (const auto &c : store->local().outbox(1'000'000))
        pending.push_back(bro::protocol::change_to_json(c));
    out["pending_changes"] = pending;
    nlohmann::json rejected = nlohmann::json::array();
    for (const auto &r : store->local().rejected())
        rejected.push_back({{"change", bro::protocol::change_to_json(r.change)},
                            {"code", r.code},
                            {"message", r.message}});
    out["rejected_changes"] = rejected;
    return QByteArray::fromStdString(out.dump(2));
}

QString DataExport::writeExport(const QString &path) const
{
    Session *s = m_session;
    if (!s || !s->loggedIn() || !s->store())
        return tr("Det er ingen data å eksportere ennå.");
    if (path.isEmpty())
        return tr("Velg en fil å lagre til.");
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return tr("Kunne ikke skrive %1: %2").arg(path, f.errorString());
    const QByteArray bytes = json();
    if (f.write(bytes) != bytes.size() || !f.commit())
        return tr("Kunne ikke skrive %1: %2").arg(path, f.errorString());
    // The plan, for reading: the same data a person can print.
    return PlanPrinter(s).writePdf(pdfPathFor(QUrl::fromLocalFile(path)));
}

QString DataExport::exportAll(const QUrl &fileUrl) const
{
    return writeExport(fileUrl.isLocalFile() ? fileUrl.toLocalFile() : fileUrl.toString());
}

QString DataExport::defaultPath() const
{
    if (!m_session)
        return {};
    return QDir(m_session->dataDir())
        .filePath(QStringLiteral("bro-mine-data-%1.json")
                      .arg(QDate::currentDate().toString(Qt::ISODate)));
}

QString DataExport::pdfPathFor(const QUrl &fileUrl) const
{
    const QString path = fileUrl.isLocalFile() ? fileUrl.toLocalFile() : fileUrl.toString();
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".pdf"));
}
