#pragma once

#include <QByteArray>
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
    // Hex SHA-256 of `changes` as first written: the chain covers this, not the changes, so that
    // an erase can blank a person's old values and the chain still holds (schema 14).
    QString changesDigest;
    qint64 redactedBy = 0; // the erase batch that blanked this entry's values; 0: none
    QString hash;          // hex SHA-256 over the entry and the previous entry's hash

    // The changes parsed: field -> [old, new].
    QJsonObject changeObject() const;
    bool isBatchHead() const { return operation == QLatin1String("batch"); }
    bool isRedacted() const { return redactedBy != 0; }
};

// The digest an entry's changes carry in the chain (hex SHA-256 of the UTF-8 text).
QString historyChangesDigest(const QString &changes);

// The hash an entry must carry after the entry whose hash is `previous` ("" for the first): over
// every field but the changes themselves, which enter through changesDigest.
QString historyHash(const HistoryEntry &entry, const QString &previous);
// The same before schema 14, when the chain covered the changes themselves (a file of an older
// schema opened read-only is still checked).
QString legacyHistoryHash(const HistoryEntry &entry, const QString &previous);
// Both: the hash over the entry's fields with `changes` standing for its changes.
QString historyHashOver(const HistoryEntry &entry,
                        const QString &previous,
                        const QByteArray &changes);

} // namespace rapport
