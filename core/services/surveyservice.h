#pragma once

#include "core/domain/survey.h"
#include "core/storage/surveyrepository.h"
#include "core/util/result.h"

#include <QCoreApplication>

namespace rapport {

class Workspace;

// SurveyService records customers' survey answers: it tidies and validates the answer, stamps
// "now" (the door's clock) when it has no date, writes it through the workspace's door (one
// transaction, with its history), and announces it on the bus (Entity::Survey, with the
// customer's id), so an open 360° view shows the new latest score. Adding and removing an
// answer can be undone: remove(expected) and reinstate() are the steps back and forth.
class SurveyService final
{
    Q_DECLARE_TR_FUNCTIONS(SurveyService)

public:
    explicit SurveyService(Workspace &workspace);

    // Adds answer to answer.customerId; sets its id (and answeredAt when it was null).
    Result<qint64> add(SurveyAnswer &answer);
    // Deletes the answer (one recorded by mistake); returns it as it was, for an undo.
    Result<SurveyAnswer> remove(qint64 id);
    // Deletes the answer while it is as `expected` (an undo of add()); answers have no version,
    // so every field is compared. A Conflict, deleting nothing, when it differs or is gone.
    Status remove(const SurveyAnswer &expected);
    // Writes a removed answer back with the id it had (an undo of remove(), a redo of add()); a
    // Conflict when the id was taken meanwhile.
    Status reinstate(const SurveyAnswer &answer);
    Result<SurveyAnswer> get(qint64 id) { return m_repo.get(id); }
    // The customer's answers, newest first.
    Result<QList<SurveyAnswer>> answers(qint64 customerId)
    {
        return m_repo.listForCustomer(customerId);
    }

private:
    Workspace &m_workspace;
    SurveyRepository m_repo;
};

} // namespace rapport
