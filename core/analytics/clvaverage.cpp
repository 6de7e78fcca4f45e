#include "core/analytics/clvaverage.h"

#include <QCoreApplication>

namespace rapport::analytics {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct ClvAverageTexts
{
    Q_DECLARE_TR_FUNCTIONS(LifetimeValue)
};

} // namespace

LifetimeValueAverage averageLifetimeValue(std::span<const float> values,
                                          std::span<const quint8> scored,
                                          std::span<const quint8> keep)
{
    LifetimeValueAverage a;
    const std::size_t n = std::min(values.size(), scored.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (!scored[i] || (!keep.empty() && (i >= keep.size() || !keep[i])))
            continue;
        ++a.customers;
        a.total += double(values[i]);
    }
    return a;
}

LifetimeValueAverage averageLifetimeValue(std::span<const double> values)
{
    LifetimeValueAverage a;
    for (double v : values) {
        ++a.customers;
        a.total += v;
    }
    return a;
}

QString averageLifetimeValueDefinition(int months)
{
    return ClvAverageTexts::tr("Average lifetime value: the revenue the purchase models expect "
                               "from a customer over the next %n month(s), discounted, averaged "
                               "over every customer who had bought by the end of the period (not "
                               "only those who bought in it).",
                               nullptr,
                               months);
}

} // namespace rapport::analytics
