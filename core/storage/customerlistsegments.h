#pragma once

#include "core/storage/customerlistrepository.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace rapport {

// How the customer list's orders are keyed (CustomerListKey::before(), CustomerListRow::key()),
// and how it reads one of them: one segment after the other, each a keyset
// range over one access path (an index, or the table in id order) with a fixed condition. Most
// orders are one segment over their own index. Kind and stage, with two and five values, read
// the name index once per value. Organisation and revenue keep an index of the rows with a value
// (a quarter and some half of the customers) and read the rest, blank or zero, from the table in
// id order, which is their tie-break anyway.
struct CustomerListSegment
{
    QString index;            // the index read; empty: the table in id order
    QString condition;        // " AND ..." over alias "a", constants only
    QStringList columns;      // the order within the segment, ascending, over alias "a"
    std::optional<int> value; // kind and stage: the value this segment reads
};

// Each order's key column (see migrations 5 and 7): its name and whether it holds text.
struct CustomerListKeyColumn
{
    const char *column; // nullptr for Name, whose key is name_key itself
    bool text;
};
const CustomerListKeyColumn &customerListKeyColumn(CustomerListOrder::Key key);

// The segments of `key`'s order, ascending (a descending order reads them backwards, each one
// descending).
const std::vector<CustomerListSegment> &customerListSegments(CustomerListOrder::Key key);
// The segment (an index into customerListSegments()) a row with `key` falls in.
int customerListSegmentOf(const CustomerListKey &key, CustomerListOrder::Key order);

} // namespace rapport
