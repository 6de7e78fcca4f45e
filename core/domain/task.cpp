#include "core/domain/task.h"

#include "core/domain/enumkeys.h"

#include <QCoreApplication>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct TaskTexts
{
    Q_DECLARE_TR_FUNCTIONS(Task)
};

constexpr qsizetype MaxTitleLength = 200;
constexpr qsizetype MaxNotesLength = 20000;

} // namespace

void Task::tidy()
{
    title = title.simplified();
    notes = notes.trimmed();
}

Status Task::validate() const
{
    using K = Error::Kind;
    if (title.trimmed().isEmpty())
        return Error(K::Validation, TaskTexts::tr("A task needs a title."), QStringLiteral("title"));
    if (title.size() > MaxTitleLength)
        return Error(K::Validation,
                     TaskTexts::tr("The title is longer than %1 characters.").arg(MaxTitleLength),
                     QStringLiteral("title"));
    if (notes.size() > MaxNotesLength)
        return Error(K::Validation,
                     TaskTexts::tr("The notes are longer than %1 characters.").arg(MaxNotesLength),
                     QStringLiteral("notes"));
    if (customerId && *customerId <= 0)
        return Error(K::Validation,
                     TaskTexts::tr("The customer is not a valid customer."),
                     QStringLiteral("customerId"));
    if (caseId && *caseId <= 0)
        return Error(K::Validation,
                     TaskTexts::tr("The case is not a valid case."),
                     QStringLiteral("caseId"));
    if (assigneeId && *assigneeId <= 0)
        return Error(K::Validation,
                     TaskTexts::tr("The assignee is not a valid user."),
                     QStringLiteral("assigneeId"));
    if (!enumFromInt<Priority>(int(priority), priorityKeys))
        return Error(K::Validation,
                     TaskTexts::tr("The priority is not one Rapport knows."),
                     QStringLiteral("priority"));
    if (createdAt.isValid() && doneAt.isValid() && doneAt < createdAt)
        return Error(K::Validation,
                     TaskTexts::tr("The task cannot be done before it was created."),
                     QStringLiteral("doneAt"));
    return {};
}

} // namespace rapport
