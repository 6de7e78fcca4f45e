-- Schema 15: accounts (issue 13): passwords, teams and the stored permission matrix.
--
-- users gain:
--   password_hash        libsodium's crypto_pwhash_str string (argon2id, its parameters inside);
--                        NULL: the user has no password. Never recorded in the history.
--   password_changed_at  Unix seconds of the last password set or reset: the history records
--                        this column, so a password change is in the audit trail without its hash
--   failed_signins       failed sign-ins since the last good one (the growing delay), and
--   last_failed_at       when the last one was (Unix seconds); bookkeeping, not in the history
-- A database "requires passwords" once an active administrator has one.
ALTER TABLE users ADD COLUMN password_hash TEXT;
ALTER TABLE users ADD COLUMN password_changed_at INTEGER;
ALTER TABLE users ADD COLUMN failed_signins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN last_failed_at INTEGER;

-- Teams: a user belongs to none, one or several. A rep's "team" level reaches the customers
-- owned by everyone who shares a team with them.
CREATE TABLE teams (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE user_teams (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, team_id)
) WITHOUT ROWID;
CREATE INDEX user_teams_team ON user_teams(team_id, user_id);

-- The permission matrix as this database applies it: one row per role and permission
-- (PermissionMatrix, core/domain/permission.h), every row seeded from the defaults by a step in
-- C++ after this file (migrations.cpp), so that the policy in force is all in the file and a
-- later Rapport with other defaults never changes it silently. The administrator has no rows:
-- it always has every permission at 'all' (nobody can lock everyone out). A row missing (a
-- permission a later Rapport adds) reads as that Rapport's default.
CREATE TABLE permissions (
    role       TEXT NOT NULL CHECK (role IN ('manager', 'sales_rep', 'service_agent')),
    permission TEXT NOT NULL,
    level      TEXT NOT NULL CHECK (level IN ('none', 'own', 'team', 'all')),
    PRIMARY KEY (role, permission)
) WITHOUT ROWID;
