#pragma once

#include "core/domain/permission.h"
#include "core/util/result.h"

#include <QCoreApplication>

#include <optional>

namespace rapport {

class Database;

// AccessPolicy is what one signed-in user may do on one database: their role's levels in the
// permission matrix, resolved to concrete customer scopes (their own id, or every member of the
// teams they belong to). Writes ask it through the door's permission check; every reader (the
// customer list and its counts, search, the 360° view, dashboards, reports, exports, the CLI)
// filters by scope(View) or scope(SeeDashboards) / scope(Export).
//
// A database where nobody is signed in and no user has a password is unrestricted, as before
// roles existed.
class AccessPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)

public:
    // Everything allowed (nobody signed in on a database without passwords).
    static AccessPolicy unrestricted();
    // Nothing allowed: nobody signed in on a database that requires passwords (or a user who
    // has no password there).
    static AccessPolicy signedOut();
    // The policy of `userId` on `db`: their role, their teams' members and the stored matrix.
    // A deactivated user's policy allows nothing.
    static Result<AccessPolicy> forUser(const Database &db, qint64 userId);

    bool isUnrestricted() const { return !m_userId && !m_signedOut; }
    bool isSignedOut() const { return m_signedOut; }
    std::optional<qint64> userId() const { return m_userId; }
    Role role() const { return m_role; }
    const PermissionMatrix &matrix() const { return m_matrix; }
    // The user and everyone sharing a team with them, sorted (the "team" level's owners).
    const QList<qint64> &teamMembers() const { return m_teamMembers; }

    AccessLevel level(Permission permission) const;
    // Whether the permission reaches any customer at all (for enabling actions).
    bool allowsAny(Permission permission) const { return level(permission) != AccessLevel::None; }
    // The customers `permission` reaches.
    CustomerScope scope(Permission permission) const;
    // Success, or a Forbidden error with one translated sentence saying what the role may not
    // do, for a customer owned by `ownerId` (nothing for an action on no particular customer).
    Status check(Permission permission, std::optional<qint64> ownerId = std::nullopt) const;
    // The sentence a refused `permission` gives (also the tooltip of a disabled action).
    QString refusal(Permission permission) const;

private:
    std::optional<qint64> m_userId;
    bool m_signedOut = false;
    Role m_role = Role::Administrator;
    PermissionMatrix m_matrix;
    QList<qint64> m_teamMembers; // sorted: the user and everyone sharing a team with them
};

} // namespace rapport
