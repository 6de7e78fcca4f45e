#pragma once

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace rapport {

// The figure that put each customer of a drill-down there ("Revenue in period", "Days since last
// purchase"): what it is called and how to read its values. Money values are in minor units of
// `currency`, percentages are fractions (0.25 for 25%).
struct CustomerFigure
{
    enum class Kind : quint8 { Money, Count, Percent, Score, Days };

    QString label; // e.g. "Revenue in period"; empty: no figure
    Kind kind = Kind::Count;
    QString currency; // ISO 4217, for Kind::Money

    bool operator==(const CustomerFigure &) const = default;
    bool isEmpty() const { return label.isEmpty(); }
};

// CustomerSelection is a fixed set of customers the list shows "exactly these" of: a drill-down
// from a dashboard (a Pareto bar, an RFM segment, a cohort cell, a KPI tile) with a label saying
// what they are, and optionally the figure that put each of them there (the list shows it as a
// column and sorts by it). Immutable once made and shared by pointer between the dashboard, the
// list's filter and its model; two selections are the same only when they are the same object.
// Any number of customers, from none to every one: the list holds them in a temporary table of
// its connection (CustomerSelectionTable), never in SQL text.
struct CustomerSelection
{
    QString label;              // what the customers are, e.g. "RFM segment: At risk" (no count)
    std::vector<qint64> ids;    // sorted, unique, positive
    std::vector<double> values; // parallel to ids when there is a figure, else empty
    CustomerFigure figure;
    quint64 serial = 0; // unique among the selections make() made; 0: not made by make()

    // Sorts `ids`, drops duplicates and ids below 1, and gives the selection its serial.
    static std::shared_ptr<const CustomerSelection> make(QString label, std::vector<qint64> ids);
    // The same with each customer's figure: `values` parallel to `ids` (of a duplicate id the
    // first value counts). Without a figure label, or with values not parallel, no figure.
    static std::shared_ptr<const CustomerSelection> make(QString label,
                                                         std::vector<qint64> ids,
                                                         std::vector<double> values,
                                                         CustomerFigure figure);

    qsizetype size() const { return qsizetype(ids.size()); }
    bool isEmpty() const { return ids.empty(); }
    bool contains(qint64 id) const;
    bool hasFigure() const { return !figure.isEmpty() && values.size() == ids.size(); }
    // The customer's figure; empty without a figure or for a customer not in the selection.
    std::optional<double> valueOf(qint64 id) const;
};

using CustomerSelectionPtr = std::shared_ptr<const CustomerSelection>;

} // namespace rapport
