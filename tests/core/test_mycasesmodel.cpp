#include "core/domain/customer.h"
#include "core/models/mycasesmodel.h"
#include "core/services/caseservice.h"
#include "core/services/changebus.h"
#include "core/services/customerservice.h"
#include "core/services/interactionservice.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

SupportCase makeCase(qint64 customer, const char *subject, Priority priority, qint64 owner)
{
    SupportCase c;
    c.customerId = customer;
    c.subject = QString::fromLatin1(subject);
    c.priority = priority;
    c.ownerId = owner;
    return c;
}

QStringList subjects(const MyCasesModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, MyCasesModel::Subject).data(MyCasesModel::SortRole).toString();
    return out;
}

} // namespace

TEST_CASE("My open cases: the signed-in user's unfinished cases, urgent and old first",
          "[model][cases]")
{
    test::TempWorkspace t;
    const qint64 me = t.addUser(QStringLiteral("a.agent"));
    const qint64 colleague = t.addUser(QStringLiteral("b.agent"), Role::ServiceAgent, false);
    const qint64 acme = test::addCustomer(t.db(), QStringLiteral("Acme"));
    CaseService cases(t.workspace());

    SupportCase old = makeCase(acme, "old normal", Priority::Normal, me);
    REQUIRE(cases.open(old).ok());
    t.advance(3 * 86400);
    SupportCase urgent = makeCase(acme, "urgent", Priority::Urgent, me);
    REQUIRE(cases.open(urgent).ok());
    SupportCase young = makeCase(acme, "young normal", Priority::Normal, me);
    REQUIRE(cases.open(young).ok());
    SupportCase theirs = makeCase(acme, "colleague's", Priority::Urgent, colleague);
    REQUIRE(cases.open(theirs).ok());
    SupportCase resolved = makeCase(acme, "resolved", Priority::High, me);
    REQUIRE(cases.open(resolved).ok());
    REQUIRE(cases.setStatus(resolved, CaseStatus::Resolved, QStringLiteral("Fixed.")).ok());

    MyCasesModel model(t.workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(subjects(model)
          == QStringList{QStringLiteral("urgent"),
                         QStringLiteral("old normal"),
                         QStringLiteral("young normal")});
    CHECK(model.index(0, MyCasesModel::Customer).data().toString() == QStringLiteral("Acme"));
    CHECK(model.index(0, MyCasesModel::Priority).data().toString()
          == priorityName(Priority::Urgent));
    CHECK(model.index(0, MyCasesModel::Status).data().toString()
          == caseStatusName(CaseStatus::Open));
    CHECK(model.index(1, MyCasesModel::Age).data(MyCasesModel::AgeDaysRole).toInt() == 3);
    CHECK(model.index(1, MyCasesModel::Age).data().toString() == QStringLiteral("3 days"));
    CHECK(model.index(0, MyCasesModel::Age).data().toString() == QStringLiteral("today"));
    CHECK(model.caseIdAt(0) == urgent.id);
    CHECK(model.customerIdAt(0) == acme);

    SECTION("a case resolved leaves, a case opened arrives in its place")
    {
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        REQUIRE(cases.setStatus(urgent, CaseStatus::Resolved, QStringLiteral("Done.")).ok());
        CHECK(removed.count() == 1);
        SupportCase high = makeCase(acme, "high", Priority::High, me);
        REQUIRE(cases.open(high).ok());
        CHECK(inserted.count() == 1);
        CHECK(reset.isEmpty());
        CHECK(subjects(model)
              == QStringList{QStringLiteral("high"),
                             QStringLiteral("old normal"),
                             QStringLiteral("young normal")});
    }
    SECTION("a change of priority moves the row; handing a case over removes it")
    {
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        young.priority = Priority::High;
        REQUIRE(cases.save(young).ok());
        CHECK(moved.count() == 1);
        CHECK(subjects(model)
              == QStringList{QStringLiteral("urgent"),
                             QStringLiteral("young normal"),
                             QStringLiteral("old normal")});
        old.ownerId = colleague;
        REQUIRE(cases.save(old).ok());
        CHECK(model.rowCount() == 2);
        theirs.ownerId = me;
        REQUIRE(cases.save(theirs).ok());
        CHECK(model.rowCount() == 3);
        CHECK(subjects(model).first() == QStringLiteral("urgent")); // opened before "colleague's"
    }
    SECTION("a case opened from a call shows at once")
    {
        InteractionService calls(t.workspace());
        CallLog log;
        log.interaction.customerId = acme;
        log.newCase = makeCase(acme, "from a call", Priority::Low, me);
        REQUIRE(calls.log(log).ok());
        CHECK(subjects(model).last() == QStringLiteral("from a call"));
    }
    SECTION("a renamed customer is shown by the new name")
    {
        CustomerService &customers = t->customers();
        Customer c = *customers.get(acme);
        c.organisation = QStringLiteral("Acme Ltd");
        REQUIRE(customers.update(c).ok());
        CHECK(model.index(2, MyCasesModel::Customer).data().toString()
              == QStringLiteral("Acme Ltd"));
    }
    SECTION("another user signed in: their cases")
    {
        REQUIRE(t->setCurrentUser(colleague).ok());
        CHECK(subjects(model) == QStringList{QStringLiteral("colleague's")});
    }
    SECTION("ages grow with the clock")
    {
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        t.advance(2 * 86400);
        model.refreshAges();
        CHECK(changed.count() == 1);
        CHECK(model.index(1, MyCasesModel::Age).data(MyCasesModel::AgeDaysRole).toInt() == 5);
    }
}
