#pragma once

#include "core/analytics/teamactivity.h"

#include <QTableView>

class QStandardItemModel;

namespace rapport {

// Team activity by team: a row per team (its members, the interactions they logged in the
// period, per week) and a column per month, each month made of the whole weeks whose Thursday
// falls in it (analytics::TeamWork), so that the months add up to the total.
class TeamWorkTable final : public QTableView
{
    Q_OBJECT

public:
    enum Column { Team, Members, Interactions, PerWeek, FirstMonth };

    explicit TeamWorkTable(QWidget *parent = nullptr);

    void setWork(const analytics::TeamWork &work);
    QStandardItemModel *teamModel() const { return m_model; }

private:
    QStandardItemModel *m_model;
};

} // namespace rapport
