#pragma once

#include "core/domain/permission.h"
#include "core/domain/supportcase.h"
#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace rapport {

class Database;

// A case as a work list shows it: with the name of its customer.
struct CaseListItem
{
    SupportCase supportCase;
    QString customerName;
};

// CaseRepository owns all SQL of the cases table (complaints and service requests). Writes check
// the row's version (optimistic locking). It opens no transaction itself. It keeps prepared
// statements, so it must not outlive `db`.
class CaseRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)

public:
    explicit CaseRepository(const Database &db);

    // Validates, inserts, and sets id and version 1.
    Result<qint64> insert(SupportCase &supportCase);
    Result<SupportCase> get(qint64 id);
    // Saves every field; bumps supportCase.version on success.
    Status update(SupportCase &supportCase);
    // Deletes the case with its tasks; interactions logged on it stay, without the case.
    Status remove(qint64 id);
    // Inserts a removed row again with the id (and version) it had, as an undo of its removal
    // does; a Conflict when another row holds that id now.
    Status reinsert(const SupportCase &supportCase);
    // Whether a call other than `exceptInteraction` is logged on the case, or a task other than
    // `exceptTask` belongs to it: removing the case would then take their link (or them) along.
    Result<bool> hasOtherWork(qint64 caseId, qint64 exceptInteraction, qint64 exceptTask);
    // The customer's cases, newest first.
    Result<QList<SupportCase>> listForCustomer(qint64 customerId, int limit = 100);
    // An agent's work queue: the cases of `ownerId` (no owner: the unassigned ones) in one of
    // `statuses` (empty: any), most urgent first and, within a priority, oldest first.
    Result<QList<SupportCase>> listForOwner(std::optional<qint64> ownerId,
                                            const QList<CaseStatus> &statuses,
                                            int limit = 500);
    // The unfinished cases (new, open, waiting) of `ownerId` (none: the unassigned ones) with
    // their customers' names, in listForOwner()'s order; only those about a customer in the
    // reader's `scope` (AccessPolicy::scope(Permission::View)).
    Result<QList<CaseListItem>> workQueue(std::optional<qint64> ownerId,
                                          const CustomerScope &scope,
                                          int limit = 500);
    // One case with its customer's name (NotFound when it is gone or its customer is out of
    // `scope`).
    Result<CaseListItem> workItem(qint64 id, const CustomerScope &scope);

private:
    Statement m_insert;
    Statement m_select;
    Statement m_update;
    Statement m_delete;
    Statement m_reinsert;
    Statement m_exists;
    Statement m_listForCustomer;
    Statement m_listForOwner;
    Statement m_workQueue;
    Statement m_workItem;
    Statement m_otherWork;
};

} // namespace rapport
