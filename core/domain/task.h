#pragma once

#include "core/domain/priority.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace rapport {

// Something someone has to do, by a date or whenever: call a customer back, send an offer,
// work on a case. A task may stand alone or belong to a customer, a case or both.
struct Task
{
    qint64 id = 0;
    std::optional<qint64> customerId;
    std::optional<qint64> caseId;
    QString title;
    QString notes;
    QDateTime dueAt;  // UTC; null when it has no due date
    QDateTime doneAt; // UTC; null while the task is open
    std::optional<qint64> assigneeId;
    Priority priority = Priority::Normal;
    QDateTime createdAt; // UTC; set by the repository on insert when null
    int version = 0;     // 0 before the first save

    bool isDone() const { return doneAt.isValid(); }
    bool isOverdue(const QDateTime &now) const
    {
        return !isDone() && dueAt.isValid() && dueAt < now;
    }
    void tidy();
    // The first rule the task breaks, as an Error naming the field; success when valid.
    Status validate() const;
};

} // namespace rapport
