#pragma once

#include "core/domain/relationship.h"
#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>

namespace rapport {

class Database;

// RelationshipRepository owns all SQL of the relationships table: the links between customers
// (works at, subsidiary of...). Writes check the row's version (optimistic locking). It opens no
// transaction itself. It keeps prepared statements, so it must not outlive `db`.
class RelationshipRepository final
{
    Q_DECLARE_TR_FUNCTIONS(RelationshipRepository)

public:
    explicit RelationshipRepository(const Database &db);

    // Validates, inserts, and sets id and version 1. The same link twice is refused.
    Result<qint64> insert(Relationship &relationship);
    Result<Relationship> get(qint64 id);
    // Saves every field; bumps relationship.version on success.
    Status update(Relationship &relationship);
    Status remove(qint64 id);
    // Removes the link only while it is at relationship.version (Conflict otherwise).
    Status remove(const Relationship &relationship);
    // Writes back a removed link exactly as it was (same id and version).
    Status reinstate(const Relationship &relationship);
    // Every link the customer takes part in, from either end, by kind and then oldest first.
    Result<QList<Relationship>> listForCustomer(qint64 customerId, int limit = 500);

private:
    Error writeError(const QSqlQuery &query, const QString &what) const;

    Statement m_insert;
    Statement m_select;
    Statement m_update;
    Statement m_delete;
    Statement m_deleteVersion;
    Statement m_reinstate;
    Statement m_exists;
    Statement m_listForCustomer;
};

} // namespace rapport
