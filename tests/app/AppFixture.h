#pragma once
// A Session on a temporary directory, signed in from a hand-made welcome (no server), and helpers
// to make "remote" changes as the server would deliver them.

#include "session/Session.h"
#include "store/Store.h"
#include "sync/change.hpp"

#include <QDateTime>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace fixture {

inline const char *caseId = "case-1";

inline bro::protocol::Welcome welcome(bro::Role role = bro::Role::apprentice)
{
    bro::protocol::Welcome w;
    w.id = "test";
    switch (role) {
    case bro::Role::apprentice:
        w.user = {"p-ap", "Aina Lærling", role, "", ""};
        break;
    case bro::Role::adviser:
        w.user = {"p-adv", "Kari Rådgiver", role, "org-to", "Opplæringskontoret"};
        break;
    case bro::Role::clinician:
        w.user = {"p-cl", "Ingrid Kliniker", role, "org-cl", "Klinikken"};
        break;
    case bro::Role::coordinator:
        w.user = {"p-co", "Hanne Koordinator", role, "org-pr", "Programmet"};
        break;
    }
    w.device_id = "dev-test";
    bro::CaseSummary cs;
    cs.case_id = caseId;
    cs.apprentice_id = "p-ap";
    cs.apprentice_name = "Aina Lærling";
    cs.training_office_id = "org-to";
    cs.clinic_id = "org-cl";
    cs.team = {{"p-adv", "Kari Rådgiver", bro::Role::adviser, "org-to", "Opplæringskontoret"},
               {"p-cl", "Ingrid Kliniker", bro::Role::clinician, "org-cl", "Klinikken"}};
    if (role != bro::Role::coordinator)
        w.cases.push_back(cs);
    return w;
}

// One change as another device would have made it, `ms` milliseconds after the epoch base.
inline bro::Change remote(const std::string &record, const std::string &kind,
                          const std::string &field, nlohmann::json value,
                          const std::string &caseId = fixture::caseId, std::int64_t seq = 1)
{
    static std::uint64_t counter = 0;
    bro::Change c;
    c.op = bro::new_uuid();
    c.counter = ++counter;
    c.record_id = record;
    c.kind = kind;
    c.case_id = caseId;
    c.field = field;
    c.value = std::move(value);
    c.hlc = bro::Hlc::make(static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch()),
                           static_cast<std::uint16_t>(counter & 0xffff));
    c.node = "other-device";
    c.seq = seq;
    return c;
}

// A whole remote record: one change per field.
inline std::vector<bro::Change> remoteRecord(const std::string &record, const std::string &kind,
                                             const nlohmann::json &fields,
                                             const std::string &caseId = fixture::caseId)
{
    std::vector<bro::Change> out;
    for (const auto &[k, v] : fields.items())
        out.push_back(remote(record, kind, k, v, caseId));
    return out;
}

// The person's store file in a device's data folder; "" once it is erased.
inline QString storeFile(const QString &dir)
{
    const auto files = QDir(dir).entryList({QStringLiteral("*.sqlite")}, QDir::Files);
    return files.isEmpty() ? QString() : dir + QLatin1Char('/') + files.first();
}

// The row of a device in "My devices" (DevicesModel), or -1.
template <typename Model> int deviceRow(const Model &m, const QString &deviceId)
{
    for (int i = 0; i < m.count(); ++i)
        if (m.get(i).value(QStringLiteral("deviceId")).toString() == deviceId)
            return i;
    return -1;
}

struct App
{
    QTemporaryDir dir;
    std::unique_ptr<Session> session;

    explicit App(bro::Role role = bro::Role::apprentice)
    {
        QVERIFY(dir.isValid());
        session = std::make_unique<Session>(dir.path());
        session->adopt(welcome(role));
    }
    Store *store() const { return session->store(); }
    void deliver(const std::vector<bro::Change> &changes, std::int64_t cursor = 1)
    {
        store()->applyRemote(changes, cursor);
    }
};

} // namespace fixture
