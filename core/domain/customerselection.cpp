#include "core/domain/customerselection.h"

#include <algorithm>
#include <atomic>

namespace rapport {

std::shared_ptr<const CustomerSelection> CustomerSelection::make(QString label,
                                                                 std::vector<qint64> ids)
{
    static std::atomic<quint64> lastSerial{0};
    auto made = std::make_shared<CustomerSelection>();
    made->label = std::move(label);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    ids.erase(ids.begin(), std::upper_bound(ids.begin(), ids.end(), qint64(0)));
    made->ids = std::move(ids);
    made->serial = ++lastSerial;
    return made;
}

bool CustomerSelection::contains(qint64 id) const
{
    return std::binary_search(ids.begin(), ids.end(), id);
}

} // namespace rapport
