#pragma once

#include "core/domain/customer.h"
#include "core/domain/permission.h"
#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace rapport {

class Database;

// One customer in the trash, as the trash view lists it.
struct TrashEntry
{
    qint64 id = 0;
    CustomerKind kind = CustomerKind::Person;
    QString name;
    QDateTime deletedAt; // UTC
    int version = 0;
};

// TrashRepository reads the trash: the customers moved there (customers.deleted_at set), the
// most recently trashed first, through the partial index customers_trash, within the reader's
// scope (AccessPolicy::scope(Permission::View): a trashed customer keeps its owner). Moving to
// the trash, restoring and deleting for good are CustomerRepository's writes.
class TrashRepository final
{
    Q_DECLARE_TR_FUNCTIONS(TrashRepository)

public:
    explicit TrashRepository(const Database &db);

    // At most `limit` trashed customers in `scope`, newest first (ties by id, newest first).
    Result<QList<TrashEntry>> list(int limit, const CustomerScope &scope);
    // How many trashed customers `scope` reaches.
    Result<qint64> count(const CustomerScope &scope);

private:
    Statement m_list;
    Statement m_count;
};

} // namespace rapport
