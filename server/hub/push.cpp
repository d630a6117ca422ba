// The hub's push: each change checked against the sender's rights and consent, logged and
// merged in one transaction, acknowledged, then fanned out to live devices.

#include "domain/schema.hpp"
#include "hub/sync_hub.hpp"
#include "util/time.hpp"

namespace bro {

namespace code = protocol::code;

void SyncHub::on_push(Peer &p, const protocol::Push &m)
{
    const auto &who = p.identity;
    const auto today = today_utc();
    const auto now = iso_datetime(unix_now());
    protocol::Ack ack;
    ack.id = m.id;
    std::set<std::string> applied_ops;
    std::map<std::string, CaseAccess> access;
    // Helper writes, counted per case and category for the audit trail.
    std::map<std::pair<std::string, Category>, std::set<std::string>> helper_writes;

    Transaction tx(m_db);
    auto last = m_accounts.last_counter(who.device_id);
    // What the loop below asks of the store, read for the whole push at once: which ops the
    // log already holds or refused (a retry gets the first answer again), and the stored
    // records the changes touch.
    std::vector<std::string> ops, record_ids;
    std::set<std::string_view> seen_records;
    for (const auto &c : m.changes) {
        ops.push_back(c.op);
        if (seen_records.insert(c.record_id).second)
            record_ids.push_back(c.record_id);
    }
    auto seqs = m_log.seqs_of(ops);
    auto refused = m_log.rejections(ops);
    auto stored = m_records.get_all(record_ids);
    // A record's kind and case as first written; records this push creates join as accepted.
    std::map<std::string, std::pair<std::string, std::string>> identity;
    // Who owns a record is judged on its stored fields; a record new to the server on the fields
    // this push gives it (AccessPolicy::check_write).
    std::map<std::string, nlohmann::json> owner_fields;
    for (auto &[id, record] : stored) {
        identity.emplace(id, std::make_pair(record.kind, record.case_id));
        owner_fields.emplace(id, std::move(record.fields));
    }
    for (const auto &c : m.changes)
        if (!stored.count(c.record_id))
            owner_fields[c.record_id][c.field] = c.value;

    // Accepted changes are logged and merged together, in order, at the end, and before any
    // read that must see them: a consent change alters what later changes in this push may do.
    std::vector<Change> pending;
    std::set<std::string> pending_ops;
    std::vector<std::string> accepted_ops; // the ack's order
    const auto flush = [&] {
        m_log.append_all(pending, who.device_id, now);
        m_records.merge_all(pending);
        for (const auto &c : pending)
            seqs.emplace(c.op, c.seq);
        pending.clear();
        pending_ops.clear();
    };
    for (const auto &c : m.changes) {
        // The same op twice in one push: the second is a retry of the first, which must be
        // logged before it can be answered.
        if (pending_ops.count(c.op))
            flush();
        if (seqs.count(c.op)) { // a retry: the same answer as the first time
            accepted_ops.push_back(c.op);
            continue;
        }
        if (auto r = refused.find(c.op); r != refused.end()) {
            ack.rejected.push_back(r->second);
            continue;
        }
        std::optional<Denial> denial;
        const auto ident = identity.find(c.record_id);
        if (static_cast<std::int64_t>(c.counter) <= last) {
            denial = Denial{code::bad_value, "counter " + std::to_string(c.counter) +
                                                 " was already used by this device (last " +
                                                 std::to_string(last) + ")"};
        } else if (auto e = validate_field(c.kind, c.field, c.value)) {
            denial = Denial{code::invalid_record, e->field + " " + e->message};
        } else if (ident != identity.end() &&
                   (ident->second.first != c.kind || ident->second.second != c.case_id)) {
            denial = Denial{code::invalid_record, "record " + c.record_id + " is a " +
                                                      ident->second.first + " of another case"};
        } else {
            auto it = access.find(c.case_id);
            if (it == access.end())
                it = access.emplace(c.case_id, m_directory.access(c.case_id, m_records)).first;
            denial = AccessPolicy::check_write(who.actor, it->second, c, today,
                                               owner_fields.at(c.record_id));
            if (!denial && !m_clock.receive(c.hlc))
                denial = Denial{code::clock_skew,
                                "the change's time is too far ahead of the server's clock"};
            if (!denial && AccessPolicy::is_helper_on(who.actor, it->second))
                if (auto cat = category_of(c.kind))
                    helper_writes[{c.case_id, *cat}].insert(c.record_id);
        }
        last = std::max<std::int64_t>(last, static_cast<std::int64_t>(c.counter));
        if (denial) {
            m_log.reject(c, who.device_id, denial->code, denial->message, now);
            protocol::Rejected r{c.op, denial->code, denial->message};
            refused.emplace(c.op, r);
            ack.rejected.push_back(std::move(r));
            m_metrics.rejected(denial->code);
            continue;
        }
        identity.try_emplace(c.record_id, c.kind, c.case_id);
        pending.push_back(c);
        pending_ops.insert(c.op);
        applied_ops.insert(c.op);
        accepted_ops.push_back(c.op);
        if (c.kind == kind::consent || c.kind == kind::case_file) {
            flush();
            access.erase(c.case_id); // later changes in this push see the new consent
        }
    }
    flush();
    for (const auto &op : accepted_ops)
        ack.accepted.push_back({op, seqs.at(op)});
    m_accounts.set_last_counter(who.device_id, last);
    for (const auto &[key, records] : helper_writes)
        m_audit.record(key.first, who, "wrote", key.second,
                       static_cast<std::int64_t>(records.size()));
    tx.commit(); // durable before the device hears "accepted"

    p.send(frame(ack));
    if (!applied_ops.empty())
        fan_out(&p, applied_ops);
}

} // namespace bro
