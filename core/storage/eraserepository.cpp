#include "core/storage/eraserepository.h"

#include "core/domain/textfold.h"
#include "core/storage/database.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqlvalues.h"

#include <QSqlQuery>

namespace rapport {
namespace {

// One statement with bound values; a failure says that `what` failed.
Status exec(const Database &db, const QString &sql, const QVariantList &values, const QString &what)
{
    QSqlQuery q(db.connection());
    if (!q.prepare(sql))
        return sqlError(q, what);
    if (sql.contains(QLatin1String(":c"))) {
        q.bindValue(QStringLiteral(":c"), values.value(0)); // one customer, named where repeated
    } else {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
    }
    if (!q.exec())
        return sqlError(q, what);
    return {};
}

} // namespace

EraseRepository::EraseRepository(const Database &db)
    : m_db(db)
{}

Result<bool> EraseRepository::exists(qint64 customerId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString what = tr("Reading the person to erase");
    if (!q.prepare(QStringLiteral("SELECT 1 FROM customers WHERE id = ?")))
        return sqlError(q, what);
    q.bindValue(0, customerId);
    if (!q.exec())
        return sqlError(q, what);
    return q.next();
}

Result<QStringList> EraseRepository::identifyingValues(qint64 customerId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString what = tr("Reading the person to erase");
    if (!q.prepare(QStringLiteral(
            "SELECT name FROM customers WHERE id = :c UNION SELECT first_name FROM customers "
            "WHERE id = :c UNION SELECT last_name FROM customers WHERE id = :c "
            "UNION SELECT external_key FROM customers WHERE id = :c "
            "UNION SELECT value FROM contact_points WHERE customer_id = :c "
            "UNION SELECT street FROM contact_points WHERE customer_id = :c "
            "UNION SELECT substr(value, 2) FROM contact_points WHERE customer_id = :c "
            "AND kind = 0")))
        return sqlError(q, what);
    q.bindValue(QStringLiteral(":c"), customerId);
    if (!q.exec())
        return sqlError(q, what);
    QStringList values;
    while (q.next()) {
        const QString v = q.value(0).toString().trimmed();
        if (v.size() >= 3 && !values.contains(v))
            values << v;
    }
    return values;
}

Result<QList<qint64>> EraseRepository::linkedCustomers(qint64 customerId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString what = tr("Reading the person to erase");
    if (!q.prepare(QStringLiteral("SELECT to_id FROM relationships WHERE from_id = :c "
                                  "UNION SELECT from_id FROM relationships WHERE to_id = :c")))
        return sqlError(q, what);
    q.bindValue(QStringLiteral(":c"), customerId);
    if (!q.exec())
        return sqlError(q, what);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Status EraseRepository::anonymize(qint64 customerId,
                                  const QString &placeholder,
                                  const QDateTime &now)
{
    const QString what = tr("Erasing the person's data");
    const QVariant c = customerId;
    // The customer row keeps what the dashboards count by (kind, stage, owner, acquisition,
    // times); the texts that say who it was go.
    if (Status s = exec(m_db,
                        QStringLiteral(
                            "UPDATE customers SET first_name = NULL, last_name = NULL, "
                            "name = ?, sort_name = ?, notes = NULL, external_key = NULL, "
                            "updated_at = ?, version = version + 1 WHERE id = ?"),
                        {placeholder, foldText(placeholder), sql::fromDateTime(now), c},
                        what);
        !s)
        return s;
    const QList<QString> statements{
        QStringLiteral("DELETE FROM contact_points WHERE customer_id = ?"),
        QStringLiteral("DELETE FROM relationships WHERE from_id = :c OR to_id = :c"),
        QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ?"),
        QStringLiteral("DELETE FROM consents WHERE customer_id = ?"),
        QStringLiteral("DELETE FROM customer_notes WHERE customer_id = ?"),
        // Rows the activity and service figures count stay, without their texts.
        QStringLiteral("UPDATE interactions SET subject = '', notes = NULL, "
                       "version = version + 1 WHERE customer_id = ?"),
        QStringLiteral("UPDATE cases SET subject = '', description = NULL, resolution = NULL, "
                       "version = version + 1 WHERE customer_id = ?"),
        QStringLiteral("UPDATE tasks SET title = '', notes = NULL, version = version + 1 "
                       "WHERE customer_id = :c OR case_id IN (SELECT id FROM cases "
                       "WHERE customer_id = :c)"),
        QStringLiteral("UPDATE surveys SET comment = NULL WHERE customer_id = ?"),
    };
    for (QString sql : statements) {
        sql.replace(QLatin1String(" = ?"), QLatin1String(" = :c"));
        if (Status s = exec(m_db, sql, {c}, what); !s)
            return s;
    }
    return {};
}

Status EraseRepository::compactSearchIndex()
{
    return exec(m_db,
                QStringLiteral("INSERT INTO customer_search(customer_search) VALUES ('optimize')"),
                {},
                tr("Compacting the search index"));
}

Status EraseRepository::setSecureDelete(bool on)
{
    return exec(m_db,
                on ? QStringLiteral("PRAGMA secure_delete = ON")
                   : QStringLiteral("PRAGMA secure_delete = OFF"),
                {},
                tr("Erasing the person's data"));
}

} // namespace rapport
