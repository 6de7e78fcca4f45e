#pragma once

// The readable form of the person export (core/services/personexport.h), internal to
// core/services: for each table that holds rows about a customer, the name a data-protection
// officer reads for each column ("account_owner" for owner_id, "lifecycle_stage" for stage),
// and its value in words (times as ISO 8601 UTC, codes as their English words, money as a
// decimal beside its currency, users by name). docs/person-export.md lists them.

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace rapport::personexport {

struct Context
{
    QHash<qint64, QString> users; // users.id -> display name
    QString currency;             // for money columns whose row has no currency of its own
};

// The row of `table` as the export writes it: known columns renamed and put in words, the
// bookkeeping ones (version, the customer's own id on their rows, the sort key) left out, and
// any other column (one a later schema adds) kept under its own name, so nothing held is lost.
QJsonObject readable(const QString &table, const QJsonObject &row, const Context &context);

// One column of `table` for the history's changes: its readable name (empty: bookkeeping, left
// out) and its value in words.
QString fieldName(const QString &table, const QString &column);
QJsonValue fieldValue(const QString &table,
                      const QString &column,
                      const QJsonValue &value,
                      const Context &context);

// The history's entity ("contact_point") as a record a reader names ("contact point"), and the
// table it is kept in (empty when unknown).
QString recordName(const QString &entity);
QString tableOf(const QString &entity);
// The history's operation ("create", "update", "delete", "trash", "restore") in words.
QString actionName(const QString &operation);

} // namespace rapport::personexport
