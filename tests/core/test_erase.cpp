#include "core/analytics/dashboard.h"
#include "core/demo/demogenerator.h"
#include "core/domain/consent.h"
#include "core/domain/customernote.h"
#include "core/domain/phonenumber.h"
#include "core/services/consentservice.h"
#include "core/services/customerservice.h"
#include "core/services/door.h"
#include "core/services/erasureservice.h"
#include "core/services/noteservice.h"
#include "core/storage/dashboardrepository.h"
#include "core/storage/historyrepository.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlfunctions.h"
#include "tests/support/demodatabase.h"
#include "tests/support/tempworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

const QString First = QStringLiteral("Ottilie");
const QString Last = QStringLiteral("Brennecke");
const QString Email = QStringLiteral("ottilie.brennecke@example.org");
const QString PhoneDigits = QStringLiteral("4930987654321"); // +49 30 987654321

void rawExec(Database &db, const char *statement)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(db.handle(), statement, nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    REQUIRE(rc == SQLITE_OK);
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

std::optional<HistoryBreak> verdict(Database &db)
{
    auto v = HistoryRepository(db).verify();
    REQUIRE(v.ok());
    return *v;
}

// Every dashboard figure for the year up to the demo's day, as text: KPIs with their previous
// values, the Pareto ranking, the cohort table, the RFM segments, the CLV panel and the team's
// activity. Names are left out (they are what an erase changes).
QString dashboardFigures(Database &db)
{
    auto columns = DashboardRepository(db).load();
    REQUIRE(columns.ok());
    const auto filters = analytics::DashboardFilters::lastYear(test::demodb::AsOf);
    const auto clv = analytics::Dashboard::lifetimeValues(*columns, filters.to);
    auto r = analytics::Dashboard::compute(*columns, filters, &clv);
    REQUIRE(r.ok());
    QStringList out;
    const auto num = [](double v) { return QString::number(v, 'g', 12); };
    out << QStringLiteral("population %1 %2").arg(r->population).arg(r->currency);
    for (const analytics::KpiValue &k : r->kpis) {
        out << QStringLiteral("kpi %1 %2 %3")
                   .arg(k.current ? num(*k.current) : QStringLiteral("-"),
                        k.previous ? num(*k.previous) : QStringLiteral("-"))
                   .arg(k.customers.size());
    }
    if (r->pareto.result) {
        const auto &p = *r->pareto.result;
        out << QStringLiteral("pareto %1 %2 %3 %4 %5")
                   .arg(p.customers)
                   .arg(p.total)
                   .arg(p.netTotal)
                   .arg(num(p.top20Share), num(p.gini));
        for (std::size_t i = 0; i < p.ids.size(); ++i)
            out << QStringLiteral("rank %1 %2").arg(p.ids[i]).arg(p.values[i]);
    }
    if (r->cohorts.result) {
        const auto &c = *r->cohorts.result;
        out << QStringLiteral("cohorts %1").arg(c.customers);
        for (const auto &m : c.months)
            out << QStringLiteral("month %1 %2 %3 %4 %5")
                       .arg(m.month)
                       .arg(m.active)
                       .arg(m.retained)
                       .arg(m.acquired)
                       .arg(m.churned);
    }
    if (r->rfm.result) {
        for (const auto &s : r->rfm.result->summary)
            out << QStringLiteral("rfm %1 %2").arg(s.customers).arg(s.revenue);
    }
    out << QStringLiteral("clv %1 %2 %3")
               .arg(r->clv.customers)
               .arg(num(r->clv.average), num(r->clv.total));
    const auto &a = r->activity.activity;
    for (std::size_t i = 0; i < a.agents.size(); ++i)
        out << QStringLiteral("agent %1 %2").arg(a.agents[i]).arg(a.agentTotal(i));
    for (qint64 n : a.casesOpened)
        out << QStringLiteral("opened %1").arg(n);
    out << QStringLiteral("satisfaction %1 %2 %3 %4")
               .arg(r->satisfaction.value[0])
               .arg(r->satisfaction.value[1])
               .arg(r->satisfaction.value[2])
               .arg(r->satisfaction.value[3]);
    return out.join(QLatin1Char('\n'));
}

// Where `needle` still shows in a text column of any table (the history and the search index's
// own tables included), as "table.column" names.
QStringList foundIn(Database &db, const QString &needle)
{
    QStringList hits;
    QSqlQuery tables(db.connection());
    REQUIRE(tables.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        QSqlQuery rows(db.connection());
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
            continue; // a virtual table's module only this build lacks
        while (rows.next()) {
            const QSqlRecord r = rows.record();
            for (int i = 0; i < r.count(); ++i) {
                const QVariant v = rows.value(i);
                const bool hit = v.typeId() == QMetaType::QByteArray
                                     ? v.toByteArray().contains(needle.toLower().toUtf8())
                                     : v.toString().contains(needle, Qt::CaseInsensitive);
                if (hit) {
                    const QString where = table + QLatin1Char('.') + r.fieldName(i);
                    if (!hits.contains(where))
                        hits << where;
                }
            }
        }
    }
    return hits;
}

struct Erasable
{
    qint64 person = 0;
    qint64 org = 0;
};

// A demo database with one of its best customers renamed to a person easy to look for, with an
// e-mail address, a phone number, a note, a consent and a link to an organisation, all made
// through the services (so the history holds their values).
Erasable makePerson(test::TempWorkspace &t)
{
    DemoGenerator demo(*t->door(), test::demodb::options(300, 7));
    REQUIRE(demo.run().ok());
    t.signInAdministrator(); // erasing is an administrator's, not the demo's service agent's
    Erasable e;
    e.person = scalar(t.db(),
                      QStringLiteral("SELECT o.customer_id FROM orders o JOIN customers c ON "
                                     "c.id = o.customer_id WHERE c.kind = 0 GROUP BY 1 "
                                     "ORDER BY count(*) DESC, 1 LIMIT 1"));
    e.org = scalar(t.db(), QStringLiteral("SELECT min(id) FROM customers WHERE kind = 1"));
    CustomerService &customers = t->customers();
    auto from = customers.record(e.person);
    REQUIRE(from.ok());
    CustomerRecord to = *from;
    to.customer.firstName = First;
    to.customer.lastName = Last;
    to.customer.notes = QStringLiteral("Met %1 at the fair").arg(Last);
    auto mail = ContactPoint::email(Email, ContactLabel::Home);
    REQUIRE(mail.ok());
    to.contactPoints << *mail;
    auto phone = ContactPoint::phone(QStringLiteral("+49 30 987654321"),
                                     ContactLabel::Mobile,
                                     PhoneNormalizer(QStringLiteral("DE")));
    REQUIRE(phone.ok());
    to.contactPoints << *phone;
    to.relationships.erase(std::remove_if(to.relationships.begin(),
                                          to.relationships.end(),
                                          [&](const Relationship &r) {
                                              return r.kind == RelationshipKind::WorksAt;
                                          }),
                           to.relationships.end());
    Relationship works;
    works.fromId = e.person;
    works.toId = e.org;
    works.kind = RelationshipKind::WorksAt;
    works.role = QStringLiteral("Buyer");
    to.relationships << works;
    REQUIRE(customers.save(*from, to).ok());

    CustomerNote note;
    note.customerId = e.person;
    note.body = QStringLiteral("%1 prefers calls after 4 pm").arg(First);
    REQUIRE(t->notes().add(note).ok());
    Consent consent;
    consent.customerId = e.person;
    consent.channel = Consent::Channel::Email;
    consent.status = Consent::Answer::OptIn;
    consent.givenOn = QDate(2025, 5, 1);
    consent.source = QStringLiteral("web form");
    REQUIRE(ConsentService(t.workspace()).set(consent).ok());
    return e;
}

} // namespace

TEST_CASE("An erase leaves nothing of the person anywhere and every figure as it was", "[erase]")
{
    test::TempWorkspace t;
    const Erasable e = makePerson(t);
    REQUIRE_FALSE(foundIn(t.db(), Last).isEmpty());
    REQUIRE_FALSE(foundIn(t.db(), Email).isEmpty());
    REQUIRE(scalar(t.db(),
                   QStringLiteral("SELECT count(*) FROM customer_search WHERE customer_search "
                                  "MATCH 'brennecke'"))
            == 1);
    const QString before = dashboardFigures(t.db());
    const qint64 orders
        = scalar(t.db(),
                 QStringLiteral("SELECT count(*) FROM orders WHERE customer_id = %1").arg(e.person));
    REQUIRE(orders > 0);

    auto report = ErasureService(*t->door()).erase(e.person);
    REQUIRE(report.ok());
    CHECK(report->redacted >= 5);

    // Nothing of the person is left in any text of any table, the history and the search
    // index's own tables included.
    for (const QString &needle : {First, Last, Email, PhoneDigits, QStringLiteral("ennecke")}) {
        INFO(needle.toStdString());
        CHECK(foundIn(t.db(), needle) == QStringList());
    }
    CHECK(
        scalar(t.db(),
               QStringLiteral(
                   "SELECT count(*) FROM customer_search WHERE customer_search MATCH 'brennecke'"))
        == 0);
    CHECK(scalar(t.db(),
                 QStringLiteral("SELECT count(*) FROM customer_list WHERE id = %1 AND name = "
                                "'Erased customer #%1' AND email = '' AND phone = ''")
                     .arg(e.person))
          == 1);
    // The orders stay, so every dashboard figure is the same.
    CHECK(scalar(t.db(),
                 QStringLiteral("SELECT count(*) FROM orders WHERE customer_id = %1").arg(e.person))
          == orders);
    CHECK(dashboardFigures(t.db()) == before);

    // The erase is one batch whose head names the customer and nothing of theirs.
    HistoryFilter f;
    f.batch = report->batch;
    auto head = HistoryRepository(t.db()).page(f, 0, 10);
    REQUIRE(head.ok());
    REQUIRE(head->size() == 1);
    CHECK(head->first().entity == QStringLiteral("erase"));
    const QJsonObject description = head->first().changeObject();
    CHECK(description.value(QStringLiteral("customer")).toInteger() == e.person);
    CHECK(description.value(QStringLiteral("redacted")).toInteger() == report->redacted);

    // The chain is sound after the erase.
    CHECK_FALSE(verdict(t.db()).has_value());
}

TEST_CASE("The file itself keeps no trace of an erased person once checkpointed", "[erase]")
{
    test::TempWorkspace t;
    const Erasable e = makePerson(t);
    REQUIRE(ErasureService(*t->door()).erase(e.person).ok());
    rawExec(t.db(), "PRAGMA wal_checkpoint(TRUNCATE)");
    QFile file(t.path());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.size() > 100000);
    CHECK_FALSE(bytes.contains(Last.toUtf8()));
    CHECK_FALSE(bytes.contains(Email.toUtf8()));
    CHECK_FALSE(bytes.contains("ennecke"));
}

TEST_CASE("The chain still catches hand edits after an erase", "[erase]")
{
    test::TempWorkspace t;
    const Erasable e = makePerson(t);
    t.addPerson(QStringLiteral("Bernd"), QStringLiteral("Kolb"), QStringLiteral("030 7654321"));
    auto report = ErasureService(*t->door()).erase(e.person);
    REQUIRE(report.ok());
    REQUIRE_FALSE(verdict(t.db()).has_value());
    const qint64 other = scalar(t.db(),
                                QStringLiteral("SELECT min(id) FROM history WHERE redacted_by IS "
                                               "NULL AND operation <> 'batch'"));
    REQUIRE(other > 0);
    const qint64 blanked = scalar(t.db(),
                                  QStringLiteral("SELECT min(id) FROM history WHERE redacted_by "
                                                 "IS NOT NULL"));
    REQUIRE(blanked > 0);

    SECTION("an entry that was not erased, changed")
    {
        rawExec(t.db(),
                QStringLiteral(
                    "UPDATE history SET changes = '{\"name\":[null,\"x\"]}' WHERE id = %1")
                    .arg(other)
                    .toUtf8()
                    .constData());
        auto v = verdict(t.db());
        REQUIRE(v.has_value());
        CHECK(v->entryId == other);
    }
    SECTION("an entry marked as erased by hand, naming the real erase")
    {
        rawExec(t.db(),
                QStringLiteral("UPDATE history SET redacted_by = %1, changes = '{}' WHERE id = %2")
                    .arg(report->batch)
                    .arg(other)
                    .toUtf8()
                    .constData());
        CHECK(verdict(t.db()).has_value());
    }
    SECTION("an erased entry un-marked")
    {
        rawExec(t.db(),
                QStringLiteral("UPDATE history SET redacted_by = NULL WHERE id = %1")
                    .arg(blanked)
                    .toUtf8()
                    .constData());
        auto v = verdict(t.db());
        REQUIRE(v.has_value());
        CHECK(v->entryId == blanked);
    }
    SECTION("the erase's head changed to name fewer entries")
    {
        rawExec(t.db(),
                QStringLiteral("UPDATE history SET changes = json_set(changes, '$.redacted', 1) "
                               "WHERE id = %1")
                    .arg(report->batch)
                    .toUtf8()
                    .constData());
        CHECK(verdict(t.db()).has_value());
    }
}

TEST_CASE("Marking an entry as erased without an erase is caught", "[erase]")
{
    test::TempWorkspace t;
    const qint64 anna = t.addPerson(QStringLiteral("Anna"),
                                    QStringLiteral("Weber"),
                                    QStringLiteral("030 1234567"));
    (void) anna;
    REQUIRE_FALSE(verdict(t.db()).has_value());
    const qint64 last = scalar(t.db(), QStringLiteral("SELECT max(id) FROM history"));
    SECTION("pointing at a later entry that is no erase")
    {
        rawExec(t.db(),
                QStringLiteral("UPDATE history SET redacted_by = %1, changes = '{}' WHERE id = 1")
                    .arg(last)
                    .toUtf8()
                    .constData());
        auto v = verdict(t.db());
        REQUIRE(v.has_value());
        CHECK(v->entryId == 1);
    }
    SECTION("pointing at nothing")
    {
        rawExec(t.db(),
                "UPDATE history SET redacted_by = 999, changes = '{\"name\":[null,null]}' "
                "WHERE id = 1");
        auto v = verdict(t.db());
        REQUIRE(v.has_value());
        CHECK(v->entryId == 1);
    }
}

TEST_CASE("Erasing nobody is refused and writes nothing", "[erase]")
{
    test::TempWorkspace t;
    const qint64 entries = scalar(t.db(), QStringLiteral("SELECT count(*) FROM history"));
    auto r = ErasureService(*t->door()).erase(4242);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind() == Error::Kind::NotFound);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM history")) == entries);
}

TEST_CASE("Redacting blanks the person's texts and keeps keys and numbers", "[erase]")
{
    const QString own = ErasureService::redactChanges(
        QStringLiteral("{\"name\":[null,\"Ottilie\"],\"stage\":[1,2],\"currency\":[null,\"EUR\"]}"),
        true,
        {});
    CHECK(own
          == QStringLiteral("{\"currency\":[null,\"EUR\"],\"name\":[null,null],\"stage\":[1,2]}"));
    const QString other = ErasureService::redactChanges(
        QStringLiteral("{\"note\":[null,\"Call Ottilie Brennecke\"],\"subject\":[null,\"Visit\"]}"),
        false,
        {QStringLiteral("Brennecke")});
    CHECK(other == QStringLiteral("{\"note\":[null,null],\"subject\":[null,\"Visit\"]}"));
}

TEST_CASE("A history written before schema 14 is rechained over digests by the upgrade", "[erase]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
        registerSqlFunctions(raw);
        REQUIRE(migrations::migrate(raw, 13).ok());
        // Three entries chained the way schema 11 chained them: over the changes themselves.
        QString previous;
        for (int i = 1; i <= 3; ++i) {
            HistoryEntry e;
            e.id = i;
            e.batch = i;
            e.at = QDateTime::fromSecsSinceEpoch(1700000000 + i, Qt::UTC);
            e.actor = QStringLiteral("Anna on laptop");
            e.operation = QStringLiteral("create");
            e.entity = QStringLiteral("tag");
            e.entityId = i;
            e.changes = QStringLiteral("{\"name\":[null,\"tag %1\"]}").arg(i);
            e.hash = legacyHistoryHash(e, previous);
            previous = e.hash;
            const QByteArray sql
                = QStringLiteral("INSERT INTO history (id, batch, at, actor, operation, entity, "
                                 "entity_id, changes, hash) VALUES (%1, %1, %2, '%3', 'create', "
                                 "'tag', %1, '%4', '%5')")
                      .arg(i)
                      .arg(e.at.toSecsSinceEpoch())
                      .arg(e.actor, e.changes, e.hash)
                      .toUtf8();
            REQUIRE(sqlite3_exec(raw, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
        }
        sqlite3_close(raw);
    }
    {
        // Read-only, the old file is still checked with the old formula.
        auto old = Database::open(path, Database::Mode::ReadOnly);
        REQUIRE(old.ok());
        REQUIRE((*old)->schemaVersion() == 13);
        CHECK_FALSE(verdict(**old).has_value());
    }
    auto db = Database::open(path, Database::Mode::Existing);
    REQUIRE(db.ok());
    REQUIRE((*db)->schemaVersion() == migrations::latestVersion());
    CHECK_FALSE(verdict(**db).has_value());
    CHECK(scalar(**db,
                 QStringLiteral("SELECT count(*) FROM history WHERE changes_digest = '' OR "
                                "redacted_by IS NOT NULL"))
          == 0);
    rawExec(**db, "UPDATE history SET changes = '{}' WHERE id = 2");
    auto v = verdict(**db);
    REQUIRE(v.has_value());
    CHECK(v->entryId == 2);
}
