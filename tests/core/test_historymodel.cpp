#include "core/models/historymodel.h"
#include "core/services/changebus.h"
#include "core/services/customerservice.h"
#include "core/services/historyservice.h"
#include "core/storage/customerrepository.h"
#include "core/util/displayformat.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/tempworkspace.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

#include <sqlite3.h>

using namespace rapport;

namespace {

// The rows of `model` as "what|field|change" (empty columns left empty), top to bottom.
QStringList rowsOf(const HistoryModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        out << model.index(row, HistoryModel::What).data().toString() + QLatin1Char('|')
                   + model.index(row, HistoryModel::Field).data().toString() + QLatin1Char('|')
                   + model.index(row, HistoryModel::Change).data().toString();
    }
    return out;
}

Customer load(Database &db, qint64 id)
{
    CustomerRepository repo(db);
    auto c = repo.get(id);
    REQUIRE(c.ok());
    return *c;
}

} // namespace

TEST_CASE("The history of a customer in words, newest first, one row per changed field",
          "[history][model]")
{
    test::TempWorkspace t;
    // An administrator: she moves a customer to the trash below, which an agent may not.
    const qint64 anna = t.addUser(QStringLiteral("anna"), Role::Administrator);
    const qint64 id = t.addPerson(QStringLiteral("Ada"),
                                  QStringLiteral("Lovelace"),
                                  QStringLiteral("030 1234567"));
    const qint64 other = t.addPerson(QStringLiteral("Bob"),
                                     QStringLiteral("Other"),
                                     QStringLiteral("030 7654321"));

    HistoryModel model(t.db(), &t->changes());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    HistoryFilter filter;
    filter.customerId = id;
    model.setFilter(filter);
    // The customer and its two contact points, each one row with a summary.
    const QStringList created = rowsOf(model);
    REQUIRE(created.size() == 3);
    CHECK(created.contains(QStringLiteral("Added customer||Ada Lovelace")));
    CHECK(created.contains(QStringLiteral("Added phone number||+49301234567")));
    CHECK(created.filter(QStringLiteral("Added address||")).size() == 1);
    CHECK(model.index(0, HistoryModel::Who).data().toString().startsWith(QStringLiteral("Anna")));
    CHECK(model.index(0, HistoryModel::When).data().toString() == display::dateTime(t.now()));
    CHECK(model.index(0, 0).data(HistoryModel::CustomerIdRole).toLongLong() == id);

    // An edit through the service appears at the top at once (the bus), old -> new in words.
    t.advance(60);
    CustomerService &service = t->customers();
    Customer c = load(t.db(), id);
    c.firstName = QStringLiteral("Augusta Ada");
    c.stage = LifecycleStage::Lapsed;
    c.ownerId = anna;
    REQUIRE(service.update(c).ok());
    REQUIRE(model.rowCount() == 6);
    CHECK(rowsOf(model).mid(0, 3)
          == QStringList{QStringLiteral("Changed customer|First name|Ada → Augusta Ada"),
                         QStringLiteral("|Owner|— → Anna"),
                         QStringLiteral("|Stage|Active → Lapsed")});
    // The later rows of an entry leave when and who blank; tooltips keep them.
    int blank = 0;
    for (int row = 0; row < 3; ++row)
        blank += model.index(row, HistoryModel::When).data().toString().isEmpty() ? 1 : 0;
    CHECK(blank == 2);
    CHECK_FALSE(model.index(1, HistoryModel::When).data(Qt::ToolTipRole).toString().isEmpty());
    // Another customer's change does not show.
    Customer b = load(t.db(), other);
    b.stage = LifecycleStage::Lost;
    REQUIRE(service.update(b).ok());
    CHECK(model.rowCount() == 6);

    SECTION("a field filter shows the entries that changed the field")
    {
        const QStringList fields = model.fields();
        CHECK(fields.contains(QStringLiteral("stage")));
        CHECK(fields.contains(QStringLiteral("first_name")));
        CHECK_FALSE(fields.contains(QStringLiteral("version")));
        CHECK_FALSE(fields.contains(QStringLiteral("updated_at")));
        filter.field = QStringLiteral("stage");
        model.setFilter(filter);
        CHECK(rowsOf(model)
              == QStringList{QStringLiteral("Changed customer|Stage|Active → Lapsed"),
                             QStringLiteral("Added customer|Stage|— → Active")});
        CHECK(model.count() == 2);
    }
    SECTION("moving to the trash and back are named")
    {
        c = load(t.db(), id);
        REQUIRE(service.moveToTrash(c).ok());
        c = load(t.db(), id);
        REQUIRE(service.restore(c).ok());
        CHECK(model.index(0, HistoryModel::What).data().toString()
              == QStringLiteral("Restored from the trash"));
        CHECK(model.index(1, HistoryModel::What).data().toString()
              == QStringLiteral("Moved to the trash"));
    }
}

TEST_CASE("The history model reads pages of 100,000 entries as it is scrolled, not all of them",
          "[history][model]")
{
    test::TempDatabase t;
    {
        // 100,000 entries straight into the table (the model does not check the chain).
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open(t.path().toUtf8().constData(), &raw) == SQLITE_OK);
        REQUIRE(sqlite3_exec(raw, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_stmt *insert = nullptr;
        REQUIRE(sqlite3_prepare_v2(raw,
                                   "INSERT INTO history (id, batch, at, user_id, actor, "
                                   "operation, entity, entity_id, customer_id, changes, hash) "
                                   "VALUES (?1, ?1, ?2, NULL, 'Bulk on test', 'update', "
                                   "'customer', ?3, ?3, ?4, 'x')",
                                   -1,
                                   &insert,
                                   nullptr)
                == SQLITE_OK);
        for (int i = 1; i <= 100'000; ++i) {
            sqlite3_bind_int(insert, 1, i);
            sqlite3_bind_int64(insert, 2, 1'700'000'000 + i);
            sqlite3_bind_int(insert, 3, i % 1000 + 1);
            const QByteArray changes = i % 2 ? QByteArray("{\"stage\":[0,1]}")
                                             : QByteArray(
                                                 "{\"city\":[\"A\",\"B\"],\"notes\":[null,\"n\"]}");
            sqlite3_bind_text(insert, 4, changes.constData(), int(changes.size()), SQLITE_TRANSIENT);
            REQUIRE(sqlite3_step(insert) == SQLITE_DONE);
            sqlite3_reset(insert);
        }
        sqlite3_finalize(insert);
        REQUIRE(sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(raw);
    }
    HistoryService service(t.db());
    REQUIRE(*service.count({}) == 100'000);

    HistoryModel model(t.db(), nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFilter({});
    CHECK(model.pagesRead() == 1);
    CHECK(model.entryCount() == HistoryModel::PageSize);
    CHECK(model.index(0, 0).data(HistoryModel::EntryIdRole).toLongLong() == 100'000);
    CHECK(model.canFetchMore({}));
    for (int i = 0; i < 4; ++i)
        model.fetchMore({});
    CHECK(model.pagesRead() == 5);
    CHECK(model.entryCount() == 5 * HistoryModel::PageSize);
    // Half the entries changed two fields: a row each, in one block.
    CHECK(model.rowCount() == 5 * HistoryModel::PageSize * 3 / 2);
    const int last = model.rowCount() - 1;
    CHECK(model.index(last, 0).data(HistoryModel::EntryIdRole).toLongLong()
          == 100'000 - 5 * HistoryModel::PageSize + 1);

    SECTION("a filter starts again from the newest, one page")
    {
        HistoryFilter f;
        f.customerId = 8;
        model.setFilter(f);
        CHECK(model.pagesRead() == 1);
        CHECK(model.entryCount() == 100);
        CHECK_FALSE(model.canFetchMore({}));
        CHECK(model.index(0, HistoryModel::Change).data().toString()
              == QStringLiteral("Lead → Prospect"));
        f.customerId = 0;
        f.field = QStringLiteral("city");
        model.setFilter(f);
        CHECK(model.rowCount() == HistoryModel::PageSize);
        CHECK(model.index(0, HistoryModel::Change).data().toString() == QStringLiteral("A → B"));
    }
    SECTION("a new entry appears at the top after a refresh, the rest stays")
    {
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open(t.path().toUtf8().constData(), &raw) == SQLITE_OK);
        REQUIRE(sqlite3_exec(raw,
                             "INSERT INTO history (id, batch, at, actor, operation, entity, "
                             "changes, hash) VALUES (100001, 100001, 1800000000, 'CLI', 'batch', "
                             "'import', '{\"customers\":23570}', 'x')",
                             nullptr,
                             nullptr,
                             nullptr)
                == SQLITE_OK);
        sqlite3_close(raw);
        const int before = model.rowCount();
        model.refresh();
        CHECK(model.rowCount() == before + 1);
        // (English plurals come from rapport_en.ts, which tests do not load.)
        CHECK(model.index(0, HistoryModel::What)
                  .data()
                  .toString()
                  .startsWith(QStringLiteral("Imported 23,570 customer")));
        CHECK(model.pagesRead() == 5);
    }
}
