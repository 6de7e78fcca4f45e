#include "core/domain/timelineentry.h"

#include <QCoreApplication>

namespace rapport {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TimelineEntry", text);
}

} // namespace

TimelineGroup timelineGroup(TimelineEntryType type)
{
    switch (type) {
    case TimelineEntryType::Interaction:
        return TimelineGroup::Interactions;
    case TimelineEntryType::Order:
        return TimelineGroup::Orders;
    case TimelineEntryType::CaseOpened:
    case TimelineEntryType::CaseClosed:
        return TimelineGroup::Cases;
    case TimelineEntryType::TaskCreated:
    case TimelineEntryType::TaskDone:
        return TimelineGroup::Tasks;
    case TimelineEntryType::Note:
        return TimelineGroup::Notes;
    }
    return TimelineGroup::Notes;
}

QString timelineEntryTypeName(TimelineEntryType type)
{
    switch (type) {
    case TimelineEntryType::Interaction:
        return tr("Interaction");
    case TimelineEntryType::Order:
        return tr("Order");
    case TimelineEntryType::CaseOpened:
        return tr("Case opened");
    case TimelineEntryType::CaseClosed:
        return tr("Case closed");
    case TimelineEntryType::TaskCreated:
        return tr("Task created");
    case TimelineEntryType::TaskDone:
        return tr("Task done");
    case TimelineEntryType::Note:
        return tr("Note");
    }
    return {};
}

QString timelineGroupName(TimelineGroup group)
{
    switch (group) {
    case TimelineGroup::Interactions:
        return tr("Contacts");
    case TimelineGroup::Orders:
        return tr("Orders");
    case TimelineGroup::Cases:
        return tr("Cases");
    case TimelineGroup::Tasks:
        return tr("Tasks");
    case TimelineGroup::Notes:
        return tr("Notes");
    }
    return {};
}

} // namespace rapport
