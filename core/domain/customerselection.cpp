#include "core/domain/customerselection.h"

#include <algorithm>
#include <atomic>
#include <numeric>

namespace rapport {
namespace {

quint64 nextSerial()
{
    static std::atomic<quint64> lastSerial{0};
    return ++lastSerial;
}

} // namespace

std::shared_ptr<const CustomerSelection> CustomerSelection::make(QString label,
                                                                 std::vector<qint64> ids)
{
    auto made = std::make_shared<CustomerSelection>();
    made->label = std::move(label);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    ids.erase(ids.begin(), std::upper_bound(ids.begin(), ids.end(), qint64(0)));
    made->ids = std::move(ids);
    made->serial = nextSerial();
    return made;
}

std::shared_ptr<const CustomerSelection> CustomerSelection::make(QString label,
                                                                 std::vector<qint64> ids,
                                                                 std::vector<double> values,
                                                                 CustomerFigure figure)
{
    if (figure.isEmpty() || values.size() != ids.size())
        return make(std::move(label), std::move(ids));
    // Sorted by id, the first of equal ids kept with its value.
    std::vector<std::size_t> order(ids.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&ids](std::size_t a, std::size_t b) {
        return ids[a] < ids[b];
    });
    auto made = std::make_shared<CustomerSelection>();
    made->label = std::move(label);
    made->figure = std::move(figure);
    made->ids.reserve(ids.size());
    made->values.reserve(ids.size());
    for (std::size_t k : order) {
        if (ids[k] < 1 || (!made->ids.empty() && made->ids.back() == ids[k]))
            continue;
        made->ids.push_back(ids[k]);
        made->values.push_back(values[k]);
    }
    made->serial = nextSerial();
    return made;
}

bool CustomerSelection::contains(qint64 id) const
{
    return std::binary_search(ids.begin(), ids.end(), id);
}

std::optional<double> CustomerSelection::valueOf(qint64 id) const
{
    if (!hasFigure())
        return std::nullopt;
    const auto it = std::lower_bound(ids.begin(), ids.end(), id);
    if (it == ids.end() || *it != id)
        return std::nullopt;
    return values[std::size_t(it - ids.begin())];
}

} // namespace rapport
