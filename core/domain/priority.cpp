#include "core/domain/priority.h"

#include <QCoreApplication>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct PriorityTexts
{
    Q_DECLARE_TR_FUNCTIONS(Priority)
};

} // namespace

QString priorityName(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return PriorityTexts::tr("Low");
    case Priority::Normal:
        return PriorityTexts::tr("Normal");
    case Priority::High:
        return PriorityTexts::tr("High");
    case Priority::Urgent:
        return PriorityTexts::tr("Urgent");
    }
    return {};
}

} // namespace rapport
