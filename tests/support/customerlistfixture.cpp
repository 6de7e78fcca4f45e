#include "tests/support/customerlistfixture.h"

#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace rapport::test {

void SmallList::exec(const QString &sql)
{
    QSqlQuery q(db().connection());
    if (!q.exec(sql))
        FAIL(sql.toStdString() << ": " << q.lastError().text().toStdString());
}

SmallList::SmallList()
{
    exec(QStringLiteral(
        "INSERT INTO users (id, login, display_name, role, created_at, updated_at) VALUES"
        " (1, 'zoe', 'Zoë Adler', 2, 0, 0), (2, 'omer', 'Ömer Yilmaz', 2, 0, 0),"
        " (3, 'anna', 'anna Berg', 2, 0, 0)"));
    zoe = 1;
    omer = 2;
    anna = 3;
    exec(QStringLiteral(
        "INSERT INTO customers (id, kind, first_name, last_name, name, sort_name, stage, owner_id,"
        " created_at, updated_at, deleted_at) VALUES"
        " (1, 1, NULL, NULL, 'Acme GmbH', 'acme gmbh', 1, 3, 0, 0, NULL),"
        " (2, 1, NULL, NULL, 'Zeta AG', 'zeta ag', 2, 1, 0, 0, NULL),"
        " (3, 0, 'Anna', 'Müller', 'Anna Müller', 'muller anna', 2, 1, 0, 0, NULL),"
        " (4, 0, 'Ben', 'Müller', 'Ben Müller', 'muller ben', 0, 2, 0, 0, NULL),"
        " (5, 0, 'Cara', 'Adams', 'Cara Adams', 'adams cara', 2, NULL, 0, 0, NULL),"
        " (6, 0, 'Dora', 'Trash', 'Dora Trash', 'trash dora', 2, 1, 0, 0, 100)"));
    exec(QStringLiteral(
        "INSERT INTO contact_points (customer_id, kind, label, value, city, is_primary,"
        " phone_key) VALUES"
        " (1, 0, 0, '+4940999', NULL, 1, '9990494'), (1, 1, 0, 'info@acme.example', NULL, 1, NULL),"
        " (1, 2, 0, 'Street 1, Zürich', 'Zürich', 1, NULL),"
        " (2, 2, 0, 'Street 2, Köln', 'Köln', 1, NULL),"
        " (3, 0, 0, '+4930111', NULL, 1, '1110394'), (3, 1, 0, 'b@x.example', NULL, 1, NULL),"
        " (3, 2, 0, 'Street 3, Köln', 'Köln', 1, NULL),"
        " (4, 1, 0, 'a@x.example', NULL, 1, NULL),"
        " (5, 0, 0, '+4930222', NULL, 1, '2220394'), (5, 2, 0, 'Street 5, Aachen', 'Aachen', 1,"
        " NULL),"
        " (6, 0, 0, '+4930000', NULL, 1, '0000394')"));
    exec(QStringLiteral("INSERT INTO relationships (from_id, to_id, kind) VALUES (3, 2, 0),"
                        " (4, 1, 0)"));
    exec(QStringLiteral("INSERT INTO tags (id, name) VALUES (1, 'vip'), (70, 'late')"));
    exec(QStringLiteral("INSERT INTO customer_tags (customer_id, tag_id) VALUES (1, 1), (3, 1),"
                        " (5, 70)"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    t1 = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() - 30 * 86400, Qt::UTC);
    t2 = t1.addDays(5);
    t3 = t1.addDays(10);
    exec(QStringLiteral("INSERT INTO interactions (customer_id, channel, direction, occurred_at)"
                        " VALUES (5, 0, 0, %1), (2, 0, 0, %2), (3, 0, 1, %3), (3, 1, 0, %1)")
             .arg(t1.toSecsSinceEpoch())
             .arg(t2.toSecsSinceEpoch())
             .arg(t3.toSecsSinceEpoch()));
    const qint64 recent = now.toSecsSinceEpoch() - 10 * 86400;
    const qint64 old = now.toSecsSinceEpoch() - 400 * 86400;
    exec(QStringLiteral("INSERT INTO orders (customer_id, ordered_at, status, currency,"
                        " total_minor) VALUES (2, %1, 1, 'EUR', 100), (3, %1, 1, 'EUR', 300),"
                        " (3, %1, 1, 'EUR', 200), (5, %1, 1, 'EUR', 500), (5, %2, 1, 'EUR', 999),"
                        " (1, %1, 0, 'EUR', 700), (4, %1, 2, 'EUR', 800)")
             .arg(recent)
             .arg(old));
}

} // namespace rapport::test
