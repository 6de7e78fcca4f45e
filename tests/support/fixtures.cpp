#include "fixtures.h"

#include "core/domain/customer.h"
#include "core/domain/product.h"
#include "core/storage/customerrepository.h"
#include "core/storage/database.h"
#include "core/storage/productrepository.h"
#include "core/storage/transaction.h"
#include "core/storage/userrepository.h"

#include <QSqlQuery>

namespace rapport::test {

qint64 addCustomer(Database &db, const QString &name)
{
    Customer c;
    c.kind = CustomerKind::Organisation;
    c.organisation = name;
    CustomerRepository repo(db);
    WriteTransaction tx(db); // a connection with a write door records it in the history
    auto id = repo.insert(c, wallClock());
    if (id) {
        if (Status s = tx.commit(); !s)
            id = s.error();
    }
    if (!id)
        FAIL(id.error().message().toStdString());
    return *id;
}

qint64 addUser(Database &db, const QString &login, Role role)
{
    User u;
    u.login = login;
    u.displayName = login;
    u.role = role;
    UserRepository repo(db);
    WriteTransaction tx(db);
    auto id = repo.insert(u, wallClock());
    if (id) {
        if (Status s = tx.commit(); !s)
            id = s.error();
    }
    if (!id)
        FAIL(id.error().message().toStdString());
    return *id;
}

qint64 addProduct(Database &db, const QString &sku, qint64 priceMinor, const QString &currency)
{
    Product p;
    p.sku = sku;
    p.name = sku;
    p.unitPrice = Money{priceMinor, currency};
    ProductRepository repo(db);
    auto id = committed(db, [&] { return repo.insert(p); });
    if (!id)
        FAIL(id.error().message().toStdString());
    return *id;
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

qint64 rowCount(Database &db, const char *table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !q.next())
        FAIL("cannot count the rows of " << table);
    return q.value(0).toLongLong();
}

} // namespace rapport::test
