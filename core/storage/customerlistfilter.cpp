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
                          " AND (? = 0 OR EXISTS (SELECT 1 FROM customer_tags ft"
                          " WHERE ft.customer_id = %1.id AND ft.tag_id = ?))"
                          " AND (? = 0 OR %1.id IN temp.list_selection)")
        .arg(alias);
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
    query.bindValue(i, mask);
}

} // namespace rapport
