// The demo customers' survey answers: who answered, when, and scores that follow how the
// customers were treated.
#include "core/storage/database.h"
#include "tests/support/demodatabase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace rapport;
using namespace rapport::test::demodb;

TEST_CASE("A quarter of the demo customers answered one to three surveys", "[demo][survey]")
{
    Generated &g = generated();
    Database &db = g.db.db();
    const double answers = scalar(db, QStringLiteral("SELECT count(*) FROM surveys"));
    CHECK(g.summary.surveys == qint64(answers));
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT customer_id) FROM surveys")) / 3000
          == Approx(0.25).margin(0.06));
    CHECK(scalar(db,
                 QStringLiteral("SELECT max(n) FROM (SELECT count(*) n FROM surveys "
                                "GROUP BY customer_id)"))
          <= 3);
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM (SELECT count(*) n FROM surveys "
                                "GROUP BY customer_id) WHERE n > 1"))
          > 0);
    // Answered while the customer was one, never after the end date; all three kinds.
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM surveys s JOIN customers c "
                                "ON c.id = s.customer_id WHERE s.answered_at < c.created_at "
                                "OR s.answered_at > %1")
                     .arg(End))
          == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT kind) FROM surveys")) == 3);
    CHECK(scalar(db, QStringLiteral("SELECT avg(comment IS NOT NULL) FROM surveys"))
          == Approx(0.3).margin(0.08));
    // Stored in time order within each customer, as the index grows.
    CHECK(scalar(db,
                 QStringLiteral("SELECT count(*) FROM surveys a JOIN surveys b "
                                "ON b.id = a.id + 1 AND b.customer_id = a.customer_id "
                                "WHERE b.answered_at < a.answered_at"))
          == 0);
}

TEST_CASE("Demo survey scores have the NPS shape and follow how customers were treated",
          "[demo][survey]")
{
    Database &db = generated().db.db();
    const double promoters = scalar(db, QStringLiteral("SELECT avg(score >= 9) FROM surveys"));
    const double detractors = scalar(db, QStringLiteral("SELECT avg(score <= 6) FROM surveys"));
    INFO("promoters " << promoters << ", detractors " << detractors);
    CHECK(promoters >= 0.35);
    CHECK(promoters <= 0.6);
    CHECK(detractors >= 0.12);
    CHECK(detractors <= 0.35);
    CHECK(scalar(db, QStringLiteral("SELECT count(DISTINCT score) FROM surveys")) >= 10);

    // Customers with complaints score lower than those without, by more than a point.
    const QString byComplaints = QStringLiteral(
        "SELECT avg(score) FROM surveys s WHERE %1 EXISTS (SELECT 1 FROM cases k "
        "WHERE k.customer_id = s.customer_id AND k.kind = 0 AND k.opened_at <= s.answered_at)");
    const double complained = scalar(db, byComplaints.arg(QString()));
    const double content = scalar(db, byComplaints.arg(QStringLiteral("NOT")));
    INFO("with complaints " << complained << ", without " << content);
    CHECK(content - complained > 1.0);

    // The biggest buyers score higher than the smallest ones.
    const QString byRevenue = QStringLiteral(
        "WITH r(customer_id, revenue) AS (SELECT s.customer_id, coalesce((SELECT "
        "sum(total_minor) FROM orders o WHERE o.customer_id = s.customer_id AND o.status = 1), 0) "
        "FROM surveys s GROUP BY s.customer_id), "
        "q(customer_id, tile) AS (SELECT customer_id, ntile(4) OVER (ORDER BY revenue) FROM r) "
        "SELECT avg(score) FROM surveys s JOIN q USING (customer_id) WHERE q.tile = %1");
    const double top = scalar(db, byRevenue.arg(4)), bottom = scalar(db, byRevenue.arg(1));
    INFO("top quarter " << top << ", bottom quarter " << bottom);
    CHECK(top - bottom > 0.3);
}
