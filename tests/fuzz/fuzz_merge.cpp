// Bytes become a sequence of changes from a few devices; merging them forwards, backwards and
// twice must give the same state (commutative, idempotent), in memory and in SQLite alike.
#include "store/database.hpp"
#include "store/migrations.hpp"
#include "store/record_table.hpp"
#include "sync/merge.hpp"

#include <cstdint>
#include <cstdlib>
#include <set>
#include <vector>

using namespace bro;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::vector<Change> changes;
    std::set<std::pair<std::string, std::uint64_t>> issued;
    for (std::size_t i = 0; i + 4 <= size && changes.size() < 64; i += 4) {
        Change c;
        c.op = "op-" + std::to_string(i);
        c.record_id = "r" + std::to_string(data[i] & 3);
        c.kind = "goal";
        c.case_id = "case";
        c.field = (data[i] & 4) ? "title" : "status";
        c.node = "n" + std::to_string((data[i] >> 3) & 3);
        c.hlc = Hlc::make(data[i + 1] & 7, data[i + 2] & 3);
        c.value = int(data[i + 3]);
        if (!issued.emplace(c.node, c.hlc.value).second)
            continue; // a device never issues one HLC twice
        changes.push_back(std::move(c));
    }
    MergedState forward, backward;
    forward.apply_all(changes);
    for (auto it = changes.rbegin(); it != changes.rend(); ++it)
        backward.apply(*it);
    if (!forward.same_as(backward))
        std::abort();
    forward.apply_all(changes);
    if (!forward.same_as(backward))
        std::abort();

    Database db(":memory:");
    migrate(db, {RecordTable::schema_sql()});
    RecordTable table(db);
    for (auto it = changes.rbegin(); it != changes.rend(); ++it)
        table.merge(*it);
    if (table.count() != static_cast<std::int64_t>(forward.size()))
        std::abort();
    for (const auto &r : forward.records())
        for (const auto &[field, value] : r.fields.items()) {
            auto stored = table.field(r.id, field);
            if (!stored || stored->value != value)
                std::abort();
        }
    return 0;
}
