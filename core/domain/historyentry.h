#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace rapport {

// One entry of the history (schema: core/storage/migrations/0011_history.sql): a row created,
// updated, moved to the trash, restored or deleted, or the head of a batch, with who did it and
// when, and each changed field's old and new value.
struct HistoryEntry
{
    qint64 id = 0;
    qint64 batch = 0; // the id of the first entry of the same user action
    QDateTime at;     // UTC
    std::optional<qint64> userId;
    QString actor;         // "Anna Weber on laptop-3" as it was
    QString operation;     // create, update, trash, restore, delete, batch
    QString entity;        // 'customer', 'contact_point'... or a batch's kind
    qint64 entityId = 0;   // 0: none
    qint64 customerId = 0; // 0: none
    QString changes;       // JSON object {"field": [old, new]}; a batch: its description
    QString hash;          // hex SHA-256 over the entry and the previous entry's hash

    // The changes parsed: field -> [old, new].
    QJsonObject changeObject() const;
    bool isBatchHead() const { return operation == QLatin1String("batch"); }
};

// The hash an entry must carry after the entry whose hash is `previous` ("" for the first).
QString historyHash(const HistoryEntry &entry, const QString &previous);

} // namespace rapport
