#include "recordsnapshot.h"

#include "core/storage/database.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

namespace rapport::test {
namespace {

void append(QStringList &out, Database &db, const QString &sql, qint64 id, const QStringList &skipped)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (int i = 0; i < sql.count(QLatin1Char('?')); ++i)
        q.addBindValue(id);
    if (!q.exec())
        FAIL(sql.toStdString());
    while (q.next()) {
        QStringList fields;
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i) {
            if (skipped.contains(r.fieldName(i)))
                continue;
            fields << r.fieldName(i) + QLatin1Char('=')
                          + (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        }
        out << fields.join(QLatin1Char('|'));
    }
}

} // namespace

QStringList recordSnapshot(Database &db, qint64 customerId, bool withVersions)
{
    const QStringList skipped = withVersions ? QStringList()
                                             : QStringList{QStringLiteral("version"),
                                                           QStringLiteral("updated_at")};
    QStringList out;
    append(out, db, QStringLiteral("SELECT * FROM customers WHERE id = ?"), customerId, skipped);
    if (out.isEmpty())
        return out;
    append(out,
           db,
           QStringLiteral("SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
                          "WHERE ct.customer_id = ? ORDER BY t.name"),
           customerId,
           skipped);
    append(out,
           db,
           QStringLiteral("SELECT * FROM contact_points WHERE customer_id = ? ORDER BY id"),
           customerId,
           skipped);
    append(out,
           db,
           QStringLiteral("SELECT * FROM relationships WHERE from_id = ? OR to_id = ? "
                          "ORDER BY id"),
           customerId,
           skipped);
    return out;
}

} // namespace rapport::test
