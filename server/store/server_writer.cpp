#include "store/server_writer.hpp"

#include "domain/schema.hpp"
#include "util/time.hpp"

#include <stdexcept>

namespace bro {

ServerWriter::ServerWriter(Database &db, std::string node)
    : m_records(db), m_log(db), m_node(std::move(node))
{
    m_clock.observe(m_log.max_hlc());
}

void ServerWriter::write(const std::string &record_id, const std::string &kind,
                         const std::string &case_id, const nlohmann::json &fields)
{
    if (auto e = validate_record(kind, fields))
        throw std::invalid_argument(kind + " " + record_id + ": " + e->field + " " + e->message);
    append(record_id, kind, case_id, fields);
}

void ServerWriter::update(const std::string &record_id, const std::string &kind,
                          const std::string &case_id, const nlohmann::json &fields)
{
    for (const auto &[field, value] : fields.items())
        if (auto e = validate_field(kind, field, value))
            throw std::invalid_argument(kind + " " + record_id + ": " + e->field + " " +
                                        e->message);
    append(record_id, kind, case_id, fields);
}

void ServerWriter::write_all(const std::vector<Record> &records)
{
    std::vector<Change> changes;
    for (const auto &r : records) {
        if (auto e = validate_record(r.kind, r.fields))
            throw std::invalid_argument(r.kind + " " + r.id + ": " + e->field + " " + e->message);
        changes_of(r.id, r.kind, r.case_id, r.fields, changes);
    }
    m_log.append_all(changes, m_node, iso_datetime(unix_now()));
    m_records.merge_all(changes);
}

void ServerWriter::changes_of(const std::string &record_id, const std::string &kind,
                              const std::string &case_id, const nlohmann::json &fields,
                              std::vector<Change> &out)
{
    for (const auto &[field, value] : fields.items()) {
        Change c;
        c.op = new_op_id();
        c.record_id = record_id;
        c.kind = kind;
        c.case_id = case_id;
        c.field = field;
        c.value = value;
        c.hlc = m_clock.now();
        c.node = m_node;
        out.push_back(std::move(c));
    }
}

void ServerWriter::append(const std::string &record_id, const std::string &kind,
                          const std::string &case_id, const nlohmann::json &fields)
{
    const auto at = iso_datetime(unix_now());
    std::vector<Change> changes;
    changes_of(record_id, kind, case_id, fields, changes);
    for (auto &c : changes) {
        m_log.append(c, m_node, at);
        m_records.merge(c);
    }
}

} // namespace bro
