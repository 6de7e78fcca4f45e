#pragma once

// The inside of the customer import (customerimport.h): each row matched, in file order,
// against the database's customers and the file's earlier rows. The matcher decides the row's
// outcome in the report and what the plan does with it (create, update, link), before anything
// is written.

#include "core/services/customerimport.h"
#include "core/services/customerimportplan.h"
#include "core/storage/customerimportrepository.h"
#include "core/storage/customerrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QSet>
#include <QString>

#include <algorithm>
#include <vector>

namespace rapport {

class Database;

class ImportMatcher final
{
    Q_DECLARE_TR_FUNCTIONS(CustomerImport)

public:
    // Fills `plan` (its rows are appended by the caller as the file is read) and `result`.
    ImportMatcher(const Database &db,
                  const io::ImportMapping &mapping,
                  const CustomerImportOptions &options,
                  ImportPlan &plan,
                  CustomerImportResult &result);

    // Matched customers are read from the database this many rows of the file at a time (see
    // update()); the outcome does not depend on it. Settable for tests.
    static constexpr std::size_t DefaultBatch = 1000;
    void setBatch(std::size_t rows) { m_batch = std::max<std::size_t>(rows, 1); }

    // Reads what the rows are matched against: the customers' keys the mapping and the options
    // use, the organisations by name and the "works at" links there are. Sets
    // plan.existingCustomers.
    Status readDatabase();
    // Row `i` of the plan: its outcome in the report, and what the plan does with it.
    Status match(std::size_t i);
    // Once every row is matched: the people's links to their organisations, each an existing
    // organisation, one a row of the file creates, else one made for the name (not in an import
    // that only updates); counted in the result.
    void resolveLinks();

private:
    // A matched customer (`id`) and what row `i` adds to it.
    Status update(std::size_t i, qint64 id, const QString &organisationKey);
    void reject(const ImportRow &row, QString column, QString reason);
    // Reads, with one statement per table, every customer that the rows from `i` on (up to the
    // batch size, within the rows there are) may match by their keys, into m_stored.
    Status readStored(std::size_t i);

    // A person to link to the organisation named `name` once every row is matched: an existing
    // customer (personId) or a create of the plan (personCreate, index into creates).
    struct PendingLink
    {
        qint64 personId = 0;
        std::ptrdiff_t personCreate = -1;
        QString name;
    };

    const Database &m_db;
    const io::ImportMapping &m_mapping;
    const CustomerImportOptions &m_options;
    ImportPlan &m_plan;
    CustomerImportResult &m_result;
    CustomerRepository m_customers;
    CustomerImportRepository m_importRepository;
    // The customers the rows before m_storedUntil may match, as stored (readStored()).
    QHash<qint64, CustomerImportRepository::Stored> m_stored;
    std::size_t m_storedUntil = 0;
    std::size_t m_batch = DefaultBatch;
    CustomerImportRepository::Keys m_keys;
    // Organisations by folded name and the "works at" links there are, for the Organisation
    // cells of people and for organisation rows without an external id.
    QHash<QString, qint64> m_organisationNames;
    QSet<QPair<qint64, qint64>> m_worksAt;
    const bool m_matchNames;
    QHash<QString, qint64> m_fileOrganisations;            // folded name -> line
    QHash<QString, std::ptrdiff_t> m_createdOrganisations; // folded name -> index into creates
    std::vector<PendingLink> m_pendingLinks;
    QHash<QString, qint64> m_fileExternal, m_fileEmails, m_filePhones; // key -> line
};

} // namespace rapport
