#include "core/models/mycasesmodel.h"

#include "core/services/changebus.h"
#include "core/services/workspace.h"

namespace rapport {

MyCasesModel::MyCasesModel(Workspace &workspace, QObject *parent)
    : WorkListModel(parent)
    , m_workspace(workspace)
    , m_repo(workspace.database())
{
    connect(&workspace.changes(), &ChangeBus::changed, this, &MyCasesModel::onChange);
    connect(&workspace, &Workspace::currentUserChanged, this, &MyCasesModel::reload);
    reload();
}

int MyCasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int MyCasesModel::ageInDays(const QDateTime &opened, const QDateTime &now)
{
    if (!opened.isValid() || !now.isValid())
        return 0;
    return int(std::max<qint64>(0, opened.toLocalTime().date().daysTo(now.toLocalTime().date())));
}

QVariant MyCasesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseListItem &item = itemAt(index.row());
    const SupportCase &c = item.supportCase;
    switch (role) {
    case IdRole:
        return c.id;
    case CustomerIdRole:
        return c.customerId;
    case PriorityRole:
        return int(c.priority);
    case StatusRole:
        return int(c.status);
    case AgeDaysRole:
        return ageInDays(c.openedAt, m_workspace.now());
    case Qt::ToolTipRole:
        return c.description.isEmpty() ? QVariant() : QVariant(c.description.left(500));
    case Qt::TextAlignmentRole:
        return index.column() == Age ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Customer:
        return item.customerName;
    case Subject:
        if (role == SortRole)
            return c.subject;
        return c.category.isEmpty() ? c.subject : tr("%1 (%2)").arg(c.subject, c.category);
    case Priority:
        return role == SortRole ? QVariant(int(c.priority)) : QVariant(priorityName(c.priority));
    case Status:
        return role == SortRole ? QVariant(int(c.status)) : QVariant(caseStatusName(c.status));
    case Age: {
        const int days = ageInDays(c.openedAt, m_workspace.now());
        if (role == SortRole)
            return days;
        if (days == 0)
            return tr("today");
        return days == 1 ? tr("1 day") : tr("%1 days").arg(days);
    }
    default:
        return {};
    }
}

QVariant MyCasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Customer:
        return tr("Customer");
    case Subject:
        return tr("Subject");
    case Priority:
        return tr("Priority");
    case Status:
        return tr("Status");
    case Age:
        return tr("Age");
    default:
        return {};
    }
}

qint64 MyCasesModel::caseIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? itemAt(row).supportCase.id : 0;
}

qint64 MyCasesModel::customerIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? itemAt(row).supportCase.customerId : 0;
}

bool MyCasesModel::before(const CaseListItem &a, const CaseListItem &b) const
{
    const SupportCase &x = a.supportCase;
    const SupportCase &y = b.supportCase;
    if (x.priority != y.priority)
        return x.priority > y.priority;
    if (x.openedAt != y.openedAt)
        return x.openedAt < y.openedAt;
    return x.id < y.id;
}

bool MyCasesModel::belongs(const CaseListItem &item) const
{
    return item.supportCase.ownerId == m_workspace.currentUserId()
           && !item.supportCase.isFinished();
}

Result<QList<CaseListItem>> MyCasesModel::read()
{
    return m_repo.workQueue(m_workspace.currentUserId(), m_scope);
}

void MyCasesModel::reload()
{
    m_scope = m_workspace.access().scope(Permission::View);
    Result<QList<CaseListItem>> items = read();
    if (!items) {
        resetItems({});
        Q_EMIT errorOccurred(items.error().message());
        return;
    }
    resetItems(std::move(items).value());
}

void MyCasesModel::refreshAges()
{
    repaintColumn(Age);
}

void MyCasesModel::refetch(qint64 caseId)
{
    Result<CaseListItem> item = m_repo.workItem(caseId, m_scope);
    if (!item) {
        if (item.error().kind() != Error::Kind::NotFound)
            Q_EMIT errorOccurred(item.error().message());
        place(caseId, std::nullopt);
        return;
    }
    place(caseId, belongs(*item) ? std::optional(std::move(item).value()) : std::nullopt);
}

void MyCasesModel::onChange(const ChangeNotice &notice)
{
    using Entity = ChangeNotice::Entity;
    using Action = ChangeNotice::Action;
    switch (notice.entity) {
    case Entity::Everything:
        reload();
        return;
    case Entity::Case:
        if (notice.action == Action::Reset || notice.ids.isEmpty()) {
            reload();
            return;
        }
        for (qint64 id : notice.ids) {
            if (notice.action == Action::Deleted)
                place(id, std::nullopt);
            else
                refetch(id);
        }
        return;
    case Entity::User:
        // A new role, team or matrix changes what the user may see.
        if (m_workspace.access().scope(Permission::View) != m_scope)
            reload();
        return;
    case Entity::Customer: {
        // A customer renamed, moved to the trash or deleted for good (with its cases).
        if (notice.action == Action::Reset || notice.ids.isEmpty()) {
            reload();
            return;
        }
        if (!m_scope.isEverything()) {
            // A customer given to someone else (or to the user) leaves (or enters) the scope
            // with its cases, which no row here may name yet: read the list again, row by row.
            Result<QList<CaseListItem>> fresh = read();
            if (!fresh) {
                Q_EMIT errorOccurred(fresh.error().message());
                return;
            }
            resync(*fresh);
            return;
        }
        QList<qint64> affected;
        for (const CaseListItem &item : items()) {
            if (notice.ids.contains(item.supportCase.customerId))
                affected << item.supportCase.id;
        }
        for (qint64 id : std::as_const(affected))
            refetch(id);
        return;
    }
    default:
        return;
    }
}

} // namespace rapport
