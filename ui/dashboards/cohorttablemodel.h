#pragma once

#include "core/analytics/retention.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QPalette>

#include <optional>

namespace rapport {

// The cohort retention table for a heat map: one row per acquisition month (its size in the
// row header), one column per month since the first purchase, the share still active in each
// cell as text and as a colour from the base colour to `strong`. The colour scale runs up to
// the largest share after the first month, so later months stay apart; the first month is
// 100% by definition and saturates. When the last calendar month is still running, its cells
// (one per cohort, the diagonal's end) hold the purchases so far: RunningRole is true for them,
// their tooltip says so and they stay out of the colour scale.
class CohortTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { ShareRole = Qt::UserRole + 1, ActiveRole, SizeRole, RunningRole };

    explicit CohortTableModel(QObject *parent = nullptr);

    // `runningUntil`: the last day with data when the table's last month goes on after it.
    void setTable(std::optional<analytics::CohortTable> table, const QDate &runningUntil = {});
    const QDate &runningUntil() const { return m_runningUntil; }
    bool isRunning(int cohort, int monthsSince) const;
    const std::optional<analytics::CohortTable> &table() const { return m_table; }
    void setColours(const QColor &strong, const QPalette &palette);
    double scaleTop() const { return m_scaleTop; } // the share drawn in the strongest colour
    QString cohortName(int cohort) const;          // "Jul 2025"

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QColor colourOf(double share) const;

    std::optional<analytics::CohortTable> m_table;
    QDate m_runningUntil;
    int m_columns = 0;
    double m_scaleTop = 1;
    QColor m_strong;
    QPalette m_palette;
};

} // namespace rapport
