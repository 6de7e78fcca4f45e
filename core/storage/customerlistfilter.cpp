#include "core/storage/customerlistfilter.h"

#include <QSqlQuery>

#include <limits>

namespace rapport {

QString CustomerListFilter::sqlCondition(const QString &alias)
{
    // Every test reads columns the list's indexes carry, so a filtered scan stays in the index;
    // the selection is a look-up of the id in a rowid table (temp.list_selection).
    return QStringLiteral(" AND (? & (1 << %1.stage)) <> 0"
                          " AND %1.kind BETWEEN ? AND ?"
                          " AND coalesce(%1.owner_id, 0) BETWEEN ? AND ?"
                          " AND (%1.tag_bits & ?) = ?"
                          "%2"
                          " AND (? = 0 OR EXISTS (SELECT 1 FROM customer_tags ft"
                          " WHERE ft.customer_id = %1.id AND ft.tag_id = ?))"
                          " AND (? = 0 OR %1.id IN temp.list_selection)")
        .arg(alias, scopeCondition(alias + QStringLiteral(".owner_id")));
}

QString CustomerListFilter::countCondition()
{
    return QStringLiteral(" (? & (1 << stage)) <> 0 AND kind BETWEEN ? AND ?"
                          " AND owner_id BETWEEN ? AND ? AND (tag_bits & ?) = ?")
           + scopeCondition(QStringLiteral("owner_id"));
}

QString CustomerListFilter::scopeCondition(const QString &ownerColumn)
{
    // The owners' ids come as one JSON array, so one prepared statement serves any scope; the
    // uncorrelated IN list is built once per run and probed per row, which keeps a scan that
    // the scope narrows inside the order's index (its entries carry owner_id).
    return QStringLiteral(" AND (? <> 0 OR coalesce(%1, 0) IN (SELECT value FROM json_each(?)))")
        .arg(ownerColumn);
}

void CustomerListFilter::bindScope(const CustomerScope &scope, QSqlQuery &query, int first)
{
    query.bindValue(first, scope.isEverything() ? 1 : 0);
    QString json;
    json.reserve(scope.owners.size() * 4 + 2);
    json += QLatin1Char('[');
    for (qsizetype i = 0; i < scope.owners.size(); ++i) {
        if (i > 0)
            json += QLatin1Char(',');
        json += QString::number(scope.owners[i]);
    }
    json += QLatin1Char(']');
    query.bindValue(first + 1, json);
}

void CustomerListFilter::bind(QSqlQuery &query, int first) const
{
    bindCounted(query, first);
    const qint64 looked = tagId > MaxTagBit ? tagId : 0;
    query.bindValue(first + CountPlaceholders, looked);
    query.bindValue(first + CountPlaceholders + 1, looked);
    query.bindValue(first + CountPlaceholders + 2, selection ? 1 : 0);
}

void CustomerListFilter::bindCounted(QSqlQuery &query, int first) const
{
    int i = first;
    query.bindValue(i++, int(stages == 0 ? 0xff : stages));
    query.bindValue(i++, kind ? int(*kind) : 0);
    query.bindValue(i++, kind ? int(*kind) : 1);
    query.bindValue(i++, ownerId ? *ownerId : qint64(0));
    query.bindValue(i++, ownerId ? *ownerId : std::numeric_limits<qint64>::max());
    const bool bit = tagId > 0 && tagId <= MaxTagBit;
    const qint64 mask = bit ? (qint64(1) << (tagId - 1)) : 0;
    query.bindValue(i++, mask);
    query.bindValue(i++, mask);
    bindScope(scope, query, i);
}

} // namespace rapport
