#include "ui/dashboards/teamworktable.h"

#include "core/util/displayformat.h"

#include <QDate>
#include <QHeaderView>
#include <QLocale>
#include <QStandardItemModel>

#include <algorithm>

namespace rapport {

TeamWorkTable::TeamWorkTable(QWidget *parent)
    : QTableView(parent)
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("teamTable"));
    m_model->setSortRole(Qt::UserRole);
    setModel(m_model);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setShowGrid(false);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setMinimumHeight(110);
    setWork({});
}

void TeamWorkTable::setWork(const analytics::TeamWork &w)
{
    setSortingEnabled(false);
    m_model->clear();
    QStringList header{tr("Team"), tr("Members"), tr("Interactions"), tr("Per week")};
    for (int month : w.months)
        header << QLocale().toString(QDate(month / 12, month % 12 + 1, 1),
                                     QStringLiteral("MMM yyyy"));
    m_model->setHorizontalHeaderLabels(header);
    const int weeks = std::max(1, w.weeks());
    const auto number = [](qint64 n) {
        auto *item = new QStandardItem(display::count(n));
        item->setData(n, Qt::UserRole);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (std::size_t t = 0; t < w.teams.size(); ++t) {
        QList<QStandardItem *> row;
        auto *name = new QStandardItem(w.names[t]);
        name->setData(w.names[t], Qt::UserRole);
        name->setData(w.teams[t], Qt::UserRole + 1);
        row << name << number(w.members[t]) << number(w.totals[t]);
        const double perWeek = double(w.totals[t]) / weeks;
        auto *rate = new QStandardItem(display::decimal(perWeek, 1));
        rate->setData(perWeek, Qt::UserRole);
        rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row << rate;
        for (std::size_t m = 0; m < w.months.size(); ++m)
            row << number(w.month(t, m));
        m_model->appendRow(row);
    }
    // Every column as wide as its contents, the team's name too: stretched, it got only what
    // twelve months left over ("S…" under "Tear"). A narrow window scrolls instead.
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setSortingEnabled(true);
    sortByColumn(Interactions, Qt::DescendingOrder);
}

} // namespace rapport
