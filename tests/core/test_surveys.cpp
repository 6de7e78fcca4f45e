#include "core/domain/survey.h"
#include "core/services/changebus.h"
#include "core/services/surveyservice.h"
#include "core/storage/customeroverviewrepository.h"
#include "core/storage/customerrepository.h"
#include "core/storage/surveyrepository.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempworkspace.h"

#include <QSqlQuery>

#include "core/storage/transaction.h"

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

SurveyAnswer answer(qint64 customer, int score, const QDateTime &at = {})
{
    SurveyAnswer a;
    a.customerId = customer;
    a.score = score;
    a.answeredAt = at;
    return a;
}

} // namespace

TEST_CASE("Survey kinds have keys and names, scores fall into NPS groups", "[survey]")
{
    test::checkEnumeration<SurveyKind>(surveyKindKeys, surveyKindName);
    CHECK(npsGroup(0) == NpsGroup::Detractor);
    CHECK(npsGroup(6) == NpsGroup::Detractor);
    CHECK(npsGroup(7) == NpsGroup::Passive);
    CHECK(npsGroup(8) == NpsGroup::Passive);
    CHECK(npsGroup(9) == NpsGroup::Promoter);
    CHECK(npsGroup(10) == NpsGroup::Promoter);
}

TEST_CASE("A survey answer is validated with one clear sentence", "[survey]")
{
    SurveyAnswer a = answer(7, 8, test::utc(2026, 5, 1));
    CHECK(a.validate().ok());
    a.score = 11;
    REQUIRE_FALSE(a.validate().ok());
    CHECK(a.validate().error().field() == QStringLiteral("score"));
    CHECK(a.validate().error().message()
          == QStringLiteral("The score must be a whole number from 0 to 10."));
    a.score = -1; // not given
    CHECK(a.validate().error().field() == QStringLiteral("score"));
    a.score = 0;
    CHECK(a.validate().ok());
    a.customerId = 0;
    CHECK(a.validate().error().field() == QStringLiteral("customerId"));
    a = answer(7, 8); // no date
    CHECK(a.validate().error().field() == QStringLiteral("answeredAt"));
    a = answer(7, 8, test::utc(2026, 5, 1));
    a.comment = QString(SurveyAnswer::MaxCommentLength + 1, QLatin1Char('x'));
    CHECK(a.validate().error().field() == QStringLiteral("comment"));
}

TEST_CASE("SurveyService adds answers, stamps the time and announces them", "[survey][service]")
{
    test::TempWorkspace t;
    const qint64 ada = t.addPerson(QStringLiteral("Ada"),
                                   QStringLiteral("Lovelace"),
                                   QStringLiteral("030 1234567"));
    QList<ChangeNotice> notices;
    QObject context;
    QObject::connect(&t->changes(), &ChangeBus::changed, &context, [&](const ChangeNotice &n) {
        notices << n;
    });
    SurveyService service(t.workspace());

    SurveyAnswer first = answer(ada, 9, test::utc(2026, 1, 10));
    first.kind = SurveyKind::AfterPurchase;
    first.comment = QStringLiteral("  Quick delivery.  ");
    REQUIRE(service.add(first).ok());
    CHECK(first.id > 0);
    CHECK(first.comment == QStringLiteral("Quick delivery.")); // tidied
    REQUIRE(notices.size() == 1);
    CHECK(notices[0].entity == ChangeNotice::Entity::Survey);
    CHECK(notices[0].action == ChangeNotice::Action::Created);
    CHECK(notices[0].ids == QList<qint64>{first.id});
    CHECK(notices[0].customerIds == QList<qint64>{ada});

    SurveyAnswer second = answer(ada, 4); // no date: the workspace's clock
    REQUIRE(service.add(second).ok());
    CHECK(second.answeredAt == t.now());

    auto answers = service.answers(ada);
    REQUIRE(answers.ok());
    REQUIRE(answers->size() == 2);
    CHECK(answers->at(0).id == second.id); // newest first
    CHECK(answers->at(1).score == 9);
    CHECK(answers->at(1).kind == SurveyKind::AfterPurchase);
    CHECK(answers->at(1).comment == QStringLiteral("Quick delivery."));
    CHECK(answers->at(1).answeredAt == test::utc(2026, 1, 10));

    SurveyRepository repo(t.db());
    auto latest = repo.latestForCustomer(ada);
    REQUIRE(latest.ok());
    REQUIRE(latest->has_value());
    CHECK((*latest)->score == 4);
    CHECK_FALSE(repo.latestForCustomer(ada + 1000).value().has_value());

    // The 360° view's header facts carry the latest score.
    CustomerOverviewRepository overviews(t.db());
    auto overview = overviews.read(ada, t.now());
    REQUIRE(overview.ok());
    CHECK(overview->latestSurveyScore == 4);
    CHECK(overview->latestSurveyAt == t.now());

    SECTION("a bad score is refused and nothing is written")
    {
        SurveyAnswer bad = answer(ada, 12, test::utc(2026, 2, 1));
        auto id = service.add(bad);
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().kind() == Error::Kind::Validation);
        CHECK(id.error().field() == QStringLiteral("score"));
        CHECK(service.answers(ada).value().size() == 2);
        CHECK(notices.size() == 2);
    }
    SECTION("an answer for a customer who does not exist is refused")
    {
        SurveyAnswer lost = answer(ada + 1000, 5, test::utc(2026, 2, 1));
        auto id = service.add(lost);
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().field() == QStringLiteral("customerId"));
    }
    SECTION("an answer removed is returned for an undo")
    {
        auto removed = service.remove(first.id);
        REQUIRE(removed.ok());
        CHECK(removed->score == 9);
        CHECK(notices.back().action == ChangeNotice::Action::Deleted);
        CHECK(service.answers(ada).value().size() == 1);
        CHECK(service.remove(first.id).error().kind() == Error::Kind::NotFound);
    }
    SECTION("the schema refuses scores outside 0..10 and answers go with their customer")
    {
        QSqlQuery q(t.db().connection());
        CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO surveys (customer_id, answered_at, score) "
                                          "VALUES (%1, 1, 11)")
                               .arg(ada)));
        const qint64 bea = t.addPerson(QStringLiteral("Bea"),
                                       QStringLiteral("Bauer"),
                                       QStringLiteral("030 7654321"));
        CHECK(CustomerOverviewRepository(t.db()).read(bea, t.now()).value().latestSurveyScore == -1);
        // An answer is history: undoing the customer's creation no longer purges it silently.
        CustomerRepository customers(t.db());
        CHECK_FALSE(customers.hasHistory(bea).value());
        SurveyAnswer beas = answer(bea, 10, test::utc(2026, 2, 1));
        REQUIRE(service.add(beas).ok());
        CHECK(customers.hasHistory(bea).value());
        {
            WriteTransaction tx(t.db()); // through the door: a bare DELETE would be refused
            REQUIRE(q.exec(QStringLiteral("DELETE FROM customers WHERE id = %1").arg(ada)));
            REQUIRE(tx.commit().ok());
        }
        CHECK(test::rowCount(t.db(), "surveys") == 1); // Bea's
    }
}
