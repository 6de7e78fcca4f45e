#pragma once

#include "core/domain/timelineentry.h"
#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QHash>

#include <span>
#include <vector>

namespace rapport {

class Database;

// TimelineRepository reads a customer's timeline: every interaction, order, case event, task
// event and note, merged newest first. keys() reads the light keys of the whole history in one
// UNION ALL query (each part an index range: interactions_customer, orders_customer,
// cases_customer, tasks_customer, customer_notes_customer); details() reads the rest for the
// entries being shown, a few dozen at a time, one query per table. It reads only; it belongs to
// the thread of its Database.
class TimelineRepository final
{
    Q_DECLARE_TR_FUNCTIONS(TimelineRepository)

public:
    // Ids per detail query: the IN lists always have this many slots (unused ones are NULL), so
    // one prepared statement serves every call.
    static constexpr int IdsPerQuery = 50;
    // Order lines a detail carries (the rest only count).
    static constexpr int LinesPerOrder = 3;

    explicit TimelineRepository(const Database &db);

    // The keys of the customer's whole timeline in TimelineKey::newerFirst order.
    Result<std::vector<TimelineKey>> keys(qint64 customerId);
    // The details of `keys`, in the same order; an entry whose row is gone has found == false.
    Result<std::vector<TimelineDetail>> details(std::span<const TimelineKey> keys);

private:
    enum Table { Interactions, Orders, Cases, Tasks, Notes, Tables };
    static Table tableOf(TimelineEntryType type);
    // Reads the rows of `ids` of one table into `out` (by id), IdsPerQuery at a time.
    Status readTable(Table table,
                     const std::vector<qint64> &ids,
                     QHash<qint64, TimelineDetail> &out);
    Status readLines(const std::vector<qint64> &orderIds, QHash<qint64, TimelineDetail> &orders);

    Statement m_keys;
    Statement m_details[Tables];
    Statement m_lines;
};

} // namespace rapport
