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
    // Who owns a record is judged on its stored fields; a record new to the server on the fields
    // this push gives it (AccessPolicy::check_write). Read once per record, not per field.
    std::map<std::string, nlohmann::json> owner_fields;
    {
        std::set<std::string> fresh;
        for (const auto &c : m.changes) {
            auto it = owner_fields.find(c.record_id);
            if (it == owner_fields.end()) {
                auto stored = m_records.get(c.record_id);
                if (!stored)
                    fresh.insert(c.record_id);
                it = owner_fields
                         .emplace(c.record_id,
                                  stored ? std::move(stored->fields) : nlohmann::json::object())
                         .first;
            }
            if (fresh.count(c.record_id))
                it->second[c.field] = c.value;
        }
    }
    for (auto c : m.changes) {
        if (auto seq = m_log.seq_of(c.op)) { // a retry: the same answer as the first time
            ack.accepted.push_back({c.op, *seq});
            continue;
        }
        if (auto r = m_log.rejection(c.op)) {
            ack.rejected.push_back(*r);
            continue;
        }
        std::optional<Denial> denial;
        if (static_cast<std::int64_t>(c.counter) <= last) {
            denial = Denial{code::bad_value, "counter " + std::to_string(c.counter) +
                                                 " was already used by this device (last " +
                                                 std::to_string(last) + ")"};
        } else if (auto e = validate_field(c.kind, c.field, c.value)) {
            denial = Denial{code::invalid_record, e->field + " " + e->message};
        } else if (auto ident = m_records.identity(c.record_id);
                   ident && (ident->first != c.kind || ident->second != c.case_id)) {
            denial = Denial{code::invalid_record,
                            "record " + c.record_id + " is a " + ident->first + " of another case"};
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
            ack.rejected.push_back({c.op, denial->code, denial->message});
            m_metrics.rejected(denial->code);
            continue;
        }
        m_log.append(c, who.device_id, now);
        m_records.merge(c);
        applied_ops.insert(c.op);
        ack.accepted.push_back({c.op, c.seq});
        if (c.kind == kind::consent || c.kind == kind::case_file)
            access.erase(c.case_id); // later changes in this push see the new consent
    }
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
