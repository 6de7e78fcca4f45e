#include "core/domain/consent.h"
#include "core/domain/customernote.h"
#include "core/services/consentservice.h"
#include "core/services/door.h"
#include "core/services/erasureservice.h"
#include "core/services/noteservice.h"
#include "core/services/personexport.h"
#include "core/storage/personrecordrepository.h"
#include "tests/support/tempworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

// The tables of the schema that hold rows about a customer: those with a customer_id, from_id
// or to_id column.
QStringList customerTables(Database &db)
{
    QSqlQuery tables(db.connection());
    REQUIRE(tables.exec(QStringLiteral(
        "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' "
        "AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) p "
        "WHERE p.name IN ('customer_id', 'from_id', 'to_id')) ORDER BY m.name")));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    return names;
}

} // namespace

TEST_CASE("The person export covers every table that holds rows about a customer", "[privacy]")
{
    test::TempWorkspace t;
    const qint64 anna = t.addPerson(QStringLiteral("Anna"),
                                    QStringLiteral("Weber"),
                                    QStringLiteral("030 1234567"));
    auto doc = PersonExport::build(t.db(), anna, t.now());
    REQUIRE(doc.ok());
    const QStringList tables = customerTables(t.db());
    REQUIRE(tables.contains(QStringLiteral("orders")));
    REQUIRE(tables.contains(QStringLiteral("relationships")));
    for (const QString &table : tables) {
        INFO(table.toStdString());
        QString key;
        for (const auto &section : PersonRecordRepository::sections()) {
            if (section.tables.contains(table))
                key = section.key;
        }
        CHECK_FALSE(key.isEmpty());
        CHECK(doc->contains(key));
    }
}

TEST_CASE("The person export holds the record, its rows and its history", "[privacy]")
{
    test::TempWorkspace t;
    const qint64 anna = t.addPerson(QStringLiteral("Anna"),
                                    QStringLiteral("Weber"),
                                    QStringLiteral("030 1234567"));
    const qint64 other = t.addPerson(QStringLiteral("Bernd"),
                                     QStringLiteral("Kolb"),
                                     QStringLiteral("030 7654321"));
    CustomerNote note;
    note.customerId = anna;
    note.body = QStringLiteral("Prefers calls after 4 pm");
    REQUIRE(t->notes().add(note).ok());
    Consent consent;
    consent.customerId = anna;
    consent.channel = Consent::Channel::Post;
    consent.status = Consent::Answer::OptOut;
    consent.givenOn = QDate(2026, 2, 3);
    consent.source = QStringLiteral("letter");
    REQUIRE(ConsentService(t.workspace()).set(consent).ok());

    auto doc = PersonExport::build(t.db(), anna, t.now());
    REQUIRE(doc.ok());
    CHECK(doc->value(QStringLiteral("format")).toString()
          == QStringLiteral("rapport-person-export"));
    CHECK(doc->value(QStringLiteral("version")).toInt() == PersonExport::FormatVersion);
    CHECK(doc->value(QStringLiteral("version")).toInt() == 2);
    CHECK_FALSE(doc->value(QStringLiteral("about")).toString().isEmpty());
    // The person, with field names and values in words.
    const QJsonObject person = doc->value(QStringLiteral("person")).toObject();
    CHECK(person.value(QStringLiteral("first_name")).toString() == QStringLiteral("Anna"));
    CHECK(person.value(QStringLiteral("customer_id")).toInteger() == anna);
    CHECK(person.value(QStringLiteral("type")).toString() == QStringLiteral("person"));
    CHECK(person.value(QStringLiteral("lifecycle_stage")).isString());
    CHECK(person.value(QStringLiteral("record_created_at")).toString().endsWith(u'Z'));
    CHECK_FALSE(person.contains(QStringLiteral("sort_name")));
    CHECK_FALSE(person.contains(QStringLiteral("version")));
    CHECK_FALSE(person.contains(QStringLiteral("owner_id")));
    const QJsonArray points = doc->value(QStringLiteral("contact_points")).toArray();
    REQUIRE(points.size() == 2);
    const QJsonObject phone = points.at(0).toObject();
    CHECK(phone.value(QStringLiteral("type")).toString() == QStringLiteral("phone"));
    CHECK(phone.value(QStringLiteral("value")).toString() == QStringLiteral("+49301234567"));
    CHECK(phone.value(QStringLiteral("primary")).isBool());
    CHECK_FALSE(phone.contains(QStringLiteral("customer_id")));
    CHECK_FALSE(phone.contains(QStringLiteral("phone_key"))); // the value's digits again
    const QJsonArray notes = doc->value(QStringLiteral("notes")).toArray();
    REQUIRE(notes.size() == 1);
    CHECK(notes.at(0).toObject().value(QStringLiteral("text")).toString() == note.body);
    CHECK(notes.at(0).toObject().value(QStringLiteral("written_at")).isString());
    const QJsonArray consents = doc->value(QStringLiteral("consents")).toArray();
    REQUIRE(consents.size() == 1);
    const QJsonObject post = consents.at(0).toObject();
    CHECK(post.value(QStringLiteral("channel")).toString() == QStringLiteral("post"));
    CHECK(post.value(QStringLiteral("answer")).toString() == QStringLiteral("opt_out"));
    CHECK(post.value(QStringLiteral("given_on")).toString() == QStringLiteral("2026-02-03"));
    CHECK(post.value(QStringLiteral("source")).toString() == QStringLiteral("letter"));
    // The history about her: the creation, the note, the consent; none of Bernd's. Each entry
    // says when, who, what was done to which record, and each field before and after.
    const QJsonArray history = doc->value(QStringLiteral("history")).toArray();
    REQUIRE(history.size() >= 3);
    bool consentSeen = false;
    for (const QJsonValue &v : history) {
        const QJsonObject e = v.toObject();
        CHECK_FALSE(e.contains(QStringLiteral("on_customer_id")));
        CHECK_FALSE(e.value(QStringLiteral("erased")).toBool());
        CHECK(e.value(QStringLiteral("when")).isString());
        CHECK(e.value(QStringLiteral("act")).toInteger() > 0);
        if (e.value(QStringLiteral("record")).toString() == QLatin1String("consent")) {
            consentSeen = true;
            CHECK(e.value(QStringLiteral("action")).toString() == QStringLiteral("created"));
            const QJsonObject answer = e.value(QStringLiteral("fields"))
                                           .toObject()
                                           .value(QStringLiteral("answer"))
                                           .toObject();
            CHECK(answer.value(QStringLiteral("after")).toString() == QStringLiteral("opt_out"));
        }
    }
    CHECK(consentSeen);
    const QJsonObject first = history.at(0).toObject();
    CHECK(first.value(QStringLiteral("record")).toString() == QStringLiteral("customer"));
    CHECK(first.value(QStringLiteral("fields"))
              .toObject()
              .value(QStringLiteral("first_name"))
              .toObject()
              .value(QStringLiteral("after"))
              .toString()
          == QStringLiteral("Anna"));
    auto bernd = PersonExport::build(t.db(), other, t.now());
    REQUIRE(bernd.ok());
    CHECK(bernd->value(QStringLiteral("notes")).toArray().isEmpty());
}

TEST_CASE("Exporting nobody says so", "[privacy]")
{
    test::TempWorkspace t;
    auto doc = PersonExport::build(t.db(), 77, t.now());
    REQUIRE_FALSE(doc.ok());
    CHECK(doc.error().kind() == Error::Kind::NotFound);
}

TEST_CASE("After an erase the export holds the anonymized record only", "[privacy][erase]")
{
    test::TempWorkspace t;
    const qint64 anna = t.addPerson(QStringLiteral("Anna"),
                                    QStringLiteral("Weber"),
                                    QStringLiteral("030 1234567"));
    auto erased = ErasureService(*t->door()).erase(anna);
    INFO((erased.ok() ? std::string() : erased.error().message().toStdString()));
    REQUIRE(erased.ok());
    auto doc = PersonExport::build(t.db(), anna, t.now());
    REQUIRE(doc.ok());
    const QJsonObject customer = doc->value(QStringLiteral("person")).toObject();
    CHECK(customer.value(QStringLiteral("display_name")).toString()
          == QStringLiteral("Erased customer #%1").arg(anna));
    CHECK(customer.value(QStringLiteral("first_name")).isNull());
    CHECK(doc->value(QStringLiteral("contact_points")).toArray().isEmpty());
    const QString text = QString::fromUtf8(QJsonDocument(*doc).toJson());
    CHECK_FALSE(text.contains(QStringLiteral("Weber")));
    CHECK_FALSE(text.contains(QStringLiteral("1234567")));
}
