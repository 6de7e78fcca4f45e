#pragma once

#include "core/util/result.h"

struct sqlite3;

namespace rapport {

// Recomputes every history entry's changes digest and the hash chain over them (schema 14 moved
// the chain from the changes to their digest). Runs inside the migration's transaction, before
// the version is set, so a failure leaves the file as it was. An entry that did not fit the old
// chain (changed by hand before the upgrade) is given a digest of its changes as they are now:
// the upgrade cannot tell, so `check` should be run before upgrading a file one distrusts.
Status rechainHistory(sqlite3 *db);

} // namespace rapport
