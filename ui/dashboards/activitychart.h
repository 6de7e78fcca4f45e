#pragma once

#include "core/analytics/dashboard.h"
#include "ui/dashboards/dashboardpanel.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QGraphicsItem;
class QChart;
class QChartView;
class QLabel;
class QStandardItemModel;
class QTableView;
QT_END_NAMESPACE

namespace rapport {

class TeamWorkTable;

// Team activity: interactions per week stacked by channel, a table of the agents (interactions,
// per week, their busiest channel) and one of the teams (per month) and the period's cases (opened, resolved, median time to
// resolve) in the caption. A week the period cuts (the running one at its end, a partial one at
// its start) is hatched and labelled, not drawn like a whole week.
class ActivityChart final : public DashboardPanel
{
    Q_OBJECT

public:
    enum AgentColumn {
        Agent,
        Interactions,
        PerWeek,
        BusiestChannel,
        CasesOpened,
        CasesResolved,
        MedianToResolve,
        AgentColumnCount
    };

    explicit ActivityChart(QWidget *parent = nullptr);

    void setPanel(const analytics::ActivityPanel &panel);
    QString csv() const override; // week x channel counts
    QString caption() const;
    QChartView *chartView() const { return m_view; }
    QTableView *agentTable() const { return m_table; }
    // Team activity by team (the "By team" tab beside the agents).
    TeamWorkTable *teamTable() const { return m_teams; }
    QStandardItemModel *agentModel() const { return m_agents; }

public Q_SLOTS:
    void setResult(std::shared_ptr<const analytics::DashboardResult> result);

    // The weeks drawn as partial (hatched): bar indexes.
    std::vector<int> partialWeeks() const;

protected:
    void paletteChanged() override;
    QStringList exportNotes() const override;

private:
    void rebuild();
    void placeMarks();
    qint64 weekTotal(int week, int channel) const;

    std::optional<analytics::TeamActivity> m_activity;
    bool m_lastWeekRunning = false; // the period ends before the last week's Sunday
    bool m_lastWeekCut = false;     // ...and that Sunday has passed: not running, cut
    bool m_firstWeekPartial = false;
    std::vector<QGraphicsItem *> m_marks; // per partial week: the hatch and its label
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_caption = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_agents = nullptr;
    TeamWorkTable *m_teams = nullptr;
};

} // namespace rapport
