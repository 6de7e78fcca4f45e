#include "core/models/batchlistmodel.h"

#include "core/services/changebus.h"
#include "core/util/displayformat.h"

namespace rapport {

BatchListModel::BatchListModel(Door &door, ChangeBus *bus, QStringList kinds, QObject *parent)
    : QAbstractTableModel(parent)
    , m_door(door)
    , m_kinds(std::move(kinds))
{
    if (bus)
        connect(bus, &ChangeBus::changed, this, &BatchListModel::onChange);
    reload();
}

QStringList BatchListModel::defaultKinds()
{
    return {QStringLiteral("import"),
            QStringLiteral("import-orders"),
            QStringLiteral("merge"),
            QStringLiteral("demo"),
            QStringLiteral("erase"),
            QStringLiteral("revert")};
}

QString BatchListModel::kindName(const QString &kind)
{
    if (kind == QLatin1String("import"))
        return tr("Customer import");
    if (kind == QLatin1String("import-orders"))
        return tr("Purchase import");
    if (kind == QLatin1String("merge"))
        return tr("Merge");
    if (kind == QLatin1String("demo"))
        return tr("Demo data");
    if (kind == QLatin1String("erase"))
        return tr("Erase");
    if (kind == QLatin1String("revert"))
        return tr("Revert");
    return kind;
}

int BatchListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int BatchListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BatchSummary &b = m_batches.at(index.row());
    switch (role) {
    case IdRole:
        return b.id;
    case RevertedRole:
        return b.isReverted();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case When:
            return display::dateTime(b.at);
        case Kind:
            if (b.reverts)
                return tr("Revert of batch %1").arg(b.reverts);
            return kindName(b.kind);
        case Who:
            return b.actor;
        case File:
            return b.file();
        case Counts:
            return b.countsText();
        case State:
            if (b.isReverted())
                return tr("Reverted (batch %1)").arg(b.revertedBy);
            return tr("Stands");
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant BatchListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Kind:
        return tr("What");
    case Who:
        return tr("Who");
    case File:
        return tr("File");
    case Counts:
        return tr("Changes");
    case State:
        return tr("State");
    }
    return {};
}

int BatchListModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_batches.size(); ++i) {
        if (m_batches[i].id == id)
            return int(i);
    }
    return -1;
}

void BatchListModel::reload()
{
    BatchFilter filter;
    filter.kinds = m_kinds;
    Result<QList<BatchSummary>> list = BatchRevert(m_door).batches(filter);
    beginResetModel();
    if (list)
        m_batches = std::move(list).value();
    else
        m_batches.clear();
    endResetModel();
    if (!list)
        Q_EMIT errorOccurred(list.error().message());
}

void BatchListModel::onChange(const ChangeNotice &notice)
{
    // Batches (imports, merges, reverts) announce a Reset; reading the batch heads scans the
    // history, so an ordinary edit does not make the list read again (the view reloads when
    // it is shown).
    if (notice.entity == ChangeNotice::Entity::Everything
        || notice.action == ChangeNotice::Action::Reset)
        reload();
}

} // namespace rapport
