#include "store/migrations.hpp"

namespace bro {

int migrate(Database &db, const MigrationLadder &ladder)
{
    const int target = static_cast<int>(ladder.size());
    // One step per transaction, the version re-read inside it: another process may be migrating
    // the same database (two server nodes starting at once), and it then simply goes first.
    while (true) {
        Transaction tx(db);
        db.impl().serialize_migrations();
        const int current = db.user_version();
        if (current > target)
            throw std::runtime_error("database " + db.path() + " is at schema version " +
                                     std::to_string(current) + ", newer than this program (" +
                                     std::to_string(target) + ")");
        if (current == target) {
            tx.commit();
            return current;
        }
        db.exec(db.impl().translate_ddl(ladder[static_cast<std::size_t>(current)]));
        db.impl().set_user_version(current + 1);
        tx.commit();
    }
}

} // namespace bro
