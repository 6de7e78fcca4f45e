#pragma once

#include "core/util/result.h"

struct sqlite3;

namespace rapport {

// The numbered schema migrations, kept as SQL resources (:/rapport/migrations/NNNN_name.sql).
// Each one runs in its own BEGIN IMMEDIATE transaction together with the PRAGMA user_version
// bump, so a database is always at exactly one schema version.
namespace migrations {

int latestVersion();
// Applies every migration above the database's user_version, up to `target` (default: latest).
Status migrate(sqlite3 *db, int target = -1);

} // namespace migrations
} // namespace rapport
