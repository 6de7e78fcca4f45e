#include "core/storage/historyrepository.h"

#include "core/storage/database.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqlvalues.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>

namespace rapport {
namespace {

const QString Columns = QStringLiteral(
    "id, batch, at, user_id, actor, operation, entity, entity_id, customer_id, changes, hash, "
    "changes_digest, redacted_by");
// A file of a schema before 16 opened read-only: no digests, nothing redacted.
const QString LegacyColumns = QStringLiteral(
    "id, batch, at, user_id, actor, operation, entity, entity_id, customer_id, changes, hash, "
    "'', NULL");
constexpr int DigestSchema = 14; // migrations/0014_privacy.sql

const QString &selectColumns(const Database &db)
{
    return db.schemaVersion() >= DigestSchema ? Columns : LegacyColumns;
}

HistoryEntry entryFrom(const QSqlQuery &q)
{
    HistoryEntry e;
    e.id = q.value(0).toLongLong();
    e.batch = q.value(1).toLongLong();
    e.at = QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    e.userId = sql::toId(q.value(3));
    e.actor = q.value(4).toString();
    e.operation = q.value(5).toString();
    e.entity = q.value(6).toString();
    e.entityId = q.value(7).toLongLong();
    e.customerId = q.value(8).toLongLong();
    e.changes = q.value(9).toString();
    e.hash = q.value(10).toString();
    e.changesDigest = q.value(11).toString();
    e.redactedBy = q.value(12).toLongLong();
    return e;
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// The WHERE clause for `filter` (values bound, never concatenated).
QString whereOf(const HistoryFilter &f, QVariantList &values)
{
    QStringList terms;
    if (f.customerId) {
        terms << QStringLiteral("customer_id = ?");
        values << f.customerId;
    }
    if (f.batch) {
        terms << QStringLiteral("batch = ?");
        values << f.batch;
    }
    if (f.userId) {
        if (*f.userId == 0) {
            terms << QStringLiteral("user_id IS NULL");
        } else {
            terms << QStringLiteral("user_id = ?");
            values << *f.userId;
        }
    }
    if (f.since.isValid()) {
        terms << QStringLiteral("at >= ?");
        values << f.since.toSecsSinceEpoch();
    }
    if (f.until.isValid()) {
        terms << QStringLiteral("at < ?");
        values << f.until.toSecsSinceEpoch();
    }
    if (!f.entity.isEmpty()) {
        terms << QStringLiteral("entity = ?");
        values << f.entity;
    }
    if (!f.operation.isEmpty()) {
        terms << QStringLiteral("operation = ?");
        values << f.operation;
    }
    if (!f.field.isEmpty()) {
        terms << QStringLiteral(
            "operation <> 'batch' AND EXISTS (SELECT 1 FROM json_each(history.changes) "
            "WHERE key = ?)");
        values << f.field;
    }
    if (!f.scope.isEverything()) {
        // A customer deleted for good has no owner left: its entries are nobody's to read here.
        terms << QStringLiteral(
            "(history.customer_id IS NULL OR (SELECT coalesce(c.owner_id, 0) FROM customers c"
            " WHERE c.id = history.customer_id) IN (SELECT value FROM json_each(?)))");
        QStringList owners;
        for (qint64 owner : f.scope.owners)
            owners << QString::number(owner);
        values << QString(QLatin1Char('[') + owners.join(QLatin1Char(',')) + QLatin1Char(']'));
    }
    return terms.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

} // namespace

HistoryRepository::HistoryRepository(const Database &db)
    : m_db(db)
    , m_head(db,
             QStringLiteral("SELECT s.seq, (SELECT hash FROM history WHERE id = s.seq) "
                            "FROM sqlite_sequence s WHERE s.name = 'history'"))
    , m_insert(db,
               QStringLiteral("INSERT INTO history (") + Columns
                   + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)"))
    , m_since(db,
              QStringLiteral("SELECT ") + selectColumns(db)
                  + QStringLiteral(" FROM history WHERE id > ? ORDER BY id LIMIT ?"))
    , m_redact(db, QStringLiteral("UPDATE history SET changes = ?, redacted_by = ? WHERE id = ?"))
{}

Status HistoryRepository::append(QList<HistoryEntry> &entries)
{
    if (entries.isEmpty())
        return {};
    const QString what = tr("Recording the history of the change");
    qint64 last = 0;
    QString previous;
    {
        QSqlQuery &q = m_head.query();
        if (Status s = m_head.exec(what); !s)
            return s;
        if (q.next()) {
            last = q.value(0).toLongLong();
            previous = q.value(1).toString();
        }
        m_head.finish();
    }
    const qint64 first = last + 1;
    QSqlQuery &q = m_insert.query();
    for (HistoryEntry &e : entries) {
        e.id = ++last;
        if (!e.batch)
            e.batch = first;
        e.changesDigest = historyChangesDigest(e.changes);
        e.redactedBy = 0;
        e.hash = historyHash(e, previous);
        previous = e.hash;
        q.bindValue(0, e.id);
        q.bindValue(1, e.batch);
        q.bindValue(2, e.at.toSecsSinceEpoch());
        q.bindValue(3, sql::fromId(e.userId));
        q.bindValue(4, e.actor);
        q.bindValue(5, e.operation);
        q.bindValue(6, e.entity);
        q.bindValue(7, idOrNull(e.entityId));
        q.bindValue(8, idOrNull(e.customerId));
        q.bindValue(9, e.changes);
        q.bindValue(10, e.hash);
        q.bindValue(11, e.changesDigest);
        if (Status s = m_insert.exec(what); !s)
            return s;
    }
    return {};
}

Result<QList<HistoryEntry>> HistoryRepository::read(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(q, tr("Reading the history"));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        return sqlError(q, tr("Reading the history"));
    QList<HistoryEntry> out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

Result<QList<HistoryEntry>> HistoryRepository::page(const HistoryFilter &filter,
                                                    qint64 beforeId,
                                                    int limit)
{
    QVariantList values;
    QString where = whereOf(filter, values);
    if (beforeId > 0) {
        where += where.isEmpty() ? QStringLiteral(" WHERE id < ?") : QStringLiteral(" AND id < ?");
        values << beforeId;
    }
    values << qBound(1, limit, 10000);
    return read(QStringLiteral("SELECT ") + selectColumns(m_db) + QStringLiteral(" FROM history")
                    + where + QStringLiteral(" ORDER BY id DESC LIMIT ?"),
                values);
}

Result<qint64> HistoryRepository::count(const HistoryFilter &filter)
{
    QVariantList values;
    const QString where = whereOf(filter, values);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM history") + where))
        return sqlError(q, tr("Counting the history"));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Counting the history"));
    return q.value(0).toLongLong();
}

Result<QList<HistoryEntry>> HistoryRepository::since(qint64 afterId, int limit)
{
    QSqlQuery &q = m_since.query();
    q.bindValue(0, afterId);
    q.bindValue(1, qBound(1, limit, 100000));
    if (Status s = m_since.exec(tr("Reading the newest changes")); !s)
        return s.error();
    QList<HistoryEntry> out;
    while (q.next())
        out.append(entryFrom(q));
    m_since.finish();
    return out;
}

Result<qint64> HistoryRepository::lastId()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM history")) || !q.next())
        return sqlError(q, tr("Reading the history"));
    return q.value(0).toLongLong();
}

Result<QStringList> HistoryRepository::fields(const HistoryFilter &filter)
{
    QVariantList values;
    QString where = whereOf(filter, values);
    where += where.isEmpty() ? QStringLiteral(" WHERE operation <> 'batch'")
                             : QStringLiteral(" AND operation <> 'batch'");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT DISTINCT j.key FROM history, json_each(history.changes) j")
            + where + QStringLiteral(" ORDER BY j.key")))
        return sqlError(q, tr("Reading the history"));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        return sqlError(q, tr("Reading the history"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<std::optional<HistoryBreak>> HistoryRepository::verify()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool digests = m_db.schemaVersion() >= DigestSchema;
    if (!q.exec(QStringLiteral("SELECT ") + selectColumns(m_db)
                + QStringLiteral(" FROM history ORDER BY id")))
        return sqlError(q, tr("Checking the history"));
    using Break = std::optional<HistoryBreak>;
    QString previous;
    qint64 expected = 1;
    QMap<qint64, QList<qint64>> redacted; // erase batch -> the entries it says it blanked
    QHash<qint64, QJsonObject> erases;    // erase batch heads seen -> their descriptions
    while (q.next()) {
        const HistoryEntry e = entryFrom(q);
        if (e.id != expected) {
            return Break(HistoryBreak{
                e.id,
                e.id > expected
                    ? tr("History entry %1 does not follow entry %2: entries were removed.")
                          .arg(e.id)
                          .arg(expected - 1)
                    : tr("History entry %1 is out of order: entries were inserted.").arg(e.id)});
        }
        if (e.isRedacted()) {
            // Only a later erase may blank an entry; whether it did is checked at its head.
            if (e.redactedBy <= e.id)
                return Break(HistoryBreak{e.id,
                                          tr("History entry %1 is marked as erased, but by no "
                                             "later erase.")
                                              .arg(e.id)});
            redacted[e.redactedBy].append(e.id);
        } else if (digests && historyChangesDigest(e.changes) != e.changesDigest) {
            return Break(HistoryBreak{e.id,
                                      tr("History entry %1 does not fit the chain: its changes "
                                         "were altered.")
                                          .arg(e.id)});
        }
        if (e.hash != (digests ? historyHash(e, previous) : legacyHistoryHash(e, previous))) {
            return Break(HistoryBreak{e.id,
                                      tr("History entry %1 does not fit the chain: it was "
                                         "changed, or an entry was inserted before it.")
                                          .arg(e.id)});
        }
        if (e.isBatchHead() && e.entity == QLatin1String("erase") && !e.isRedacted())
            erases.insert(e.id, e.changeObject());
        previous = e.hash;
        ++expected;
    }
    q.finish();
    for (auto it = redacted.constBegin(); it != redacted.constEnd(); ++it) {
        const auto head = erases.constFind(it.key());
        const bool named = head != erases.constEnd()
                           && head->value(QLatin1String("redacted")).toInteger()
                                  == it.value().size()
                           && head->value(QLatin1String("redacted_digest")).toString()
                                  == redactedDigest(it.value());
        if (!named)
            return Break(HistoryBreak{it.value().constFirst(),
                                      tr("History entry %1 is marked as erased, but the erase "
                                         "it names did not erase it.")
                                          .arg(it.value().constFirst())});
    }
    // AUTOINCREMENT remembers the highest id ever given, so removing the newest entries shows.
    if (!q.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'history'")))
        return sqlError(q, tr("Checking the history"));
    const qint64 highest = q.next() ? q.value(0).toLongLong() : 0;
    if (highest > expected - 1) {
        return Break(HistoryBreak{
            expected,
            highest == expected
                ? tr("History entry %1 is missing: the newest entry was removed.").arg(expected)
                : tr("History entries %1 to %2 are missing: the newest entries were removed.")
                      .arg(expected)
                      .arg(highest)});
    }
    return Break();
}

QString HistoryRepository::redactedDigest(const QList<qint64> &entryIds)
{
    QList<qint64> ids = entryIds;
    std::sort(ids.begin(), ids.end());
    QByteArray text;
    for (qint64 id : std::as_const(ids))
        text += QByteArray::number(id) + ',';
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

Result<qint64> HistoryRepository::nextId()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = "
                               "'history'), 0) + 1"))
        || !q.next())
        return sqlError(q, tr("Reading the history"));
    return q.value(0).toLongLong();
}

Result<QList<HistoryEntry>> HistoryRepository::aboutCustomer(qint64 customerId,
                                                             const QStringList &values)
{
    // The customer's own entries, the links other customers' entries made to them, and any
    // entry whose changes carry one of their values (a merge's description, an edit of another
    // record that copied their e-mail...).
    QString sql = QStringLiteral("SELECT ") + selectColumns(m_db)
                  + QStringLiteral(
                      " FROM history WHERE customer_id = ? OR (entity = 'relationship' AND "
                      "EXISTS (SELECT 1 FROM json_each(history.changes, '$.to_id') "
                      "WHERE value = ?))");
    QVariantList bound{customerId, customerId};
    // LIKE is case-insensitive (ASCII) and, over a million entries, three times cheaper than
    // instr(lower(...)); the caller compares again, without case, in full Unicode.
    for (QString value : values) {
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        sql += QStringLiteral(" OR changes LIKE ? ESCAPE '\\'");
        bound << QString(QLatin1Char('%') + value + QLatin1Char('%'));
    }
    return read(sql + QStringLiteral(" ORDER BY id"), bound);
}

Status HistoryRepository::redact(qint64 entryId, const QString &changes, qint64 eraseBatch)
{
    QSqlQuery &q = m_redact.query();
    q.bindValue(0, changes);
    q.bindValue(1, eraseBatch);
    q.bindValue(2, entryId);
    return m_redact.exec(tr("Erasing from the history"));
}

} // namespace rapport
