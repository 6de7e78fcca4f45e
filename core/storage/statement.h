#pragma once

#include "core/util/result.h"

#include <QSqlQuery>
#include <QString>

#include <optional>

namespace rapport {

class Database;

// Statement is one SQL statement of a repository, prepared on first use and reused for every later
// call, with its values always bound (never concatenated). Repositories hold one per query.
class Statement final
{
public:
    Statement(const Database &db, QString sql);

    // The prepared query, ready for bindValue(). Values are bound by position or by :name.
    QSqlQuery &query();
    // Executes with the values bound; a failure becomes an Error saying that `what` failed.
    Status exec(const QString &what);
    // Releases the result set (and the read lock it may hold) once the rows were read.
    void finish();

private:
    const Database &m_db;
    QString m_sql;
    std::optional<QSqlQuery> m_query;
    bool m_prepared = false;
};

} // namespace rapport
