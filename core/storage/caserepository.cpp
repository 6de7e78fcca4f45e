#include "core/storage/caserepository.h"

#include "core/storage/customerlistfilter.h"
#include "core/storage/database.h"
#include "core/storage/repositorysupport.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqlvalues.h"

#include <QSqlQuery>

#include <algorithm>

#define CASE_COLUMNS \
    "id, customer_id, kind, subject, description, category, status, priority, owner_id, " \
    "opened_at, resolved_at, resolution, version"
#define CASE_ITEM_COLUMNS \
    "c.id, c.customer_id, c.kind, c.subject, c.description, c.category, c.status, c.priority, " \
    "c.owner_id, c.opened_at, c.resolved_at, c.resolution, c.version, cu.name"

namespace rapport {
namespace {

using namespace repository;

SupportCase readCase(const QSqlQuery &q)
{
    SupportCase c;
    c.id = q.value(0).toLongLong();
    c.customerId = q.value(1).toLongLong();
    c.kind = enumColumn(q.value(2), caseKindKeys, CaseKind::ServiceRequest);
    c.subject = q.value(3).toString();
    c.description = q.value(4).toString();
    c.category = q.value(5).toString();
    c.status = enumColumn(q.value(6), caseStatusKeys, CaseStatus::Open);
    c.priority = enumColumn(q.value(7), priorityKeys, Priority::Normal);
    c.ownerId = sql::toId(q.value(8));
    c.openedAt = sql::toDateTime(q.value(9));
    c.resolvedAt = sql::toDateTime(q.value(10));
    c.resolution = q.value(11).toString();
    c.version = q.value(12).toInt();
    return c;
}

void bindCase(QSqlQuery &q, const SupportCase &c)
{
    q.bindValue(0, c.customerId);
    q.bindValue(1, int(c.kind));
    q.bindValue(2, c.subject);
    q.bindValue(3, sql::fromText(c.description));
    q.bindValue(4, sql::fromText(c.category));
    q.bindValue(5, int(c.status));
    q.bindValue(6, int(c.priority));
    q.bindValue(7, sql::fromId(c.ownerId));
    q.bindValue(8, sql::fromDateTime(c.openedAt));
    q.bindValue(9, sql::fromDateTime(c.resolvedAt));
    q.bindValue(10, sql::fromText(c.resolution));
}

CaseListItem readItem(const QSqlQuery &q)
{
    return {readCase(q), q.value(13).toString()};
}

QList<SupportCase> readCases(QSqlQuery &q)
{
    QList<SupportCase> cases;
    while (q.next())
        cases << readCase(q);
    return cases;
}

} // namespace

CaseRepository::CaseRepository(const Database &db)
    : m_insert(db,
               QStringLiteral("INSERT INTO cases (customer_id, kind, subject, description, "
                              "category, status, priority, owner_id, opened_at, resolved_at, "
                              "resolution, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"))
    , m_select(db, QStringLiteral("SELECT " CASE_COLUMNS " FROM cases WHERE id = ?"))
    , m_update(db,
               QStringLiteral("UPDATE cases SET customer_id = ?, kind = ?, subject = ?, "
                              "description = ?, category = ?, status = ?, priority = ?, "
                              "owner_id = ?, opened_at = ?, resolved_at = ?, resolution = ?, "
                              "version = version + 1 WHERE id = ? AND version = ?"))
    , m_delete(db, QStringLiteral("DELETE FROM cases WHERE id = ?"))
    , m_reinsert(db,
                 QStringLiteral("INSERT INTO cases (customer_id, kind, subject, description, "
                                "category, status, priority, owner_id, opened_at, resolved_at, "
                                "resolution, version, id) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_exists(db, QStringLiteral("SELECT 1 FROM cases WHERE id = ?"))
    , m_listForCustomer(db,
                        QStringLiteral("SELECT " CASE_COLUMNS " FROM cases "
                                       "WHERE customer_id = ? "
                                       "ORDER BY opened_at DESC, id DESC LIMIT ?"))
    // The statuses arrive as a bit set (bit n for status n) so that any choice of them is one
    // bound value; `owner_id IS ?` matches NULL too and still uses cases_owner_status.
    , m_listForOwner(db,
                     QStringLiteral("SELECT " CASE_COLUMNS " FROM cases "
                                    "WHERE owner_id IS ? AND ((1 << status) & ?) <> 0 "
                                    "ORDER BY priority DESC, opened_at, id LIMIT ?"))
    // Statuses 0..2 are new, open and waiting: the unfinished ones. The reader's scope tests the
    // case's customer's owner (two values, CustomerListFilter::bindScope).
    , m_workQueue(db,
                  QStringLiteral("SELECT " CASE_ITEM_COLUMNS " FROM cases c "
                                 "JOIN customers cu ON cu.id = c.customer_id "
                                 "WHERE c.owner_id IS ? AND c.status IN (0, 1, 2)")
                      + CustomerListFilter::scopeCondition(QStringLiteral("cu.owner_id"))
                      + QStringLiteral(" ORDER BY c.priority DESC, c.opened_at, c.id LIMIT ?"))
    , m_workItem(db,
                 QStringLiteral("SELECT " CASE_ITEM_COLUMNS " FROM cases c "
                                "JOIN customers cu ON cu.id = c.customer_id WHERE c.id = ?")
                     + CustomerListFilter::scopeCondition(QStringLiteral("cu.owner_id")))
    // The partial indexes interactions_case and tasks_case answer both.
    , m_otherWork(db,
                  QStringLiteral("SELECT EXISTS (SELECT 1 FROM interactions WHERE case_id = ? "
                                 "AND id <> ?) OR EXISTS (SELECT 1 FROM tasks "
                                 "WHERE case_id = ? AND id <> ?)"))
{}

Result<qint64> CaseRepository::insert(SupportCase &supportCase)
{
    if (Status s = supportCase.validate(); !s)
        return s.error();
    QSqlQuery &q = m_insert.query();
    bindCase(q, supportCase);
    if (Status s = m_insert.exec(tr("Saving the case")); !s) {
        if (brokenConstraint(q) == Constraint::ForeignKey)
            return Error(Error::Kind::Validation,
                         tr("The case's customer or owner does not exist any more."),
                         QStringLiteral("customerId"));
        return s.error();
    }
    supportCase.id = q.lastInsertId().toLongLong();
    supportCase.version = 1;
    return supportCase.id;
}

Result<SupportCase> CaseRepository::get(qint64 id)
{
    FinishGuard guard(m_select);
    QSqlQuery &q = m_select.query();
    q.bindValue(0, id);
    if (Status s = m_select.exec(tr("Reading the case")); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Kind::NotFound, tr("Case %1 does not exist.").arg(caseReference(id)));
    return readCase(q);
}

Status CaseRepository::update(SupportCase &supportCase)
{
    if (Status s = supportCase.validate(); !s)
        return s;
    QSqlQuery &q = m_update.query();
    bindCase(q, supportCase);
    q.bindValue(11, supportCase.id);
    q.bindValue(12, supportCase.version);
    const QString what = tr("Saving the case");
    if (Status s = m_update.exec(what); !s) {
        if (brokenConstraint(q) == Constraint::ForeignKey)
            return Error(Error::Kind::Validation,
                         tr("The case's customer or owner does not exist any more."),
                         QStringLiteral("customerId"));
        return s;
    }
    if (q.numRowsAffected() != 1)
        return staleOrMissing(m_exists,
                              supportCase.id,
                              tr("The case was changed by someone else since you opened it; "
                                 "reload it and apply your change again."),
                              tr("The case does not exist any more."),
                              what);
    ++supportCase.version;
    return {};
}

Status CaseRepository::remove(qint64 id)
{
    QSqlQuery &q = m_delete.query();
    q.bindValue(0, id);
    if (Status s = m_delete.exec(tr("Deleting the case")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error(Error::Kind::NotFound, tr("The case does not exist any more."));
    return {};
}

Status CaseRepository::reinsert(const SupportCase &supportCase)
{
    if (Status s = supportCase.validate(); !s)
        return s;
    QSqlQuery &q = m_reinsert.query();
    bindCase(q, supportCase);
    q.bindValue(11, std::max(supportCase.version, 1));
    q.bindValue(12, supportCase.id);
    if (Status s = m_reinsert.exec(tr("Saving the case")); !s) {
        switch (brokenConstraint(q)) {
        case Constraint::Unique:
            return Error(Error::Kind::Conflict,
                         tr("Another case has taken the number %1 meanwhile.").arg(supportCase.id));
        case Constraint::ForeignKey:
            return Error(Error::Kind::Validation,
                         tr("The case's customer or owner does not exist any more."),
                         QStringLiteral("customerId"));
        default:
            return s;
        }
    }
    return {};
}

Result<bool> CaseRepository::hasOtherWork(qint64 caseId, qint64 exceptInteraction, qint64 exceptTask)
{
    FinishGuard guard(m_otherWork);
    QSqlQuery &q = m_otherWork.query();
    q.bindValue(0, caseId);
    q.bindValue(1, exceptInteraction);
    q.bindValue(2, caseId);
    q.bindValue(3, exceptTask);
    if (Status s = m_otherWork.exec(tr("Reading the case's calls and tasks")); !s)
        return s.error();
    return q.next() && q.value(0).toBool();
}

Result<QList<SupportCase>> CaseRepository::listForCustomer(qint64 customerId, int limit)
{
    FinishGuard guard(m_listForCustomer);
    QSqlQuery &q = m_listForCustomer.query();
    q.bindValue(0, customerId);
    q.bindValue(1, pageSize(limit));
    if (Status s = m_listForCustomer.exec(tr("Reading the cases")); !s)
        return s.error();
    return readCases(q);
}

Result<QList<SupportCase>> CaseRepository::listForOwner(std::optional<qint64> ownerId,
                                                        const QList<CaseStatus> &statuses,
                                                        int limit)
{
    int mask = statuses.isEmpty() ? (1 << caseStatusKeys.size()) - 1 : 0;
    for (CaseStatus status : statuses)
        mask |= 1 << int(status);
    FinishGuard guard(m_listForOwner);
    QSqlQuery &q = m_listForOwner.query();
    q.bindValue(0, sql::fromId(ownerId));
    q.bindValue(1, mask);
    q.bindValue(2, pageSize(limit));
    if (Status s = m_listForOwner.exec(tr("Reading the cases")); !s)
        return s.error();
    return readCases(q);
}

Result<QList<CaseListItem>> CaseRepository::workQueue(std::optional<qint64> ownerId,
                                                      const CustomerScope &scope,
                                                      int limit)
{
    FinishGuard guard(m_workQueue);
    QSqlQuery &q = m_workQueue.query();
    q.bindValue(0, sql::fromId(ownerId));
    CustomerListFilter::bindScope(scope, q, 1);
    q.bindValue(3, pageSize(limit));
    if (Status s = m_workQueue.exec(tr("Reading the cases")); !s)
        return s.error();
    QList<CaseListItem> items;
    while (q.next())
        items << readItem(q);
    return items;
}

Result<CaseListItem> CaseRepository::workItem(qint64 id, const CustomerScope &scope)
{
    FinishGuard guard(m_workItem);
    QSqlQuery &q = m_workItem.query();
    q.bindValue(0, id);
    CustomerListFilter::bindScope(scope, q, 1);
    if (Status s = m_workItem.exec(tr("Reading the case")); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Kind::NotFound, tr("Case %1 does not exist.").arg(caseReference(id)));
    return readItem(q);
}

} // namespace rapport
