#include "core/storage/permissionrepository.h"

#include "core/domain/enumkeys.h"
#include "core/storage/database.h"
#include "core/storage/repositorysupport.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqlvalues.h"

#include <QSqlQuery>

#include <sqlite3.h>

namespace rapport {
namespace {

using namespace repository;

constexpr std::array<Role, 3> StoredRoles{Role::Manager, Role::SalesRep, Role::ServiceAgent};

} // namespace

PermissionRepository::PermissionRepository(const Database &db)
    : m_select(db, QStringLiteral("SELECT role, permission, level FROM permissions"))
    , m_upsert(db,
               QStringLiteral("INSERT INTO permissions (role, permission, level) VALUES (?, ?, ?) "
                              "ON CONFLICT (role, permission) DO UPDATE SET level = excluded.level "
                              "WHERE level IS NOT excluded.level"))
    , m_owner(db, QStringLiteral("SELECT owner_id FROM customers WHERE id = ?"))
{}

Result<PermissionMatrix> PermissionRepository::matrix()
{
    PermissionMatrix m = PermissionMatrix::defaults();
    FinishGuard guard(m_select);
    QSqlQuery &q = m_select.query();
    if (Status s = m_select.exec(tr("Reading the permission matrix")); !s)
        return s.error();
    while (q.next()) {
        const auto role = enumFromKey<Role>(q.value(0).toString(), roleKeys);
        const auto permission = enumFromKey<Permission>(q.value(1).toString(), permissionKeys);
        const auto level = enumFromKey<AccessLevel>(q.value(2).toString(), accessLevelKeys);
        // A key this build does not know (a newer Rapport's) is left to that Rapport.
        if (role && permission && level)
            m.set(*role, *permission, *level);
    }
    return m;
}

Status PermissionRepository::save(const PermissionMatrix &matrix)
{
    const QString what = tr("Saving the permission matrix");
    for (Role role : StoredRoles) {
        for (int p = 0; p < PermissionCount; ++p) {
            const auto permission = static_cast<Permission>(p);
            QSqlQuery &q = m_upsert.query();
            q.bindValue(0, enumKey(role, roleKeys));
            q.bindValue(1, enumKey(permission, permissionKeys));
            q.bindValue(2, enumKey(matrix.level(role, permission), accessLevelKeys));
            if (Status s = m_upsert.exec(what); !s)
                return s;
        }
    }
    return {};
}

Result<std::optional<qint64>> PermissionRepository::customerOwner(qint64 customerId)
{
    FinishGuard guard(m_owner);
    QSqlQuery &q = m_owner.query();
    q.bindValue(0, customerId);
    if (Status s = m_owner.exec(tr("Reading the customer's owner")); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Kind::NotFound, tr("Customer %1 does not exist.").arg(customerId));
    return sql::toId(q.value(0));
}

Status PermissionRepository::seedDefaults(sqlite3 *db)
{
    const PermissionMatrix defaults = PermissionMatrix::defaults();
    sqlite3_stmt *s = nullptr;
    int rc = sqlite3_prepare_v2(db,
                                "INSERT OR REPLACE INTO permissions (role, permission, level) "
                                "VALUES (?, ?, ?)",
                                -1,
                                &s,
                                nullptr);
    for (Role role : StoredRoles) {
        for (std::size_t p = 0; rc == SQLITE_OK && p < permissionKeys.size(); ++p) {
            const AccessLevel level = defaults.level(role, static_cast<Permission>(p));
            sqlite3_bind_text(s, 1, roleKeys[std::size_t(role)], -1, SQLITE_STATIC);
            sqlite3_bind_text(s, 2, permissionKeys[p], -1, SQLITE_STATIC);
            sqlite3_bind_text(s, 3, accessLevelKeys[std::size_t(level)], -1, SQLITE_STATIC);
            rc = sqlite3_step(s) == SQLITE_DONE ? sqlite3_reset(s) : sqlite3_errcode(db);
        }
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_OK)
        return sqliteError(rc,
                           QString::fromUtf8(sqlite3_errmsg(db)),
                           tr("Storing the default permission matrix"));
    return {};
}

} // namespace rapport
