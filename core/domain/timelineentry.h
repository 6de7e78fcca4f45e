#pragma once

#include "core/domain/interaction.h"
#include "core/domain/money.h"
#include "core/domain/order.h"
#include "core/domain/priority.h"
#include "core/domain/supportcase.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace rapport {

// What a line of a customer's timeline stands for. A case appears twice (opened, and resolved
// or closed), so does a task (created, and done). The codes order entries of the same second:
// the higher code is shown first (a follow-up task above the call it came from).
enum class TimelineEntryType : quint8 {
    Interaction = 0,
    Order = 1,
    CaseOpened = 2,
    CaseClosed = 3,
    TaskCreated = 4,
    TaskDone = 5,
    Note = 6
};
inline constexpr std::array<const char *, 7> timelineEntryTypeKeys{"interaction",
                                                                   "order",
                                                                   "case_opened",
                                                                   "case_closed",
                                                                   "task_created",
                                                                   "task_done",
                                                                   "note"};

// The groups a user filters the timeline by; CaseOpened and CaseClosed are both Cases.
enum class TimelineGroup : quint8 { Interactions = 0, Orders = 1, Cases = 2, Tasks = 3, Notes = 4 };
inline constexpr std::array<const char *, 5> timelineGroupKeys{"interactions",
                                                               "orders",
                                                               "cases",
                                                               "tasks",
                                                               "notes"};

TimelineGroup timelineGroup(TimelineEntryType type);
QString timelineEntryTypeName(TimelineEntryType type); // translated, for display
QString timelineGroupName(TimelineGroup group);        // translated, for display

// The light part of a timeline entry: enough to place, count and filter it (24 bytes), so a
// customer's whole history is read at once and the rest of each entry only when it is shown.
struct TimelineKey
{
    qint64 at = 0; // UTC seconds
    qint64 id = 0; // the row's id in its table (interactions, orders, cases, tasks, notes)
    TimelineEntryType type = TimelineEntryType::Interaction;
    qint8 channel = -1; // interactions: the Channel code; -1 for other entries

    friend bool operator==(const TimelineKey &, const TimelineKey &) = default;
    // The timeline's order: newest first, then by type code and id, both descending.
    static bool newerFirst(const TimelineKey &a, const TimelineKey &b)
    {
        if (a.at != b.at)
            return a.at > b.at;
        if (a.type != b.type)
            return a.type > b.type;
        return a.id > b.id;
    }
};

// The rest of an entry, as much as the timeline shows. Which fields are set depends on the type;
// the others keep their defaults.
struct TimelineDetail
{
    QString title;  // subject, "Order 1234", case subject, task title; empty for notes
    QString text;   // interaction notes, case description, task notes, the note's body
    QString person; // agent, sales rep, case owner, task assignee, note author
    // Interactions
    Direction direction = Direction::Inbound;
    qint64 durationSeconds = 0;
    Outcome outcome = Outcome::Completed;
    std::optional<qint64> caseId; // an interaction or task that belongs to a case
    // Orders
    Money total;
    OrderStatus orderStatus = OrderStatus::Open;
    int lineCount = 0;
    QList<std::pair<qint64, QString>> lines; // the first lines: quantity and product name
    // Cases and tasks
    CaseKind caseKind = CaseKind::Complaint;
    CaseStatus caseStatus = CaseStatus::New;
    QString category;
    QString resolution;
    Priority priority = Priority::Normal;
    QDateTime dueAt;    // tasks, UTC
    bool found = false; // false when the row was gone by the time the details were read
};

} // namespace rapport
