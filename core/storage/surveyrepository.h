#pragma once

#include "core/domain/survey.h"
#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace rapport {

class Database;

// SurveyRepository owns all SQL of the surveys table: adding an answer and reading a customer's
// answers. Answers are not edited, so there is no update. It opens no transaction itself. It
// keeps prepared statements, so it must not outlive `db`.
class SurveyRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SurveyRepository)

public:
    explicit SurveyRepository(const Database &db);

    // Validates and inserts; sets answer.id.
    Result<qint64> insert(SurveyAnswer &answer);
    Result<SurveyAnswer> get(qint64 id);
    Status remove(qint64 id);
    // Inserts a removed row again with the id (and version) it had, as an undo of its removal
    // does; a Conflict when another row holds that id now.
    Status reinsert(const SurveyAnswer &answer);
    // The customer's answers, newest first.
    Result<QList<SurveyAnswer>> listForCustomer(qint64 customerId, int limit = 100);
    // The customer's newest answer; nothing when the customer never answered.
    Result<std::optional<SurveyAnswer>> latestForCustomer(qint64 customerId);

private:
    Statement m_insert;
    Statement m_select;
    Statement m_delete;
    Statement m_reinsert;
    Statement m_listForCustomer;
};

} // namespace rapport
