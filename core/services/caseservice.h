#pragma once

#include "core/domain/supportcase.h"
#include "core/storage/caserepository.h"
#include "core/util/result.h"

#include <QCoreApplication>
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
// from the workspace's clock; reopening clears it. Saves check the row's version, so a case that
// changed meanwhile is a Conflict. Every committed write is announced on the change bus.
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
    Result<SupportCase> get(qint64 id) { return m_repo.get(id); }
    Result<CaseListItem> item(qint64 id) { return m_repo.workItem(id); }
    Result<QList<SupportCase>> listForCustomer(qint64 customerId)
    {
        return m_repo.listForCustomer(customerId);
    }

    static bool canMove(CaseStatus from, CaseStatus to);
    // The statuses a case in `from` can move to, `from` first.
    static QList<CaseStatus> reachable(CaseStatus from);

private:
    Status checkMove(const SupportCase &before, SupportCase &after) const;

    Workspace &m_workspace;
    CaseRepository m_repo;
};

} // namespace rapport
