#include "core/domain/priority.h"

#include <QCoreApplication>

namespace rapport {

QString priorityName(Priority priority)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Priority", text); };
    switch (priority) {
    case Priority::Low:
        return tr("Low");
    case Priority::Normal:
        return tr("Normal");
    case Priority::High:
        return tr("High");
    case Priority::Urgent:
        return tr("Urgent");
    }
    return {};
}

} // namespace rapport
