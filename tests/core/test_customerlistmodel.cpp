// The customer list model: keyset chunks, order, rows read on demand, counts, and the changes
// that insert, remove and repaint rows, on a few hundred customers. Filters, search and the
// details a notice repaints: test_customerlistmodelfilters.cpp.
#include "core/domain/contactpoint.h"
#include "core/domain/customer.h"
#include "core/domain/money.h"
#include "core/domain/phonenumber.h"
#include "core/models/customerlistmodel.h"
#include "core/services/changebus.h"
#include "core/services/customerservice.h"
#include "core/storage/customerlistrepository.h"
#include "core/storage/customerrepository.h"
#include "tests/core/customerlistmodelfixture.h"
#include "tests/support/customerlistfixture.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/tempworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace rapport;
using namespace rapport::test::customerlistmodel;

namespace {

struct Seeded
{
    qint64 id = 0;
    QByteArray sortKey; // UTF-8 of Customer::sortName(), compared as SQLite's BINARY does
};

// A few hundred customers with names that fold together ("Müller", "Muller"), names that fold
// to the same key (so ids break ties across chunk borders), organisations, owners, and a phone,
// an e-mail and an address each.
class ListFixture
{
public:
    explicit ListFixture(int count = 350)
    {
        QSqlQuery q(t->connection());
        REQUIRE(q.exec(
            QStringLiteral("INSERT INTO users (login, display_name, role, created_at, updated_at)"
                           " VALUES ('anna', 'Anna Berger', 2, 0, 0)")));
        owner = q.lastInsertId().toLongLong();
        for (int i = 0; i < count; ++i)
            add(i);
    }

    qint64 add(int i)
    {
        static const QStringList lasts{QStringLiteral("Müller"),
                                       QStringLiteral("Muller"),
                                       QStringLiteral("Özdemir"),
                                       QStringLiteral("Ångström"),
                                       QStringLiteral("Schmidt"),
                                       QStringLiteral("Zimmermann"),
                                       QStringLiteral("Bauer"),
                                       QStringLiteral("Dvořák"),
                                       QStringLiteral("Nguyễn"),
                                       QStringLiteral("Smith"),
                                       QStringLiteral("Ärzte"),
                                       QStringLiteral("Arndt")};
        static const QStringList firsts{QStringLiteral("Anna"),
                                        QStringLiteral("Jürgen"),
                                        QStringLiteral("Zoë"),
                                        QStringLiteral("Li"),
                                        QStringLiteral("Émile")};
        Customer c;
        if (i % 7 == 3) {
            c.kind = CustomerKind::Organisation;
            c.organisation = QStringLiteral("Firma %1 GmbH").arg(i % 40);
        } else {
            c.firstName = firsts[i % firsts.size()];
            c.lastName = lasts[(i / 3) % lasts.size()];
        }
        c.stage = static_cast<LifecycleStage>(i % 5);
        c.acquiredOn = QDate(2020, 1, 1).addDays(i);
        if (i % 3 != 0)
            c.ownerId = owner;
        CustomerRepository repo(t.db());
        const Result<qint64> id = repo.insert(c, test::wallClock());
        REQUIRE(id.ok());
        addContacts(repo, *id, i);
        customers.push_back({*id, c.sortName().toUtf8()});
        return *id;
    }

    void addContacts(CustomerRepository &repo, qint64 id, int i)
    {
        const PhoneNormalizer phones;
        Result<ContactPoint> phone
            = ContactPoint::phone(QStringLiteral("+49 30 2%1").arg(1000000 + i),
                                  ContactLabel::Mobile,
                                  phones);
        REQUIRE(phone.ok());
        Result<ContactPoint> mail = ContactPoint::email(QStringLiteral("c%1@example.com").arg(i),
                                                        ContactLabel::Work);
        REQUIRE(mail.ok());
        Result<ContactPoint> postal = ContactPoint::postal({QStringLiteral("Hauptstraße %1").arg(i),
                                                            QStringLiteral("10115"),
                                                            cityOf(i),
                                                            QString(),
                                                            QStringLiteral("DE")},
                                                           ContactLabel::Work);
        REQUIRE(postal.ok());
        for (ContactPoint *p : {&*phone, &*mail, &*postal}) {
            p->customerId = id;
            REQUIRE(repo.addContactPoint(*p).ok());
        }
    }

    static QString cityOf(int i)
    {
        static const QStringList cities{QStringLiteral("Berlin"),
                                        QStringLiteral("Köln"),
                                        QStringLiteral("Lyon"),
                                        QStringLiteral("Wien")};
        return cities[i % cities.size()];
    }

    // The live ids in name order as the domain folds and orders them.
    std::vector<qint64> expectedOrder(Qt::SortOrder order = Qt::AscendingOrder) const
    {
        std::vector<Seeded> sorted;
        for (const Seeded &s : customers) {
            if (!trashed.contains(s.id))
                sorted.push_back(s);
        }
        std::sort(sorted.begin(), sorted.end(), [](const Seeded &a, const Seeded &b) {
            return a.sortKey != b.sortKey ? a.sortKey < b.sortKey : a.id < b.id;
        });
        std::vector<qint64> ids;
        for (const Seeded &s : sorted)
            ids.push_back(s.id);
        if (order == Qt::DescendingOrder)
            std::reverse(ids.begin(), ids.end());
        return ids;
    }

    test::TempDatabase t;
    ChangeBus bus;
    qint64 owner = 0;
    std::vector<Seeded> customers;
    QList<qint64> trashed;
};

} // namespace

TEST_CASE("The list repository reads ids in keyset chunks and rows by id", "[model]")
{
    ListFixture f(250);
    CustomerListRepository repo(f.t.db());
    REQUIRE(repo.count().ok());
    CHECK(*repo.count() == 250);

    const CustomerListOrder byName;
    std::vector<qint64> ids;
    std::optional<CustomerListKey> after;
    for (;;) {
        Result<CustomerIdChunk> chunk = repo.idChunk(byName, {}, after, 37);
        REQUIRE(chunk.ok());
        ids.insert(ids.end(), chunk->ids.begin(), chunk->ids.end());
        after = chunk->last;
        if (chunk->complete)
            break;
    }
    CHECK(ids == f.expectedOrder());

    Result<CustomerListPage> first = repo.firstPage(byName, {}, 100);
    REQUIRE(first.ok());
    REQUIRE(first->rows.size() == 100);
    CHECK(first->rows.front().id == ids.front());
    CHECK_FALSE(first->complete);

    // Rows come back in the order asked, with the primary contact points.
    const std::vector<qint64> some{ids[200], ids[3], 999999, ids[120]};
    Result<std::vector<CustomerListRow>> rows = repo.rowsByIds(some);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 3);
    CHECK((*rows)[0].id == ids[200]);
    CHECK((*rows)[1].id == ids[3]);
    CHECK((*rows)[2].id == ids[120]);
    for (const CustomerListRow &row : *rows) {
        CHECK(row.phone.startsWith(QStringLiteral("+49302")));
        CHECK(row.email.endsWith(QStringLiteral("@example.com")));
        CHECK_FALSE(row.city.isEmpty());
    }
}

TEST_CASE("The customer list shows live customers in folded-name order", "[model]")
{
    ListFixture f;
    CustomerListModel model(f.t.db(), &f.bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIdChunkSize(120); // several chunks, with ties on the folded name across borders

    CHECK(model.rowCount() == 350);
    CHECK(model.columnCount() == CustomerListModel::ColumnCount);
    CHECK_FALSE(model.isComplete());
    CHECK(model.loadedIds() == CustomerListModel::RowsPerPage);

    QSignalSpy finished(&model, &CustomerListModel::loadingFinished);
    REQUIRE(finished.wait(5000));
    CHECK(model.isComplete());
    CHECK(modelIds(model) == f.expectedOrder());

    // "Ångström", "Ärzte" and "Arndt" fold to a..., "Müller" and "Muller" sort together.
    CHECK(cell(model, 0, CustomerListModel::Name).startsWith(QStringLiteral("Anna Ångström")));
    CHECK(model.headerData(CustomerListModel::Name, Qt::Horizontal).toString()
          == QStringLiteral("Name"));
}

TEST_CASE("Rows past the part read so far are read on demand", "[model]")
{
    ListFixture f;
    CustomerListModel model(f.t.db(), &f.bus);
    model.setIdChunkSize(100);
    REQUIRE_FALSE(model.isComplete());
    const std::vector<qint64> expected = f.expectedOrder();
    // No event loop has run: the last row is read synchronously, chunk by chunk.
    CHECK(model.index(349, 0).data(CustomerListModel::IdRole).toLongLong() == expected.back());
    CHECK(model.loadedIds() == 350);
    CHECK_FALSE(cell(model, 349, CustomerListModel::Name).isEmpty());
}

TEST_CASE("The customer list sorts by name both ways", "[model]")
{
    ListFixture f;
    CustomerListModel model(f.t.db(), &f.bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    model.sort(CustomerListModel::Name, Qt::DescendingOrder);
    CHECK(resets.count() == 1);
    model.loadAll();
    CHECK(model.sortOrder() == Qt::DescendingOrder);
    CHECK(modelIds(model) == f.expectedOrder(Qt::DescendingOrder));

    model.sort(CustomerListModel::ColumnCount, Qt::AscendingOrder); // no such column: ignored
    CHECK(resets.count() == 1);
    CHECK(model.sortColumn() == CustomerListModel::Name);

    // -1 is the default order: by name, A to Z.
    model.sort(-1);
    model.loadAll();
    CHECK(model.sortColumn() == CustomerListModel::Name);
    CHECK(model.sortOrder() == Qt::AscendingOrder);
    CHECK(modelIds(model) == f.expectedOrder());
}

TEST_CASE("Turning the order round keeps the rows a view holds on to", "[model]")
{
    ListFixture f;
    CustomerListModel model(f.t.db(), &f.bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.loadAll();
    const QPersistentModelIndex held = model.index(10, CustomerListModel::Email);
    const qint64 id = held.data(CustomerListModel::IdRole).toLongLong();
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);

    model.sort(CustomerListModel::Name, Qt::DescendingOrder);
    CHECK(resets.isEmpty());
    CHECK(layouts.count() == 1);
    CHECK(modelIds(model) == f.expectedOrder(Qt::DescendingOrder));
    CHECK(held.row() == 350 - 1 - 10);
    CHECK(held.column() == CustomerListModel::Email);
    CHECK(held.data(CustomerListModel::IdRole).toLongLong() == id);

    // Changes after the reversal land in the new order.
    std::unique_ptr<Workspace> serviceWorkspace = test::openWorkspace(f.t.path(), &f.bus);
    CustomerService &service = serviceWorkspace->customers();
    Customer c;
    c.organisation = QStringLiteral("Zypressen AG");
    c.kind = CustomerKind::Organisation;
    QList<ContactPoint> none;
    REQUIRE(service.create(c, none).ok());
    f.customers.push_back({c.id, c.sortName().toUtf8()});
    CHECK(model.rowOf(c.id) == 0);
    CHECK(modelIds(model) == f.expectedOrder(Qt::DescendingOrder));
}

TEST_CASE("The customer list counts live customers only", "[model]")
{
    ListFixture f(150);
    CustomerRepository repo(f.t.db());
    Result<Customer> c = repo.get(f.customers[10].id);
    REQUIRE(c.ok());
    REQUIRE(repo.moveToTrash(*c, test::wallClock()).ok());
    f.trashed << c->id;

    CustomerListModel model(f.t.db(), &f.bus);
    model.loadAll();
    CHECK(model.rowCount() == 149);
    CHECK(model.rowOf(c->id) == -1);
    CHECK(modelIds(model) == f.expectedOrder());
}

TEST_CASE("A deep row shows every column", "[model]")
{
    ListFixture f;
    CustomerListModel model(f.t.db(), &f.bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.loadAll();

    // The customer seeded as number 301: Jürgen Schmidt, a prospect with an owner.
    const int i = 301;
    const qint64 id = f.customers[i].id;
    const int row = model.rowOf(id);
    REQUIRE(row > 100);
    using M = CustomerListModel;
    CHECK(model.index(row, 0).data(M::IdRole).toLongLong() == id);
    CHECK(cell(model, row, M::Name) == QStringLiteral("Jürgen Schmidt"));
    CHECK(cell(model, row, M::Kind) == customerKindName(CustomerKind::Person));
    CHECK(cell(model, row, M::Stage) == lifecycleStageName(LifecycleStage::Prospect));
    CHECK(cell(model, row, M::Owner) == QStringLiteral("Anna Berger"));
    CHECK(cell(model, row, M::Phone) == QStringLiteral("+49 30 21000301"));
    CHECK(cell(model, row, M::Email) == QStringLiteral("c301@example.com"));
    CHECK(cell(model, row, M::City) == ListFixture::cityOf(i));
    CHECK(cell(model, row, M::Organisation).isEmpty());
    CHECK(cell(model, row, M::LastContact).isEmpty()); // no interactions, no orders
    CHECK(cell(model, row, M::Revenue).isEmpty());
    CHECK(cell(model, row, M::Name, Qt::ToolTipRole).contains(cell(model, row, M::Stage)));
    CHECK(model.index(row, M::Revenue).data(Qt::TextAlignmentRole).toInt()
          == int(Qt::AlignRight | Qt::AlignVCenter));

    // An organisation, and a customer without an owner.
    const int org = 3;
    const int orgRow = model.rowOf(f.customers[org].id);
    CHECK(cell(model, orgRow, M::Name) == QStringLiteral("Firma 3 GmbH"));
    CHECK(cell(model, orgRow, M::Kind) == customerKindName(CustomerKind::Organisation));
    CHECK(cell(model, orgRow, M::Owner).isEmpty());
}

TEST_CASE("An updated customer changes only its own row", "[model]")
{
    ListFixture f;
    CustomerListModel model(f.t.db(), &f.bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.loadAll();
    std::unique_ptr<Workspace> serviceWorkspace = test::openWorkspace(f.t.path(), &f.bus);
    CustomerService &service = serviceWorkspace->customers();

    const qint64 id = f.customers[200].id;
    const int row = model.rowOf(id);
    const QString before = cell(model, row, CustomerListModel::Stage); // cache the row
    Result<Customer> c = service.get(id);
    REQUIRE(c.ok());
    c->stage = c->stage == LifecycleStage::Lost ? LifecycleStage::Lead : LifecycleStage::Lost;

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    REQUIRE(service.update(*c).ok());

    REQUIRE(changed.count() == 1);
    const auto topLeft = changed[0][0].value<QModelIndex>();
    const auto bottomRight = changed[0][1].value<QModelIndex>();
    CHECK(topLeft.row() == row);
    CHECK(bottomRight.row() == row);
    CHECK(moved.isEmpty());
    CHECK(resets.isEmpty());
    CHECK(cell(model, row, CustomerListModel::Stage) == lifecycleStageName(c->stage));
    CHECK(cell(model, row, CustomerListModel::Stage) != before);

    // A new name moves the row to its new place; the order stays right.
    c->lastName = QStringLiteral("Aaberg");
    REQUIRE(service.update(*c).ok());
    f.customers[200].sortKey = c->sortName().toUtf8();
    CHECK(moved.count() == 1);
    CHECK(resets.isEmpty());
    CHECK(model.rowOf(id) == 0);
    CHECK(cell(model, 0, CustomerListModel::Name) == c->displayName());
    CHECK(modelIds(model) == f.expectedOrder());
}

TEST_CASE("Created, deleted and restored customers are inserted and removed in place", "[model]")
{
    ListFixture f;
    CustomerListModel model(f.t.db(), &f.bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.loadAll();
    std::unique_ptr<Workspace> serviceWorkspace = test::openWorkspace(f.t.path(), &f.bus);
    CustomerService &service = serviceWorkspace->customers();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy counts(&model, &CustomerListModel::countChanged);

    Customer c;
    c.firstName = QStringLiteral("Nora");
    c.lastName = QStringLiteral("Neumann");
    QList<ContactPoint> points;
    const Result<qint64> id = service.create(c, points);
    REQUIRE(id.ok());
    f.customers.push_back({*id, c.sortName().toUtf8()});
    CHECK(inserted.count() == 1);
    CHECK(model.rowCount() == 351);
    CHECK(counts.last().at(0).toInt() == 351);
    CHECK(modelIds(model) == f.expectedOrder());
    CHECK(cell(model, model.rowOf(*id), CustomerListModel::Name) == QStringLiteral("Nora Neumann"));

    REQUIRE(service.moveToTrash(c).ok());
    f.trashed << *id;
    CHECK(removed.count() == 1);
    CHECK(model.rowCount() == 350);
    CHECK(model.rowOf(*id) == -1);

    REQUIRE(service.restore(c).ok());
    f.trashed.removeAll(*id);
    CHECK(inserted.count() == 2);
    CHECK(modelIds(model) == f.expectedOrder());

    // A reset notice reads everything again.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    f.bus.publish({ChangeNotice::Entity::Everything, ChangeNotice::Action::Reset, {}, {}});
    CHECK(resets.count() == 1);
    model.loadAll();
    CHECK(modelIds(model) == f.expectedOrder());
}

TEST_CASE("Changes that arrive while the id vector is still being read land right", "[model]")
{
    ListFixture f;
    CustomerListModel model(f.t.db(), &f.bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIdChunkSize(100);
    REQUIRE(model.loadedIds() == 100);
    std::unique_ptr<Workspace> serviceWorkspace = test::openWorkspace(f.t.path(), &f.bus);
    serviceWorkspace->signOut(); // nobody, everything allowed: the list is tested, not roles
    CustomerService &service = serviceWorkspace->customers();
    QList<ContactPoint> none;

    // One customer sorts into the part read, one into the part still to come.
    Customer early;
    early.organisation = QStringLiteral("AAA Holding");
    early.kind = CustomerKind::Organisation;
    Customer late;
    late.organisation = QStringLiteral("Zzyzx Ltd");
    late.kind = CustomerKind::Organisation;
    for (Customer *c : {&early, &late}) {
        const Result<qint64> id = service.create(*c, none);
        REQUIRE(id.ok());
        f.customers.push_back({*id, c->sortName().toUtf8()});
    }
    CHECK(model.rowOf(early.id) == 0);
    CHECK(model.rowOf(late.id) == -1);

    // A customer in the part read is deleted, another one in the tail too.
    const std::vector<qint64> order = f.expectedOrder();
    for (qint64 gone : {order[50], order[300]}) {
        Result<Customer> c = service.get(gone);
        REQUIRE(c.ok());
        REQUIRE(service.moveToTrash(*c).ok());
        f.trashed << gone;
    }

    QSignalSpy finished(&model, &CustomerListModel::loadingFinished);
    REQUIRE(finished.wait(5000));
    QCoreApplication::processEvents();
    CHECK(model.rowCount() == 350);
    CHECK(modelIds(model) == f.expectedOrder());
}

TEST_CASE("Contact point and owner changes repaint the rows", "[model]")
{
    ListFixture f(120);
    CustomerListModel model(f.t.db(), &f.bus);
    model.loadAll();
    const qint64 id = f.customers[5].id;
    const int row = model.rowOf(id);
    REQUIRE(cell(model, row, CustomerListModel::City) == ListFixture::cityOf(5));

    CustomerRepository repo(f.t.db());
    Result<QList<ContactPoint>> points = repo.contactPoints(id);
    REQUIRE(points.ok());
    for (ContactPoint &p : *points) {
        if (p.kind != ContactKind::Postal)
            continue;
        p.address.city = QStringLiteral("Grenoble");
        REQUIRE(repo.updateContactPoint(p).ok());
    }
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    f.bus.publish({ChangeNotice::Entity::ContactPoint, ChangeNotice::Action::Updated, {}, {id}});
    REQUIRE(changed.count() == 1);
    CHECK(changed[0][0].value<QModelIndex>().row() == row);
    CHECK(cell(model, row, CustomerListModel::City) == QStringLiteral("Grenoble"));
}

TEST_CASE("The row cache stays bounded", "[model]")
{
    ListFixture f;
    CustomerListModel model(f.t.db(), &f.bus);
    model.setCachedPages(2);
    model.loadAll();
    CHECK(model.cacheCapacity() == 2 * CustomerListModel::RowsPerPage);
    for (int row = 0; row < model.rowCount(); ++row) {
        CHECK_FALSE(cell(model, row, CustomerListModel::Name).isEmpty());
        CHECK(model.cachedRows() <= model.cacheCapacity());
    }
    // Jumping back reads the page again and still shows the right row.
    const std::vector<qint64> expected = f.expectedOrder();
    CHECK(model.index(0, 0).data(CustomerListModel::IdRole).toLongLong() == expected.front());
    CHECK_FALSE(cell(model, 0, CustomerListModel::Email).isEmpty());
}

TEST_CASE("An empty database gives an empty, complete list", "[model]")
{
    test::TempDatabase t;
    ChangeBus bus;
    CustomerListModel model(t.db(), &bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    CHECK(model.isComplete());
    CHECK_FALSE(model.index(0, 0).isValid());
}
