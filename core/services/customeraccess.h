#pragma once

#include "core/services/accesspolicy.h"
#include "core/util/result.h"

#include <QCoreApplication>

#include <memory>

namespace rapport {

class Database;
class PermissionRepository;

// CustomerAccess answers, before the user tries, what the door's permission check would answer
// for an action on one customer: whether the policy's level for the permission reaches that
// customer's owner. The UI enables "Edit Customer…", "Move to Trash" or "Erase Personal Data…"
// with it, and shows the sentence as the reason when it refuses. The door still checks every
// write: this only keeps the user from asking for what will be refused.
class CustomerAccess final
{
    Q_DECLARE_TR_FUNCTIONS(CustomerAccess)

public:
    explicit CustomerAccess(const Database &db);
    ~CustomerAccess();
    CustomerAccess(const CustomerAccess &) = delete;
    CustomerAccess &operator=(const CustomerAccess &) = delete;

    // Success, or Forbidden with one sentence: the role's refusal when the permission reaches no
    // customer, or why this customer is out of its reach (only "own" or "team" customers). A
    // customer that does not exist is decided on the level alone, as the door does.
    Status check(const AccessPolicy &access, Permission permission, qint64 customerId);

    // The sentence for a customer out of a level's reach ("own", "team"); the plain refusal for
    // the other levels.
    static QString outOfReach(const AccessPolicy &access, Permission permission);

private:
    std::unique_ptr<PermissionRepository> m_owners;
};

} // namespace rapport
