#include "core/models/customerlistmodel.h"
#include "core/services/changebus.h"
#include "core/services/revenuewindow.h"
#include "core/storage/customerlistrepository.h"
#include "core/storage/revenuewindowrepository.h"
#include "tests/support/customerlistfixture.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <catch2/catch.hpp>

using namespace rapport;
using L = test::SmallList;

namespace {

qint64 revenueOf(Database &db, qint64 id)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT revenue_minor FROM customer_list WHERE id = %1").arg(id)));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

qint64 at(const QDate &day)
{
    return QDateTime(day, QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
}

} // namespace

TEST_CASE("The revenue window counts 12 months back from its day", "[list][revenue]")
{
    test::SmallList f;
    ChangeBus bus;
    QSignalSpy notices(&bus, &ChangeBus::changed);
    RevenueWindow window(f.db(), &bus);
    const QDate day(2030, 3, 15);
    CHECK(RevenueWindowRepository::windowStart(day)
          == QDateTime(QDate(2029, 3, 15), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());

    // Ben: one order a year and a day before the day, one on the first day of the window.
    f.exec(QStringLiteral("INSERT INTO orders (customer_id, ordered_at, status, currency,"
                          " total_minor) VALUES (%1, %2, 1, 'EUR', 10), (%1, %3, 1, 'EUR', 20)")
               .arg(L::Ben)
               .arg(at(QDate(2029, 3, 14)))
               .arg(at(QDate(2029, 3, 15))));
    REQUIRE(window.advance(day).value() > 0);
    CHECK(RevenueWindowRepository(f.db()).revenueAsOf().value() == day);
    CHECK(revenueOf(f.db(), L::Ben) == 20);
    // The fixture's orders (placed days ago) are older than that window.
    CHECK(revenueOf(f.db(), L::Anna) == 0);
    CHECK(window.advance(day).value() == 0); // nothing to do the same day
    const int before = int(notices.size());

    // A day later Ben's first counted order drops out; the rest stays.
    REQUIRE(window.advance(day.addDays(1)).value() == 1);
    CHECK(revenueOf(f.db(), L::Ben) == 0);
    REQUIRE(notices.size() == before + 1);
    const auto notice = notices.last().at(0).value<ChangeNotice>();
    CHECK(notice.entity == ChangeNotice::Entity::Order);
    CHECK(notice.customerIds == QList<qint64>{L::Ben});

    // Back two days (a clock set back): both orders count again.
    REQUIRE(window.advance(day.addDays(-1)).ok());
    CHECK(revenueOf(f.db(), L::Ben) == 30);

    // Today again: the fixture's own figures; Ben's orders, in the future, count.
    REQUIRE(window.advance().ok());
    CHECK(revenueOf(f.db(), L::Anna) == 500);
    CHECK(revenueOf(f.db(), L::Ben) == 30);
    CHECK(revenueOf(f.db(), L::Cara) == 500);
    CHECK(revenueOf(f.db(), L::Zeta) == 100);
}

TEST_CASE("The list moves a stale revenue window in the background and then shows it",
          "[list][revenue][model]")
{
    test::SmallList f;
    const QDate today = RevenueWindow::today();
    // Ben's order is in the window that ended ten days ago, not in today's.
    f.exec(QStringLiteral("INSERT INTO orders (customer_id, ordered_at, status, currency,"
                          " total_minor) VALUES (%1, %2, 1, 'EUR', 4200)")
               .arg(L::Ben)
               .arg(at(today.addDays(-370))));
    REQUIRE(RevenueWindow(f.db(), nullptr).advance(today.addDays(-10)).ok());
    REQUIRE(revenueOf(f.db(), L::Ben) == 4200);

    ChangeBus bus;
    QSignalSpy notices(&bus, &ChangeBus::changed);
    CustomerListModel model(f.db(), &bus);
    // The move runs on a connection of its own; its notice comes back to this thread.
    REQUIRE(QTest::qWaitFor([&notices] { return !notices.isEmpty(); }, 10'000));
    const auto notice = notices.last().at(0).value<ChangeNotice>();
    CHECK(notice.entity == ChangeNotice::Entity::Order);
    CHECK(notice.customerIds.contains(L::Ben));
    CHECK(RevenueWindowRepository(f.db()).revenueAsOf().value() == today);
    CHECK(revenueOf(f.db(), L::Ben) == 0);
    const int row = model.rowOf(L::Ben);
    REQUIRE(row >= 0);
    CHECK(model.index(row, CustomerListModel::Revenue).data().toString().isEmpty());
    // Nothing moves twice on the same day.
    RevenueWindow again(f.db(), nullptr);
    CHECK_FALSE(again.needsMove(today).value());
}
