#pragma once

#include <QString>

#include <memory>
#include <vector>

namespace rapport {

// CustomerSelection is a fixed set of customers the list shows "exactly these" of: a drill-down
// from a dashboard (a Pareto bar, an RFM segment, a cohort cell, a KPI tile) with a label saying
// what they are. Immutable once made and shared by pointer between the dashboard, the list's
// filter and its model; two selections are the same only when they are the same object. Any
// number of customers, from none to every one: the list holds them in a temporary table of its
// connection (CustomerSelectionTable), never in SQL text.
struct CustomerSelection
{
    QString label;           // what the customers are, e.g. "RFM segment: At risk" (no count)
    std::vector<qint64> ids; // sorted, unique, positive
    quint64 serial = 0;      // unique among the selections make() made; 0: not made by make()

    // Sorts `ids`, drops duplicates and ids below 1, and gives the selection its serial.
    static std::shared_ptr<const CustomerSelection> make(QString label, std::vector<qint64> ids);

    qsizetype size() const { return qsizetype(ids.size()); }
    bool isEmpty() const { return ids.empty(); }
    bool contains(qint64 id) const;
};

using CustomerSelectionPtr = std::shared_ptr<const CustomerSelection>;

} // namespace rapport
