#pragma once

// The inside of the customer import (customerimport.h): what a run decided for each row, and the
// writer that carries it out (customerimportwrite.cpp).

#include "core/domain/contactpoint.h"
#include "core/domain/customer.h"
#include "core/services/customerimport.h"
#include "core/services/customerimportrow.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <vector>

namespace rapport {

class BulkBatch;
class Database;
class Door;
struct ImportLink;
struct ImportPlan;

// The ids a link joins once the writer filled createdIds and organisationIds.
qint64 linkPerson(const ImportPlan &plan, const ImportLink &link);
qint64 linkOrganisation(const ImportPlan &plan, const ImportLink &link);
// Row by row (customerimportlinks.cpp): creates the plan's organisations and its links inside
// the caller's write, appending the new organisations' ids to `created`.
Status writeOrganisationLinks(const Database &db,
                              ImportPlan &plan,
                              const QDateTime &now,
                              QList<qint64> &created);
// For the BulkLoader: the plan's organisations as customers from `nextCustomer` on (with their
// customer list rows) and its links as relationships from `nextRelationship` on, added to
// `batch` (both counters advance).
void addOrganisationLinks(
    BulkBatch &batch, ImportPlan &plan, qint64 now, qint64 &nextCustomer, qint64 &nextRelationship);

// The organisation each new person of a bulk import works at once the import is in, as the
// customer list shows it (org_id, org_name, org_key): the writer fills the people's list rows
// with it, so the loader need not rebuild the list. Customers get ids in the plan's order from
// `firstCustomer` on, the organisations made for names after them (as addOrganisationLinks
// gives them). `existing` holds the name and sort name of the existing organisations the links
// name (OrganisationLinkRepository::listNames).
struct ImportEmployers
{
    struct Organisation
    {
        qint64 id = 0;
        QByteArray name, key; // UTF-8
    };
    std::vector<Organisation> organisations;
    std::vector<int> ofCreate; // per create: index into organisations, or -1
};
ImportEmployers importEmployers(const ImportPlan &plan,
                                qint64 firstCustomer,
                                const QHash<qint64, QPair<QString, QString>> &existing);

// An existing customer and what a row adds to it.
struct ImportUpdate
{
    std::size_t row = 0; // into ImportPlan::rows
    Customer after;      // the customer as it should be (read at before.version)
    QString externalId;  // to set where the customer had none; empty: leave it
    std::vector<ContactPoint> add;
    bool fields = true; // false: only a link to an organisation is added (ImportLink)
};

// A person linked to the organisation its row's Organisation cell names (works_at). Each end is
// an existing customer (id), a create of this plan (index into creates) or, for the organisation,
// one made for the cell (index into ImportPlan::organisations).
struct ImportLink
{
    qint64 personId = 0;
    std::ptrdiff_t personCreate = -1;
    qint64 organisationId = 0;
    std::ptrdiff_t organisationCreate = -1;
    std::ptrdiff_t newOrganisation = -1;
};

struct ImportPlan
{
    std::vector<ImportRow> rows;      // in file order
    std::vector<std::size_t> creates; // into rows
    std::vector<ImportUpdate> updates;
    std::vector<qint64> createdIds; // filled by the writer, one per create
    std::vector<ImportLink> links;
    QStringList organisations;           // made for Organisation cells that name nobody
    std::vector<qint64> organisationIds; // filled by the writer, one per organisation
    qint64 existingCustomers = 0;
};

// Makes the BulkLoader's rows of a bulk import's new customers, a batch at a time, on any
// thread (customerimportbatch.cpp): the customers (ids firstCustomer + index into creates),
// their tags (by the folded names in tagIds, found or added beforehand), contact points, search
// entries and customer list rows. Reads the plan only.
struct ImportBatchMaker
{
    const ImportPlan &plan;
    const ImportEmployers &employers;
    const QHash<QString, qint64> &tagIds;
    qint64 firstCustomer = 0;
    qint64 now = 0; // created_at and updated_at

    // Creates [from, to) into `batch`, their contact points numbered from `firstPoint` on.
    void make(std::size_t from, std::size_t to, qint64 firstPoint, BulkBatch &batch) const;
};

// Writes a plan through the door as one batch of kind "import"; `progress` maps its own share
// onto the caller's scale.
class ImportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(CustomerImport)

public:
    using Step = std::function<bool(double fraction)>; // false: cancel

    ImportWriter(Door &door, ImportPlan &plan, QJsonObject description);
    // Row by row with the triggers live; every row recorded in the history.
    Result<qint64> writeRows(const Step &step);
    // New customers through the BulkLoader (recorded as id ranges), the updates row by row
    // before the commit.
    Result<qint64> writeBulk(const Step &step);

private:
    Status applyUpdates(const Step &step, double from, double to);

    Door &m_door;
    ImportPlan &m_plan;
    QJsonObject m_description;
};

} // namespace rapport
