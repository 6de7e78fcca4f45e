#pragma once

#include "core/domain/supportcase.h"
#include "core/storage/caserepository.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace rapport {

class Workspace;

// CaseService opens and works complaints and service requests. Status moves along
//
//     new -> open | waiting | resolved | closed
//     open <-> waiting;  open | waiting -> resolved | closed
//     resolved -> closed | open (reopened)
//     closed: final
//
// Resolving (or closing an unresolved case) needs the resolution text and stamps resolved_at
// from the door's clock; reopening clears it. Saves check the row's version, so a case that
// changed meanwhile is a Conflict. Every write goes through the workspace's door (one
// transaction, with its history) and is announced on the change bus after the commit.
// remove(), reinstate() and restoreState() are the steps of undo and redo.
class CaseService final
{
    Q_DECLARE_TR_FUNCTIONS(CaseService)

public:
    explicit CaseService(Workspace &workspace);

    // Opens a case for its customer: opened now, owned by the signed-in user unless an owner is
    // given, status Open when owned (New when it waits in the queue).
    Result<qint64> open(SupportCase &supportCase);
    // Saves the case's fields, including a status change when it is an allowed move.
    Status save(SupportCase &supportCase);
    // Moves the case to `status` (with `resolution` when it resolves or closes it) and saves.
    Status setStatus(SupportCase &supportCase, CaseStatus status, const QString &resolution = {});
    // Takes an opened case back (undoing open()): deletes it while it is as `expected` (same
    // version) and no call or task hangs on it; a Conflict otherwise, deleting nothing.
    Status remove(const SupportCase &expected);
    // Writes a removed case back with the id and version it had (a redo of open()); a Conflict
    // when the id was taken meanwhile.
    Status reinstate(const SupportCase &supportCase);
    // Puts the case back into `state` (status, resolution and every other field, an undo or
    // redo of a save) while it is still at `expected`'s version; a Conflict when it changed
    // since. The moves between statuses are not checked: an undo walks a move back. On success
    // `state` holds the new version.
    Status restoreState(const SupportCase &expected, SupportCase &state);
    Result<SupportCase> get(qint64 id) { return m_repo.get(id); }
    // One case with its customer's name, read as its customer is: a customer out of the
    // signed-in user's View scope is Forbidden with the reason (CustomerAccess).
    Result<CaseListItem> item(qint64 id);
    Result<QList<SupportCase>> listForCustomer(qint64 customerId)
    {
        return m_repo.listForCustomer(customerId);
    }

    static bool canMove(CaseStatus from, CaseStatus to);
    // The statuses a case in `from` can move to, `from` first.
    static QList<CaseStatus> reachable(CaseStatus from);

private:
    static Status checkMove(const SupportCase &before, SupportCase &after, const QDateTime &now);
    static Error changedMeanwhile();

    Workspace &m_workspace;
    CaseRepository m_repo;
};

} // namespace rapport
