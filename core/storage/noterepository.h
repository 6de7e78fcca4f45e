#pragma once

#include "core/domain/customernote.h"
#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace rapport {

class Database;

// NoteRepository owns all SQL of the customer_notes table. Writes check the row's version
// (optimistic locking). It opens no transaction itself. It keeps prepared statements, so it must
// not outlive `db`.
class NoteRepository final
{
    Q_DECLARE_TR_FUNCTIONS(NoteRepository)

public:
    explicit NoteRepository(const Database &db);

    // Validates, inserts, and sets id, version 1 and the times to `now` (createdAt only when it
    // is null).
    Result<qint64> insert(CustomerNote &note, const QDateTime &now);
    Result<CustomerNote> get(qint64 id);
    // Saves the body and the author; bumps note.version and sets updatedAt to `now` on success.
    Status update(CustomerNote &note, const QDateTime &now);
    Status remove(qint64 id);
    // The customer's notes, newest first.
    Result<QList<CustomerNote>> listForCustomer(qint64 customerId, int limit = 100);

private:
    Error writeError(const QSqlQuery &query, const QString &what) const;

    Statement m_insert;
    Statement m_select;
    Statement m_update;
    Statement m_delete;
    Statement m_exists;
    Statement m_listForCustomer;
};

} // namespace rapport
