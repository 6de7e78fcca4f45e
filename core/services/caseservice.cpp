#include "core/services/caseservice.h"

#include "core/services/changebus.h"
#include "core/services/customeraccess.h"
#include "core/services/door.h"
#include "core/services/workspace.h"

namespace rapport {

CaseService::CaseService(Workspace &workspace)
    : m_workspace(workspace)
    , m_repo(workspace.database())
{}

bool CaseService::canMove(CaseStatus from, CaseStatus to)
{
    using S = CaseStatus;
    if (from == to)
        return true;
    switch (from) {
    case S::New:
        return to != S::New;
    case S::Open:
    case S::Waiting:
        return to != S::New;
    case S::Resolved:
        return to == S::Closed || to == S::Open;
    case S::Closed:
        return false;
    }
    return false;
}

QList<CaseStatus> CaseService::reachable(CaseStatus from)
{
    QList<CaseStatus> statuses{from};
    for (std::size_t i = 0; i < caseStatusKeys.size(); ++i) {
        const auto to = static_cast<CaseStatus>(i);
        if (to != from && canMove(from, to))
            statuses << to;
    }
    return statuses;
}

Status CaseService::checkMove(const SupportCase &before, SupportCase &after, const QDateTime &now)
{
    const QString status = QStringLiteral("status");
    if (!canMove(before.status, after.status)) {
        if (before.status == CaseStatus::Closed)
            return Error(Error::Kind::Validation,
                         tr("The case is closed; open a new case for the customer instead."),
                         status);
        return Error(Error::Kind::Validation,
                     tr("A case cannot go from \"%1\" to \"%2\".")
                         .arg(caseStatusName(before.status), caseStatusName(after.status)),
                     status);
    }
    if (after.isFinished() && !before.isFinished()) {
        if (after.resolution.isEmpty())
            return Error(Error::Kind::Validation,
                         after.status == CaseStatus::Resolved
                             ? tr("Say how the case was resolved before resolving it.")
                             : tr("Say why the case is closed before closing it."),
                         QStringLiteral("resolution"));
        after.resolvedAt = now;
    } else if (!after.isFinished()) {
        after.resolvedAt = QDateTime(); // reopened (or never resolved)
    } else {
        after.resolvedAt = before.resolvedAt; // resolved -> closed keeps when it was resolved
    }
    return {};
}

Result<CaseListItem> CaseService::item(qint64 id)
{
    Result<CaseListItem> found = m_repo.workItem(id, CustomerScope::everything());
    if (!found)
        return found;
    if (Status s = CustomerAccess(m_workspace.database())
                       .check(m_workspace.access(), Permission::View, found->supportCase.customerId);
        !s)
        return s.error();
    return found;
}

Result<qint64> CaseService::open(SupportCase &supportCase)
{
    SupportCase draft = supportCase;
    draft.tidy();
    draft.id = 0;
    if (!draft.openedAt.isValid())
        draft.openedAt = m_workspace.now();
    if (!draft.ownerId)
        draft.ownerId = m_workspace.currentUserId();
    if (draft.status == CaseStatus::New && draft.ownerId)
        draft.status = CaseStatus::Open;
    if (draft.isFinished()) {
        if (draft.resolution.isEmpty())
            return Error(Error::Kind::Validation,
                         tr("Say how the case was resolved before resolving it."),
                         QStringLiteral("resolution"));
        if (!draft.resolvedAt.isValid())
            draft.resolvedAt = draft.openedAt;
    }
    Result<qint64> id = 0;
    const Status written = m_workspace.write({WriteAction::Create, draft.customerId},
                                             [&](WriteScope &w) -> Status {
                                                 id = m_repo.insert(draft);
                                                 if (!id)
                                                     return id.error();
                                                 w.notify({ChangeNotice::Entity::Case,
                                                           ChangeNotice::Action::Created,
                                                           {*id},
                                                           {draft.customerId}});
                                                 return {};
                                             });
    if (!written)
        return written.error();
    supportCase = draft;
    return id;
}

Error CaseService::changedMeanwhile()
{
    return Error(Error::Kind::Conflict,
                 tr("The case was changed by someone else since you opened it; reload it "
                    "and apply your change again."));
}

Status CaseService::save(SupportCase &supportCase)
{
    SupportCase draft = supportCase;
    draft.tidy();
    if (Status s = draft.validate(); !s && s.error().field() != QLatin1String("resolvedAt"))
        return s; // resolvedAt is the service's to set, below
    QList<qint64> customers{draft.customerId};
    const Status written = m_workspace.write({WriteAction::Edit, draft.customerId},
                                             [&](WriteScope &w) -> Status {
                                                 Result<SupportCase> stored = m_repo.get(draft.id);
                                                 if (!stored)
                                                     return stored.error();
                                                 if (stored->version != draft.version)
                                                     return changedMeanwhile();
                                                 if (Status s = checkMove(*stored, draft, w.now());
                                                     !s)
                                                     return s;
                                                 if (Status s = m_repo.update(draft); !s)
                                                     return s;
                                                 if (stored->customerId != draft.customerId)
                                                     customers << stored->customerId;
                                                 w.notify({ChangeNotice::Entity::Case,
                                                           ChangeNotice::Action::Updated,
                                                           {draft.id},
                                                           customers});
                                                 return {};
                                             });
    if (!written)
        return written;
    supportCase = draft;
    return {};
}

Status CaseService::remove(const SupportCase &expected)
{
    // Removing a record from a customer (mostly an undo) edits the customer: the matrix's
    // "delete" is deleting customers, which this is not.
    return m_workspace.write({WriteAction::Edit, expected.customerId}, [&](WriteScope &w) -> Status {
        Result<SupportCase> stored = m_repo.get(expected.id);
        if (!stored || stored->version != expected.version)
            return Error(Error::Kind::Conflict,
                         tr("The case %1 was changed or deleted since it was opened.")
                             .arg(caseReference(expected.id)));
        Result<bool> other = m_repo.hasOtherWork(expected.id, 0, 0);
        if (!other)
            return other.error();
        if (*other)
            return Error(Error::Kind::Conflict,
                         tr("Calls or tasks were added to the case %1 since it was opened.")
                             .arg(caseReference(expected.id)));
        if (Status s = m_repo.remove(expected.id); !s)
            return s;
        w.notify({ChangeNotice::Entity::Case,
                  ChangeNotice::Action::Deleted,
                  {expected.id},
                  {stored->customerId}});
        return {};
    });
}

Status CaseService::reinstate(const SupportCase &supportCase)
{
    return m_workspace.write({WriteAction::Create, supportCase.customerId},
                             [&](WriteScope &w) -> Status {
                                 if (Status s = m_repo.reinsert(supportCase); !s)
                                     return s;
                                 w.notify({ChangeNotice::Entity::Case,
                                           ChangeNotice::Action::Created,
                                           {supportCase.id},
                                           {supportCase.customerId}});
                                 return {};
                             });
}

Status CaseService::restoreState(const SupportCase &expected, SupportCase &state)
{
    SupportCase draft = state;
    draft.id = expected.id;
    QList<qint64> customers{draft.customerId};
    const Status written
        = m_workspace.write({WriteAction::Edit, draft.customerId}, [&](WriteScope &w) -> Status {
              Result<SupportCase> stored = m_repo.get(expected.id);
              if (!stored)
                  return Error(Error::Kind::Conflict,
                               tr("The case %1 was deleted since.").arg(caseReference(expected.id)));
              if (stored->version != expected.version)
                  return Error(Error::Kind::Conflict,
                               tr("The case %1 was changed since.").arg(caseReference(expected.id)));
              draft.version = stored->version;
              if (Status s = m_repo.update(draft); !s)
                  return s;
              if (stored->customerId != draft.customerId)
                  customers << stored->customerId;
              w.notify({ChangeNotice::Entity::Case,
                        ChangeNotice::Action::Updated,
                        {draft.id},
                        customers});
              return {};
          });
    if (!written)
        return written;
    state = draft;
    return {};
}

Status CaseService::setStatus(SupportCase &supportCase, CaseStatus status, const QString &resolution)
{
    SupportCase draft = supportCase;
    draft.status = status;
    if (!resolution.trimmed().isEmpty())
        draft.resolution = resolution;
    if (Status s = save(draft); !s)
        return s;
    supportCase = draft;
    return {};
}

} // namespace rapport
