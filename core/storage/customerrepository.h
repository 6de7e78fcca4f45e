#pragma once

#include "core/domain/contactpoint.h"
#include "core/domain/customer.h"
#include "core/storage/nativestatement.h"
#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace rapport {

class Database;

// CustomerRepository owns all SQL of the customer aggregate: the customer row, its tags and its
// contact points. Writes check the row's version (optimistic locking): a save over a row that
// changed since it was read is a Conflict, never a silent overwrite. Writes run inside the
// caller's transaction (the door's: a multi-row write is only atomic there) and take the time
// from the caller: a repository never reads the clock.
class CustomerRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRepository)

public:
    explicit CustomerRepository(const Database &db);

    // Validates, inserts with its tags, and sets id, version 1 and the timestamps (`now`).
    Result<qint64> insert(Customer &customer, const QDateTime &now);
    Result<Customer> get(qint64 id);
    // Saves every field and the tags; bumps customer.version on success.
    Status update(Customer &customer, const QDateTime &now);
    // Moves the customer to the trash (soft delete) or back at `now`; both check the version.
    Status moveToTrash(Customer &customer, const QDateTime &now);
    Status restore(Customer &customer, const QDateTime &now);
    // Deletes the customer for good, with everything that belongs to it.
    Status purge(qint64 id);
    // The same, only while the row is at customer.version (Conflict otherwise).
    Status purge(const Customer &customer);
    // Writes back a customer removed by purge() exactly as it was: same id, timestamps, version
    // and tags (undoing a removal). Conflict when its id was taken meanwhile.
    Status reinstate(const Customer &customer);
    // True when interactions, orders, cases, tasks, notes or survey answers refer to the customer.
    Result<bool> hasHistory(qint64 id);
    Result<qint64> countLive();

    // Adds a contact point (the first of its kind becomes primary; a new primary demotes the old).
    Result<qint64> addContactPoint(ContactPoint &point);
    Result<QList<ContactPoint>> contactPoints(qint64 customerId);
    Status updateContactPoint(ContactPoint &point);
    Status removeContactPoint(qint64 id);
    // Removes the point only while it is at point.version (Conflict otherwise).
    Status removeContactPoint(const ContactPoint &point);
    // Writes back a removed contact point exactly as it was (same id and version), as it is.
    Status reinstateContactPoint(const ContactPoint &point);

private:
    Status writeTags(qint64 customerId, const QStringList &tags);
    Result<QStringList> readTags(qint64 customerId);
    Status demoteOtherPrimaries(const ContactPoint &point);
    // After an UPDATE touched no row: tell a stale version from a missing row.
    Error customerStaleOrMissing(qint64 id);
    static QString staleText(const QString &what);
    Status setDeleted(Customer &customer, bool deleted, const QDateTime &at);

    NativeStatement m_insert; // the bulk path: C API binding
    Statement m_select;
    Statement m_update;
    Statement m_setDeleted;
    Statement m_purge;
    Statement m_purgeVersion;
    Statement m_reinstate;
    Statement m_hasHistory;
    Statement m_countLive;
    Statement m_clearTags;
    Statement m_ensureTag;
    Statement m_linkTag;
    Statement m_selectTags;
    Statement m_insertPoint;
    Statement m_selectPoints;
    Statement m_updatePoint;
    Statement m_deletePoint;
    Statement m_deletePointVersion;
    Statement m_reinstatePoint;
    Statement m_demotePoints;
    Statement m_hasPrimary;
    Statement m_customerExists;
    Statement m_pointExists;
};

} // namespace rapport
