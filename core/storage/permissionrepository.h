#pragma once

#include "core/domain/permission.h"
#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>

#include <optional>

struct sqlite3;

namespace rapport {

class Database;

// PermissionRepository owns the SQL of the stored permission matrix (the permissions table,
// schema 15) and the one look-up the door's permission check needs: a customer's owner.
class PermissionRepository final
{
    Q_DECLARE_TR_FUNCTIONS(PermissionRepository)

public:
    explicit PermissionRepository(const Database &db);

    // The matrix in force: the defaults overlaid by every stored row (all of them, normally).
    Result<PermissionMatrix> matrix();
    // Writes the rows of `matrix` that differ from the stored ones (the administrator's are
    // never stored). Run inside the door's transaction, so each change is in the history.
    Status save(const PermissionMatrix &matrix);
    // The owner of customer `customerId` (nothing when it has none); NotFound when no such
    // customer exists.
    Result<std::optional<qint64>> customerOwner(qint64 customerId);

    // Stores PermissionMatrix::defaults() in full: the migration to schema 15 calls it.
    static Status seedDefaults(sqlite3 *db);

private:
    Statement m_select;
    Statement m_upsert;
    Statement m_owner;
};

} // namespace rapport
