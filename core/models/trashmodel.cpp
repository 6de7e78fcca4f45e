#include "core/models/trashmodel.h"

#include "core/domain/customer.h"
#include "core/services/changebus.h"
#include "core/util/displayformat.h"

#include <QLocale>

namespace rapport {

TrashModel::TrashModel(const Database &db, ChangeBus *bus, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repo(db)
{
    if (bus)
        connect(bus, &ChangeBus::changed, this, &TrashModel::onChange);
    reload();
}

int TrashModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TrashModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrashModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrashEntry &e = m_entries.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case VersionRole:
        return e.version;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return e.name;
        case Kind:
            return customerKindName(e.kind);
        case TrashedAt:
            if (role == Qt::ToolTipRole)
                return QString(QLocale().dayName(e.deletedAt.toLocalTime().date().dayOfWeek())
                               + QLatin1Char(' ') + display::dateTime(e.deletedAt));
            return display::dateTime(e.deletedAt);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant TrashModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case TrashedAt:
        return tr("Moved to the trash");
    }
    return {};
}

int TrashModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].id == id)
            return int(i);
    }
    return -1;
}

void TrashModel::setScope(const CustomerScope &scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    reload();
}

void TrashModel::reload()
{
    Result<QList<TrashEntry>> entries = m_repo.list(Limit, m_scope);
    Result<qint64> total = m_repo.count(m_scope);
    beginResetModel();
    m_entries = entries ? std::move(entries).value() : QList<TrashEntry>();
    m_total = total ? *total : qint64(m_entries.size());
    endResetModel();
    if (!entries)
        Q_EMIT errorOccurred(entries.error().message());
}

void TrashModel::onChange(const ChangeNotice &notice)
{
    using Entity = ChangeNotice::Entity;
    if (notice.entity == Entity::Everything
        || (notice.entity == Entity::Customer && notice.action != ChangeNotice::Action::Updated))
        reload();
}

} // namespace rapport
