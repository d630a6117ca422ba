#include "store/server_schema.hpp"

#include "store/pg/pg_backend.hpp"
#include "store/record_table.hpp"
#include "sync/change.hpp"

#include <chrono>

namespace bro {

const MigrationLadder &server_migrations()
{
    static const MigrationLadder ladder = {
        // 1: merged state (shared with devices) and the change log every device pulls from.
        std::string(RecordTable::schema_sql()) + R"sql(
CREATE TABLE change_log (
    seq       INTEGER PRIMARY KEY,
    op        TEXT NOT NULL UNIQUE,
    device_id TEXT NOT NULL,
    counter   INTEGER NOT NULL,
    record_id TEXT NOT NULL,
    kind      TEXT NOT NULL,
    case_id   TEXT NOT NULL,
    field     TEXT NOT NULL,
    value     TEXT NOT NULL,
    hlc       TEXT NOT NULL,
    node      TEXT NOT NULL,
    at        TEXT NOT NULL
);
CREATE INDEX change_log_case ON change_log(case_id, kind);
CREATE TABLE rejected_changes (
    op        TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    change    TEXT NOT NULL,
    code      TEXT NOT NULL,
    message   TEXT NOT NULL,
    at        TEXT NOT NULL
);
)sql",
        // 2: the directory and accounts.
        R"sql(
CREATE TABLE organisations (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL
);
CREATE TABLE people (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL,
    org_id        TEXT REFERENCES organisations(id),
    username      TEXT UNIQUE,
    password_hash TEXT,
    created       TEXT NOT NULL
);
CREATE TABLE cases (
    id                 TEXT PRIMARY KEY,
    apprentice_id      TEXT NOT NULL UNIQUE REFERENCES people(id),
    training_office_id TEXT REFERENCES organisations(id),
    clinic_id          TEXT REFERENCES organisations(id),
    created            TEXT NOT NULL
);
CREATE TABLE care_team (
    case_id    TEXT NOT NULL REFERENCES cases(id),
    person_id  TEXT NOT NULL REFERENCES people(id),
    joined_seq INTEGER NOT NULL,
    PRIMARY KEY (case_id, person_id)
);
CREATE TABLE devices (
    id           TEXT PRIMARY KEY,
    person_id    TEXT NOT NULL REFERENCES people(id),
    name         TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    expires      INTEGER NOT NULL,
    revoked      INTEGER NOT NULL DEFAULT 0,
    last_counter INTEGER NOT NULL DEFAULT 0,
    created      TEXT NOT NULL,
    last_seen    TEXT
);
CREATE TABLE invites (
    code_hash TEXT PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people(id),
    expires   INTEGER NOT NULL,
    used_at   TEXT
);
)sql",
        // 3: what the apprentice can read about who saw their data.
        R"sql(
CREATE TABLE audit_events (
    id          INTEGER PRIMARY KEY,
    case_id     TEXT NOT NULL,
    at          TEXT NOT NULL,
    person_id   TEXT NOT NULL,
    actor_name  TEXT NOT NULL,
    actor_role  TEXT NOT NULL,
    org_name    TEXT NOT NULL,
    device_name TEXT NOT NULL,
    action      TEXT NOT NULL,
    category    TEXT NOT NULL,
    count       INTEGER NOT NULL
);
CREATE INDEX audit_events_case ON audit_events(case_id, id);
)sql",
        // 4: which care-team cases each device has been given in full (team-join snapshots).
        R"sql(
CREATE TABLE device_cases (
    device_id TEXT NOT NULL,
    case_id   TEXT NOT NULL,
    PRIMARY KEY (device_id, case_id)
) WITHOUT ROWID;
)sql",
        // 5: sign-in backoff shared by every server node (SharedRateLimiter).
        R"sql(
CREATE TABLE sign_in_failures (
    key          TEXT PRIMARY KEY,
    failures     INTEGER NOT NULL,
    locked_until INTEGER NOT NULL,
    last         INTEGER NOT NULL
);
)sql",
        // 6: the only trace an erasure leaves (right to erasure): when, by whom, why, how much —
        // never a name, a person id or a case id.
        R"sql(
CREATE TABLE erasures (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    erased_by    TEXT NOT NULL,
    reason       TEXT NOT NULL,
    rows_removed INTEGER NOT NULL
);
)sql",
        // 7: an apprentice's date of birth and, under the programme's age limit, the guardian's
        // agreement to sharing health categories as the coordinator recorded it (issue 12).
        R"sql(
CREATE TABLE apprentice_age (
    person_id     TEXT PRIMARY KEY,
    date_of_birth TEXT NOT NULL,
    guardian_name TEXT,
    guardian_how  TEXT,
    guardian_at   TEXT,
    recorded_by   TEXT
);
)sql",
        // 8: a log position is never used twice. Without AUTOINCREMENT, SQLite gives a new row
        // max(seq) + 1, so after an erasure removed the newest rows, new changes took positions
        // that devices' cursors had already passed, and they never received them. Positions an
        // erasure already freed are not known any more, so an office's existing log continues
        // 2^20 further on: past any cursor (one case is a few thousand rows a year), and still
        // far below the positions PostgreSQL gives, so `admin copy-to` keeps working. A new,
        // empty log starts at 1. PostgreSQL derives seq from the transaction id.
        std::string(sql::sqlite_only_marker) + R"sql(
CREATE TABLE change_log_v8 (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    op        TEXT NOT NULL UNIQUE,
    device_id TEXT NOT NULL,
    counter   INTEGER NOT NULL,
    record_id TEXT NOT NULL,
    kind      TEXT NOT NULL,
    case_id   TEXT NOT NULL,
    field     TEXT NOT NULL,
    value     TEXT NOT NULL,
    hlc       TEXT NOT NULL,
    node      TEXT NOT NULL,
    at        TEXT NOT NULL
);
INSERT INTO change_log_v8 SELECT seq, op, device_id, counter, record_id, kind, case_id, field,
    value, hlc, node, at FROM change_log ORDER BY seq;
DROP TABLE change_log;
ALTER TABLE change_log_v8 RENAME TO change_log;
CREATE INDEX change_log_case ON change_log(case_id, kind);
UPDATE sqlite_sequence SET seq = seq + 1048576 WHERE name = 'change_log' AND seq > 0;
)sql",
        // 9: an erased case keeps counting in the programme's figures (issue 14). Its anonymous
        // row gains the year the case started (its cohort) and where it was when erased:
        // 'completed', 'ended' or 'open'. Still no name, no person id, no case id — only what
        // the coordinator's counts are made of, so the figures of a cohort do not vanish a
        // year after it closed. Rows of erasures before this step, and of an apprentice who had
        // no case, have neither (NULL) and are not counted.
        R"sql(
ALTER TABLE erasures ADD COLUMN cohort INTEGER;
ALTER TABLE erasures ADD COLUMN outcome TEXT;
)sql",
        // 10: several programmes on one server (issue 14). A loaded programme definition, in
        // its canonical form, with a revision that counts its loads; and the programme every
        // organisation, person and case belongs to. Everything before this step belongs to the
        // built-in pilot, whose id is the default. A coordinator manages only their own
        // programme; a care team never crosses programmes.
        R"sql(
CREATE TABLE programmes (
    id         TEXT PRIMARY KEY,
    revision   INTEGER NOT NULL,
    definition TEXT NOT NULL,
    loaded_at  TEXT NOT NULL,
    loaded_by  TEXT NOT NULL
);
ALTER TABLE organisations ADD COLUMN programme_id TEXT NOT NULL DEFAULT 'okab-air';
ALTER TABLE people ADD COLUMN programme_id TEXT NOT NULL DEFAULT 'okab-air';
ALTER TABLE cases ADD COLUMN programme_id TEXT NOT NULL DEFAULT 'okab-air';
ALTER TABLE erasures ADD COLUMN programme_id TEXT NOT NULL DEFAULT 'okab-air';
)sql",
        // 11: national sign-in (issue 21). A person's national identity number is never kept:
        // only its keyed hash (HMAC with a key outside the database), bound once through an
        // invite. A sign-in under way lives in the database, not in one node's memory, so that
        // the provider's redirect may reach any node behind the balancer; its state and the
        // one-time code handed to the app are kept as SHA-256 hashes and removed when used.
        // Devices say how they signed in and on what, for the person's list of devices.
        R"sql(
CREATE TABLE national_identities (
    id_hash   TEXT PRIMARY KEY,
    person_id TEXT NOT NULL UNIQUE REFERENCES people(id),
    provider  TEXT NOT NULL,
    bound_at  TEXT NOT NULL
);
CREATE TABLE sign_in_flows (
    state_hash    TEXT PRIMARY KEY,
    provider      TEXT NOT NULL,
    nonce         TEXT NOT NULL,
    verifier      TEXT NOT NULL,
    app_challenge TEXT NOT NULL,
    app_redirect  TEXT NOT NULL,
    app_state     TEXT NOT NULL,
    invite_hash   TEXT,
    expires       INTEGER NOT NULL
);
CREATE TABLE sign_in_codes (
    code_hash     TEXT PRIMARY KEY,
    person_id     TEXT NOT NULL,
    provider      TEXT NOT NULL,
    app_challenge TEXT NOT NULL,
    invite_hash   TEXT,
    expires       INTEGER NOT NULL
);
ALTER TABLE devices ADD COLUMN provider TEXT;
ALTER TABLE devices ADD COLUMN platform TEXT;
)sql",
        // 12: the store's epoch (issue 22): a random name this database gets when it is made and
        // again whenever it is restored from a backup. It travels in every welcome; a device that
        // sees it change knows the server may lack what it wrote since the backup, and sends that
        // again (LocalStore::adopt_server_epoch). Filled in by the server (store_epoch()).
        R"sql(
CREATE TABLE server_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
)sql",
    };
    return ladder;
}

Database open_server_database(const std::string &path)
{
    if (sql::is_postgres_uri(path)) {
        Database db(sql::open_postgres(path), sql::redacted_uri(path));
        migrate(db, server_migrations());
        return db;
    }
    Database db(path);
    db.exec("PRAGMA synchronous=FULL");
    // Every push lands on random pages of the op index (UUIDs): with SQLite's default 2 MB cache a
    // grown log re-reads them from the file on every push (bench B4 slowed run after run). The
    // server is one process with one connection; 64 MB of cache is cheap next to that.
    db.exec("PRAGMA cache_size=-65536");
    migrate(db, server_migrations());
    return db;
}

std::string store_epoch(Database &db)
{
    auto get = db.prepare("SELECT value FROM server_meta WHERE key = 'epoch'");
    if (get.step())
        return get.column_text(0);
    get.reset();
    return new_store_epoch(db);
}

std::string new_store_epoch(Database &db)
{
    const std::string epoch = new_uuid();
    Transaction tx(db);
    auto del = db.prepare("DELETE FROM server_meta WHERE key = 'epoch'");
    del.step();
    auto put = db.prepare("INSERT INTO server_meta (key, value) VALUES ('epoch', ?)");
    put.bind(1, epoch);
    put.step();
    tx.commit();
    return epoch;
}

void ring(Database &db, const char *channel)
{
    // The payload is the ring's wall-clock time in ms, a number and never data, so that a node
    // can tell how long delivery took (bro_doorbell_lag_seconds).
    if (db.dialect() == Dialect::postgres)
        db.exec(std::string("NOTIFY ") + channel + ", '" +
                std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::system_clock::now().time_since_epoch())
                                   .count()) +
                "'");
}

bool claim_job(Database &db, int job)
{
    if (db.dialect() != Dialect::postgres)
        return true;
    auto s = db.prepare("SELECT pg_try_advisory_xact_lock(7261100 + ?)");
    s.bind(1, job);
    return s.step() && s.column_int64(0) == 1;
}

} // namespace bro
