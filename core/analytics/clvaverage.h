#pragma once

#include <QString>

#include <optional>
#include <span>

namespace rapport::analytics {

// What "average lifetime value" means, everywhere (the dashboard's tile, its Lifetime value tab,
// `rapport-cli report clv`): the mean predicted lifetime value - the discounted revenue the
// BG/NBD and Gamma-Gamma models expect from a customer over the next 12 months - of every
// customer who had bought by the as-of day (the period's end on the dashboard), whoever the
// filters keep. It is not the mean of the customers active in the period only: those are worth
// more than the whole base (3,839 against 2,092 EUR on the 20,000-customer demo), and two
// figures under one name were what a manager could not reconcile.
struct LifetimeValueAverage
{
    qint64 customers = 0;
    double total = 0; // minor units
    // Empty when there is no customer.
    std::optional<double> average() const
    {
        return customers > 0 ? std::optional<double>(total / double(customers)) : std::nullopt;
    }
};

// Over the customers with `scored` set (bought by the as-of day) and, when given, `keep` set
// (the filters); the columns are parallel. Summed in index order in double precision.
LifetimeValueAverage averageLifetimeValue(std::span<const float> values,
                                          std::span<const quint8> scored,
                                          std::span<const quint8> keep = {});
// Over all of `values` (every customer the CLI's analysis scored).
LifetimeValueAverage averageLifetimeValue(std::span<const double> values);

// The definition in one translated sentence, for tooltips and the CLI.
QString averageLifetimeValueDefinition(int months = 12);

} // namespace rapport::analytics
