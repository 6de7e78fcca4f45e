#include "core/storage/surveyrepository.h"

#include "core/storage/database.h"
#include "core/storage/repositorysupport.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqlvalues.h"

#include <QSqlQuery>

#include <algorithm>

#define SURVEY_COLUMNS "id, customer_id, answered_at, score, kind, comment"

namespace rapport {
namespace {

using namespace repository;

SurveyAnswer readAnswer(const QSqlQuery &q)
{
    SurveyAnswer a;
    a.id = q.value(0).toLongLong();
    a.customerId = q.value(1).toLongLong();
    a.answeredAt = sql::toDateTime(q.value(2));
    a.score = q.value(3).toInt();
    a.kind = enumColumn(q.value(4), surveyKindKeys, SurveyKind::Relationship);
    a.comment = q.value(5).toString();
    return a;
}

} // namespace

SurveyRepository::SurveyRepository(const Database &db)
    : m_insert(db,
               QStringLiteral("INSERT INTO surveys (customer_id, answered_at, score, kind, comment)"
                              " VALUES (?, ?, ?, ?, ?)"))
    , m_select(db, QStringLiteral("SELECT " SURVEY_COLUMNS " FROM surveys WHERE id = ?"))
    , m_delete(db, QStringLiteral("DELETE FROM surveys WHERE id = ?"))
    , m_reinsert(db,
                 QStringLiteral("INSERT INTO surveys (customer_id, answered_at, score, kind, "
                                "comment, id) VALUES (?, ?, ?, ?, ?, ?)"))
    // surveys_customer (customer_id, answered_at) walked backwards: no sort.
    , m_listForCustomer(db,
                        QStringLiteral("SELECT " SURVEY_COLUMNS " FROM surveys "
                                       "WHERE customer_id = ? "
                                       "ORDER BY answered_at DESC, id DESC LIMIT ?"))
{}

Result<qint64> SurveyRepository::insert(SurveyAnswer &answer)
{
    if (Status s = answer.validate(); !s)
        return s.error();
    QSqlQuery &q = m_insert.query();
    q.bindValue(0, answer.customerId);
    q.bindValue(1, sql::fromDateTime(answer.answeredAt));
    q.bindValue(2, answer.score);
    q.bindValue(3, int(answer.kind));
    q.bindValue(4, sql::fromText(answer.comment));
    const QString what = tr("Saving the survey answer");
    if (Status s = m_insert.exec(what); !s) {
        if (brokenConstraint(q) == Constraint::ForeignKey)
            return Error(Error::Kind::Validation,
                         tr("The survey answer's customer does not exist any more."),
                         QStringLiteral("customerId"));
        return sqlError(q, what);
    }
    answer.id = q.lastInsertId().toLongLong();
    return answer.id;
}

Result<SurveyAnswer> SurveyRepository::get(qint64 id)
{
    FinishGuard guard(m_select);
    QSqlQuery &q = m_select.query();
    q.bindValue(0, id);
    if (Status s = m_select.exec(tr("Reading the survey answer")); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Kind::NotFound, tr("Survey answer %1 does not exist.").arg(id));
    return readAnswer(q);
}

Status SurveyRepository::remove(qint64 id)
{
    QSqlQuery &q = m_delete.query();
    q.bindValue(0, id);
    if (Status s = m_delete.exec(tr("Deleting the survey answer")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error(Error::Kind::NotFound, tr("The survey answer does not exist any more."));
    return {};
}

Status SurveyRepository::reinsert(const SurveyAnswer &answer)
{
    if (Status s = answer.validate(); !s)
        return s;
    QSqlQuery &q = m_reinsert.query();
    q.bindValue(0, answer.customerId);
    q.bindValue(1, sql::fromDateTime(answer.answeredAt));
    q.bindValue(2, answer.score);
    q.bindValue(3, int(answer.kind));
    q.bindValue(4, sql::fromText(answer.comment));
    q.bindValue(5, answer.id);
    const QString what = tr("Saving the survey answer");
    if (Status s = m_reinsert.exec(what); !s) {
        switch (brokenConstraint(q)) {
        case Constraint::Unique:
            return Error(Error::Kind::Conflict,
                         tr("Another survey answer has taken the number %1 meanwhile.")
                             .arg(answer.id));
        case Constraint::ForeignKey:
            return Error(Error::Kind::Validation,
                         tr("The survey answer's customer does not exist any more."),
                         QStringLiteral("customerId"));
        default:
            return sqlError(q, what);
        }
    }
    return {};
}

Result<QList<SurveyAnswer>> SurveyRepository::listForCustomer(qint64 customerId, int limit)
{
    FinishGuard guard(m_listForCustomer);
    QSqlQuery &q = m_listForCustomer.query();
    q.bindValue(0, customerId);
    q.bindValue(1, pageSize(limit));
    if (Status s = m_listForCustomer.exec(tr("Reading the survey answers")); !s)
        return s.error();
    QList<SurveyAnswer> answers;
    while (q.next())
        answers << readAnswer(q);
    return answers;
}

Result<std::optional<SurveyAnswer>> SurveyRepository::latestForCustomer(qint64 customerId)
{
    Result<QList<SurveyAnswer>> answers = listForCustomer(customerId, 1);
    if (!answers)
        return answers.error();
    if (answers->isEmpty())
        return std::optional<SurveyAnswer>();
    return std::optional<SurveyAnswer>(answers->first());
}

} // namespace rapport
