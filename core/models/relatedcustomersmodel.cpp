#include "core/models/relatedcustomersmodel.h"

#include "core/util/displayformat.h"

#include <QLocale>

#include <algorithm>

namespace rapport {

RelatedCustomersModel::RelatedCustomersModel(const Database &db, ChangeBus *bus, QObject *parent)
    : CustomerPanelModel(db,
                         bus,
                         {ChangeNotice::Entity::Relationship, ChangeNotice::Entity::Customer},
                         ColumnCount,
                         parent)
{}

Status RelatedCustomersModel::read()
{
    m_rows.clear();
    if (customerId() <= 0)
        return {};
    Result<std::vector<RelatedCustomer>> rows = m_repo.related(customerId());
    if (!rows)
        return rows.error();
    m_rows = std::move(rows).value();
    return {};
}

bool RelatedCustomersModel::concerns(const ChangeNotice &notice) const
{
    if (CustomerPanelModel::concerns(notice))
        return true;
    if (notice.entity != ChangeNotice::Entity::Customer)
        return false;
    // A customer back from the trash may be linked to this one; a linked one renamed or moved
    // to the trash changes its row.
    if (notice.action == ChangeNotice::Action::Restored)
        return true;
    return std::any_of(m_rows.begin(), m_rows.end(), [&notice](const RelatedCustomer &r) {
        return notice.ids.contains(r.customerId);
    });
}

void RelatedCustomersModel::setScope(const CustomerScope &scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rows() - 1, ColumnCount - 1));
}

int RelatedCustomersModel::sectionCount(RelatedCustomer::Section section) const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [section](const RelatedCustomer &r) {
        return r.section() == section;
    }));
}

QVariant RelatedCustomersModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const RelatedCustomer &r = m_rows[std::size_t(index.row())];
    switch (role) {
    case IdRole:
        return r.customerId;
    case SectionRole:
        return int(r.section());
    case CustomerKindRole:
        return int(r.customerKind);
    case RelationshipIdRole:
        return r.relationshipId;
    case OpenableRole:
        return m_scope.allows(r.ownerId);
    case Qt::ToolTipRole:
        return QString((r.role.isEmpty() ? tr("%1 %2").arg(r.relationName(), r.name)
                                         : tr("%1 %2 (%3)").arg(r.relationName(), r.name, r.role))
                       + QLatin1Char('\n')
                       + (m_scope.allows(r.ownerId)
                              ? tr("Double-click or press Enter to open.")
                              : tr("Owned by someone whose customers your role does not show.")));
    case Qt::DisplayRole:
        switch (index.column()) {
        case Relation:
            return r.relationName();
        case Name:
            return r.name;
        case Role:
            return r.role;
        case Since:
            return r.since.isValid() ? display::date(r.since) : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant RelatedCustomersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Relation:
        return tr("Relation");
    case Name:
        return tr("Customer");
    case Role:
        return tr("Role");
    case Since:
        return tr("Since");
    default:
        return {};
    }
}

} // namespace rapport
