#include "tests/support/demodatabase.h"

#include "core/storage/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlError>
#include <QSqlRecord>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>

namespace rapport::test::demodb {

const QDate AsOf(2025, 6, 30);
const qint64 End = QDateTime(AsOf, QTime(23, 59, 59), QTimeZone::utc()).toSecsSinceEpoch();

DemoOptions options(qint64 customers, quint64 seed)
{
    DemoOptions o;
    o.customers = customers;
    o.seed = seed;
    o.asOf = AsOf;
    return o;
}

QSqlQuery query(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        FAIL(sql.toStdString() << ": " << q.lastError().text().toStdString());
    return q;
}

double scalar(Database &db, const QString &sql)
{
    QSqlQuery q = query(db, sql);
    REQUIRE(q.next());
    return q.value(0).toDouble();
}

std::vector<double> column(Database &db, const QString &sql)
{
    std::vector<double> values;
    QSqlQuery q = query(db, sql);
    while (q.next())
        values.push_back(q.value(0).toDouble());
    return values;
}

double topShare(std::vector<double> values, double fraction, std::size_t n)
{
    std::sort(values.begin(), values.end(), std::greater<>());
    const double total = std::accumulate(values.begin(), values.end(), 0.0);
    const std::size_t top = std::min(values.size(), std::size_t(double(n) * fraction));
    return std::accumulate(values.begin(), values.begin() + qsizetype(top), 0.0) / total;
}

QByteArray contentHash(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *table : {"users",
                              "products",
                              "tags",
                              "customers",
                              "customer_tags",
                              "contact_points",
                              "relationships",
                              "orders",
                              "order_lines",
                              "cases",
                              "interactions",
                              "tasks",
                              "customer_notes",
                              "surveys"}) {
        QSqlQuery q
            = query(db, QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                hash.addData(q.value(i).toString().toUtf8());
                hash.addData(QByteArrayView(q.value(i).isNull() ? "\x01" : "\x02"));
            }
        }
    }
    return hash.result();
}

QStringList schemaObjects(Database &db)
{
    QStringList objects;
    QSqlQuery q = query(db,
                        QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema "
                                       "WHERE type IN ('index', 'trigger', 'view', 'table') "
                                       "ORDER BY type, name"));
    while (q.next())
        objects << QStringList{q.value(0).toString(),
                               q.value(1).toString(),
                               q.value(2).toString(),
                               q.value(3).toString()}
                       .join(u'|');
    return objects;
}

Generated &generated()
{
    static Generated *g = [] {
        auto *made = new Generated;
        made->schemaBefore = schemaObjects(made->db.db());
        Result<DemoSummary> s = DemoGenerator(made->db.db(), options(3000)).run();
        if (!s)
            FAIL(s.error().message().toStdString());
        made->summary = *s;
        return made;
    }();
    return *g;
}

} // namespace rapport::test::demodb
