#include "core/domain/timelineentry.h"

#include <QCoreApplication>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct TimelineEntryTexts
{
    Q_DECLARE_TR_FUNCTIONS(TimelineEntry)
};

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
        return TimelineEntryTexts::tr("Interaction");
    case TimelineEntryType::Order:
        return TimelineEntryTexts::tr("Order");
    case TimelineEntryType::CaseOpened:
        return TimelineEntryTexts::tr("Case opened");
    case TimelineEntryType::CaseClosed:
        return TimelineEntryTexts::tr("Case closed");
    case TimelineEntryType::TaskCreated:
        return TimelineEntryTexts::tr("Task created");
    case TimelineEntryType::TaskDone:
        return TimelineEntryTexts::tr("Task done");
    case TimelineEntryType::Note:
        return TimelineEntryTexts::tr("Note");
    }
    return {};
}

QString timelineGroupName(TimelineGroup group)
{
    switch (group) {
    case TimelineGroup::Interactions:
        return TimelineEntryTexts::tr("Contacts");
    case TimelineGroup::Orders:
        return TimelineEntryTexts::tr("Orders");
    case TimelineGroup::Cases:
        return TimelineEntryTexts::tr("Cases");
    case TimelineGroup::Tasks:
        return TimelineEntryTexts::tr("Tasks");
    case TimelineGroup::Notes:
        return TimelineEntryTexts::tr("Notes");
    }
    return {};
}

} // namespace rapport
