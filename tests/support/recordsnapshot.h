#pragma once

#include <QStringList>

namespace rapport {
class Database;
}

namespace rapport::test {

// The stored rows of one customer as text, read straight from the tables: the customer row, its
// tags, contact points and relationships, in a stable order. The bookkeeping columns a write
// always moves on (version, updated_at) are left out unless `withVersions`, so two snapshots
// compare equal when the data a user sees is exactly the same. Empty when the customer is gone.
QStringList recordSnapshot(Database &db, qint64 customerId, bool withVersions = false);

} // namespace rapport::test
