#include "core/models/customerpanelmodel.h"

#include "core/storage/database.h"

#include <QLoggingCategory>

namespace rapport {
namespace {

Q_LOGGING_CATEGORY(lcPanels, "rapport.customerpanels")

} // namespace

CustomerPanelModel::CustomerPanelModel(const Database &db,
                                       ChangeBus *bus,
                                       QList<ChangeNotice::Entity> entities,
                                       int columns,
                                       QObject *parent)
    : QAbstractTableModel(parent)
    , m_repo(db)
    , m_entities(std::move(entities))
    , m_columns(columns)
{
    if (bus)
        connect(bus, &ChangeBus::changed, this, &CustomerPanelModel::onChange);
}

CustomerPanelModel::~CustomerPanelModel() = default;

int CustomerPanelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int CustomerPanelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

bool CustomerPanelModel::validRow(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.row() < rows()
           && index.column() < m_columns;
}

QDateTime CustomerPanelModel::asOf() const
{
    return m_asOf.isValid()
               ? m_asOf
               : QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

void CustomerPanelModel::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    reload();
}

void CustomerPanelModel::reload()
{
    beginResetModel();
    const Status s = read();
    endResetModel();
    if (!s) {
        qCWarning(lcPanels, "%s", qUtf8Printable(s.error().message()));
        Q_EMIT errorOccurred(s.error().message());
    }
}

bool CustomerPanelModel::concerns(const ChangeNotice &notice) const
{
    return notice.customerIds.isEmpty() || notice.action == ChangeNotice::Action::Reset
           || notice.customerIds.contains(m_customerId);
}

void CustomerPanelModel::onChange(const ChangeNotice &notice)
{
    if (notice.entity == ChangeNotice::Entity::Everything) {
        reload();
        return;
    }
    if (m_customerId > 0 && m_entities.contains(notice.entity) && concerns(notice))
        reload();
}

} // namespace rapport
