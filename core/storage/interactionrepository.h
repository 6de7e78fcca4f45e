#pragma once

#include "core/domain/interaction.h"
#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace rapport {

class Database;

// Where a page of a customer's timeline ended: the next page holds the interactions strictly
// older than this one. The id breaks ties between interactions logged in the same second, so
// paging never skips nor repeats one. To start at a time instead, use {time, 0}.
struct InteractionCursor
{
    QDateTime occurredAt;
    qint64 id = 0;

    static InteractionCursor after(const Interaction &last) { return {last.occurredAt, last.id}; }
};

// InteractionRepository owns all SQL of the interactions table: the customer timeline of calls,
// mails and visits, the biggest table of all. Writes check the row's version (optimistic
// locking). It opens no transaction itself. It keeps prepared statements, so it must not outlive
// `db`.
class InteractionRepository final
{
    Q_DECLARE_TR_FUNCTIONS(InteractionRepository)

public:
    explicit InteractionRepository(const Database &db);

    // Validates, inserts, and sets id and version 1.
    Result<qint64> insert(Interaction &interaction);
    Result<Interaction> get(qint64 id);
    // Saves every field; bumps interaction.version on success.
    Status update(Interaction &interaction);
    Status remove(qint64 id);
    // Inserts a removed row again with the id (and version) it had, as an undo of its removal
    // does; a Conflict when another row holds that id now.
    Status reinsert(const Interaction &interaction);
    // One page of the customer's timeline, newest first: the first page without a cursor, the
    // next ones with InteractionCursor::after(the last one shown). Keyset paging, so every page
    // costs the same however far back it lies.
    Result<QList<Interaction>> listForCustomer(qint64 customerId,
                                               int limit,
                                               std::optional<InteractionCursor> olderThan = {});

private:
    Error writeError(const QSqlQuery &query, const QString &what) const;

    Statement m_insert;
    Statement m_select;
    Statement m_update;
    Statement m_delete;
    Statement m_reinsert;
    Statement m_exists;
    Statement m_listFirst;
    Statement m_listOlder;
};

} // namespace rapport
