#include "core/storage/statement.h"

#include "core/storage/database.h"
#include "core/storage/sqlerror.h"

namespace rapport {

Statement::Statement(const Database &db, QString sql)
    : m_db(db)
    , m_sql(std::move(sql))
{}

QSqlQuery &Statement::query()
{
    if (!m_query) {
        m_query.emplace(m_db.connection());
        m_query->setForwardOnly(true);
        m_prepared = m_query->prepare(m_sql);
    }
    return *m_query;
}

Status Statement::exec(const QString &what)
{
    QSqlQuery &q = query();
    if (!m_prepared)
        return sqlError(q, what);
    if (!q.exec())
        return sqlError(q, what);
    return {};
}

void Statement::finish()
{
    if (m_query)
        m_query->finish();
}

} // namespace rapport
