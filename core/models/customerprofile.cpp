#include "core/models/customerprofile.h"

#include "core/models/customercasesmodel.h"
#include "core/models/customertasksmodel.h"
#include "core/models/historymodel.h"
#include "core/models/productusagemodel.h"
#include "core/models/relatedcustomersmodel.h"
#include "core/models/timelinemodel.h"
#include "core/services/changebus.h"
#include "core/services/customeraccess.h"

namespace rapport {

CustomerProfile::CustomerProfile(const Database &db, ChangeBus *bus, QObject *parent)
    : QObject(parent)
    , m_repo(db)
    , m_timeline(new TimelineModel(db, bus, this))
    , m_related(new RelatedCustomersModel(db, bus, this))
    , m_products(new ProductUsageModel(db, bus, this))
    , m_cases(new CustomerCasesModel(db, bus, this))
    , m_tasks(new CustomerTasksModel(db, bus, this))
    , m_history(new HistoryModel(db, bus, this))
{
    if (bus)
        connect(bus, &ChangeBus::changed, this, &CustomerProfile::onChange);
    for (CustomerPanelModel *model : {static_cast<CustomerPanelModel *>(m_related),
                                      static_cast<CustomerPanelModel *>(m_products),
                                      static_cast<CustomerPanelModel *>(m_cases),
                                      static_cast<CustomerPanelModel *>(m_tasks)})
        connect(model, &CustomerPanelModel::errorOccurred, this, &CustomerProfile::errorOccurred);
    connect(m_timeline, &TimelineModel::errorOccurred, this, &CustomerProfile::errorOccurred);
    connect(m_history, &HistoryModel::errorOccurred, this, &CustomerProfile::errorOccurred);
}

CustomerProfile::~CustomerProfile() = default;

void CustomerProfile::setAsOf(const QDateTime &asOf)
{
    m_asOf = asOf;
    m_products->setAsOf(asOf);
    m_tasks->setAsOf(asOf);
}

QDateTime CustomerProfile::asOf() const
{
    return m_asOf.isValid()
               ? m_asOf
               : QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

void CustomerProfile::setAccess(const AccessPolicy &access)
{
    // Out of an "own" or "team" view the sentence says so: the rep sees other customers.
    setScope(access.scope(Permission::View), CustomerAccess::outOfReach(access, Permission::View));
}

void CustomerProfile::setScope(const CustomerScope &scope, const QString &refusal)
{
    m_refusal = refusal;
    if (scope == m_scope)
        return;
    m_scope = scope;
    m_related->setScope(scope);
    if (m_customerId > 0)
        open(m_customerId);
}

CustomerProfile::State CustomerProfile::open(qint64 customerId)
{
    m_customerId = customerId;
    readOverview();
    // A customer that is gone shows nothing; one in the trash still shows its history.
    const qint64 shown = m_state == State::Live || m_state == State::InTrash ? customerId : 0;
    m_timeline->setCustomer(shown);
    m_related->setCustomer(shown);
    m_products->setCustomer(shown);
    m_cases->setCustomer(shown);
    m_tasks->setCustomer(shown);
    // A gone customer's history is still there, but the view shows nothing of a gone customer.
    HistoryFilter history;
    history.customerId = shown ? shown : -1;
    m_history->setFilter(history);
    return m_state;
}

void CustomerProfile::readOverview()
{
    m_error.clear();
    m_errorValue.reset();
    if (m_customerId <= 0) {
        m_overview = {};
        m_state = State::Empty;
        return;
    }
    Result<CustomerOverview> overview = m_repo.read(m_customerId, asOf());
    if (!overview) {
        m_overview = {};
        m_error = overview.error().message();
        m_errorValue = overview.error();
        if (overview.error().kind() == Error::Kind::NotFound) {
            m_state = State::Gone;
        } else {
            // A read error is not a verdict on the customer: keep the state, tell the user.
            m_state = m_state == State::Empty ? State::Gone : m_state;
            Q_EMIT errorOccurred(m_error);
        }
        return;
    }
    // Checked here, on every read, rather than once in open(): a change of owner read after a
    // change notice takes the customer out of (or into) the scope while it is shown.
    if (!m_scope.allows(overview->ownerId)) {
        m_overview = {};
        m_error = m_refusal;
        m_errorValue = Error(Error::Kind::Forbidden, m_refusal);
        m_state = State::Forbidden;
        return;
    }
    m_overview = std::move(overview).value();
    m_state = m_overview.isDeleted() ? State::InTrash : State::Live;
}

void CustomerProfile::onChange(const ChangeNotice &notice)
{
    using Entity = ChangeNotice::Entity;
    if (m_customerId <= 0)
        return;
    bool ours = notice.entity == Entity::Everything || notice.action == ChangeNotice::Action::Reset
                || notice.customerIds.contains(m_customerId)
                || (notice.entity == Entity::Customer && notice.ids.contains(m_customerId))
                // The owner's or the organisation's name may be in the header.
                || notice.entity == Entity::User
                || (notice.entity == Entity::Customer
                    && notice.ids.contains(m_overview.organisationId));
    if (notice.entity == Entity::Relationship && notice.customerIds.isEmpty())
        ours = true;
    if (!ours)
        return;
    const State before = m_state;
    readOverview();
    // Gone from the database, or back from the dead (an undone purge), or out of the scope or
    // back in it: the models follow.
    const auto hidden = [](State s) { return s == State::Gone || s == State::Forbidden; };
    if (hidden(before) != hidden(m_state))
        open(m_customerId);
    Q_EMIT overviewChanged();
}

} // namespace rapport
