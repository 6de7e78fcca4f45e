#pragma once

// The small SQL helpers RevertRepository's two source files share (revertrepository.cpp: the
// history and single rows; revertrepositorybulk.cpp: bulk batches by id range).

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace rapport::revertsql {

// `name` as an SQL identifier. Names come from ChangeCapture::tables() and the schema, never
// from the history's text.
inline QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\""))
           + QLatin1Char('"');
}

// Binds `values` in order to the prepared `q` and runs it.
inline bool bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    return q.exec();
}

} // namespace rapport::revertsql
