#include "store/migrations.hpp"

namespace bro {

int migrate(Database &db, const MigrationLadder &ladder)
{
    const int current = db.user_version();
    const int target = static_cast<int>(ladder.size());
    if (current > target)
        throw std::runtime_error("database " + db.path() + " is at schema version " +
                                 std::to_string(current) + ", newer than this program (" +
                                 std::to_string(target) + ")");
    for (int v = current; v < target; ++v) {
        Transaction tx(db);
        db.exec(ladder[static_cast<std::size_t>(v)]);
        db.exec("PRAGMA user_version = " + std::to_string(v + 1));
        tx.commit();
    }
    return db.user_version();
}

} // namespace bro
