#include "core/io/orderfile.h"

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

Result<std::vector<OrderRecord>> cdnow(const char *text)
{
    return OrderFileParser::parse(QByteArrayView(text), OrderFileFormat::Cdnow);
}

Result<std::vector<OrderRecord>> csv(const char *text)
{
    return OrderFileParser::parse(QByteArrayView(text), OrderFileFormat::Csv);
}

} // namespace

TEST_CASE("Amounts become minor units without going through floating point", "[orderfile]")
{
    qint64 m = 0;
    CHECK((OrderFileParser::parseAmount(u"29.33", m) && m == 2933));
    CHECK((OrderFileParser::parseAmount(u"12", m) && m == 1200));
    CHECK((OrderFileParser::parseAmount(u"0.5", m) && m == 50));
    CHECK((OrderFileParser::parseAmount(u"-3.07", m) && m == -307));
    CHECK((OrderFileParser::parseAmount(u" 0 ", m) && m == 0));
    CHECK_FALSE(OrderFileParser::parseAmount(u"1.234", m));
    CHECK_FALSE(OrderFileParser::parseAmount(u"1,50", m));
    CHECK_FALSE(OrderFileParser::parseAmount(u"", m));
    CHECK_FALSE(OrderFileParser::parseAmount(u"-", m));
    CHECK_FALSE(OrderFileParser::parseAmount(u"abc", m));
    CHECK_FALSE(OrderFileParser::parseAmount(u"1e5", m));
    CHECK_FALSE(OrderFileParser::parseAmount(u"9999999999999999", m));
}

TEST_CASE("CDNOW master and sample lines, header and CRLF", "[orderfile]")
{
    // The first lines of CDNOW_master.txt (with its header) and of CDNOW_sample.txt.
    auto master = cdnow(" customer_id  date number_of_cds  dollar_value\r\n"
                        " 00001 19970101  1   11.77\r\n"
                        " 00002 19970112  1   12.00\r\n\r\n");
    REQUIRE(master);
    REQUIRE(master->size() == 2);
    CHECK((*master)[0].customerKey == QStringLiteral("00001"));
    CHECK((*master)[0].date == QDate(1997, 1, 1));
    CHECK((*master)[0].quantity == 1);
    CHECK((*master)[0].amountMinor == 1177);
    CHECK((*master)[0].currency == QStringLiteral("USD"));
    CHECK((*master)[1].line == 3);

    auto sample = cdnow(" 00004 0001 19970101  2   29.33\r\n 00004 0001 19970802  1   14.96");
    REQUIRE(sample);
    REQUIRE(sample->size() == 2);
    CHECK((*sample)[0].customerKey == QStringLiteral("00004")); // the master id, not the sample's
    CHECK((*sample)[1].date == QDate(1997, 8, 2));
    CHECK((*sample)[1].amountMinor == 1496);
    CHECK((*sample)[0].quantity == 2);
}

TEST_CASE("A bad CDNOW line is named and nothing is returned", "[orderfile]")
{
    const auto error = [](const char *text) {
        auto r = cdnow(text);
        REQUIRE_FALSE(r);
        CHECK(r.error().kind() == Error::Kind::Validation);
        return r.error().message();
    };
    CHECK(error(" 1 19970101 1 11.77\n 2 19970231 1 3.00\n").startsWith(u"Line 2: "));
    CHECK(error(" 1 19970101 1 11.77\n 2 19970201 1\n").contains(u"found 3"));
    CHECK(error(" 1 19970101 1 11.77\n\n x 19970201 1 3\n").startsWith(u"Line 3: "));
    CHECK(error(" 1 19970101 1 11,77\n").contains(u"11,77"));
    CHECK(error(" 1 1997-01-01 1 11.77\n").startsWith(u"Line 1: "));
    CHECK(error(" 1 19970101 -1 11.77\n").contains(u"-1"));
    CHECK(error("").contains(u"no orders"));
    CHECK(error("customer_id date number_of_cds dollar_value\n").contains(u"no orders"));
}

TEST_CASE("CSV with a header in any order, quotes, optional columns", "[orderfile]")
{
    auto r = csv("Date,Amount,Customer,Product,Quantity,Currency,Note\r\n"
                 "2024-03-01,19.99,\"Acme, Inc.\",W-1,2,eur,\"said \"\"hi\"\"\"\r\n"
                 "2024-03-02,-5,acme-2,,,,\n");
    REQUIRE(r);
    REQUIRE(r->size() == 2);
    const OrderRecord &a = (*r)[0];
    CHECK(a.line == 2);
    CHECK(a.customerKey == QStringLiteral("Acme, Inc."));
    CHECK(a.date == QDate(2024, 3, 1));
    CHECK(a.amountMinor == 1999);
    CHECK(a.product == QStringLiteral("W-1"));
    CHECK(a.quantity == 2);
    CHECK(a.currency == QStringLiteral("EUR"));
    const OrderRecord &b = (*r)[1];
    CHECK(b.amountMinor == -500); // a refund
    CHECK(b.product.isEmpty());
    CHECK(b.quantity == 0);
    CHECK(b.currency.isEmpty()); // none given: the importer uses the database's

    auto minimal = csv("customer_key,date,amount\nk1,2024-01-31,0\n");
    REQUIRE(minimal);
    CHECK(minimal->front().amountMinor == 0);
    CHECK(minimal->front().currency.isEmpty());
}

TEST_CASE("A bad CSV line is named and nothing is returned", "[orderfile]")
{
    const auto error = [](const char *text) {
        auto r = csv(text);
        REQUIRE_FALSE(r);
        CHECK(r.error().kind() == Error::Kind::Validation);
        return r.error().message();
    };
    CHECK(error("customer,amount\nk,1\n").startsWith(u"Line 1: "));
    CHECK(error("customer,date,amount\nk,2024-01-01,1\nk,2024-13-01,1\n").startsWith(u"Line 3: "));
    CHECK(error("customer,date,amount\nk,01/02/2024,1\n").contains(u"01/02/2024"));
    CHECK(error("customer,date,amount\nk,2024-01-01,1.999\n").startsWith(u"Line 2: "));
    CHECK(error("customer,date,amount\n,2024-01-01,1\n").contains(u"customer key"));
    CHECK(error("customer,date,amount\nk,2024-01-01\n").contains(u"found 2"));
    CHECK(error("customer,date,amount,quantity\nk,2024-01-01,1,0\n").startsWith(u"Line 2: "));
    CHECK(error("customer,date,amount,currency\nk,2024-01-01,1,EURO\n").contains(u"EURO"));
    CHECK(error("customer,date,amount\n\"k,2024-01-01,1\n").startsWith(u"Line 2: "));
    CHECK(error("customer,date,amount\n").contains(u"no orders"));
    CHECK(error("customer,date,date,amount\n").contains(u"twice"));
}
