// Reading within a scope (issue 13): the customer list and its counts, search, the 360° view and
// the dashboards show only the customers a CustomerScope allows, checked against plain SQL over
// the 3,000-customer demo database.
#include "core/analytics/dashboard.h"
#include "core/models/customerlistmodel.h"
#include "core/models/customerprofile.h"
#include "core/models/historymodel.h"
#include "core/models/relatedcustomersmodel.h"
#include "core/models/timelinemodel.h"
#include "core/services/customeraccess.h"
#include "core/services/customerexport.h"
#include "core/services/customersearch.h"
#include "core/services/duplicatefinder.h"
#include "core/services/personexport.h"
#include "core/storage/customerlistrepository.h"
#include "core/storage/dashboardrepository.h"
#include "core/storage/database.h"
#include "core/storage/historyrepository.h"
#include "tests/support/demodatabase.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <set>

using namespace rapport;
using rapport::test::demodb::generated;
using rapport::test::demodb::scalar;

namespace {

// The owners of the demo's customers, most customers first.
QList<qint64> ownersByCustomers(Database &db)
{
    QList<qint64> owners;
    QSqlQuery q = test::demodb::query(db,
                                      QStringLiteral("SELECT owner_id FROM customers"
                                                     " WHERE owner_id IS NOT NULL"
                                                     " AND deleted_at IS NULL GROUP BY owner_id"
                                                     " ORDER BY count(*) DESC, owner_id"));
    while (q.next())
        owners << q.value(0).toLongLong();
    return owners;
}

qint64 liveOwnedBy(Database &db, const QList<qint64> &owners)
{
    QStringList ids;
    for (qint64 o : owners)
        ids << QString::number(o);
    return qint64(scalar(db,
                         QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NULL"
                                        " AND owner_id IN (%1)")
                             .arg(ids.join(QLatin1Char(',')))));
}

std::optional<qint64> ownerOf(Database &db, qint64 customer)
{
    QSqlQuery q = test::demodb::query(db,
                                      QStringLiteral("SELECT owner_id FROM customers WHERE id = %1")
                                          .arg(customer));
    if (!q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("The list's counts within a scope are the SQL counts of the owners' customers",
          "[readscope][customerlist]")
{
    Database &db = generated().db.db();
    const QList<qint64> owners = ownersByCustomers(db);
    REQUIRE(owners.size() >= 3);
    CustomerListRepository repo(db);

    CustomerListFilter own;
    own.scope = CustomerScope::ownedBy({owners[0]});
    CHECK(*repo.count(own) == liveOwnedBy(db, {owners[0]}));
    CHECK(*repo.count(own) > 0);

    CustomerListFilter team;
    team.scope = CustomerScope::ownedBy({owners[1], owners[2]});
    CHECK(*repo.count(team) == liveOwnedBy(db, {owners[1], owners[2]}));

    // With the other filters: the stage and kind of the counts table, and the owner filter
    // (another owner's customers are none of a rep's).
    CustomerListFilter leads = own;
    leads.withStage(LifecycleStage::Active);
    CHECK(*repo.count(leads)
          == qint64(scalar(db,
                           QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NULL"
                                          " AND owner_id = %1 AND stage = %2")
                               .arg(owners[0])
                               .arg(int(LifecycleStage::Active)))));
    CustomerListFilter other = own;
    other.ownerId = owners[1];
    CHECK(*repo.count(other) == 0);

    CustomerListFilter none;
    none.scope = CustomerScope::nothing();
    CHECK(*repo.count(none) == 0);
    CHECK(
        *repo.count({})
        == qint64(
            scalar(db, QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NULL"))));
}

TEST_CASE("The list model within a scope shows the owners' customers only, in every order",
          "[readscope][customerlist]")
{
    Database &db = generated().db.db();
    const QList<qint64> owners = ownersByCustomers(db);
    const CustomerScope scope = CustomerScope::ownedBy({owners[0]});
    const qint64 expected = liveOwnedBy(db, {owners[0]});

    CustomerListModel model(db, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    const int all = model.rowCount();
    model.setIdChunkSize(100); // several chunks, each continuing a keyset within the scope
    model.setScope(scope);
    model.loadAll();
    CHECK(model.rowCount() == expected);
    CHECK(model.rowCount() < all);

    for (int column : {int(CustomerListModel::Name),
                       int(CustomerListModel::City),
                       int(CustomerListModel::Revenue)}) {
        model.sort(column, Qt::DescendingOrder);
        model.loadAll();
        REQUIRE(model.rowCount() == expected);
        std::set<qint64> seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 id = model.idAt(row);
            seen.insert(id);
            CHECK(ownerOf(db, id) == owners[0]);
        }
        CHECK(qint64(seen.size()) == expected);
    }

    // The user's filter does not widen it; the owner choices are the scope's.
    model.setFilter(CustomerListFilter{});
    CHECK(model.scope() == scope);
    CHECK(model.rowCount() == expected);
    const QList<CustomerListChoice> choices = model.owners();
    REQUIRE(choices.size() == 1);
    CHECK(choices.front().id == owners[0]);

    model.setScope(CustomerScope::nothing());
    CHECK(model.rowCount() == 0);
    model.setScope(CustomerScope::everything());
    CHECK(model.rowCount() == all);
}

TEST_CASE("Search within a scope finds only the owners' customers", "[readscope][search]")
{
    Database &db = generated().db.db();
    const QList<qint64> owners = ownersByCustomers(db);
    CustomerSearch search(db, PhoneNormalizer(QStringLiteral("DE")));
    CustomerListFilter own;
    own.scope = CustomerScope::ownedBy({owners[0]});

    // A common last name, found among everyone's and among the rep's own customers.
    QSqlQuery q = test::demodb::query(db,
                                      QStringLiteral("SELECT last_name FROM customers"
                                                     " WHERE kind = 0 AND deleted_at IS NULL"
                                                     " GROUP BY last_name ORDER BY count(*) DESC"
                                                     " LIMIT 1"));
    REQUIRE(q.next());
    const QString name = q.value(0).toString();
    const auto everyone = search.find(name, 200);
    const auto mine = search.find(name, 200, own);
    REQUIRE(everyone);
    REQUIRE(mine);
    CHECK(mine->size() < everyone->size());
    for (const SearchHit &h : *mine)
        CHECK(ownerOf(db, h.customer.id) == owners[0]);
    const qint64 sqlMine = qint64(
        scalar(db,
               QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NULL AND kind = 0"
                              " AND last_name = '%1' AND owner_id = %2")
                   .arg(name)
                   .arg(owners[0])));
    CHECK(mine->size() >= sqlMine);

    // A caller found by phone number: only when the rep may see them.
    QSqlQuery p = test::demodb::query(
        db,
        QStringLiteral("SELECT cp.value, c.id FROM contact_points cp"
                       " JOIN customers c ON c.id = cp.customer_id WHERE cp.kind = 0"
                       " AND c.deleted_at IS NULL AND c.owner_id IS NOT NULL AND c.owner_id <> %1"
                       " LIMIT 1")
            .arg(owners[0]));
    REQUIRE(p.next());
    const QString phone = p.value(0).toString();
    const qint64 caller = p.value(1).toLongLong();
    const auto found = [caller](const QList<SearchHit> &hits) {
        return std::any_of(hits.begin(), hits.end(), [caller](const SearchHit &h) {
            return h.customer.id == caller;
        });
    };
    const auto anyone = search.find(phone, 20);
    REQUIRE(anyone);
    CHECK(found(*anyone));
    const auto refused = search.find(phone, 20, own);
    REQUIRE(refused);
    CHECK_FALSE(found(*refused));
    for (const SearchHit &h : *refused)
        CHECK(ownerOf(db, h.customer.id) == owners[0]);

    CustomerListFilter none;
    none.scope = CustomerScope::nothing();
    CHECK(search.find(name, 200, none)->isEmpty());
}

TEST_CASE("The 360-degree view refuses a customer out of the scope", "[readscope][profile]")
{
    Database &db = generated().db.db();
    const QList<qint64> owners = ownersByCustomers(db);
    const auto firstOf = [&db](const QString &where) {
        return qint64(scalar(db,
                             QStringLiteral("SELECT min(id) FROM customers WHERE deleted_at IS NULL"
                                            " AND ")
                                 + where));
    };
    const qint64 mine = firstOf(QStringLiteral("owner_id = %1").arg(owners[0]));
    const qint64 theirs = firstOf(QStringLiteral("owner_id = %1").arg(owners[1]));

    CustomerProfile profile(db, nullptr);
    CHECK(profile.open(theirs) == CustomerProfile::State::Live);
    const QString refusal = QStringLiteral("Your role (Sales rep) does not allow this: view.");
    profile.setScope(CustomerScope::ownedBy({owners[0]}), refusal);
    // The customer shown is read again: now refused, and nothing of it is left in the models.
    CHECK(profile.state() == CustomerProfile::State::Forbidden);
    CHECK(profile.errorMessage() == refusal);
    REQUIRE(profile.error().has_value());
    CHECK(profile.error()->kind() == Error::Kind::Forbidden);
    CHECK(profile.overview().name.isEmpty());
    CHECK(profile.timeline()->rowCount() == 0);
    CHECK(profile.history()->rowCount() == 0);

    CHECK(profile.open(mine) == CustomerProfile::State::Live);
    CHECK_FALSE(profile.error().has_value());
    CHECK_FALSE(profile.overview().name.isEmpty());
    CHECK(profile.open(theirs) == CustomerProfile::State::Forbidden);

    profile.setAccess(AccessPolicy::unrestricted());
    CHECK(profile.state() == CustomerProfile::State::Live);
}

TEST_CASE("Related customers out of the scope are listed by name, not openable",
          "[readscope][profile]")
{
    Database &db = generated().db.db();
    // A person working at an organisation with another owner.
    QSqlQuery q = test::demodb::query(
        db,
        QStringLiteral("SELECT p.id, p.owner_id, o.id, o.owner_id FROM relationships r"
                       " JOIN customers p ON p.id = r.from_id JOIN customers o ON o.id = r.to_id"
                       " WHERE r.kind = 0 AND p.owner_id IS NOT NULL AND o.owner_id IS NOT NULL"
                       " AND p.owner_id <> o.owner_id AND p.deleted_at IS NULL"
                       " AND o.deleted_at IS NULL LIMIT 1"));
    REQUIRE(q.next());
    const qint64 person = q.value(0).toLongLong();
    const qint64 personOwner = q.value(1).toLongLong();
    const qint64 organisation = q.value(2).toLongLong();

    RelatedCustomersModel related(db, nullptr);
    QAbstractItemModelTester tester(&related,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    related.setCustomer(person);
    related.setScope(CustomerScope::ownedBy({personOwner}));
    bool found = false;
    for (int row = 0; row < related.rowCount(); ++row) {
        const QModelIndex name = related.index(row, RelatedCustomersModel::Name);
        if (related.data(name, RelatedCustomersModel::IdRole).toLongLong() != organisation)
            continue;
        found = true;
        CHECK_FALSE(related.data(name, RelatedCustomersModel::OpenableRole).toBool());
        CHECK_FALSE(related.data(name).toString().isEmpty());
        CHECK_FALSE(related.isOpenable(row));
    }
    CHECK(found);
    related.setScope(CustomerScope::everything());
    for (int row = 0; row < related.rowCount(); ++row)
        CHECK(related.isOpenable(row));
}

TEST_CASE("Dashboard figures and drill-downs within a scope count the owners' customers only",
          "[readscope][dashboard]")
{
    Database &db = generated().db.db();
    const QList<qint64> owners = ownersByCustomers(db);
    auto columns = DashboardRepository(db).load();
    REQUIRE(columns);

    analytics::DashboardFilters all = analytics::DashboardFilters::lastYear(test::demodb::AsOf);
    analytics::DashboardFilters own = all;
    own.scope = CustomerScope::ownedBy({owners[0]});
    analytics::DashboardFilters byOwner = all;
    byOwner.ownerId = owners[0];

    const auto everyone = analytics::Dashboard::compute(*columns, all, nullptr);
    const auto mine = analytics::Dashboard::compute(*columns, own, nullptr);
    const auto filtered = analytics::Dashboard::compute(*columns, byOwner, nullptr);
    REQUIRE(everyone);
    REQUIRE(mine);
    REQUIRE(filtered);

    // The population is the SQL count of the owner's customers, and a scope of one owner gives
    // the figures the owner filter gives.
    CHECK(mine->population == liveOwnedBy(db, {owners[0]}));
    CHECK(mine->population < everyone->population);
    using analytics::Kpi;
    for (Kpi kpi : {Kpi::ActiveCustomers, Kpi::NewCustomers, Kpi::Revenue, Kpi::OpenComplaints}) {
        const auto &k = mine->kpis[std::size_t(kpi)];
        CHECK(k.current == filtered->kpis[std::size_t(kpi)].current);
        for (qint64 id : k.customers)
            CHECK(ownerOf(db, id) == owners[0]);
    }
    // Revenue against SQL: the owner's customers' standing orders in the period.
    const qint64 from = all.from.startOfDay(Qt::UTC).toSecsSinceEpoch();
    const qint64 end = all.to.addDays(1).startOfDay(Qt::UTC).toSecsSinceEpoch();
    const double revenue
        = scalar(db,
                 QStringLiteral(
                     "SELECT coalesce(sum(o.total_minor), 0) FROM orders o"
                     " JOIN customers c ON c.id = o.customer_id WHERE c.deleted_at IS NULL"
                     " AND o.status IN (0, 1) AND o.currency = '%1' AND c.owner_id = %2"
                     " AND o.ordered_at >= %3 AND o.ordered_at < %4")
                     .arg(columns->currency)
                     .arg(owners[0])
                     .arg(from)
                     .arg(end));
    CHECK(mine->kpis[std::size_t(Kpi::Revenue)].current == Approx(revenue));

    // Drill-downs: the Pareto ranking, the RFM segments and the cohorts.
    if (mine->pareto.result) {
        const auto top = analytics::Dashboard::rankedCustomers(*mine, 0, 1000000);
        CHECK_FALSE(top.ids.empty());
        for (qint64 id : top.ids)
            CHECK(ownerOf(db, id) == owners[0]);
    }
    for (int s = 0; s < int(analytics::RfmSegmentCount); ++s) {
        for (qint64 id : analytics::Dashboard::segmentCustomers(*mine, analytics::RfmSegment(s)).ids)
            CHECK(ownerOf(db, id) == owners[0]);
    }
    if (mine->cohorts.result) {
        for (int cohort = 0; cohort < 3; ++cohort) {
            for (qint64 id : analytics::Dashboard::cohortCustomers(*columns, *mine, cohort, 0).ids)
                CHECK(ownerOf(db, id) == owners[0]);
        }
    }

    analytics::DashboardFilters none = all;
    none.scope = CustomerScope::nothing();
    const auto nothing = analytics::Dashboard::compute(*columns, none, nullptr);
    REQUIRE(nothing);
    CHECK(nothing->population == 0);
    CHECK(nothing->activity.activity.agents.empty());
}

TEST_CASE("A list export reaches only the customers the exporter may see and export",
          "[readscope][export]")
{
    Database &db = generated().db.db();
    const QList<qint64> owners = ownersByCustomers(db);
    CustomerExport exporter(db);
    exporter.setScope(CustomerScope::ownedBy({owners[0]}));

    CustomerExportRequest request;
    const auto ids = exporter.ids(request);
    REQUIRE(ids);
    CHECK(qint64(ids->size()) == liveOwnedBy(db, {owners[0]}));
    for (qint64 id : *ids)
        CHECK(ownerOf(db, id) == owners[0]);

    // The scope meets the request's own filter: another owner's customers are none.
    request.filter.ownerId = owners[1];
    CHECK(exporter.ids(request)->empty());

    // Ids handed over (the desktop's list) are kept only when in scope, in their order.
    const qint64 theirs = qint64(scalar(db,
                                        QStringLiteral("SELECT min(id) FROM customers WHERE"
                                                       " deleted_at IS NULL AND owner_id = %1")
                                            .arg(owners[1])));
    CustomerExportRequest handed;
    handed.ids = std::vector<qint64>{ids->back(), theirs, ids->front()};
    const auto kept = exporter.ids(handed);
    REQUIRE(kept);
    CHECK(*kept == std::vector<qint64>{ids->back(), ids->front()});

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto written = exporter.write(handed, buffer);
    REQUIRE(written);
    CHECK(written->customers == 2);

    // Nobody's customers: refused with the sentence, before anything is written.
    exporter.setScope(CustomerScope::nothing(), QStringLiteral("Your role may not export."));
    QBuffer none;
    none.open(QIODevice::WriteOnly);
    const auto refused = exporter.write(request, none);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind() == Error::Kind::Forbidden);
    CHECK(refused.error().message() == QStringLiteral("Your role may not export."));
    CHECK(none.data().isEmpty());

    // One person's data: the same rule for that customer.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto other = PersonExport::build(db,
                                           theirs,
                                           now,
                                           CustomerScope::ownedBy({owners[0]}),
                                           QStringLiteral("No."));
    REQUIRE_FALSE(other);
    CHECK(other.error().kind() == Error::Kind::Forbidden);
    CHECK(PersonExport::build(db, ids->front(), now, CustomerScope::ownedBy({owners[0]}), {}));
    CHECK(PersonExport::build(db, theirs, now, AccessPolicy::unrestricted()));
}

TEST_CASE("The duplicates scan pairs only customers within the scope", "[readscope][duplicates]")
{
    Database &db = generated().db.db();
    DuplicateFinder finder(db);
    DuplicateFinder::Options options;
    options.minScore = 0.5;
    options.limit = 0;
    const auto all = finder.find(options);
    REQUIRE(all);
    REQUIRE_FALSE(all->isEmpty());
    // The owner of the first pair's first customer, and the pairs wholly theirs.
    const std::optional<qint64> owner = ownerOf(db, all->front().a.id);
    REQUIRE(owner);
    qint64 theirs = 0;
    for (const DuplicatePair &p : *all)
        theirs += ownerOf(db, p.a.id) == owner && ownerOf(db, p.b.id) == owner ? 1 : 0;

    options.scope = CustomerScope::ownedBy({*owner});
    const auto mine = finder.find(options);
    REQUIRE(mine);
    CHECK(mine->size() == theirs);
    CHECK(mine->size() < all->size());
    for (const DuplicatePair &p : *mine) {
        CHECK(ownerOf(db, p.a.id) == owner);
        CHECK(ownerOf(db, p.b.id) == owner);
    }
}

TEST_CASE("The history within a scope leaves out changes to other owners' customers",
          "[readscope][history]")
{
    Database &db = generated().db.db();
    const QList<qint64> owners = ownersByCustomers(db);
    HistoryRepository history(db);
    HistoryFilter filter;
    const auto everything = history.count(filter);
    REQUIRE(everything);
    filter.scope = CustomerScope::ownedBy({owners[0]});
    const auto mine = history.count(filter);
    REQUIRE(mine);
    CHECK(*mine <= *everything);
    const auto page = history.page(filter, 0, 500);
    REQUIRE(page);
    for (const HistoryEntry &e : *page) {
        if (e.customerId)
            CHECK(ownerOf(db, e.customerId) == owners[0]);
    }
    filter.scope = CustomerScope::nothing();
    const auto none = history.page(filter, 0, 500);
    REQUIRE(none);
    for (const HistoryEntry &e : *none)
        CHECK(e.customerId == 0);
}

TEST_CASE("A demo rep's and agent's policies narrow and refuse reads", "[readscope][policy]")
{
    Database &db = generated().db.db();
    // The rep owning the most customers (role 2), and an agent (role 3). Demo users are in no
    // team, so a rep's "team" level is their own customers.
    const qint64 rep = qint64(
        scalar(db,
               QStringLiteral("SELECT u.id FROM users u JOIN customers c ON c.owner_id = u.id"
                              " WHERE u.role = 2 AND u.active = 1 AND c.deleted_at IS NULL"
                              " GROUP BY u.id ORDER BY count(*) DESC LIMIT 1")));
    const qint64 agent = qint64(
        scalar(db, QStringLiteral("SELECT min(id) FROM users WHERE role = 3 AND active = 1")));
    REQUIRE(rep > 0);
    REQUIRE(agent > 0);
    const auto repPolicy = AccessPolicy::forUser(db, rep);
    const auto agentPolicy = AccessPolicy::forUser(db, agent);
    REQUIRE(repPolicy);
    REQUIRE(agentPolicy);
    REQUIRE(repPolicy->scope(Permission::View) == CustomerScope::ownedBy({rep}));

    CustomerListModel list(db, nullptr);
    list.setScope(repPolicy->scope(Permission::View));
    CHECK(list.rowCount() == liveOwnedBy(db, {rep}));
    list.setScope(agentPolicy->scope(Permission::View));
    CHECK(
        list.rowCount()
        == qint64(
            scalar(db, QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NULL"))));

    // The rep opens another owner's customer: refused in one sentence naming the role and how far
    // it sees (the rep has no team: their own customers).
    const qint64 theirs = qint64(scalar(db,
                                        QStringLiteral("SELECT min(id) FROM customers WHERE"
                                                       " deleted_at IS NULL AND owner_id <> %1")
                                            .arg(rep)));
    CustomerProfile profile(db, nullptr);
    profile.setAccess(*repPolicy);
    CHECK(profile.open(theirs) == CustomerProfile::State::Forbidden);
    CHECK(profile.errorMessage()
          == CustomerAccess::tr("Your role (%1) allows this only for the customers you own: %2.")
                 .arg(roleName(Role::SalesRep), permissionName(Permission::View).toLower()));
    CHECK(profile.errorMessage().contains(roleName(Role::SalesRep)));

    // The agent may not export: the export fails before writing, with the refusal.
    CustomerExport exporter(db);
    exporter.setAccess(*agentPolicy);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const auto refused = exporter.write({}, out);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind() == Error::Kind::Forbidden);
    CHECK(refused.error().message() == agentPolicy->refusal(Permission::Export));
    CHECK(out.data().isEmpty());
    // The rep exports their own customers only.
    exporter.setAccess(*repPolicy);
    const auto ids = exporter.ids({});
    REQUIRE(ids);
    CHECK(qint64(ids->size()) == liveOwnedBy(db, {rep}));

    // Dashboards: the rep's figures are their customers'; the agent has none to see.
    CHECK(agentPolicy->check(Permission::SeeDashboards).error().kind() == Error::Kind::Forbidden);
    auto columns = DashboardRepository(db).load();
    REQUIRE(columns);
    analytics::DashboardFilters filters = analytics::DashboardFilters::lastYear(test::demodb::AsOf);
    filters.scope = repPolicy->scope(Permission::SeeDashboards);
    const auto figures = analytics::Dashboard::compute(*columns, filters, nullptr);
    REQUIRE(figures);
    CHECK(figures->population == liveOwnedBy(db, {rep}));
}
