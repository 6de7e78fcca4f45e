#pragma once

// What the customer list model's tests share (test_customerlistmodel.cpp and
// test_customerlistmodelfilters.cpp): the ids the model shows and the text of one cell.

#include "core/models/customerlistmodel.h"

#include <vector>

namespace rapport::test::customerlistmodel {

inline std::vector<qint64> modelIds(const CustomerListModel &model)
{
    std::vector<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.push_back(model.index(row, 0).data(CustomerListModel::IdRole).toLongLong());
    return ids;
}

inline QString cell(const CustomerListModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace rapport::test::customerlistmodel
