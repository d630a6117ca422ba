#include "oracle.hpp"

#include "domain/schema.hpp"
#include "store/directory_store.hpp"
#include "store/record_table.hpp"
#include "sync/access_policy.hpp"
#include "test_db.hpp"

#include <QDate>
#include <QTest>
#include <map>

namespace bro::test {

namespace {

std::string today()
{
    return QDate::currentDate().toString(Qt::ISODate).toStdString();
}

void check_one(Database &check, RecordTable &records, DirectoryStore &directory, FaultDevice &dev)
{
    QCOMPARE(dev.d->store().pending_count(), std::size_t{0});
    QVERIFY(dev.d->store().rejected().empty());
    const auto person = directory.person_by_username(dev.user);
    QVERIFY(person.has_value());
    const auto actor = directory.actor(*person);
    std::map<std::string, CaseAccess> access;
    for (const auto &c : directory.cases_for(actor))
        access.emplace(c, directory.access(c, records));

    // Every change the oracle lets this person see, by position.
    std::vector<std::pair<std::int64_t, std::string>> visible;
    auto log = check.prepare(
        "SELECT seq, op, record_id, kind, case_id, field FROM change_log ORDER BY seq");
    while (log.step()) {
        Change c;
        c.seq = log.column_int64(0);
        c.op = log.column_text(1);
        c.record_id = log.column_text(2);
        c.kind = log.column_text(3);
        c.case_id = log.column_text(4);
        c.field = log.column_text(5);
        auto it = access.find(c.case_id);
        if (it != access.end() && AccessPolicy::can_receive(actor, it->second, c, today()))
            visible.emplace_back(c.seq, c.op);
    }
    // No cursor skipped anything.
    for (const auto &[cursor, received_then] : dev.cursors) {
        std::set<std::string> had;
        for (std::size_t i = 0; i < received_then; ++i)
            had.insert(dev.d->received[i].op);
        for (const auto &[seq, op] : visible) {
            if (seq > cursor)
                break;
            QVERIFY2(had.count(op) || dev.own_ops.count(op),
                     qPrintable(QString("%1 was given cursor %2 without change %3 (at %4)")
                                    .arg(QString::fromStdString(dev.user))
                                    .arg(cursor)
                                    .arg(QString::fromStdString(op))
                                    .arg(seq)));
        }
    }
    // Nothing acknowledged lost or doubled.
    auto once = check.prepare("SELECT count(*) FROM change_log WHERE op = ?");
    for (const auto &op : dev.own_ops) {
        once.reset();
        once.bind(1, op);
        QVERIFY(once.step());
        QCOMPARE(once.column_int64(0), 1);
    }
    // The merged state of what it may see …
    for (const auto &[case_id, a] : access)
        for (const auto &r : records.list(case_id, kind::message)) {
            const auto got = dev.d->store().get(r.id);
            QVERIFY2(got.has_value(), r.id.c_str());
            QVERIFY2(got->fields.value("text", nlohmann::json()) ==
                         r.fields.value("text", nlohmann::json()),
                     r.id.c_str());
        }
    // … and nothing of a case it may not see.
    auto held = dev.d->store().database().prepare("SELECT DISTINCT case_id FROM fields");
    while (held.step()) {
        const auto case_id = held.column_text(0);
        QVERIFY2(access.count(case_id), qPrintable(QString("%1 holds records of %2")
                                                       .arg(QString::fromStdString(dev.user),
                                                            QString::fromStdString(case_id))));
    }
}

} // namespace

void check_against_database(const QString &db, std::vector<FaultDevice> &devices)
{
    Database check = open_server_db(db);
    RecordTable records(check);
    DirectoryStore directory(check);
    for (auto &dev : devices) {
        check_one(check, records, directory, dev);
        if (QTest::currentTestFailed())
            return;
    }
}

} // namespace bro::test
