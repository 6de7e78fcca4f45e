#include "core/models/customermatchmodel.h"
#include "core/services/changebus.h"
#include "core/services/customerservice.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/tempworkspace.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

using namespace rapport;

TEST_CASE("The match model offers the customers a text finds, without the excluded ones",
          "[search][model]")
{
    test::TempDatabase t;
    ChangeBus bus;
    std::unique_ptr<Workspace> serviceWorkspace = test::openWorkspace(t.path(), &bus);
    CustomerService &service = serviceWorkspace->customers();
    QList<qint64> ids;
    for (const char *name : {"Acme GmbH", "Acme Logistics", "Bolt AG"}) {
        Customer c;
        c.kind = CustomerKind::Organisation;
        c.organisation = QString::fromLatin1(name);
        QList<ContactPoint> none;
        REQUIRE(service.create(c, none).ok());
        ids << c.id;
    }

    CustomerMatchModel model(t.db(), PhoneNormalizer(QStringLiteral("DE")));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery(QStringLiteral("acm"));
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0).data(CustomerMatchModel::NameRole).toString().startsWith(u"Acme"));
    CHECK(model.index(0).data().toString().contains(QStringLiteral("Organisation")));
    CHECK(model.index(0).data(Qt::EditRole).toString()
          == model.index(0).data(CustomerMatchModel::NameRole).toString());

    model.setExcluded({ids[0]});
    model.setQuery(QStringLiteral("acme"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.idAt(0) == ids[1]);
    CHECK(model.idAt(5) == 0);

    model.setQuery(QStringLiteral("\"acme OR 1=1; --"));
    CHECK(model.rowCount() <= 1);
    model.setQuery(QString());
    CHECK(model.rowCount() == 0);
}
