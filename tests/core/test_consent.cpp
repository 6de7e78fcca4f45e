#include "core/domain/consent.h"
#include "core/services/consentservice.h"
#include "core/storage/consentrepository.h"
#include "core/storage/historyrepository.h"
#include "tests/support/tempworkspace.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

Consent consentOf(qint64 customer,
                  Consent::Channel channel,
                  Consent::Answer answer,
                  QDate on,
                  const QString &source)
{
    Consent c;
    c.customerId = customer;
    c.channel = channel;
    c.status = answer;
    c.givenOn = on;
    c.source = source;
    return c;
}

} // namespace

TEST_CASE("Consent keys are read back in any spelling", "[consent]")
{
    for (Consent::Channel c : Consent::channels()) {
        Consent::Channel read = Consent::Channel::Post;
        CHECK(Consent::channelFromKey(Consent::channelKey(c).toUpper(), &read));
        CHECK(read == c);
        CHECK_FALSE(Consent::channelName(c).isEmpty());
    }
    Consent::Answer a = Consent::Answer::OptIn;
    CHECK(Consent::statusFromKey(QStringLiteral("opt-out"), &a));
    CHECK(a == Consent::Answer::OptOut);
    CHECK(Consent::statusFromKey(QStringLiteral("OPT_IN"), &a));
    CHECK(a == Consent::Answer::OptIn);
    CHECK_FALSE(Consent::statusFromKey(QStringLiteral("maybe"), &a));
    Consent::Channel c;
    CHECK_FALSE(Consent::channelFromKey(QStringLiteral("fax"), &c));
}

TEST_CASE("A consent is set, replaced and cleared per channel, with its history", "[consent]")
{
    test::TempWorkspace t;
    const qint64 anna = t.addPerson(QStringLiteral("Anna"),
                                    QStringLiteral("Weber"),
                                    QStringLiteral("030 1234567"));
    ConsentService consents(t.workspace());
    ConsentRepository repo(t.db());

    Consent email = consentOf(anna,
                              Consent::Channel::Email,
                              Consent::Answer::OptIn,
                              QDate(2026, 3, 1),
                              QStringLiteral("  web   form "));
    auto before = consents.set(email);
    REQUIRE(before.ok());
    CHECK_FALSE(before->has_value());
    CHECK(email.id > 0);
    CHECK(email.source == QStringLiteral("web form"));

    Consent sms = consentOf(anna,
                            Consent::Channel::Sms,
                            Consent::Answer::OptOut,
                            QDate(2026, 3, 2),
                            QStringLiteral("call"));
    REQUIRE(consents.set(sms).ok());

    auto list = consents.forCustomer(anna);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).channel == Consent::Channel::Email);
    CHECK(list->at(1).channel == Consent::Channel::Sms);
    CHECK(list->at(1).status == Consent::Answer::OptOut);
    CHECK(list->at(1).givenOn == QDate(2026, 3, 2));

    // Replacing keeps one row per channel and hands back the earlier answer.
    Consent optOut = consentOf(anna,
                               Consent::Channel::Email,
                               Consent::Answer::OptOut,
                               QDate(2026, 4, 1),
                               QStringLiteral("unsubscribe link"));
    auto replaced = consents.set(optOut);
    REQUIRE(replaced.ok());
    REQUIRE(replaced->has_value());
    CHECK((*replaced)->status == Consent::Answer::OptIn);
    CHECK((*replaced)->source == QStringLiteral("web form"));
    auto out = repo.optedOut(Consent::Channel::Email);
    REQUIRE(out.ok());
    CHECK(out->contains(anna));

    // Undo puts the earlier answer back.
    REQUIRE(consents.restore(anna, Consent::Channel::Email, *replaced).ok());
    auto email2 = repo.get(anna, Consent::Channel::Email);
    REQUIRE(email2.ok());
    REQUIRE(email2->has_value());
    CHECK((*email2)->status == Consent::Answer::OptIn);

    auto cleared = consents.clear(anna, Consent::Channel::Sms);
    REQUIRE(cleared.ok());
    REQUIRE(cleared->has_value());
    CHECK((*cleared)->source == QStringLiteral("call"));
    auto none = repo.get(anna, Consent::Channel::Sms);
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());
    auto clearedAgain = consents.clear(anna, Consent::Channel::Sms);
    REQUIRE(clearedAgain.ok());
    CHECK_FALSE(clearedAgain->has_value());

    // Every change is in the history as entity 'consent' of the customer.
    HistoryFilter filter;
    filter.customerId = anna;
    filter.entity = QStringLiteral("consent");
    auto entries = HistoryRepository(t.db()).page(filter, 0, 100);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 5); // set email, set sms, replace, restore, clear sms
    const QJsonObject created = entries->constLast().changeObject();
    CHECK(created.value(QStringLiteral("status")).toArray().at(1).toString()
          == QStringLiteral("opt_in"));
}

TEST_CASE("A consent without a day or customer is refused", "[consent]")
{
    test::TempWorkspace t;
    const qint64 anna = t.addPerson(QStringLiteral("Anna"),
                                    QStringLiteral("Weber"),
                                    QStringLiteral("030 1234567"));
    ConsentService consents(t.workspace());
    Consent noDay = consentOf(anna, Consent::Channel::Post, Consent::Answer::OptIn, QDate(), {});
    auto r = consents.set(noDay);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field() == QStringLiteral("givenOn"));
    Consent nobody = consentOf(anna + 1000,
                               Consent::Channel::Post,
                               Consent::Answer::OptIn,
                               QDate(2026, 1, 1),
                               {});
    CHECK_FALSE(consents.set(nobody).ok());
}
