#pragma once

#include "core/models/customerlistmodel.h"
#include "core/services/changebus.h"
#include "tests/support/customerlistfixture.h"
#include "ui/customerlistview.h"

#include <QTest>

#include <catch2/catch.hpp>

namespace rapport::test {

// The small customer list (SmallList) in a shown CustomerListView of the given width.
struct ShownList
{
    explicit ShownList(int width = 1400)
        : model(f.db(), &bus)
    {
        view.setModel(&model);
        view.resize(width, 500);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
    }

    SmallList f;
    ChangeBus bus;
    CustomerListModel model;
    CustomerListView view;
};

inline bool waitForRows(const CustomerListModel &model, int rows)
{
    return QTest::qWaitFor([&] { return model.rowCount() == rows; }, 3000);
}

} // namespace rapport::test
