#include "core/storage/repositorysupport.h"

#include "core/storage/statement.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace rapport::repository {

QDateTime stored(const QDateTime &at)
{
    return QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), Qt::UTC);
}

QString jsonIds(std::span<const qint64> ids)
{
    QString json;
    json.reserve(qsizetype(ids.size()) * 8 + 2);
    json += QLatin1Char('[');
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json += QLatin1Char(',');
        json += QString::number(ids[i]);
    }
    json += QLatin1Char(']');
    return json;
}

Constraint brokenConstraint(const QSqlQuery &query)
{
    // Qt's SQLite driver reports the extended result code as the native error code.
    bool numeric = false;
    const int code = query.lastError().nativeErrorCode().toInt(&numeric);
    if (!numeric || (code & 0xff) != SQLITE_CONSTRAINT)
        return Constraint::None;
    switch (code) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
        return Constraint::Unique;
    case SQLITE_CONSTRAINT_FOREIGNKEY:
        return Constraint::ForeignKey;
    case SQLITE_CONSTRAINT_CHECK:
        return Constraint::Check;
    case SQLITE_CONSTRAINT_NOTNULL:
        return Constraint::NotNull;
    default:
        return Constraint::Other;
    }
}

Error staleOrMissing(Statement &exists,
                     qint64 id,
                     const QString &conflict,
                     const QString &missing,
                     const QString &what)
{
    FinishGuard guard(exists);
    QSqlQuery &q = exists.query();
    q.bindValue(0, id);
    if (Status s = exists.exec(what); !s)
        return s.error();
    if (q.next())
        return Error(Error::Kind::Conflict, conflict);
    return Error(Error::Kind::NotFound, missing);
}

FinishGuard::~FinishGuard()
{
    m_statement.finish();
}

} // namespace rapport::repository
