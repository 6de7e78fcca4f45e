#pragma once

#include "core/domain/contactpoint.h"
#include "core/domain/customer.h"
#include "core/domain/phonenumber.h"
#include "core/domain/user.h"
#include "core/services/changebus.h"
#include "core/services/customerrecord.h"
#include "core/storage/customerrepository.h"
#include "core/storage/relationshiprepository.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>

namespace rapport {

class Workspace;
class WriteScope;

// CustomerService is the use case layer for customers that the UI and the CLI call: every write
// tidies and validates the values, then passes the workspace's door (Door::write: the permission
// check, one transaction, the door's clock for every time stamp, the history of each row
// changed), and the change is announced on the bus after the commit.
//
// Whole records (customer, contact points, relationships) are saved as the difference between
// the record as it was read and the record as it should be: only rows that differ are written,
// each checked against the version it was read at, all in one transaction. A stale version
// anywhere is a Conflict and nothing is written. Undo is the same call the other way round.
class CustomerService final
{
    Q_DECLARE_TR_FUNCTIONS(CustomerService)

public:
    // Reads through the workspace's connection and writes through its door. The Workspace owns
    // one (Workspace::customers()); it must not outlive the workspace.
    explicit CustomerService(Workspace &workspace);

    // Creates the customer together with its contact points, all or nothing.
    Result<qint64> create(Customer &customer, QList<ContactPoint> &points);
    // Creates the whole record (customer, contact points, relationships: the customer's end of
    // a link is 0 before it exists), all or nothing; fills in the ids and versions.
    Result<qint64> create(CustomerRecord &record);
    Status update(Customer &customer);
    Status moveToTrash(Customer &customer);
    Status restore(Customer &customer);
    Result<Customer> get(qint64 id) { return m_repo.get(id); }
    Result<QList<ContactPoint>> contactPoints(qint64 id) { return m_repo.contactPoints(id); }

    // The customer with its contact points and relationships, as stored now.
    Result<CustomerRecord> record(qint64 id);
    // Writes what differs between `from` (the record as read, with its versions) and `to` (the
    // record as it should be); on success `to` carries the new ids and versions. Rows of `to`
    // with an id that `from` does not hold are written back with that id and version (undoing a
    // removal). Nothing is written when the records do not differ.
    //
    // SaveCheck::Content is for undo and redo, which move versions on themselves: each field and
    // row to be written must still hold what `from` says (read in the same transaction),
    // whatever its version, and the fields the step does not change keep what is stored now. A
    // field or row changed meanwhile is a Conflict, so going back never overwrites a change.
    enum class SaveCheck { Versions, Content };
    Status save(const CustomerRecord &from,
                CustomerRecord &to,
                SaveCheck check = SaveCheck::Versions);
    // Deletes a customer for good while it still holds exactly what `expected` holds (undoing its
    // creation): a Conflict when it changed since, or when history (calls, orders, cases, tasks, notes)
    // refers to it.
    Status purge(const CustomerRecord &expected);
    // Writes a purged record back with its ids and versions (redoing a creation).
    Status reinstate(const CustomerRecord &record);
    // Deletes a customer in the trash for good, with its whole history; only while it is at
    // `version` and in the trash.
    Status deleteForGood(qint64 id, int version);
    // Undo and redo of trash moves: into (or out of) the trash whatever the version, but a
    // Conflict when someone else moved it there (or out) already. Updates `customer`.
    Status moveInOrOutOfTrash(Customer &customer, bool toTrash);

    // The users a customer can be assigned to, sorted by name.
    Result<QList<User>> owners();
    // The phone number parser for a customer whose address is in `country` (alpha-2): that
    // country's numbers, else (no or an unknown country) the database's phone region. Never the
    // user's language.
    PhoneNormalizer phoneNormalizer(const QString &country = {});

private:
    Status takeCurrentVersions(CustomerRecord &base, CustomerRecord &to);
    Status applyContactPoints(const CustomerRecord &from, CustomerRecord &to, bool &changed);
    Status applyRelationships(const CustomerRecord &from, CustomerRecord &to, bool &changed);
    Status insertRelationships(CustomerRecord &record);
    Status setTrashed(Customer &customer, bool toTrash);
    void announce(WriteScope &w, ChangeNotice::Action action, const CustomerRecord &record);

    Workspace &m_workspace;
    CustomerRepository m_repo;
    RelationshipRepository m_relationships;
};

} // namespace rapport
