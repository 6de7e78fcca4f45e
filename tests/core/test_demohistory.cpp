// The demo customers' histories: revenue concentration, cohorts, cases, channels, stages, times.
#include "core/storage/database.h"
#include "tests/support/demodatabase.h"

#include <QSqlQuery>

#include <vector>

#include <catch2/catch.hpp>

using namespace rapport;
using namespace rapport::test::demodb;

TEST_CASE("Demo revenue is concentrated, cohorts decay and cases cluster", "[demo]")
{
    Database &db = generated().db.db();
    const std::vector<double> revenue
        = column(db,
                 QStringLiteral("SELECT sum(total_minor) FROM orders WHERE status IN (1, 3) "
                                "GROUP BY customer_id"));
    const double share = topShare(revenue, 0.2, revenue.size());
    CHECK(share >= 0.60);
    CHECK(share <= 0.80);

    // Of the customers won in the first half year, fewer buy in each later quarter.
    const auto activeIn = [&](int fromDay, int toDay) {
        return scalar(db,
                      QStringLiteral(
                          "SELECT avg(EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id "
                          "AND o.status <> 2 AND o.ordered_at >= c.created_at + %1 * 86400 "
                          "AND o.ordered_at < c.created_at + %2 * 86400)) FROM customers c "
                          "WHERE c.created_at < (SELECT min(created_at) FROM customers) "
                          "+ 182 * 86400")
                          .arg(fromDay)
                          .arg(toDay));
    };
    const double early = activeIn(30, 120), middle = activeIn(390, 480), late = activeIn(750, 840);
    CHECK(early > middle);
    CHECK(middle > late);
    CHECK(late > 0);

    // Complaints and service requests come mostly from a minority of customers.
    std::vector<double> cases
        = column(db, QStringLiteral("SELECT count(*) FROM cases GROUP BY customer_id"));
    CHECK(topShare(cases, 0.2, 3000) >= 0.7);
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM interactions WHERE outcome = 5 AND "
                                "case_id IS NULL"))
          == 0);
    // Old cases are closed with a resolution; the recent ones are still being worked on.
    CHECK(scalar(db,
                 QStringLiteral("SELECT avg(status IN (3, 4) AND resolution IS NOT NULL) "
                                "FROM cases WHERE opened_at < %1 - 90 * 86400")
                     .arg(End))
          > 0.9);
    CHECK(scalar(db,
                 QStringLiteral("SELECT avg(status IN (0, 1, 2)) FROM cases "
                                "WHERE opened_at > %1 - 3 * 86400")
                     .arg(End))
          > 0.5);
}

TEST_CASE("Demo data uses every channel, stage and outcome", "[demo]")
{
    Database &db = generated().db.db();
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT channel) FROM interactions")) == 8);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT outcome) FROM interactions")) == 7);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT direction) FROM interactions")) == 2);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT stage) FROM customers")) == 5);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT status) FROM orders")) == 4);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT kind) FROM relationships")) == 5);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT tag_id) FROM customer_tags")) == 8);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT kind) FROM cases")) == 2);
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM interactions WHERE channel IN (2, 7) "
                                "AND duration_s = 0"))
          == 0);

    // The stage follows from the history as of the end date.
    CHECK(scalar(db,
                 QStringLiteral(
                     "SELECT count(*) FROM (SELECT c.stage, "
                     "(SELECT max(ordered_at) FROM orders WHERE customer_id = c.id "
                     "AND status <> 2) AS last_order, "
                     "(SELECT max(occurred_at) FROM interactions WHERE customer_id = c.id) "
                     "AS last_contact, "
                     "EXISTS (SELECT 1 FROM interactions WHERE customer_id = c.id "
                     "AND direction = 1) AS contacted FROM customers c) "
                     "WHERE stage <> CASE "
                     "WHEN last_order IS NOT NULL THEN CASE WHEN %1 - last_order <= 180 * 86400 "
                     "THEN 2 WHEN %1 - last_order <= 365 * 86400 THEN 3 ELSE 4 END "
                     "WHEN %1 - last_contact > 365 * 86400 THEN 4 "
                     "WHEN contacted THEN 1 ELSE 0 END")
                     .arg(End))
          == 0);
}

TEST_CASE("Demo times lie within the three years up to the end date", "[demo]")
{
    Database &db = generated().db.db();
    const qint64 begin = End - 3 * 365 * Day;
    for (const char *sql : {"SELECT max(created_at), min(created_at) FROM customers",
                            "SELECT max(updated_at), min(updated_at) FROM customers",
                            "SELECT max(occurred_at), min(occurred_at) FROM interactions",
                            "SELECT max(ordered_at), min(ordered_at) FROM orders",
                            "SELECT max(opened_at), min(opened_at) FROM cases",
                            "SELECT max(resolved_at), min(resolved_at) FROM cases",
                            "SELECT max(done_at), min(done_at) FROM tasks",
                            "SELECT max(created_at), min(created_at) FROM tasks"}) {
        QSqlQuery q = query(db, QLatin1String(sql));
        REQUIRE(q.next());
        INFO(sql);
        CHECK(q.value(0).toLongLong() <= End);
        CHECK(q.value(1).toLongLong() >= begin);
    }
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM interactions i JOIN customers c "
                                "ON c.id = i.customer_id WHERE i.occurred_at < c.created_at"))
          == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM tasks WHERE done_at < created_at")) == 0);
    // Some follow-ups are overdue, some are due in the next two weeks, many are done.
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM tasks WHERE done_at IS NULL "
                                "AND due_at < %1")
                     .arg(End))
          > 0);
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM tasks WHERE done_at IS NULL "
                                "AND due_at >= %1 AND due_at < %1 + 14 * 86400")
                     .arg(End))
          > 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM tasks WHERE done_at IS NOT NULL")) > 0);
    // Interactions are stored in time order within each customer.
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM interactions a JOIN interactions b "
                                "ON b.id = a.id + 1 AND b.customer_id = a.customer_id "
                                "WHERE b.occurred_at < a.occurred_at"))
          == 0);
}
