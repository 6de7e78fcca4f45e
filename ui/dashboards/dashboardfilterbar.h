#pragma once

#include "core/analytics/dashboard.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QTimer;

namespace rapport {

class FlowLayout;

// DashboardFilterBar is the row of filters above the dashboards: the period (a preset or from/to
// days, ending on a chosen day), the owner (whose customers; for team activity, whose work), the team (its members'),
// the
// customer kind and the RFM segment, wrapping onto a second line when the window is narrow. It announces the combined filters shortly after the last
// change, so stepping through a combo box with the arrow keys computes once.
class DashboardFilterBar final : public QWidget
{
    Q_OBJECT

public:
    enum class Period { Last30Days, Last90Days, Last12Months, YearToDate, Custom };
    Q_ENUM(Period)

    explicit DashboardFilterBar(QWidget *parent = nullptr);

    analytics::DashboardFilters filters() const;
    // Shows `filters` without announcing them.
    void setFilters(const analytics::DashboardFilters &filters);
    // The people to offer as owners (id, name), e.g. from the loaded columns; keeps the choice.
    void setOwners(const std::vector<qint64> &ids, const std::vector<QString> &names);
    // The teams to offer (id, name); keeps the choice. Hidden while there is none.
    void setTeams(const std::vector<qint64> &ids, const std::vector<QString> &names);
    void setPeriod(Period period);
    // Another control in the row (it wraps with the filters).
    void addWidget(QWidget *widget);

    QComboBox *periodBox() const { return m_period; }
    QComboBox *ownerBox() const { return m_owner; }
    QComboBox *teamBox() const { return m_team; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *segmentBox() const { return m_segment; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

Q_SIGNALS:
    void filtersChanged(const rapport::analytics::DashboardFilters &filters);

private:
    void periodChosen();
    void changed();

    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_owner;
    QComboBox *m_team;
    QComboBox *m_kind;
    QComboBox *m_segment;
    QTimer *m_settle;
    FlowLayout *m_flow = nullptr;
    bool m_quiet = false;
};

} // namespace rapport
