#pragma once

// The inside of the customer import (customerimport.h): what a run decided for each row, and the
// writer that carries it out (customerimportwrite.cpp).

#include "core/domain/contactpoint.h"
#include "core/domain/customer.h"
#include "core/services/customerimport.h"
#include "core/services/customerimportrow.h"

#include <QList>

#include <vector>

namespace rapport {

class Door;

// An existing customer and what a row adds to it.
struct ImportUpdate
{
    std::size_t row = 0; // into ImportPlan::rows
    Customer after;      // the customer as it should be (read at before.version)
    QString externalId;  // to set where the customer had none; empty: leave it
    std::vector<ContactPoint> add;
};

struct ImportPlan
{
    std::vector<ImportRow> rows;      // in file order
    std::vector<std::size_t> creates; // into rows
    std::vector<ImportUpdate> updates;
    std::vector<qint64> createdIds; // filled by the writer, one per create
    qint64 existingCustomers = 0;
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
