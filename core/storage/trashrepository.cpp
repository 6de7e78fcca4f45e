#include "core/storage/trashrepository.h"

#include "core/storage/customerlistfilter.h"
#include "core/storage/repositorysupport.h"
#include "core/storage/sqlvalues.h"

#include <QSqlQuery>

namespace rapport {

TrashRepository::TrashRepository(const Database &db)
    : m_list(db,
             QStringLiteral("SELECT id, kind, name, deleted_at, version FROM customers "
                            "WHERE deleted_at IS NOT NULL")
                 + CustomerListFilter::scopeCondition(QStringLiteral("owner_id"))
                 + QStringLiteral(" ORDER BY deleted_at DESC, id DESC LIMIT ?"))
    , m_count(db,
              QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NOT NULL")
                  + CustomerListFilter::scopeCondition(QStringLiteral("owner_id")))
{}

Result<QList<TrashEntry>> TrashRepository::list(int limit, const CustomerScope &scope)
{
    repository::FinishGuard guard(m_list);
    QSqlQuery &q = m_list.query();
    CustomerListFilter::bindScope(scope, q, 0);
    q.bindValue(2, repository::pageSize(limit));
    if (Status s = m_list.exec(tr("Reading the trash")); !s)
        return s.error();
    QList<TrashEntry> entries;
    while (q.next()) {
        TrashEntry e;
        e.id = q.value(0).toLongLong();
        e.kind = repository::enumColumn(q.value(1), customerKindKeys, CustomerKind::Person);
        e.name = q.value(2).toString();
        e.deletedAt = sql::toDateTime(q.value(3));
        e.version = q.value(4).toInt();
        entries << e;
    }
    return entries;
}

Result<qint64> TrashRepository::count(const CustomerScope &scope)
{
    repository::FinishGuard guard(m_count);
    QSqlQuery &q = m_count.query();
    CustomerListFilter::bindScope(scope, q, 0);
    if (Status s = m_count.exec(tr("Reading the trash")); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace rapport
