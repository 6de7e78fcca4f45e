#include "core/models/customercasesmodel.h"

#include "core/util/displayformat.h"
#include <QLocale>

#include <algorithm>

namespace rapport {

CustomerCasesModel::CustomerCasesModel(const Database &db, ChangeBus *bus, QObject *parent)
    : CustomerPanelModel(db,
                         bus,
                         {ChangeNotice::Entity::Case, ChangeNotice::Entity::User},
                         ColumnCount,
                         parent)
{}

Status CustomerCasesModel::read()
{
    m_rows.clear();
    if (customerId() <= 0)
        return {};
    Result<std::vector<CustomerCaseRow>> rows = m_repo.cases(customerId());
    if (!rows)
        return rows.error();
    m_rows = std::move(rows).value();
    return {};
}

int CustomerCasesModel::openCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const CustomerCaseRow &c) {
        return !c.isFinished();
    }));
}

QVariant CustomerCasesModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const CustomerCaseRow &c = m_rows[std::size_t(index.row())];
    const QLocale locale;
    switch (role) {
    case IdRole:
        return c.id;
    case StatusRole:
        return int(c.status);
    case PriorityRole:
        return int(c.priority);
    case FinishedRole:
        return c.isFinished();
    case Qt::ToolTipRole: {
        QString tip = tr("%1 %2: %3").arg(caseKindName(c.kind), caseReference(c.id), c.subject);
        if (!c.category.isEmpty())
            tip += QLatin1Char('\n') + c.category;
        if (c.resolvedAt.isValid())
            tip += QLatin1Char('\n')
                   + tr("Resolved %1").arg(display::dateTime(c.resolvedAt, locale));
        return tip;
    }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Subject:
            return c.subject;
        case Status:
            return caseStatusName(c.status);
        case Priority:
            return priorityName(c.priority);
        case Opened:
            return display::date(c.openedAt.toLocalTime().date(), locale);
        case Owner:
            return c.owner.isEmpty() ? tr("(queue)") : c.owner;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CustomerCasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Subject:
        return tr("Subject");
    case Status:
        return tr("Status");
    case Priority:
        return tr("Priority");
    case Opened:
        return tr("Opened");
    case Owner:
        return tr("Owner");
    default:
        return {};
    }
}

} // namespace rapport
