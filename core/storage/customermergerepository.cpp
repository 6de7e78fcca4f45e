#include "core/storage/customermergerepository.h"

#include "core/storage/database.h"
#include "core/storage/nativestatement.h"
#include "core/storage/repositorysupport.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqlvalues.h"

#include <QSqlQuery>

namespace rapport {

namespace {

const char *const Columns[] = {"first_name",
                               "last_name",
                               "name",
                               "stage",
                               "owner_id",
                               "source",
                               "acquired_on",
                               "notes",
                               "external_key"};

} // namespace

CustomerMergeRepository::CustomerMergeRepository(const Database &db)
    : m_db(db)
    , m_read(db,
             QStringLiteral("SELECT c.kind, c.version, c.deleted_at, c.first_name, c.last_name, "
                            "c.name, c.stage, c.owner_id, c.source, c.acquired_on, c.notes, "
                            "c.external_key, u.display_name FROM customers c "
                            "LEFT JOIN users u ON u.id = c.owner_id WHERE c.id = ?"))
    , m_tags(db,
             QStringLiteral("SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
                            "WHERE ct.customer_id = ? ORDER BY t.name COLLATE NOCASE"))
    , m_update(db,
               QStringLiteral("UPDATE customers SET first_name = ?, last_name = ?, name = ?, "
                              "stage = ?, owner_id = ?, source = ?, acquired_on = ?, notes = ?, "
                              "external_key = ?, sort_name = ?, updated_at = ?, "
                              "version = version + 1 WHERE id = ? AND version = ?"))
    , m_trash(db,
              QStringLiteral("UPDATE customers SET external_key = NULL, deleted_at = ?, "
                             "updated_at = ?, version = version + 1 "
                             "WHERE id = ? AND version = ? AND deleted_at IS NULL"))
    , m_exists(db, QStringLiteral("SELECT 1 FROM customers WHERE id = ?"))
{}

Result<MergeRow> CustomerMergeRepository::read(qint64 id)
{
    MergeRow row;
    row.id = id;
    {
        repository::FinishGuard guard(m_read);
        QSqlQuery &q = m_read.query();
        q.bindValue(0, id);
        if (Status s = m_read.exec(tr("Reading a customer to merge")); !s)
            return s.error();
        if (!q.next())
            return Error(Error::Kind::NotFound, tr("Customer %1 does not exist.").arg(id));
        row.kind = q.value(0).toInt();
        row.version = q.value(1).toInt();
        row.trashed = !q.value(2).isNull();
        for (int i = 0; i < 9; ++i) {
            const QVariant v = q.value(3 + i);
            row.values.insert(QLatin1String(Columns[i]), v.isNull() ? QVariant() : v);
        }
        row.ownerName = q.value(12).toString();
    }
    repository::FinishGuard guard(m_tags);
    QSqlQuery &q = m_tags.query();
    q.bindValue(0, id);
    if (Status s = m_tags.exec(tr("Reading a customer's tags")); !s)
        return s.error();
    while (q.next())
        row.tags << q.value(0).toString();
    return row;
}

Status CustomerMergeRepository::updateSurvivor(qint64 id,
                                               int version,
                                               const QVariantMap &values,
                                               const QDateTime &now)
{
    QSqlQuery &q = m_update.query();
    for (int i = 0; i < 9; ++i)
        q.bindValue(i, values.value(QLatin1String(Columns[i])));
    q.bindValue(9, values.value(QStringLiteral("sort_name")));
    q.bindValue(10, sql::fromDateTime(repository::stored(now)));
    q.bindValue(11, id);
    q.bindValue(12, version);
    const QString what = tr("Saving the merged customer");
    if (Status s = m_update.exec(what); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return repository::staleOrMissing(m_exists,
                                          id,
                                          tr("The customer was changed by someone else since it "
                                             "was read; read it again and merge then."),
                                          tr("Customer %1 does not exist.").arg(id),
                                          what);
    return {};
}

Status CustomerMergeRepository::trashOther(qint64 id, int version, const QDateTime &now)
{
    QSqlQuery &q = m_trash.query();
    const QVariant at = sql::fromDateTime(repository::stored(now));
    q.bindValue(0, at);
    q.bindValue(1, at);
    q.bindValue(2, id);
    q.bindValue(3, version);
    const QString what = tr("Moving the merged customer to the trash");
    if (Status s = m_trash.exec(what); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return repository::staleOrMissing(m_exists,
                                          id,
                                          tr("The customer was changed by someone else since it "
                                             "was read; read it again and merge then."),
                                          tr("Customer %1 does not exist.").arg(id),
                                          what);
    return {};
}

Result<qint64> CustomerMergeRepository::run(const QString &sql,
                                            qint64 survivor,
                                            qint64 other,
                                            const QString &what)
{
    // One-off statements of a rare write, prepared for this merge only; ?1 is the survivor and
    // ?2 the other customer wherever they appear.
    const QByteArray text = QString(sql)
                                .replace(QLatin1String(":s"), QLatin1String("?1"))
                                .replace(QLatin1String(":o"), QLatin1String("?2"))
                                .toUtf8();
    NativeStatement statement(m_db, text.constData());
    statement.bind(1, survivor);
    statement.bind(2, other);
    if (Status s = statement.exec(what); !s)
        return s.error();
    return qint64(statement.changes());
}

Result<MergeCounts> CustomerMergeRepository::moveRows(qint64 survivor, qint64 other)
{
    MergeCounts n;
    const QString what = tr("Moving the merged customer's records");
    // Rows that only belong to the customer: moved as they are (versions bumped, so an editor
    // holding one sees that it changed).
    const struct
    {
        const char *table;
        bool versioned;
        qint64 MergeCounts::*count;
    } plain[] = {
        {"interactions", true, &MergeCounts::interactions},
        {"orders", true, &MergeCounts::orders},
        {"cases", true, &MergeCounts::cases},
        {"tasks", true, &MergeCounts::tasks},
        {"customer_notes", true, &MergeCounts::notes},
        {"surveys", false, &MergeCounts::surveys},
    };
    for (const auto &t : plain) {
        const QString sql
            = QStringLiteral("UPDATE %1 SET customer_id = :s%2 WHERE customer_id = :o")
                  .arg(QLatin1String(t.table),
                       t.versioned ? QStringLiteral(", version = version + 1") : QString());
        Result<qint64> moved = run(sql, survivor, other, what);
        if (!moved)
            return moved.error();
        n.*t.count = *moved;
    }

    // Contact points: an exact duplicate of one the survivor has is dropped; the others move, and
    // stay primary only where the survivor has no primary of their kind.
    Result<qint64> r = run(QStringLiteral(
                               "DELETE FROM contact_points WHERE customer_id = :o AND EXISTS "
                               "(SELECT 1 FROM contact_points s WHERE s.customer_id = :s "
                               "AND s.kind = contact_points.kind "
                               "AND s.value = contact_points.value "
                               "AND s.street IS contact_points.street "
                               "AND s.postal_code IS contact_points.postal_code "
                               "AND s.city IS contact_points.city "
                               "AND s.region IS contact_points.region "
                               "AND s.country IS contact_points.country)"),
                           survivor,
                           other,
                           what);
    if (!r)
        return r.error();
    n.contactPointsDropped = *r;
    r = run(QStringLiteral("UPDATE contact_points SET customer_id = :s, is_primary = CASE "
                           "WHEN is_primary = 1 AND EXISTS (SELECT 1 FROM contact_points s "
                           "WHERE s.customer_id = :s AND s.kind = contact_points.kind "
                           "AND s.is_primary = 1) THEN 0 ELSE is_primary END, "
                           "version = version + 1 WHERE customer_id = :o"),
            survivor,
            other,
            what);
    if (!r)
        return r.error();
    n.contactPoints = *r;

    // Tags: the survivor gets the other's (a row each), the other's rows go.
    r = run(QStringLiteral("INSERT INTO customer_tags (customer_id, tag_id) "
                           "SELECT :s, tag_id FROM customer_tags WHERE customer_id = :o "
                           "AND tag_id NOT IN (SELECT tag_id FROM customer_tags "
                           "WHERE customer_id = :s)"),
            survivor,
            other,
            what);
    if (!r)
        return r.error();
    n.tags = *r;
    r = run(QStringLiteral("DELETE FROM customer_tags WHERE customer_id = :o"),
            survivor,
            other,
            what);
    if (!r)
        return r.error();

    // Consents: one per channel; of two, the newer one stays (the survivor's on the same day).
    r = run(QStringLiteral("DELETE FROM consents WHERE customer_id = :o AND EXISTS "
                           "(SELECT 1 FROM consents s WHERE s.customer_id = :s "
                           "AND s.channel = consents.channel AND s.given_on >= consents.given_on)"),
            survivor,
            other,
            what);
    if (!r)
        return r.error();
    n.consentsDropped = *r;
    r = run(QStringLiteral("DELETE FROM consents WHERE customer_id = :s AND EXISTS "
                           "(SELECT 1 FROM consents o WHERE o.customer_id = :o "
                           "AND o.channel = consents.channel)"),
            survivor,
            other,
            what);
    if (!r)
        return r.error();
    n.consentsDropped += *r;
    r = run(QStringLiteral("UPDATE consents SET customer_id = :s WHERE customer_id = :o"),
            survivor,
            other,
            what);
    if (!r)
        return r.error();
    n.consents = *r;

    // Relationships, both ends: a link that would point at the survivor itself or collide with
    // one the survivor has (UNIQUE (from_id, kind, to_id)) is dropped; the others move.
    const char *const relationshipSteps[] = {
        "DELETE FROM relationships WHERE from_id = :o AND (to_id = :s OR EXISTS "
        "(SELECT 1 FROM relationships r WHERE r.from_id = :s AND r.kind = relationships.kind "
        "AND r.to_id = relationships.to_id))",
        "UPDATE relationships SET from_id = :s, version = version + 1 WHERE from_id = :o",
        "DELETE FROM relationships WHERE to_id = :o AND (from_id = :s OR EXISTS "
        "(SELECT 1 FROM relationships r WHERE r.to_id = :s AND r.kind = relationships.kind "
        "AND r.from_id = relationships.from_id))",
        "UPDATE relationships SET to_id = :s, version = version + 1 WHERE to_id = :o",
    };
    for (int i = 0; i < 4; ++i) {
        r = run(QString::fromLatin1(relationshipSteps[i]), survivor, other, what);
        if (!r)
            return r.error();
        (i % 2 == 0 ? n.relationshipsDropped : n.relationships) += *r;
    }
    return n;
}

Result<qint64> CustomerMergeRepository::nextHistoryId()
{
    // history.id is AUTOINCREMENT: the next id is one past the table's sequence (never reused).
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'history'), 0) + 1")))
        return sqlError(q, tr("Reading the history"));
    return q.next() ? q.value(0).toLongLong() : qint64(1);
}

} // namespace rapport
